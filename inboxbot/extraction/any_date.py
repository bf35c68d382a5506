"""A past date next to an order that no buying word names: "payments on 20 Nov for order 33981".

Customers say when they ordered in more ways than any list of verbs foresees.
A past date of the customer's own text, in the sentence that names the order
or the one after it, is then most often the order's, unless its clause ties
it to something else: the parcel arriving or shipping, a return or refund, an
earlier message or call, a span ("since", "until", "by") or what lies ahead.
A charge on a card with no order named near it ("two charges on Nov 18. I
only placed one order") may be a stranger's, and gives no date.
"""

from __future__ import annotations

import re
from datetime import datetime

from inboxbot.extraction.common import (
    RE_CLAUSE_BREAK,
    RE_SENTENCE_END,
    Candidate,
    sentence_and_one_before,
    window_after,
    window_before,
)
from inboxbot.extraction.date_phrase import LANGUAGES, RE_DATE_PHRASE, RE_WEEKDAY, parse_phrase
from inboxbot.models import Fact

# Words that tie a date to another event than buying, in six languages. Stems
# are cut short on purpose: "deliver", "delivery", "delivered" alike.
RE_NOT_ORDERING = re.compile(
    r"""
    \b(?:
        deliver\w* | ship\w* | arriv\w* | dispatch\w* | sen[dt]\w* | return\w* | refund\w*
      | track\w* | receiv\w* | got | came | come | showed | turned | e-?mail\w* | wrote
      | writ\w* | call\w* | phon\w* | contact\w* | messag\w* | chat\w* | since | until | till
      | by | before | after | expect\w* | need\w* | will | going | next | mistake | error
      | away | holiday | due | want\w* | cancel\w* | ask\w* | request\w* | signed | receipt
      | confirm\w*
      | liefer\w* | geliefert | versand\w* | versend\w* | verschickt | angekommen | ankommen
        | kommt | kam | zurück\w* | erstatt\w* | erhalten | bekommen | geschrieben | schreib\w*
        | angerufen | anruf\w* | kontakt\w* | gemailt | bis | seit | nach | brauche | wird
        | werde | nächste\w* | fehler
      | entreg\w* | env[ií]\w* | lleg\w* | devol\w* | devuel\w* | reembols\w* | recib\w*
        | escrib\w* | llam\w* | hasta | desde | antes | después | necesito | próxim\w*
      | livr\w* | exp[ée]di\w* | envoy\w* | renvo\w* | rembours\w* | re[çc]u\w* | [ée]crit\w*
        | appel\w* | jusqu\w* | depuis | avant | apr[èe]s | besoin | prochain\w* | erreur
      | consegn\w* | spedi\w* | restitu\w* | rimbors\w* | ricevut\w* | scritt\w* | scriv\w*
        | chiamat\w* | contatt\w* | fino | entro | prima | dopo | prossim\w* | errore
      | lever\w* | geleverd | verzend\w* | verzonden | verstuur\w* | aangekomen | ontvang\w*
        | terug\w* | gemaild | geschreven | gebeld | tot | sinds | voor | volgende | fout
        | gekregen
    )\b
    | '\s*ll\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
RE_NOT_BUYING_DAY = re.compile(
    r"""
    \b(?:
        deliver\w* | ship\w* | arriv\w* | dispatch\w* | return\w* | refund\w*
      | liefer\w* | geliefert | versand\w* | angekommen | zurück\w* | erstatt\w*
      | entreg\w* | lleg\w* | devol\w* | devuel\w* | reembols\w*
      | livr\w* | exp[ée]di\w* | renvo\w* | rembours\w*
      | consegn\w* | spedi\w* | restitu\w* | rimbors\w*
      | lever\w* | geleverd | verzonden | bezorg\w* | aangekomen | terug\w*
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "The order 2026-11-04" or "#2026-11-04" is a number shaped like a date.
RE_ORDER_BEFORE = re.compile(
    r"(?:\#|\b(?:order|bestellung|pedido|commande|ordine|bestelling))\s*$", re.I
)
# The order named by a word or by its "#" number.
RE_ORDER_NEAR = re.compile(
    r"\b(?:orders?|purchase|bestell\w*|pedido|compra|commande|achat|ordine|acquisto|bestelling)\b"
    r"|\#\s?\d",
    re.IGNORECASE,
)
SENTENCES_WIDTH = 200  # characters before the date in which to find the sentence before
# A clause ends at a joining word or a sentence's end, here also at a full
# stop before a word in lower case ("for order 33981. please refund one").
RE_CLAUSE_END = re.compile(rf"{RE_CLAUSE_BREAK.pattern}|\.\s")
CLAUSE_WIDTH = 60  # characters of the clause on each side of the date
CONFIDENCE_ANY_DATE = 0.4  # below every date tied to a buying word


def any_past_dates(text: str, *, base: datetime, order: str) -> list[Candidate]:
    """Each past date in `text` whose clause ties it to no other event than buying.

    "Today" and a weekday alone are left out: one is more often the day of
    writing, the other a day ahead ("I'll be home on Friday").
    """
    found = []
    for phrase in RE_DATE_PHRASE.finditer(text):
        if phrase.group("today") or phrase.group("span") or _weekday_alone(phrase):
            continue
        if phrase.group("slash_first") and not phrase.group("slash_year"):
            continue  # "2/6" is as often a share ("2/6 of the plates") as a day
        before = window_before(text, phrase.start(), CLAUSE_WIDTH, RE_CLAUSE_END)
        after = window_after(text, phrase.end(), CLAUSE_WIDTH, RE_CLAUSE_END)
        # A sale day is a day for buying: only its goods arriving or going back
        # ties it to something else ("the vase I got on Cyber Monday").
        other = RE_NOT_BUYING_DAY if phrase.group("named") else RE_NOT_ORDERING
        if RE_ORDER_BEFORE.search(before) or other.search(f"{before} {after}"):
            continue
        # A sale day is named for its order as often a sentence or two away.
        if not phrase.group("named") and not _order_named_near(text, phrase):
            continue
        # The language is not known here; the first that reads the phrase wins.
        readings = (parse_phrase(phrase, lang, base=base, order=order) for lang in LANGUAGES)
        value = next((reading for reading in readings if reading is not None), None)
        if value is not None:
            fact = Fact(value, CONFIDENCE_ANY_DATE, phrase.group().strip())
            found.append(Candidate(fact, CONFIDENCE_ANY_DATE, phrase.start()))
    return found


def _weekday_alone(phrase: re.Match[str]) -> bool:
    """Whether the phrase is a weekday with no "last" or "ago" to put it in the past."""
    return RE_WEEKDAY.fullmatch(phrase.group().strip()) is not None


def _order_named_near(text: str, phrase: re.Match[str]) -> bool:
    """Whether the date's sentence, or the one before it, names the order."""
    before = sentence_and_one_before(text, phrase.start(), SENTENCES_WIDTH)
    after = window_after(text, phrase.end(), SENTENCES_WIDTH, RE_SENTENCE_END)
    return RE_ORDER_NEAR.search(f"{before} {after}") is not None
