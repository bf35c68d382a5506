"""The refund window: is a request inside it, and what to offer, in one sentence.

A pure function of the order date and the day the customer asked, so it is
table-tested at the edges. The order date is a calendar date as the customer
wrote it; the moment of asking is turned into a date in the shop's time zone
first, so a mail sent at 00:30 in Berlin counts for that Berlin day, not for
the UTC day before.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

WINDOW_DAYS = 30


@dataclass(frozen=True, slots=True)
class Decision:
    """What the refund window says about one request."""

    eligible: bool | None  # None: cannot tell (no order date, or one after the mail)
    day: int | None  # days from the order to the request; the order's own day is day 0
    days_left: int | None  # days still inside the window; negative once outside
    sentence: str  # for the VA, e.g. "day 12 of a 30-day window: full refund"


def decide(
    order_date: date | None,
    asked_at: datetime | None,
    *,
    zone: ZoneInfo,
    window_days: int = WINDOW_DAYS,
) -> Decision:
    """Whether a refund asked for at `asked_at` is inside the window from `order_date`."""
    if order_date is None:
        return Decision(None, None, None, "no order date found: the window cannot be checked")
    if asked_at is None:
        return Decision(None, None, None, "the mail has no date: the window cannot be checked")
    if asked_at.tzinfo is None:
        asked_at = asked_at.replace(tzinfo=UTC)
    asked_on = asked_at.astimezone(zone).date()
    day = (asked_on - order_date).days
    left = window_days - day
    window = f"a {window_days}-day window"
    if day < 0:
        return Decision(
            None,
            day,
            None,
            f"the order date {order_date.isoformat()} is after the mail: check it",
        )
    if day <= window_days:
        return Decision(True, day, left, f"day {day} of {window}: full refund")
    return Decision(
        False, day, left, f"day {day} of {window}: outside it, offer store credit or an exchange"
    )
