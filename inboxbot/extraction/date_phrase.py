"""Date phrases as customers write them, and the day each names: "3.11.", "vor drei Wochen"."""

from __future__ import annotations

import calendar
import functools
import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import dateparser


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
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
    # English short forms; "mon", "wed", "sat" and "sun" are words too (French "mon").
    "tue tues weds thu thur thurs fri"
)
WEEKDAY_SHORT_FORMS = {
    "tue": "tuesday",
    "tues": "tuesday",
    "weds": "wednesday",
    "thu": "thursday",
    "thur": "thursday",
    "thurs": "thursday",
    "fri": "friday",
}
RE_WEEKDAY_SHORT_FORM = re.compile(rf"\b({'|'.join(WEEKDAY_SHORT_FORMS)})\b\.?", re.IGNORECASE)
# English days of the month written as words ("the first of December").
ORDINAL_WORDS = {
    word: day
    for day, word in enumerate(
        _words(
            "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
            "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
            "twentieth"
        ),
        start=1,
    )
}
ORDINAL_WORDS |= {f"twenty-{word}": 20 + ORDINAL_WORDS[word] for word in list(ORDINAL_WORDS)[:9]}
ORDINAL_WORDS |= {"thirtieth": 30, "thirty-first": 31}

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
    **dict.fromkeys(("seven", "sieben", "siete", "sept", "sette", "zeven"), 7),
    **dict.fromkeys(("eight", "acht", "ocho", "huit", "otto"), 8),
    **dict.fromkeys(("nine", "neun", "nueve", "neuf", "nove", "negen"), 9),
    **dict.fromkeys(("ten", "zehn", "diez", "dix", "dieci", "tien"), 10),
    **dict.fromkeys(("eleven", "elf", "once", "onze", "undici"), 11),
    **dict.fromkeys(("twelve", "zwölf", "doce", "douze", "dodici", "twaalf"), 12),
    **dict.fromkeys(("fourteen", "vierzehn", "catorce", "quatorze", "quattordici", "veertien"), 14),
    **dict.fromkeys(("fifteen", "fünfzehn", "quince", "quinze", "quindici", "vijftien"), 15),
    **dict.fromkeys(("twenty", "zwanzig", "veinte", "vingt", "venti", "twintig"), 20),
    **dict.fromkeys(("thirty", "dreißig", "treinta", "trente", "trenta", "dertig"), 30),
}
# Two weeks, as English says it ("a fortnight ago").
RE_FORTNIGHT = re.compile(r"\b(?:a|one)\s+fortnight\b", re.IGNORECASE)
UNITS = (
    r"days?|fortnight|weeks?|months?|tage?n?|wochen?|monaten?|monate|d[ií]as?|semanas?|mes(?:es)?"
    r"|jours?|semaines?|mois|giorn[oi]|settiman[ae]|mes[ei]|dagen|dag|weken|week|maanden|maand"
)
# Hours or minutes since the order, which give its day ("about an hour ago",
# "20 minutes ago").
HOURS = (
    r"hours?|hrs?|stunden?|horas?|heures?|or[ae]|uur"
    r"|minutes?|mins?|minuten?|minutos?|minuti|minuto"
)
# A count of days, weeks or months since the order, as said before the verb
# ("it's been 3 weeks since I ordered", "ça fait 10 jours que j'ai commandé").
# Days in each unit by its first letter; month units are counted apart.
UNIT_DAYS = {"d": 1, "t": 1, "j": 1, "g": 1, "f": 14, "w": 7, "s": 7}

# Week- and month-level phrases name a date only roughly.
RE_COARSE = re.compile(r"week|month|monat|woche|semana|\bmes|semaine|mois|settiman|maand", re.I)


# Words as a tree of their letters; "" marks the end of a word.
_Tree = dict[str, "_Tree"]


def _alternation(words: tuple[str, ...]) -> str:
    """A regex alternation of `words` (read ignoring case), longest first so none is cut short.

    Written as a tree of shared beginnings ("ma(?:y|r(?:ch)?|...)"), so a scan
    tries the letter a word starts with once rather than once per word; a flat
    list of a hundred words made every date search several times slower.
    """
    tree: _Tree = {}
    for word in words:
        node = tree
        for char in word.lower():
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: _Tree) -> str:
    """The pattern of a tree node; a longer word is tried before one that ends here."""
    longer = [re.escape(char) + _branches(rest) for char, rest in node.items() if char]
    if not longer:
        return ""
    if "" in node:
        return f"(?:{'|'.join(longer)})?"
    return longer[0] if len(longer) == 1 else f"(?:{'|'.join(longer)})"


_MONTH = _alternation(MONTHS)
_WEEKDAY = _alternation(WEEKDAYS)
_ORDINAL = _alternation(tuple(ORDINAL_WORDS))
_COUNT = rf"(?:\d{{1,3}}|{_alternation(tuple(NUMBER_WORDS))})"
_LAST = r"last|this\s+past|letzte[nmr]?|vergangene[nmr]?|afgelopen|vorige"
_AGO = r"pasad[oa]|derni[eè]re?|scors[oa]"
_PERIOD = r"week|month|woche|monat|maand|semana|mes|semaine|mois|settimana|mese"

# The day of the mail itself; dateparser reads "heute morgen" as tomorrow
# ("morgen") and knows neither "ce matin" nor "esta mañana".
_TODAY = (
    r"today|this\s+(?:morning|afternoon|evening)|earlier\s+today|tonight"
    r"|heute(?:\s+(?:morgen|früh|vormittag|mittag|nachmittag|abend))?"
    r"|hoy|esta\s+(?:mañana|tarde|noche)"
    r"|aujourd['\u2019]hui|ce\s+matin|cet\s+après-midi|ce\s+soir"
    r"|oggi(?:\s+pomeriggio)?|stamattina|stamane|questo\s+pomeriggio|stasera"
    r"|vandaag|vanmorgen|vanochtend|vanmiddag|vanavond"
)
# Two days before the mail; dateparser misses some ways of saying it.
_TWO_DAYS = (
    r"the\s+day\s+before\s+yesterday|vorgestern|anteayer|antes\s+de\s+ayer|avant[-\s]hier"
    r"|(?:l['\u2019])?altro\s+ieri|ieri\s+l['\u2019]altro|avantieri|eergisteren"
)
# A weekday of the week before the mail's ("vorige week dinsdag", "Tuesday
# last week", "mardi de la semaine dernière"), not the last such weekday.
_PREVIOUS_WEEK = (
    r"(?:(?:last|letzte[rn]?|vorige[rn]?|vergangene[rn]?|afgelopen)\s+(?:week|woche)"
    r"|la\s+semaine\s+derni[eè]re"
    r"|(?:la\s+)?semana\s+pasada|(?:la\s+)?settimana\s+scorsa)"
)
_DAY_OF_PREVIOUS_WEEK = (
    rf"{_PREVIOUS_WEEK},?\s+(?:on\s+|am\s+|op\s+|le\s+|el\s+|il\s+)?(?P<prev_week_day>{_WEEKDAY})"
    rf"|(?P<prev_week_day_first>{_WEEKDAY})\s+(?:of\s+|de\s+|della\s+)?{_PREVIOUS_WEEK}"
)
# A day of the month alone ("on the 3rd", "am 3.", "el día 3", "le 3"), never
# one followed by a month (another alternative reads those), a number, an
# amount or a word that makes it a count ("for the 3rd time").
_NOT_A_DAY_ALONE = (
    rf"(?![^\S\n]*(?:[./,:-]?\d|\.?[^\S\n]*(?:of\s+|de\s+)?(?:{_MONTH})\b|%|[€$£]"
    r"|(?:times?|floor|one|items?|attempts?|try|days?|weeks?|months?|years?|orders?|sizes?"
    r"|pairs?|pieces?|units?|things?|x)\b))"
)
_DAY_ALONE = (
    r"(?(weekday_of)(?:the\s+)?|(?:the|on)\s+)(?P<nth>\d{1,2})(?:st|nd|rd|th)\b"
    r"|am\s+(?P<nth_de>\d{1,2})(?=\.)"
    r"|el\s+(?:d[ií]a\s+)?(?P<nth_es>\d{1,2})\b"
    r"|le\s+(?P<nth_fr>\d{1,2})(?:er)?\b"
    r"|il\s+(?:giorno\s+)?(?P<nth_it>\d{1,2})\b"
    r"|(?:op\s+)?de\s+(?P<nth_nl>\d{1,2})(?:e|ste|de)\b"
    # after a weekday, the day alone: "el sábado 10", "Samstag 10.", "zaterdag 10"
    r"|(?(weekday_of)(?P<nth_weekday>\d{1,2})(?:er|º)?(?!\d|[.,:]\d)|(?!))"
)
NTH_GROUPS = ("nth", "nth_de", "nth_es", "nth_fr", "nth_it", "nth_nl", "nth_weekday")

# "2/6 of the plates" is a share, not 2 June.
_NOT_A_SHARE = (
    r"(?![^\S\n]*(?:of|de|di|van|von|der|des|du|items?|pieces?|stars?|stück|piezas?|pièces?"
    r"|pezzi|stuks)\b)"
)

# Holidays on a fixed day ("new year's eve", "Heiligabend", "le jour de la
# Toussaint", "vom Nikolaustag"). Christmas alone is left out: "for
# Christmas" and "zu Weihnachten" name what the order is for.
HOLIDAYS = {
    (10, 31): r"halloween",
    (11, 5): r"bonfire\s+night|guy\s+fawkes(?:\s+night)?",
    (11, 1): r"all\s+saints['\u2019]?\s+day|allerheiligen|(?:d[ií]a\s+de\s+)?todos\s+los\s+santos"
    r"|(?:(?:le\s+)?jour\s+de\s+(?:la\s+)?)?toussaint|ognissanti",
    (11, 11): r"martinstag|sankt\s+martin|sint[\s-]maarten|san\s+martino|armistice\s+day",
    (12, 5): r"pakjesavond|sinterklaas(?:avond)?",
    (12, 6): r"nikolaus(?:tag)?|saint[\s-]nicolas|san\s+nicol[áa]s|san\s+nicola",
    (12, 8): r"(?:d[ií]a\s+de\s+la\s+)?inmaculada(?:\s+concepci[oó]n)?|immacolata(?:\s+concezione)?"
    r"|immacul[ée]e\s+conception",
    (12, 24): r"christmas\s+eve|heiligabend|nochebuena|veille\s+de\s+no[eë]l|vigilia\s+di\s+natale"
    r"|kerstavond",
    (12, 25): r"christmas\s+day|d[ií]a\s+de\s+navidad|jour\s+de\s+no[eë]l|giorno\s+di\s+natale"
    r"|eerste\s+kerstdag",
    (12, 26): r"boxing\s+day|zweite[nr]?\s+weihnachtsfeiertag|tweede\s+kerstdag|santo\s+stefano",
    (12, 31): r"new\s+year['\u2019]?s\s+eve|silvester|nochevieja|saint-sylvestre|san\s+silvestro"
    r"|oudejaarsavond|oudejaarsdag",
    (1, 1): r"new\s+year['\u2019]?s\s+day|neujahr(?:stag)?|a[ñn]o\s+nuevo|jour\s+de\s+l['\u2019]an"
    r"|capodanno|nieuwjaarsdag",
    (1, 6): r"epiphany|heilige\s+drei\s+k[öo]nige|d[ií]a\s+de\s+reyes|[ée]piphanie|befana"
    r"|driekoningen",
    (2, 14): r"valentine['\u2019]?s\s+day|valentinstag|san\s+valent[ií]n|saint[\s-]valentin"
    r"|valentijnsdag",
}
_HOLIDAY = "|".join(HOLIDAYS.values())
RE_HOLIDAYS = {day: re.compile(rf"^(?:{words})$", re.IGNORECASE) for day, words in HOLIDAYS.items()}
HOLIDAY_SEASON = 60  # days after a holiday in which a mail may mean it

RE_WEEKDAY = re.compile(rf"\b(?:{_WEEKDAY})\b", re.IGNORECASE)
RE_COUNT_WORD = re.compile(
    rf"\b({_alternation(tuple(NUMBER_WORDS))})(?=\s+(?:{UNITS})\b)", re.IGNORECASE
)

# A date as customers write it: absolute, day-and-month with German dots
# ("3.11.", which dateparser reads as a time of day), or relative to the mail:
# to today, to the current month (a day alone) or to a count of days back.
# A weekday written with the date ("Monday the 12th", "am Samstag, 10.
# Oktober", "le samedi 10 octobre") only names that date, not the last such
# weekday: it is read as part of the phrase and then left out.
# Every phrase begins a word: "\b(?=\w)" lets a scan pass over every other
# place in one step instead of trying each alternative there.
RE_DATE_PHRASE = re.compile(
    rf"""
    \b(?=\w)(?P<weekday_of>(?:{_WEEKDAY}),?\s+(?=(?:the\s+)?\d|(?:{_MONTH})\b))?
    (?:
      (?P<absolute>
          \d{{4}}-\d{{1,2}}-\d{{1,2}}(?!\d)
        | \d{{1,2}}(?P<separator>[.-])\d{{1,2}}(?P=separator)(?:\d{{4}}|\d{{2}})(?!\d)
        | \d{{1,2}}(?:st|nd|rd|th|er|º|\.)?\s+(?:of\s+|de\s+)?(?:{_MONTH})\b\.?
          (?:,?\s+(?:de\s+)?\d{{4}}(?!\d))?
        | (?:{_MONTH})\b\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}(?!\d))?
      )
      | (?:the\s+)?(?P<ordinal>{_ORDINAL})\s+(?:of\s+)?(?P<ordinal_month>{_MONTH})\b
      | (?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.(?!\d)
      | (?<![\d/])(?P<slash_first>\d{{1,2}})/(?P<slash_second>\d{{1,2}})
        (?:/(?P<slash_year>\d{{4}}|\d{{2}}))?(?![/\d]){_NOT_A_SHARE}
      | (?P<relative>(?:
          (?P<today>{_TODAY})
        | (?:{_DAY_ALONE}){_NOT_A_DAY_ALONE}
        | (?P<prev_week>{_DAY_OF_PREVIOUS_WEEK})
        | (?P<week_before>(?:a|one)\s+week\s+(?:ago\s+(?:last\s+)?|last\s+)
            (?P<week_before_day>{_WEEKDAY}|today|yesterday))
        | (?P<two_days>{_TWO_DAYS})
        | (?P<weekdays_ago>(?P<weekdays_ago_count>{_COUNT})\s+(?P<weekdays_ago_day>{_WEEKDAY})s
            \s+ago)
        | (?P<before_last>(?:the\s+)?(?P<before_last_day>{_WEEKDAY})\s+before\s+last
          | vorletzte[nmr]?\s+(?P<before_last_day_de>{_WEEKDAY}))
        | (?P<hours>
            (?P<hours_count>{_COUNT}|un['\u2019])\s*(?P<hours_unit>{HOURS})\s+(?:ago|fa|geleden)
          | (?:vor|hace|il\s+y\s+a)\s+(?P<hours_count_before>{_COUNT})
            \s+(?P<hours_unit_before>{HOURS}))
        | {_COUNT}\s+(?:{UNITS})\s+(?:ago|fa|geleden)(?:\s+today)?
        | (?P<since_count>{_COUNT})\s+(?P<since_unit>{UNITS})\s+(?:since|her\b)
        | (?:ça|ca|cela)\s+fait\s+(?P<since_count_fr>{_COUNT})\s+(?P<since_unit_fr>{UNITS})
        | (?:(?:the\s+)?day\s+(?P<shift>after|before)\s+)?
          (?:(?P<named>black[\s-]+friday|cyber[\s-]+monday)|(?P<holiday>{_HOLIDAY}))
        | (?:vor|hace|il\s+y\s+a)\s+{_COUNT}\s+(?:{UNITS})
        | (?P<last_night>last\s+night|anoche|gisteravond)
        | yesterday|gestern|ayer|hier|ieri|gisteren
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
# Evening words of _TODAY, and the hour until which the evening is yesterday's.
RE_EVENING = re.compile(r"evening|tonight|abend|noche|soir|stasera|avond", re.IGNORECASE)
EVENING_ENDS = 5
# "for", "voor", "zum": a holiday after it is the day the goods are for.
RE_FOR_THE_DAY = re.compile(
    r"\b(?:for|voor|für|zu|zum|pour|para|per)\s+(?:the\s+|de\s+|la\s+|le\s+|il\s+|el\s+)?$",
    re.IGNORECASE,
)
PURPOSE_WIDTH = 12
RECENT_DAYS = 60  # a numeric date read the other way round lies within this of the mail
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


def parse_phrase(
    phrase: re.Match[str], language: str, *, base: datetime, order: str
) -> date | None:
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
        unit = phrase.group("hours_unit") or phrase.group("hours_unit_before")
        minutes = number if unit.lower().startswith("min") else number * 60
        value: date | None = (base - timedelta(minutes=minutes)).date()
    elif phrase.group("named") or phrase.group("holiday"):
        value = _festive_day(phrase, base)
    elif phrase.group("last_night"):
        value = base.date() - timedelta(days=1)
    elif phrase.group("prev_week"):
        day = phrase.group("prev_week_day") or phrase.group("prev_week_day_first")
        value = _day_of_previous_week(day, base, order)
    elif phrase.group("week_before"):
        # "A week ago Saturday": the Saturday before the last one; "a week
        # ago today": seven days back.
        day = phrase.group("week_before_day").lower()
        if day in ("today", "yesterday"):
            value = base.date() - timedelta(days=7 if day == "today" else 8)
        else:
            hour = base.replace(minute=0, second=0, microsecond=0)
            last = _dateparse(day, LANGUAGES, hour, order)
            value = last - timedelta(days=7) if last else None
    elif phrase.group("two_days"):
        value = base.date() - timedelta(days=2)
    elif phrase.group("weekdays_ago") or phrase.group("before_last"):
        # "two Saturdays ago", "the Monday before last": whole weeks before
        # the last such weekday.
        if phrase.group("weekdays_ago"):
            day = phrase.group("weekdays_ago_day")
            weeks = _count(phrase.group("weekdays_ago_count")) - 1
        else:
            day = phrase.group("before_last_day") or phrase.group("before_last_day_de")
            weeks = 1
        hour = base.replace(minute=0, second=0, microsecond=0)
        last = _dateparse(day, LANGUAGES, hour, order)
        value = last - timedelta(weeks=weeks) if last else None
    elif phrase.group("slash_first"):
        first, second = int(phrase.group("slash_first")), int(phrase.group("slash_second"))
        year = phrase.group("slash_year")
        value = _slashed(first, second, int(year) if year else None, base, order)
    elif since:
        unit = phrase.group("since_unit") or phrase.group("since_unit_fr")
        value = _count_back(since, unit, base)
    elif phrase.group("today"):
        # "earlier this evening", written just after midnight, was yesterday's
        late = RE_EVENING.search(phrase.group()) and base.hour < EVENING_ENDS
        value = base.date() - timedelta(days=1 if late else 0)
    elif nth:
        value = _day_alone(int(nth), base)
    elif phrase.group("ordinal"):
        hour = base.replace(minute=0, second=0, microsecond=0)
        day = ORDINAL_WORDS[phrase.group("ordinal").lower()]
        month = _dateparse(f"1 {phrase.group('ordinal_month')}", LANGUAGES, hour, order)
        value = _day_month(day, month.month, base) if month else None
    elif phrase.group("day"):
        value = _day_month(int(phrase.group("day")), int(phrase.group("month")), base)
    else:
        words = RE_FORTNIGHT.sub("2 weeks", _without_weekday(phrase))
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


def _count(word: str) -> int:
    """A count written in digits or in words ("3", "two", "zwei")."""
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _festive_day(phrase: re.Match[str], base: datetime) -> date | None:
    """A sale day or holiday, or the day after or before it; none when it is what the order is for.

    "a present for pakjesavond", "zum Nikolaustag" name when the goods were
    wanted, not when they were ordered.
    """
    before = phrase.string[max(0, phrase.start() - PURPOSE_WIDTH) : phrase.start()]
    if RE_FOR_THE_DAY.search(before):
        return None
    if phrase.group("named"):
        value = _named_day(phrase.group("named"), base)
    else:
        value = _holiday(phrase.group("holiday"), base)
    shift = phrase.group("shift")
    if value is None or shift is None:
        return value
    return value + timedelta(days=1 if shift.lower() == "after" else -1)


def _without_weekday(phrase: re.Match[str]) -> str:
    """The phrase without a weekday written before its date ("Saturday 10 October")."""
    if phrase.group("weekday_of") is None:
        return phrase.group()
    return phrase.group()[phrase.end("weekday_of") - phrase.start() :]


@functools.lru_cache(maxsize=1024)
def _dateparse(words: str, languages: tuple[str, ...], base: datetime, order: str) -> date | None:
    """dateparser's reading of a phrase, cached: a thread repeats the same phrases."""
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "DATE_ORDER": order}
    words = RE_WEEKDAY_SHORT_FORM.sub(lambda m: WEEKDAY_SHORT_FORMS[m.group(1).lower()], words)
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


def _slashed(first: int, second: int, year: int | None, base: datetime, order: str) -> date | None:
    """A date written "30/11(/2026)" or "11/30(/2026)", read in the shop's order if it can be.

    "9/30" can only be 30 September, whatever the shop's custom; and a
    customer abroad writes "11/3" for 3 November as often as a shop in
    Berlin reads it as 11 March. Of two readings of a day without its year,
    the shop's is kept unless it lies months back and the other within weeks
    of the mail; a date with its year is read the shop's way when it can be.
    """
    if year is not None and year < 100:
        year += 2000
    readings = (
        [(first, second), (second, first)] if order == "MDY" else [(second, first), (first, second)]
    )
    dates = [_past_date(year, month, day, base) for month, day in readings]
    shop, other = dates
    if shop is None or (
        year is None
        and other is not None
        and (base.date() - shop).days > RECENT_DAYS >= (base.date() - other).days
    ):
        return other
    return shop


def _past_date(year: int | None, month: int, day: int, base: datetime) -> date | None:
    """That day of that year, or the latest one on or before `base` when no year is given."""
    if year is None:
        return _day_month(day, month, base)
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    return value if value <= base.date() else None


def _day_of_previous_week(weekday: str, base: datetime, order: str) -> date | None:
    """That weekday in the calendar week (Monday to Sunday) before the one of the mail."""
    hour = base.replace(minute=0, second=0, microsecond=0)
    last = _dateparse(weekday, LANGUAGES, hour, order)
    if last is None:
        return None
    monday = base.date() - timedelta(days=base.weekday() + 7)
    return monday + timedelta(days=last.weekday())


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
    number = _count(count)
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


def _holiday(name: str, base: datetime) -> date | None:
    """The latest such holiday on or before `base`, or None when it is a season or more ago."""
    month, day = next(key for key, words in RE_HOLIDAYS.items() if words.match(name))
    year = base.year if (month, day) <= (base.month, base.day) else base.year - 1
    value = date(year, month, day)
    return value if (base.date() - value).days <= HOLIDAY_SEASON else None
