"""The date an order was placed: "ordered on 3 November", "am 3. November bestellt"."""

from __future__ import annotations

import calendar
import functools
import itertools
import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import dateparser

from inboxbot.extraction.common import (
    RE_CLAUSE_BREAK,
    RE_LIST_BREAK,
    RE_SENTENCE_END,
    Candidate,
    window_after,
    window_before,
)
from inboxbot.models import Fact

# Verbs of buying; a date just before or after one is the order date. Each
# language is a named group so its name can be handed to dateparser as a hint.
RE_PURCHASE_VERB = re.compile(
    r"""
    \b(?:
        (?P<en>ordered|bought|purchased|made\s+(?:(?:my|the|a|this)\s+)?purchase
            |placed\s+(?:\S+\s+){0,2}?orders?
            |orderd|ordred|odered|oderd|oredered|orderded|orderred
            |purchsed|purchaced|purcahsed|purhcased|puchased|purchasd|bougth|boght)
      | (?P<de>bestellt|bestellte|gekauft|kaufte|erworben|bestelt|bestelte|gekauf)
      | (?P<es>ped[ií]|compr[ée]|orden[ée]|(?:hice|realic[ée])\s+(?:el|mi|un)\s+pedido)
      | (?P<fr>commandée?s?|achetée?s?|pass[ée]\s+(?:(?:ma|la|une|notre)\s+)?commande
            |comandée?s?|commendée?s?|commandai)
      | (?P<it>ordinat[oaie]|comprat[oaie]|acquistat[oaie]|l['\u2019]ho\s+(?:fatt|effettuat)[oa])
      | (?P<nl>besteld|gekocht|aangeschaft|besteldt)
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Verbs of paying; the day one paid is the day one ordered ("145,00 € payés
# avec Apple Pay le 9 novembre"), but less surely, and only a date written out
# after them counts: "on 3 November I paid the return postage" and "I paid for
# the return yesterday" name other days.
RE_PAYMENT_VERB = re.compile(
    r"""
    \b(?:
        (?P<en>paid)
      | (?P<de>bezahlt|gezahlt)
      | (?P<es>pagu[ée]|pagad[oa]s?)
      | (?P<fr>pay[ée]e?s?)
      | (?P<it>pagat[oaie])
      | (?P<nl>betaald)
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Nouns that name the order and then its date ("my order from 3 November",
# "Bestellung #3390 vom 10.11.", "ma commande 21904 passée il y a deux
# semaines"); the order's number may stand between. Only a date after them
# counts, as "3 November my order arrived" is no order date.
_NUMBER = r"\s*(?:n[°º]\.?|no\.?|nr\.?|n\.|\#)?\s*[A-Z]{0,4}-?\d[\d-]*"
_NUMBER_SLOT = rf"(?:\s+{_NUMBER},?)?"
RE_ORDER_NOUN = re.compile(
    rf"""
    \b(?:
        (?P<en>(?:order|purchase)(?:{_NUMBER_SLOT}\s+(?:from|of|dated)
            |\s+(?:\S+\s+)?(?:was\s+)?placed(?:\s+on)?))
      | (?P<de>(?:bestellung|(?:ein)?kauf(?:e?s)?){_NUMBER_SLOT}\s+vom)
      | (?P<es>(?:pedido|compra){_NUMBER_SLOT}\s+(?:del|(?:realizad[oa]|hech[oa])(?:\s+el)?))
      | (?P<fr>(?:commande|achat){_NUMBER_SLOT}\s+(?:du|pass[ée]e?(?:\s+le)?))
      | (?P<it>(?:ordine|acquisto){_NUMBER_SLOT}\s+(?:del|effettuat[oa](?:\s+il)?))
      | (?P<nl>(?:bestelling|aankoop){_NUMBER_SLOT}\s+(?:van|geplaatst(?:\s+op)?))
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


# "Placed" and its kin without the order after them ("order #92015, which I
# placed an hour ago", "Commande #40114, passée le 1er décembre"): a buying
# word only when the sentence before it names an order.
RE_PLACED = re.compile(
    r"""
    \b(?:
        (?P<en>placed)
      | (?P<de>aufgegeben|getätigt)
      | (?P<es>realizad[oa])
      | (?P<fr>pass[ée]e?)
      | (?P<it>effettuat[oa])
      | (?P<nl>geplaatst)
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
RE_ORDER_NAMED = re.compile(
    r"\b(?:orders?|bestellung|pedido|commande|ordine|bestelling)\b", re.IGNORECASE
)

# The order, by its number or with "of", and a date right after it ("on
# order 77120 yesterday", "mi compra de ayer", "ma commande d'hier", "meine
# Bestellung von gestern"). Only a date that follows at once counts.
RE_ORDER_THEN_DATE = re.compile(
    rf"""
    \b(?P<en>(?:order|purchase){_NUMBER}|(?:order|purchase)\s+of)
    | \b(?P<de>(?:bestellung|kauf){_NUMBER}|(?:bestellung|kauf)\s+von)
    | \b(?P<es>(?:pedido|compra){_NUMBER}|(?:pedido|compra)\s+de)
    | \b(?P<fr>(?:commande|achat){_NUMBER}|(?:commande|achat)\s+(?:de|d['\u2019]))
    | \b(?P<it>(?:ordine|acquisto){_NUMBER}|(?:ordine|acquisto)\s+(?:di|d['\u2019]))
    | \b(?P<nl>(?:bestelling|aankoop){_NUMBER})
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "Order #3017 on 10 Nov" may say when something else happens to it ("refund
# €45 for order #3017 on 10 Nov"); after a comma the date stands for the order.
ADJACENT = re.compile(r",\s*(?:(?:on|am|el|le|il|op)\s+(?=\d))?|[\s(]{0,2}", re.IGNORECASE)

# "The one from 12 November" names an order only in a thread about one.
RE_THE_ONE_FROM = re.compile(
    r"""
    \b(?:
        (?P<en>the\s+one\s+(?:from|of|dated))
      | (?P<de>(?:die|der|das)\s+vom)
      | (?P<es>(?:el|la)\s+del)
      | (?P<fr>celle\s+du|celui\s+du)
      | (?P<it>quell[oa]\s+del)
      | (?P<nl>die\s+van)
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)

# What else happens to an order on a day: a date tied to one of these is the
# day it arrived, shipped, went back or was refunded, not the day it was
# bought ("I ordered a lamp that was delivered on 3 November").
RE_OTHER_EVENT = re.compile(
    r"""
    \b(?:
        arrived|arrives?|delivered|shipped|dispatched|sent|returned|refunded|received|got|came
        |since|showed\s+up|turned\s+up
      | geliefert|angekommen|erhalten|zugestellt|verschickt|versandt|zurückgeschickt
        |erstattet|bekommen|kam|seit
      | lleg[óo]|recib[íi]|entregad[oa]|enviad[oa]|devuelt[oa]|devolv[íi]|reembolsad[oa]|desde
      | reçue?|livrée?|arrivée?|expédiée?|renvoyée?|remboursée?|depuis
      | arrivat[oa]|ricevut[oa]|consegnat[oa]|spedit[oa]|rimborsat[oa]|restituit[oa]
      | geleverd|ontvangen|aangekomen|verzonden|teruggestuurd|terugbetaald|sinds|gekregen
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _words(text: str) -> tuple[str, ...]:
    """The words of `text`, so long word lists stay readable one language a line."""
    return tuple(text.split())


MONTHS = _words(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "januar jänner februar märz mai juni juli oktober dezember okt dez "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre "
    "noviembre diciembre "
    "janvier février fevrier mars avril juin juillet août aout septembre octobre novembre "
    "décembre decembre "
    "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre "
    "januari februari maart mei augustus"
)
WEEKDAYS = _words(
    "monday tuesday wednesday thursday friday saturday sunday "
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag "
    "lunes martes miércoles miercoles jueves viernes sábado sabado domingo "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi "
    "sabato domenica "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"
)
# Counts written as words; dateparser reads only some languages' words, so
# they become digits before parsing ("hace tres semanas" -> "hace 3 semanas").
NUMBER_WORDS = {
    **dict.fromkeys(("a", "an", "one", "ein", "eine", "einem", "einer", "einen"), 1),
    **dict.fromkeys(("un", "una", "uno", "une", "een", "één"), 1),
    **dict.fromkeys(("a couple of", "two", "zwei", "dos", "deux", "due", "twee"), 2),
    **dict.fromkeys(("three", "drei", "tres", "trois", "tre", "drie"), 3),
    **dict.fromkeys(("four", "vier", "cuatro", "quatre", "quattro"), 4),
    **dict.fromkeys(("five", "fünf", "cinco", "cinq", "cinque", "vijf"), 5),
    **dict.fromkeys(("six", "sechs", "seis", "sei", "zes"), 6),
    **dict.fromkeys(("ten", "zehn", "diez", "dix", "dieci", "tien"), 10),
    **dict.fromkeys(("fourteen", "vierzehn", "catorce", "quatorze", "quattordici", "veertien"), 14),
}
# Two weeks, as English says it ("a fortnight ago").
RE_FORTNIGHT = re.compile(r"\b(?:a|one)\s+fortnight\b", re.IGNORECASE)
UNITS = (
    r"days?|fortnight|weeks?|months?|tage?n?|wochen?|monaten?|monate|d[ií]as?|semanas?|mes(?:es)?"
    r"|jours?|semaines?|mois|giorn[oi]|settiman[ae]|mes[ei]|dagen|dag|weken|week|maanden|maand"
)
# Hours since the order, which give its day ("about an hour ago").
HOURS = r"hours?|hrs?|stunden?|horas?|heures?|or[ae]|uur"
# A count of days, weeks or months since the order, as said before the verb
# ("it's been 3 weeks since I ordered", "ça fait 10 jours que j'ai commandé").
# Days in each unit by its first letter; month units are counted apart.
UNIT_DAYS = {"d": 1, "t": 1, "j": 1, "g": 1, "f": 14, "w": 7, "s": 7}

# Week- and month-level phrases name a date only roughly.
RE_COARSE = re.compile(r"week|month|monat|woche|semana|\bmes|semaine|mois|settiman|maand", re.I)


def _alternation(words: tuple[str, ...]) -> str:
    """A regex alternation of `words`, longest first so none is cut short."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_MONTH = _alternation(MONTHS)
_WEEKDAY = _alternation(WEEKDAYS)
_COUNT = rf"(?:\d{{1,3}}|{_alternation(tuple(NUMBER_WORDS))})"
_LAST = r"last|this\s+past|letzte[nmr]?|vergangene[nmr]?|afgelopen|vorige"
_AGO = r"pasad[oa]|derni[eè]re?|scors[oa]"
_PERIOD = r"week|month|woche|monat|maand|semana|mes|semaine|mois|settimana|mese"

# The day of the mail itself; dateparser reads "heute morgen" as tomorrow
# ("morgen") and knows neither "ce matin" nor "esta mañana".
_TODAY = (
    r"today|this\s+morning|earlier\s+today|heute(?:\s+(?:morgen|früh|vormittag))?|hoy"
    r"|esta\s+mañana|aujourd['\u2019]hui|ce\s+matin|oggi|stamattina|stamane|vandaag"
    r"|vanmorgen|vanochtend"
)
# A day of the month alone ("on the 3rd", "am 3.", "el día 3", "le 3"), never
# one followed by a month (another alternative reads those), a number, an
# amount or a word that makes it a count ("for the 3rd time").
_NOT_A_DAY_ALONE = (
    rf"(?![^\S\n]*(?:[./,:-]?\d|\.?[^\S\n]*(?:of\s+|de\s+)?(?:{_MONTH})\b|%|[€$£]"
    r"|(?:time|times|floor|one|item|attempt|try|day|week|month|year|order|size|pair)\b))"
)
_DAY_ALONE = (
    r"the\s+(?P<nth>\d{1,2})(?:st|nd|rd|th)\b"
    r"|am\s+(?P<nth_de>\d{1,2})(?=\.)"
    r"|el\s+(?:d[ií]a\s+)?(?P<nth_es>\d{1,2})\b"
    r"|le\s+(?P<nth_fr>\d{1,2})(?:er)?\b"
    r"|il\s+(?:giorno\s+)?(?P<nth_it>\d{1,2})\b"
)
NTH_GROUPS = ("nth", "nth_de", "nth_es", "nth_fr", "nth_it")

RE_WORD = re.compile(r"\S+")
RE_WEEKDAY = re.compile(rf"\b(?:{_WEEKDAY})\b", re.IGNORECASE)
RE_COUNT_WORD = re.compile(
    rf"\b({_alternation(tuple(NUMBER_WORDS))})(?=\s+(?:{UNITS})\b)", re.IGNORECASE
)

# A date as customers write it: absolute, day-and-month with German dots
# ("3.11.", which dateparser reads as a time of day), or relative to the mail:
# to today, to the current month (a day alone) or to a count of days back.
RE_DATE_PHRASE = re.compile(
    rf"""
    \b(?:
      (?P<absolute>
          \d{{4}}-\d{{1,2}}-\d{{1,2}}(?!\d)
        | \d{{1,2}}[./-]\d{{1,2}}[./-](?:\d{{4}}|\d{{2}})(?!\d)
        | \d{{1,2}}(?:st|nd|rd|th|er|º|\.)?\s+(?:of\s+|de\s+)?(?:{_MONTH})\b\.?
          (?:,?\s+(?:de\s+)?\d{{4}}(?!\d))?
        | (?:{_MONTH})\b\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}(?!\d))?
      )
      | (?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.(?!\d)
      | (?P<relative>(?:
          (?P<today>{_TODAY})
        | (?:{_DAY_ALONE}){_NOT_A_DAY_ALONE}
        | (?P<hours>(?P<hours_count>{_COUNT}|un['\u2019])\s*(?:{HOURS})\s+(?:ago|fa|geleden)
          | (?:vor|hace|il\s+y\s+a)\s+(?P<hours_count_before>{_COUNT})\s+(?:{HOURS}))
        | {_COUNT}\s+(?:{UNITS})\s+(?:ago|fa|geleden)
        | (?P<since_count>{_COUNT})\s+(?P<since_unit>{UNITS})\s+(?:since|her\b)
        | (?:ça|ca|cela)\s+fait\s+(?P<since_count_fr>{_COUNT})\s+(?P<since_unit_fr>{UNITS})
        | (?P<named>black\s+friday|cyber\s+monday)
        | (?:vor|hace|il\s+y\s+a)\s+{_COUNT}\s+(?:{UNITS})
        | the\s+day\s+before\s+yesterday|yesterday|vorgestern|gestern|anteayer|ayer
        | avant-hier|hier|l'altro\s+ieri|ieri|eergisteren|gisteren
        | (?:(?:{_LAST})\s+)?(?:{_WEEKDAY})(?:\s+(?:{_AGO}))?
        | (?P<span>(?:{_LAST})\s+(?:{_PERIOD})
          | (?:la|el|il|le)\s+(?:{_PERIOD})\s+(?:{_AGO}))
      )\b)
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Numeric dates are read day first ("04/11/2026" is 4 November) except for a
# shop in the United States, where month first is the custom.
MONTH_FIRST_TIMEZONES = (
    "US/",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Phoenix",
    "America/Anchorage",
    "America/Detroit",
    "America/Boise",
    "America/Indiana/",
    "America/Kentucky/",
    "America/North_Dakota/",
    "America/Juneau",
    "America/Adak",
    "Pacific/Honolulu",
)
LANGUAGES = ("en", "de", "es", "fr", "it", "nl")
VERB_LAST_LANGUAGES = ("de", "nl")

FORWARD_WORDS = (
    14  # "bought a set of knives through your Amazon store, order 114-…, on November 21"
)
FORWARD_WIDTH = 60  # characters of a clause around an order named just before its date
PLACED_WIDTH = 80  # "on order #92015 which I placed", read back to the sentence's start
BACKWARD_WIDTH = 45  # "am 3. November habe ich die Schuhe bestellt"
CONFIDENCE_AFTER_VERB = 0.85
CONFIDENCE_BEFORE_VERB = 0.75
CONFIDENCE_AFTER_PAYMENT = 0.6
COARSE_PENALTY = 0.3
NAMED_DAY_SEASON = 100  # days after Black Friday in which a mail may mean this year's


def relative_base(sent_at: datetime | None, timezone: ZoneInfo) -> datetime:
    """When the mail was sent, as naive local time of the shop, which dateparser expects."""
    moment = sent_at or datetime.now(UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # parsed mail dates are UTC
    return moment.astimezone(timezone).replace(tzinfo=None)


def date_order(timezone: ZoneInfo) -> str:
    """How to read an all-numeric date in the shop's region: "DMY" or "MDY"."""
    return "MDY" if (timezone.key or "").startswith(MONTH_FIRST_TIMEZONES) else "DMY"


def find_order_dates(
    text: str, *, base: datetime, order: str, relative: bool = True, about_an_order: bool = False
) -> list[Candidate]:
    """Every order date named next to a buying word, the order or a payment in `text`.

    With `relative` false, phrases like "3 weeks ago" are skipped: in quoted
    history they count from an earlier mail whose date we do not know. After
    a payment only a date written out counts (see RE_PAYMENT_VERB). "The one
    from 12 November" counts only when the thread is `about_an_order`.
    """
    found = []
    contexts = [(m, True, CONFIDENCE_AFTER_VERB) for m in RE_PURCHASE_VERB.finditer(text)]
    contexts += [(m, False, CONFIDENCE_AFTER_VERB) for m in RE_ORDER_NOUN.finditer(text)]
    contexts += [(m, False, CONFIDENCE_AFTER_VERB) for m in _placed(text)]
    contexts += [(m, False, CONFIDENCE_AFTER_PAYMENT) for m in RE_PAYMENT_VERB.finditer(text)]
    if about_an_order:
        contexts += [(m, False, CONFIDENCE_AFTER_VERB) for m in RE_THE_ONE_FROM.finditer(text)]
    for context, either_side, after in contexts:
        language = context.lastgroup or "en"
        verb_last = language in VERB_LAST_LANGUAGES and context.re is RE_PURCHASE_VERB
        phrases = [(m, after) for m in _phrases_after(text, context.end(), verb_last=verb_last)]
        if either_side:
            phrases += [(m, CONFIDENCE_BEFORE_VERB) for m in _phrases_before(text, context)]
        exact_only = not relative or context.re is RE_PAYMENT_VERB
        for phrase, confidence in phrases:
            if phrase.group("relative") and exact_only:
                continue
            value = _parse(phrase, language, base=base, order=order)
            if value is None:
                continue
            if RE_COARSE.search(phrase.group()) and phrase.group("relative"):
                confidence -= COARSE_PENALTY
            found.append(_candidate(text, context, phrase, confidence, value))
            break
    for context in RE_ORDER_THEN_DATE.finditer(text):
        at_once = _phrase_at_once(text, context, relative=relative)
        if at_once is None:
            continue
        value = _parse(at_once, context.lastgroup or "en", base=base, order=order)
        if value is not None:
            found.append(_candidate(text, context, at_once, CONFIDENCE_BEFORE_VERB, value))
    return sorted(found, key=lambda candidate: candidate.start)


def _candidate(
    text: str, context: re.Match[str], phrase: re.Match[str], confidence: float, value: date
) -> Candidate:
    """The date `phrase` names, with the words from `context` to it as its source."""
    start = min(context.start(), phrase.start())
    source = text[start : max(context.end(), phrase.end())].strip()
    return Candidate(Fact(value, confidence, source), confidence, start)


def _placed(text: str) -> list[re.Match[str]]:
    """Each "placed" (and its kin) in a sentence that names an order before it."""
    return [
        match
        for match in RE_PLACED.finditer(text)
        if RE_ORDER_NAMED.search(window_before(text, match.start(), PLACED_WIDTH, RE_SENTENCE_END))
    ]


def _phrase_at_once(text: str, context: re.Match[str], *, relative: bool) -> re.Match[str] | None:
    """A date right after the order is named, unless the clause says it arrived or the like.

    "I received my order #4471 yesterday" names the day it came.
    """
    start = ADJACENT.match(text, context.end())
    phrase = RE_DATE_PHRASE.match(text, start.end()) if start else None
    if phrase is None or (phrase.group("relative") and not relative):
        return None
    before = window_before(text, context.start(), FORWARD_WIDTH, RE_CLAUSE_BREAK)
    after = window_after(text, phrase.end(), FORWARD_WIDTH, RE_CLAUSE_BREAK)
    if RE_OTHER_EVENT.search(before) or RE_OTHER_EVENT.match(after.lstrip()):
        return None
    return phrase


def _phrases_after(text: str, pos: int, *, verb_last: bool) -> list[re.Match[str]]:
    """The first date phrase in the clause after `pos`, as a match on `text`.

    The window is counted in words, so an order id or a product's name in
    between costs no more than a word each; a date after a word that names
    another event ("that was delivered on 3 November") is not looked at, nor
    in German and Dutch one before it up to the next comma ("die am 3.
    November geliefert wurde").
    """
    window = window_after(text, pos, _words_width(text, pos, FORWARD_WORDS), RE_CLAUSE_BREAK)
    match = RE_DATE_PHRASE.search(text, pos, pos + len(window))
    if match is None or RE_OTHER_EVENT.search(text, pos, match.start()):
        return []
    rest = window_after(text, match.end(), FORWARD_WIDTH, RE_LIST_BREAK)
    if verb_last and RE_OTHER_EVENT.search(rest):
        return []
    return [match]


def _words_width(text: str, pos: int, words: int) -> int:
    """How many characters from `pos` hold the next `words` words."""
    ends = [match.end() for match in itertools.islice(RE_WORD.finditer(text, pos), words)]
    return (ends[-1] - pos) if ends else 0


def _phrases_before(text: str, context: re.Match[str]) -> list[re.Match[str]]:
    """The last date phrase in the clause before a buying word, as a match on `text`.

    "Today" before the verb is more often the day of writing or of delivery
    ("today I received the lamp I ordered") than the day of ordering, except
    in German and Dutch, which put the verb last ("heute Morgen bestellt").
    """
    window = window_before(text, context.start(), BACKWARD_WIDTH, RE_CLAUSE_BREAK)
    matches = RE_DATE_PHRASE.finditer(text, context.start() - len(window), context.start())
    verb_last = context.lastgroup in VERB_LAST_LANGUAGES
    kept = [match for match in matches if verb_last or not match.group("today")][-1:]
    return [m for m in kept if not RE_OTHER_EVENT.search(text, m.end(), context.start())]


def _parse(phrase: re.Match[str], language: str, *, base: datetime, order: str) -> date | None:
    """The date a phrase names, or None when it cannot be read or lies after the mail.

    "Last week" and "last month" name a span of days, not the day of the
    order; they give no date, as a guessed day would read as a fact.
    """
    nth = next((phrase.group(name) for name in NTH_GROUPS if phrase.group(name)), None)
    since = phrase.group("since_count") or phrase.group("since_count_fr")
    if phrase.group("span"):
        return None
    if phrase.group("hours"):
        count = phrase.group("hours_count") or phrase.group("hours_count_before")
        number = int(count) if count.isdigit() else NUMBER_WORDS.get(count.lower(), 1)
        value: date | None = (base - timedelta(hours=number)).date()
    elif phrase.group("named"):
        value = _named_day(phrase.group("named"), base)
    elif since:
        unit = phrase.group("since_unit") or phrase.group("since_unit_fr")
        value = _count_back(since, unit, base)
    elif phrase.group("today"):
        value = base.date()
    elif nth:
        value = _day_alone(int(nth), base)
    elif phrase.group("day"):
        value = _day_month(int(phrase.group("day")), int(phrase.group("month")), base)
    else:
        words = RE_FORTNIGHT.sub("2 weeks", phrase.group())
        words = RE_COUNT_WORD.sub(lambda m: str(NUMBER_WORDS[m.group(1).lower()]), words)
        hints = tuple(dict.fromkeys((language, "en")))
        # To the hour: an order date is a day, and mails of the same hour then
        # share dateparser's (slow) reading of the same phrase.
        hour = base.replace(minute=0, second=0, microsecond=0)
        value = _dateparse(words, hints, hour, order)
        if value is None and (weekday := RE_WEEKDAY.search(words)):
            # dateparser knows "last Tuesday" only in English; the weekday
            # alone, read as a past date, means the same in every language.
            value = _dateparse(weekday.group(), LANGUAGES, hour, order)
    return value if value and value <= base.date() else None


@functools.lru_cache(maxsize=1024)
def _dateparse(words: str, languages: tuple[str, ...], base: datetime, order: str) -> date | None:
    """dateparser's reading of a phrase, cached: a thread repeats the same phrases."""
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "DATE_ORDER": order}
    parsed = dateparser.parse(words, languages=list(languages), settings=settings)
    return parsed.date() if parsed else None


def _day_month(day: int, month: int, base: datetime) -> date | None:
    """The most recent day/month on or before `base`, or None when there is no such day."""
    for year in (base.year, base.year - 1):
        try:
            value = date(year, month, day)
        except ValueError:
            continue
        if value <= base.date():
            return value
    return None


def _day_alone(day: int, base: datetime) -> date | None:
    """The most recent such day of a month on or before `base`, within three months."""
    year, month = base.year, base.month
    for _ in range(3):
        try:
            value = date(year, month, day)
        except ValueError:
            value = None
        if value is not None and value <= base.date():
            return value
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def _count_back(count: str, unit: str, base: datetime) -> date | None:
    """The day `count` days, weeks or months before `base`."""
    number = int(count) if count.isdigit() else NUMBER_WORDS[count.lower()]
    if unit.lower().startswith(("mon", "mes", "mois", "maand")):
        month = base.month - number
        year = base.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        day = min(base.day, calendar.monthrange(year, month)[1])
        return date(year, month, day)
    return base.date() - timedelta(days=number * UNIT_DAYS.get(unit[0].lower(), 7))


def _named_day(name: str, base: datetime) -> date | None:
    """Black Friday or Cyber Monday of the season the mail was sent in, if already past.

    Black Friday is the day after the fourth Thursday of November, Cyber
    Monday three days later. One that lies ahead of the mail, or further back
    than a season, is too long ago to be meant: no date then, never the last
    Friday.
    """
    for year in (base.year, base.year - 1):
        first = date(year, 11, 1)
        thursday = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        value = thursday + timedelta(days=1 if "friday" in name.lower() else 4)
        if value <= base.date():
            return value if (base.date() - value).days <= NAMED_DAY_SEASON else None
    return None
