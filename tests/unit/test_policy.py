"""The refund window sentence: day 30 is inside, day 31 is out, in the shop's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from inboxbot.policy import decide

BERLIN = ZoneInfo("Europe/Berlin")
ORDERED = date(2026, 10, 1)

# (asked at, in UTC; eligible, day, days left, sentence)
CASES = [
    (datetime(2026, 10, 1, 12, 0), True, 0, 30, "day 0 of a 30-day window: full refund"),
    (datetime(2026, 10, 13, 12, 0), True, 12, 18, "day 12 of a 30-day window: full refund"),
    (datetime(2026, 10, 31, 12, 0), True, 30, 0, "day 30 of a 30-day window: full refund"),
    (
        datetime(2026, 11, 1, 12, 0),
        False,
        31,
        -1,
        "day 31 of a 30-day window: outside it, offer store credit or an exchange",
    ),
    (
        datetime(2026, 11, 11, 12, 0),
        False,
        41,
        -11,
        "day 41 of a 30-day window: outside it, offer store credit or an exchange",
    ),
    # 23:30 UTC on 31 October is already 1 November in Berlin: day 31 there.
    (datetime(2026, 10, 31, 23, 30), False, 31, -1, None),
    # 22:30 UTC on 31 October is still 31 October in Berlin (23:30 CET): day 30.
    (datetime(2026, 10, 31, 22, 30), True, 30, 0, None),
]


@pytest.mark.parametrize(("asked", "eligible", "day", "left", "sentence"), CASES)
def test_it_counts_days_in_the_shops_time_zone(asked, eligible, day, left, sentence):
    decision = decide(ORDERED, asked.replace(tzinfo=UTC), zone=BERLIN)

    assert (decision.eligible, decision.day, decision.days_left) == (eligible, day, left)
    if sentence is not None:
        assert decision.sentence == sentence


def test_it_says_when_there_is_no_order_date():
    decision = decide(None, datetime(2026, 11, 1, tzinfo=UTC), zone=BERLIN)

    assert decision.eligible is None
    assert decision.sentence == "no order date found: the window cannot be checked"


def test_it_says_when_the_mail_has_no_date():
    decision = decide(ORDERED, None, zone=BERLIN)

    assert decision.eligible is None
    assert "cannot be checked" in decision.sentence


def test_an_order_date_after_the_mail_is_not_a_refund_decision():
    decision = decide(date(2026, 12, 1), datetime(2026, 11, 1, tzinfo=UTC), zone=BERLIN)

    assert decision.eligible is None
    assert decision.sentence == "the order date 2026-12-01 is after the mail: check it"


def test_the_window_length_is_a_parameter():
    decision = decide(ORDERED, datetime(2026, 10, 16, 12, tzinfo=UTC), zone=BERLIN, window_days=14)

    assert decision.eligible is False
    assert decision.sentence.startswith("day 15 of a 14-day window: outside it")
