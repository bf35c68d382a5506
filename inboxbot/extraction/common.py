"""What every field finder returns, and the text helpers they share."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from inboxbot.models import Fact

# A sentence ends at ! ? ; a blank line, or a full stop before the next word.
# German writes day numbers with a dot ("am 3. November"), so a full stop
# followed by a month name or a lower-case word does not end the sentence;
# nor does the one of "no." "Nr." "n." before a number ("order no. A-55213"),
# nor that of a month cut short before its day ("Nov. 1st").
RE_SENTENCE_END = re.compile(
    r"[!?;]|\n\s*\n|\.(?=\s+(?!(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August"
    r"|September|Oktober|November|Dezember)\b)[^\sa-zäöüßàáèéìíòóù])"
    r"(?!(?:(?<=\b[Nn][OoRr]\.)|(?<=\b[Nn]\.))\s+\#?[A-Za-z]{0,4}-?\d)"
    r"(?!(?:(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.)|(?<=\bSept\.))\s+\d)"
)

# Words that join two clauses; a date across one usually belongs to the other
# clause ("it arrived on 3 November but I ordered in October"). Italian "ma"
# is left out: it is also French for "my" ("ma commande").
RE_CLAUSE_BREAK = re.compile(
    rf"{RE_SENTENCE_END.pattern}|(?i:\b(?:and|but|then|und|aber|dann|pero|mais|et|maar)\b)"
    # Spanish and Italian "and"; never the "e" of "e-mail" nor French "il y a"
    r"|\s(?:y(?!\sa\b)|e)\s"
)

# Amounts are listed with commas ("a refund of the full amount, shipping was
# 4,90 €"); a comma before a space splits them, a decimal comma never does,
# nor one that goes on to say the same again ("refund just the vase, so $42").
RE_LIST_BREAK = re.compile(
    rf"{RE_CLAUSE_BREAK.pattern}|,\s(?!\s*(?:so|i\.e\.|that\s+is|namely|which\s+(?:is|was|were)|also"
    r"|d\.\s?h\.|es\s+decir|o\s+sea|soit|c'est-à-dire|cioè|ossia|dus|oftewel)\b)"
)


BREAK_LOOKAHEAD = 10  # characters after a window that a break may look at


@dataclass(frozen=True, slots=True)
class Candidate:
    """One possible value for a field; the highest rank wins, then the earliest."""

    fact: Fact[Any]
    rank: float
    start: int


def best(candidates: Iterable[Candidate]) -> Candidate | None:
    """The highest-ranked candidate; among equals, the first one given."""
    chosen: Candidate | None = None
    for candidate in candidates:
        if chosen is None or candidate.rank > chosen.rank:
            chosen = candidate
    return chosen


def window_before(text: str, pos: int, width: int, breaks: re.Pattern[str]) -> str:
    """Up to `width` characters before `pos`, cut after the last break.

    A break may need to see past `pos` ("5 december. Besteld": a full stop
    ends a sentence only before a capital), so the text after is read too.
    """
    start = max(0, pos - width)
    window = text[start:pos]
    seen = text[start : pos + BREAK_LOOKAHEAD]
    ends = [match.end() for match in breaks.finditer(seen) if match.end() <= len(window)]
    return window[ends[-1] :] if ends else window


def window_after(text: str, pos: int, width: int, breaks: re.Pattern[str]) -> str:
    """Up to `width` characters from `pos`, cut at the first break."""
    window = text[pos : pos + width]
    first = breaks.search(window)
    return window[: first.start()] if first else window


def sentence_and_one_before(text: str, pos: int, width: int) -> str:
    """Up to `width` characters before `pos`: its sentence so far and the one before it."""
    window = text[max(0, pos - width) : pos]
    ends = [match.end() for match in RE_SENTENCE_END.finditer(window)]
    return window[ends[-2] :] if len(ends) > 1 else window
