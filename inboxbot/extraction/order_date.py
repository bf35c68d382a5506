"""The date an order was placed: "ordered on 3 November", "am 3. November bestellt"."""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime

from inboxbot.extraction.any_date import any_past_dates
from inboxbot.extraction.common import (
    RE_CLAUSE_BREAK,
    RE_LIST_BREAK,
    Candidate,
    sentence_and_one_before,
    window_after,
    window_before,
)
from inboxbot.extraction.date_phrase import RE_COARSE, RE_DATE_PHRASE, parse_phrase
from inboxbot.models import Fact

# Verbs of buying; a date just before or after one is the order date. Each
# language is a named group so its name can be handed to dateparser as a hint.
RE_PURCHASE_VERB = re.compile(
    r"""
    \b(?:
        (?P<en>ordered|bought|purchased|made\s+(?:(?:my|the|a|this)\s+)?purchase
            |checked\s+out(?!\s+(?:the|your|my|this|that|it)\b)
            |grabbed|snagged|picked\s+up|tried\s+to\s+(?:buy|order|purchase|check\s*out)
            |tried\s+(?:checking\s+out|buying|ordering)
            |made\s+(?:(?:my|the|an?|this)\s+)?order|put\s+in\s+(?:(?:my|the|an?|this)\s+)?order
            |put\s+(?:my|the|an?|this)\s+order\s+in
            |placed\s+(?:\S+\s+){0,2}?orders?
            |orderd|ordred|odered|oderd|oredered|orderded|orderred
            |purchsed|purchaced|purcahsed|purhcased|puchased|purchasd|bougth|boght)
      | (?P<de>bestellt|bestellte|gekauft|kaufte|erworben|bestelt|bestelte|gekauf)
      | (?P<es>ped[ií]|compr[ée]|orden[ée]
            |(?:hice|realic[ée]|hecho|realizado|efectu[ée]|efectuado)\s+(?:el|mi|un|este|la)
                \s+(?:pedido|compra))
      | (?P<fr>commandée?s?|achetée?s?|pass[ée]\s+(?:(?:ma|la|une|notre|cette)\s+)?commande
            |(?:effectu[ée]|fait)\s+(?:ma|la|une|notre|cette)\s+commande
            |comandée?s?|commendée?s?|commandai)
      | (?P<it>ordinat[oaie]|comprat[oaie]|acquistat[oaie]
            |l['\u2019]ho\s+(?:fatt|effettuat|pres)[oa]
            |(?:fatt|effettuat)[oa]\s+(?:l['\u2019]\s?|un\s+|il\s+(?:mio\s+)?|quest['\u2019]\s?)ordine)
      | (?P<nl>besteld|bestelde|bestelden|gekocht|kocht|kochten|aangeschaft|besteldt)
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Verbs of paying; the day one paid is the day one ordered ("145,00 € payés
# avec Apple Pay le 9 novembre", "paid £72 a week ago today"), but less
# surely, and only a date after them, in a clause that names no other payment
# (RE_OTHER_PAYMENT): "on 3 November I paid the return postage" and "I paid
# for the return yesterday" name other days.
RE_PAYMENT_VERB = re.compile(
    r"""
    \b(?:
        (?P<en>paid|(?:the|my)\s+payment)
      | (?P<de>bezahlt|gezahlt)
      | (?P<es>pagu[ée]|pagad[oa]s?)
      | (?P<fr>pay[ée]e?s?)
      | (?P<it>pagat[oaie])
      | (?P<nl>betaald)
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
# What else a customer pays for after the order: sending it back, customs.
RE_OTHER_PAYMENT = re.compile(
    r"""
    \b(?:
        return\w* | postage | label | customs | dut(?:y|ies) | courier
      | rücksend\w* | rückversand\w* | retoure\w* | zoll\w* | porto
      | devoluci[oó]n | aduana\w* | etiqueta | mensajer\w*
      | retour\w* | renvoi | douane\w* | étiquette
      | reso | restituzion\w* | dogana\w* | etichetta | corriere
      | retourzending | terugzending | verzendlabel
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Nouns that name the order and then its date ("my order from 3 November",
# "Bestellung #3390 vom 10.11.", "ma commande 21904 passée il y a deux
# semaines"); the order's number may stand between. Only a date after them
# counts, as "3 November my order arrived" is no order date. The article
# of a day alone ("passée le 4") is left to the date phrase, which needs it.
_NUMBER = r"\s*\(?\s*(?:n[°º]\.?|no\.?|nr\.?|n\.|\#)?\s*[A-Z]{0,4}-?\d[\d-]*"
# "L'ordine 80026 è del 3 gennaio": the order may be said to be of a day.
_NUMBER_SLOT = rf"(?:\s+{_NUMBER}\)?,?)?(?:\s+(?:is|ist|es|est|è))?"
RE_ORDER_NOUN = re.compile(
    rf"""
    \b(?:
        (?P<en>(?:order|purchase)(?:{_NUMBER_SLOT}\s+(?:from|of|dated)
            |\s+(?:\S+\s+)?(?:was\s+)?placed(?:\s+on)?|\s+(?:I|we)\s+(?:made|put\s+in)))
      | (?P<de>(?:bestellung|auftrag|(?:ein)?kauf(?:e?s)?){_NUMBER_SLOT}\s+vom)
      | (?P<es>(?:pedido|compra){_NUMBER_SLOT}\s+(?:del|realizad[oa]|hech[oa]|efectuad[oa]))
      | (?P<fr>(?:commande|achat){_NUMBER_SLOT}\s+(?:du|pass[ée]e?|faite?|effectu[ée]e?))
      | (?P<it>(?:ordine|acquisto){_NUMBER_SLOT}\s+(?:del|effettuat[oa]|fatt[oa]))
      | (?P<nl>(?:bestelling|aankoop){_NUMBER_SLOT}\s+(?:van|(?:geplaatst|gedaan)(?:\s+op)?))
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


# "Placed" and its kin without the order after them ("order #92015, which I
# placed an hour ago", "Commande #40114, passée le 1er décembre", "Lo hice
# anteayer"): a buying word only when this sentence or the one before it
# names an order. German and Dutch put it after the date ("die ich am 3.
# Januar aufgegeben habe").
RE_PLACED = re.compile(
    r"""
    \b(?:
        (?P<en>placed|placing|made\s+it|put\s+it\s+in)
      | (?P<de>aufgegeben|getätigt)
      | (?P<es>realizad[oa]|l[oa]\s+hice|que\s+(?:hice|realic[ée]))
      | (?P<fr>pass[ée]e?|l['\u2019]ai\s+faite?)
      | (?P<it>effettuat[oa]|fatt[oa])
      | (?P<nl>geplaatst|gedaan)
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
RE_ORDER_NAMED = re.compile(
    r"\b(?:orders?|order(?:nummer|nr)|bestell(?:ung|nummer)|bestel(?:ling|nummer)|auftrag|pedido"
    r"|commande|ordine)\b|\#\s?\d",
    re.IGNORECASE,
)

# The order, by its number or with "of", and a date right after it ("on
# order 77120 yesterday", "mi compra de ayer", "ma commande d'hier", "meine
# Bestellung von gestern"). Only a date that follows at once counts.
RE_ORDER_THEN_DATE = re.compile(
    rf"""
    \b(?P<en>(?:order|purchase){_NUMBER}|(?:order|purchase)\s+of)
    | \b(?P<de>(?:bestellung|auftrag|kauf){_NUMBER}|(?:bestellung|auftrag|kauf)\s+von)
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

# The order confirmation came the day the order was placed ("got the
# confirmation for #66013 on the 9th"); a shipping confirmation did not.
RE_CONFIRMATION = re.compile(
    rf"""
    (?<!shipping\s)(?<!dispatch\s)(?<!delivery\s)(?<!tracking\s)
    \b(?:
        (?P<en>(?:order\s+)?confirmation(?:\s+e?-?mail)?
            (?:\s+(?:for|of)\s+(?:(?:my|the|your)\s+)?(?:order)?{_NUMBER})?)
      | (?P<de>(?:bestell|auftrags)?bestätigung(?:\s+(?:für|zu)\s+\S+)?)
      | (?P<es>confirmaci[oó]n(?:\s+del\s+pedido)?)
      | (?P<fr>confirmation\s+de\s+(?:ma\s+|la\s+)?commande)
      | (?P<it>conferma(?:\s+(?:dell['\u2019])?ordine)?)
      | (?P<nl>(?:order|bestel)?bevestiging)
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)

# A pasted order's "Date" row ("Order no. 77651 / Date 14/12/2026"): only a
# date written out, at the start of a line, in a thread about an order.
RE_DATE_ROW = re.compile(
    r"""
    ^[^\S\n]*(?:
        (?P<fr>date\s+(?:de\s+(?:la\s+)?commande|d['\u2019]achat))
      | (?P<en>(?:order\s+|purchase\s+)?date(?:\s+of\s+(?:purchase|order))?)
      | (?P<de>(?:bestell|kauf)?datum)
      | (?P<es>fecha(?:\s+del\s+pedido|\s+de\s+compra)?)
      | (?P<it>data(?:\s+(?:dell['\u2019])?ordine|\s+(?:di\s+)?acquisto)?)
      | (?P<nl>besteldatum|aankoopdatum)
    )[^\S\n]*:?[^\S\n]*
    """,
    re.IGNORECASE | re.VERBOSE | re.MULTILINE,
)

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
        |since|showed\s+up|turned\s+up|delivery|asked|requested|cancell?ed
      | geliefert|angekommen|erhalten|zugestellt|verschickt|versandt|zurückgeschickt
        |erstattet|bekommen|kam|gekommen|seit|lieferung|storniert|gebeten
      | lleg[óo]|recib[íi]|entregad[oa]|entrega|enviad[oa]|devuelt[oa]|devolv[íi]
        |reembolsad[oa]|desde|cancelad[oa]|ped[ií]\s+cancelar|llegad[oa]
      | reçue?|livrée?|arrivée?|expédiée?|renvoyée?|remboursée?|depuis|livraison|annulée?
        |demandé
      | arrivat[oa]|ricevut[oa]|consegnat[oa]|consegna|spedit[oa]|rimborsat[oa]|restituit[oa]
        |annullat[oa]|chiesto
      | geleverd|ontvangen|aangekomen|verzonden|teruggestuurd|terugbetaald|sinds|gekregen
        |kwam|bezorgd|levering|bezorging|geannuleerd|gevraagd
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


# A customer who never ordered ("I didn't order anything", "nie bei Ihnen
# bestellt") contests a charge: its day is no order's, and only a buying word
# with its date may name one.
RE_NEVER_ORDERED = re.compile(
    r"""
    \b(?:
        (?:never|didn'?t|did\s+not|haven'?t|have\s+not)\s+(?:\w+\s+)?
            (?:ordered|bought|purchased|placed|order|buy|purchase)\b(?!\s+(?:number|no\b|\#))
      | nie\s+(?:\w+\s+){0,3}?(?:bestellt|gekauft)\b | nichts\s+(?:\w+\s+){0,3}?bestellt\b
        | nicht\s+bestellt\b
      | nunca\s+(?:\w+\s+)?(?:ped[ií]|compr[ée]|hice|he\s+(?:pedido|comprado))
        | no\s+(?:he\s+)?(?:pedido|comprado|ped[ií]|compr[ée])\b(?!\s+(?:n[uú]mero|nº))
        | no\s+(?:he\s+)?(?:realizado|hecho|realic[ée]|hice)\s+(?:ning[uú]na?|nada)
      | (?:jamais|rien)\s+(?:\w+\s+)?(?:command|achet)[ée]\w* | pas\s+(?:command|achet)[ée]\w*
      | mai\s+(?:\w+\s+)?(?:ordinat|comprat)\w* | non\s+ho\s+(?:mai\s+)?(?:ordinat|comprat)\w*
      | (?:nooit|niets)\s+(?:\w+\s+)?(?:besteld|gekocht)\b | niet\s+(?:besteld|gekocht)\b
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)

RE_WORD = re.compile(r"\S+")
# What may stand between an order noun and a date that belongs to it ("vom",
# "geplaatst op").
RE_AT_ONCE = re.compile(r"\s*(?:(?:am|op|on)\s+)?", re.IGNORECASE)
VERB_LAST_LANGUAGES = ("de", "nl")

FORWARD_WORDS = (
    14  # "bought a set of knives through your Amazon store, order 114-…, on November 21"
)
FORWARD_WIDTH = 60  # characters of a clause around an order named just before its date
PLACED_WIDTH = 120  # "my order is late. I placed it", read back two sentences
BACKWARD_WIDTH = 45  # "am 3. November habe ich die Schuhe bestellt"
# German and Dutch put more between, the verb being last: "vanochtend heb ik
# per ongeluk de verkeerde kleur kast besteld".
BACKWARD_WIDTH_VERB_LAST = 80
TODAY_GAP = 12  # "this morning I ordered", "stamattina ho ordinato": "today" right before
CONFIDENCE_AFTER_VERB = 0.85
CONFIDENCE_BEFORE_VERB = 0.75
CONFIDENCE_AFTER_PAYMENT = 0.6
CONFIDENCE_BEFORE_PAYMENT = 0.5
COARSE_PENALTY = 0.3


def find_order_dates(
    text: str, *, base: datetime, order: str, relative: bool = True, about_an_order: bool = False
) -> list[Candidate]:
    """Every order date named next to a buying word, the order or a payment in `text`.

    With `relative` false, phrases like "3 weeks ago" are skipped: in quoted
    history they count from an earlier mail whose date we do not know. After
    a payment, a date counts only when its clause names no other payment
    (see RE_PAYMENT_VERB). "The one
    from 12 November" and a pasted "Date" row count only when the thread is
    `about_an_order`; there, in the customer's own words (`relative`), a
    past date tied to no buying word and to no other event counts too, trusted
    least, when nothing else names one. A customer who says they never
    ordered names no order date by a payment or a date alone.
    """
    found = []
    # "I have never ordered from you" names no purchase.
    denied = [match.end() for match in RE_NEVER_ORDERED.finditer(text)]
    purchases = [m for m in RE_PURCHASE_VERB.finditer(text) if m.end() not in denied]
    contexts = [(m, True, CONFIDENCE_AFTER_VERB) for m in purchases]
    contexts += [(m, False, CONFIDENCE_AFTER_VERB) for m in RE_ORDER_NOUN.finditer(text)]
    contexts += [
        (m, m.lastgroup in VERB_LAST_LANGUAGES, CONFIDENCE_AFTER_VERB) for m in _placed(text)
    ]
    never_ordered = bool(denied)
    if not never_ordered:
        payments = RE_PAYMENT_VERB.finditer(text)
        contexts += [(m, True, CONFIDENCE_AFTER_PAYMENT) for m in payments]
    contexts += [(m, False, CONFIDENCE_BEFORE_VERB) for m in RE_CONFIRMATION.finditer(text)]
    if about_an_order:
        contexts += [(m, False, CONFIDENCE_AFTER_VERB) for m in RE_THE_ONE_FROM.finditer(text)]
        found += _date_rows(text, base=base, order=order)
    for context, either_side, after in contexts:
        language = context.lastgroup or "en"
        verb_last = language in VERB_LAST_LANGUAGES and context.re in (RE_PURCHASE_VERB, RE_PLACED)
        phrases = [(m, after) for m in _phrases_after(text, context, verb_last=verb_last)]
        if either_side:
            paid = context.re is RE_PAYMENT_VERB
            confidence = CONFIDENCE_BEFORE_PAYMENT if paid else CONFIDENCE_BEFORE_VERB
            earlier = [(m, confidence) for m in _phrases_before(text, context)]
            # German and Dutch say the day before the verb at the end ("Ik heb
            # het gisteravond besteld en vandaag al binnen"); after it, the
            # next clause begins.
            phrases = earlier + phrases if verb_last else phrases + earlier
        for phrase, confidence in phrases:
            if phrase.group("relative") and not relative:
                continue
            if context.re is RE_PAYMENT_VERB and _paid_for_something_else(text, context, phrase):
                continue
            value = parse_phrase(phrase, language, base=base, order=order)
            if value is None:
                continue
            if _coarse(phrase):
                confidence -= COARSE_PENALTY
            found.append(_candidate(text, context, phrase, confidence, value))
            break
    for context in RE_ORDER_THEN_DATE.finditer(text):
        at_once = _phrase_at_once(text, context, relative=relative)
        if at_once is None:
            continue
        value = parse_phrase(at_once, context.lastgroup or "en", base=base, order=order)
        if value is not None:
            found.append(_candidate(text, context, at_once, CONFIDENCE_BEFORE_VERB, value))
    if not found and about_an_order and relative and not never_ordered:
        found = any_past_dates(text, base=base, order=order)
    return sorted(found, key=lambda candidate: candidate.start)


def _date_rows(text: str, *, base: datetime, order: str) -> list[Candidate]:
    """The date written out in each "Date" row of a pasted order."""
    found = []
    for row in RE_DATE_ROW.finditer(text):
        phrase = RE_DATE_PHRASE.match(text, row.end())
        if phrase is None or phrase.group("relative"):
            continue
        value = parse_phrase(phrase, row.lastgroup or "en", base=base, order=order)
        if value is not None:
            found.append(_candidate(text, row, phrase, CONFIDENCE_BEFORE_VERB, value))
    return found


def _paid_for_something_else(text: str, paid: re.Match[str], phrase: re.Match[str]) -> bool:
    """Whether the clause of a payment and its date names another payment than the order's."""
    first, last = sorted((paid, phrase), key=lambda match: match.start())
    before = window_before(text, first.start(), FORWARD_WIDTH, RE_CLAUSE_BREAK)
    after = window_after(text, last.end(), FORWARD_WIDTH, RE_CLAUSE_BREAK)
    between = text[first.end() : last.start()]
    return any(RE_OTHER_PAYMENT.search(part) for part in (before, between, after))


def _coarse(phrase: re.Match[str]) -> bool:
    """Whether a phrase names its day only roughly: "3 weeks ago", not "a week ago Saturday"."""
    return bool(
        phrase.group("relative")
        and not phrase.group("week_before")
        and not phrase.group("prev_week")
        and RE_COARSE.search(phrase.group())
    )


def _candidate(
    text: str, context: re.Match[str], phrase: re.Match[str], confidence: float, value: date
) -> Candidate:
    """The date `phrase` names, with the words from `context` to it as its source."""
    start = min(context.start(), phrase.start())
    source = text[start : max(context.end(), phrase.end())].strip()
    return Candidate(Fact(value, confidence, source), confidence, start)


def _placed(text: str) -> list[re.Match[str]]:
    """Each "placed" (and its kin) after an order is named, in its sentence or the one before."""
    found = []
    for match in RE_PLACED.finditer(text):
        if RE_ORDER_NAMED.search(sentence_and_one_before(text, match.start(), PLACED_WIDTH)):
            found.append(match)
    return found


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


def _phrases_after(text: str, context: re.Match[str], *, verb_last: bool) -> list[re.Match[str]]:
    """The first date phrase in the clause after `context`, as a match on `text`.

    The window is counted in words, so an order id or a product's name in
    between costs no more than a word each; a date after a word that names
    another event ("that was delivered on 3 November") is not looked at, nor
    in German and Dutch one before it up to the next comma ("die am 3.
    November geliefert wurde"). There a date that does not follow the order
    noun at once opens the next clause as often ("bestelling 50231 geplaatst
    en vandaag kwam het pakket binnen"), and is checked the same way.
    """
    pos = context.end()
    window = window_after(text, pos, _words_width(text, pos, FORWARD_WORDS), RE_CLAUSE_BREAK)
    match = RE_DATE_PHRASE.search(text, pos, pos + len(window))
    if match is None or RE_OTHER_EVENT.search(text, pos, match.start()):
        return []
    if context.re is RE_ORDER_NOUN and context.lastgroup in VERB_LAST_LANGUAGES:
        verb_last = not RE_AT_ONCE.fullmatch(text, pos, match.start())
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
    ("today I received the lamp I ordered") than the day of ordering, unless
    the verb follows at once ("this morning I ordered", "stamattina ho
    ordinato"), or in German and Dutch, which put the verb last ("heute
    Morgen bestellt").
    """
    verb_last = context.lastgroup in VERB_LAST_LANGUAGES
    width = BACKWARD_WIDTH_VERB_LAST if verb_last else BACKWARD_WIDTH
    window = window_before(text, context.start(), width, RE_CLAUSE_BREAK)
    matches = RE_DATE_PHRASE.finditer(text, context.start() - len(window), context.start())
    kept = [
        match
        for match in matches
        if verb_last or not match.group("today") or context.start() - match.end() <= TODAY_GAP
    ][-1:]
    return [m for m in kept if not RE_OTHER_EVENT.search(text, m.end(), context.start())]
