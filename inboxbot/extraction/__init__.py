"""Order details from a customer's mail: order number, amount, order date, payment method,
the reason for the request and the attachments that back it.

Each field is looked for in the subject and the new text first. Only when
neither names it is the quoted history searched (the shop's own earlier
replies often carry the order number), and a value found there is trusted less.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from inboxbot.extraction.amount import find_amounts
from inboxbot.extraction.common import Candidate, best
from inboxbot.extraction.evidence import find_evidence
from inboxbot.extraction.order_date import date_order, find_order_dates, relative_base
from inboxbot.extraction.order_number import find_order_numbers
from inboxbot.extraction.payment import find_payment_methods
from inboxbot.extraction.reason import find_reasons
from inboxbot.models import Email, Fact, OrderDetails

__all__ = ["QUOTED_CONFIDENCE", "extract", "extract_text"]

UTC_ZONE = ZoneInfo("UTC")
QUOTED_CONFIDENCE = 0.6  # factor for a value found only in the quoted history

# A finder takes one text and whether it is quoted history.
Finder = Callable[[str, bool], list[Candidate]]


def extract(
    email: Email, *, timezone: ZoneInfo, order_patterns: Sequence[str] = ()
) -> OrderDetails:
    """The order details in a parsed mail; relative dates count from when it was sent."""
    details = extract_text(
        email.new_text,
        subject=email.subject,
        quoted=email.quoted_text,
        sent_at=email.date,
        timezone=timezone,
        order_patterns=order_patterns,
    )
    return replace(details, evidence=find_evidence(email.attachments))


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

    def find_dates(part: str, is_quoted: bool) -> list[Candidate]:
        return find_order_dates(part, base=base, order=order, relative=not is_quoted)

    def field(find: Finder) -> Fact[Any] | None:
        return _field(find, (subject, text), quoted)

    return OrderDetails(
        number=field(lambda part, _: find_order_numbers(part, order_patterns)),
        date=field(find_dates),
        amount=field(lambda part, _: find_amounts(part)),
        payment_method=field(lambda part, _: find_payment_methods(part)),
        reason=field(lambda part, _: find_reasons(part)),
    )


def _field(find: Finder, primary: tuple[str, ...], quoted: str) -> Fact[Any] | None:
    """The best value in the primary texts, else in the quoted history with less confidence."""
    chosen = best(candidate for part in primary if part for candidate in find(part, False))
    if chosen is not None:
        return chosen.fact
    chosen = best(find(quoted, True)) if quoted else None
    if chosen is None:
        return None
    return replace(chosen.fact, confidence=round(chosen.fact.confidence * QUOTED_CONFIDENCE, 2))
