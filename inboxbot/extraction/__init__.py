"""Order details from a customer's mail: order number, amount, order date, payment method,
the reason for the request and the attachments that back it.

Each field is looked for in the subject and the new text first. Only when
neither names it is the quoted history searched (the shop's own earlier
replies often carry the order number), and a value found there is trusted less.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from inboxbot.extraction.amount import find_amounts
from inboxbot.extraction.common import Candidate, best
from inboxbot.extraction.date_phrase import date_order, relative_base
from inboxbot.extraction.evidence import find_evidence
from inboxbot.extraction.order_date import find_order_dates
from inboxbot.extraction.order_number import (
    corrected_numbers,
    disowned_numbers,
    find_order_numbers,
    names_an_order,
)
from inboxbot.extraction.payment import find_payment_methods
from inboxbot.extraction.reason import find_reasons
from inboxbot.models import Email, Fact, Money, OrderDetails

__all__ = ["QUOTED_CONFIDENCE", "extract", "extract_text", "split_quote"]

UTC_ZONE = ZoneInfo("UTC")
QUOTED_CONFIDENCE = 0.6  # factor for a value found only in the quoted history
QUOTED_AMOUNT_RANK = 2  # an amount charged or refunded, not one that a price list names

# The line a mail program writes above the message it quotes, in six languages.
# The parser removes most quoted history; this catches what it leaves in
# ("El 21.11.2026 07:05, Shop <…> escribió:"), so that the shop's own words
# are never read as the customer's.
RE_QUOTE_HEADER = re.compile(
    r"""
    ^[^\S\n]*(?:
        On\b.{0,150}\bwrote\s?:
      | Am\b.{0,150}\bschrieb\b.{0,150}:
      | El\b.{0,150}\bescribi[óo]\s?:
      | Le\b.{0,150}\ba\s[ée]crit\s?:
      | Il\b.{0,150}\bha\sscritto\s?:
      | Op\b.{0,150}\bschreef\b.{0,150}:
      | -{2,}\s*(?:Original\sMessage|Urspr[üu]ngliche\sNachricht|Mensaje\soriginal
                 |Message\sd'origine|Messaggio\soriginale|Oorspronkelijk\sbericht)\s*-{2,}
    )[^\S\n]*$
    """,
    re.MULTILINE | re.IGNORECASE | re.VERBOSE,
)

# A reply's subject: the shop wrote it ("Re: Order #9920", "AW: Ihre Anfrage").
RE_REPLY_SUBJECT = re.compile(
    r"^\s*(?:re|aw|antw|sv|r|rif|ref|réf|wg|fw|fwd|tr)\s*:", re.IGNORECASE
)

# A finder takes one text and whether it is quoted history.
Finder = Callable[[str, bool], list[Candidate]]


def extract(
    email: Email, *, timezone: ZoneInfo, order_patterns: Sequence[str] = ()
) -> OrderDetails:
    """The order details in a parsed mail; relative dates count from when it was sent."""
    new, quoted = split_quote(email.new_text)
    details = extract_text(
        new,
        subject=email.subject,
        quoted=f"{quoted}\n{email.quoted_text}".strip(),
        sent_at=email.date,
        timezone=timezone,
        order_patterns=order_patterns,
    )
    return replace(details, evidence=find_evidence(email.attachments))


def split_quote(text: str) -> tuple[str, str]:
    """The text before a quoted earlier message that the parser left in, and that message."""
    match = RE_QUOTE_HEADER.search(text)
    return (text[: match.start()], text[match.start() :]) if match else (text, "")


def extract_text(
    text: str,
    *,
    subject: str = "",
    quoted: str = "",
    sent_at: datetime | None = None,
    timezone: ZoneInfo = UTC_ZONE,
    order_patterns: Sequence[str] = (),
) -> OrderDetails:
    """The order details in a mail given as its new text, subject and quoted history."""
    base = relative_base(sent_at, timezone)
    order = date_order(timezone)

    # A bare "it's 38812" is an order number, and "the one from 12 November"
    # an order's date, only in a thread about an order.
    about_an_order = any(names_an_order(part) for part in (subject, text, quoted))

    def find_dates(part: str, is_quoted: bool) -> list[Candidate]:
        return find_order_dates(
            part, base=base, order=order, relative=not is_quoted, about_an_order=about_an_order
        )

    def field(find: Finder) -> Fact[Any] | None:
        return _field(find, (subject, text), quoted)

    # A number the customer disowns ("58844 isn't mine") is never taken, not
    # even from the shop's quoted reply, nor one of the shop's that they
    # correct ("Wrong order. It's 9902" below "Re: Order #9920").
    shops = (subject if RE_REPLY_SUBJECT.match(subject) else "", quoted)
    corrected = corrected_numbers(text, shops, order_patterns)
    disowned = disowned_numbers(f"{subject}\n{text}") | corrected

    def find_numbers(part: str, is_quoted: bool) -> list[Candidate]:
        answers = about_an_order and not is_quoted
        return find_order_numbers(part, order_patterns, answers=answers, disowned=disowned)

    return OrderDetails(
        number=field(find_numbers),
        date=field(find_dates),
        amount=_with_thread_currency(field(_amounts), (subject, text, quoted)),
        payment_method=field(lambda part, _: find_payment_methods(part)),
        reason=field(lambda part, _: find_reasons(part)),
    )


def _amounts(part: str, is_quoted: bool) -> list[Candidate]:
    """Amounts; in the quoted history only one refunded or charged, with its currency."""
    found = find_amounts(part)
    if not is_quoted:
        return found
    return [c for c in found if c.rank >= QUOTED_AMOUNT_RANK and c.fact.value.currency]


def _with_thread_currency(amount: Fact[Money] | None, parts: tuple[str, ...]) -> Fact[Money] | None:
    """A bare amount in the currency of the thread, when every amount named in it has the same.

    "Please send the other 27.00" below the shop's "a refund of 25.00 EUR".
    """
    if amount is None or amount.value.currency is not None:
        return amount
    named = {c.fact.value.currency for part in parts if part for c in find_amounts(part)}
    named.discard(None)
    if len(named) != 1:
        return amount
    return replace(amount, value=Money(amount.value.amount, named.pop()))


def _field(find: Finder, primary: tuple[str, ...], quoted: str) -> Fact[Any] | None:
    """The best value in the primary texts, else in the quoted history with less confidence."""
    chosen = best(candidate for part in primary if part for candidate in find(part, False))
    if chosen is not None:
        return chosen.fact
    chosen = best(find(quoted, True)) if quoted else None
    if chosen is None:
        return None
    return replace(chosen.fact, confidence=round(chosen.fact.confidence * QUOTED_CONFIDENCE, 2))
