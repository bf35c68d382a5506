"""Working time in the shop's zone: business days, working hours, overdue and deadlines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from inboxbot.deadlines import dispute_deadline, overdue
from inboxbot.worktime import (
    WorkWeek,
    add_business_days,
    parse_days,
    parse_hours,
    working_cutoff,
    working_seconds,
)

BERLIN = ZoneInfo("Europe/Berlin")
WEEK = WorkWeek.of(BERLIN, ["mon", "tue", "wed", "thu", "fri"], "09:00-17:00")
H = 3600


def berlin(text: str) -> datetime:
    """A wall-clock time in Berlin, "2026-11-27 16:00" (a Friday)."""
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


# --- business days ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "days", "due"),
    [
        ("2026-11-25 10:00", 1, "2026-11-26 10:00"),  # Wednesday → Thursday
        ("2026-11-27 16:00", 1, "2026-11-30 16:00"),  # Friday → Monday
        ("2026-11-27 22:30", 1, "2026-11-30 22:30"),  # Friday evening → Monday
        ("2026-11-28 11:00", 1, "2026-11-30 11:00"),  # Saturday counts from Monday
        ("2026-11-29 11:00", 1, "2026-11-30 11:00"),  # Sunday too
        ("2026-11-27 15:00", 7, "2026-12-08 15:00"),  # the default: Friday → Tuesday week
        ("2026-11-30 09:00", 5, "2026-12-07 09:00"),  # a full week
        ("2026-03-27 10:00", 1, "2026-03-30 10:00"),  # over the spring DST change
        ("2026-10-23 10:00", 7, "2026-11-03 10:00"),  # over the autumn DST change
    ],
)
def test_it_adds_business_days_at_the_same_wall_clock_time(start, days, due):
    assert add_business_days(berlin(start), days, WEEK) == berlin(due)


def test_it_counts_only_the_configured_working_days():
    six_days = WorkWeek.of(BERLIN, ["mon", "tue", "wed", "thu", "fri", "sat"], "09:00-17:00")

    assert add_business_days(berlin("2026-11-27 16:00"), 1, six_days) == berlin("2026-11-28 16:00")


def test_it_accepts_utc_and_answers_in_utc():
    start = berlin("2026-11-27 16:00").astimezone(UTC)

    due = add_business_days(start, 1, WEEK)

    assert due.tzinfo == UTC
    assert due == datetime(2026, 11, 30, 15, 0, tzinfo=UTC)


# --- working hours ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "hours"),
    [
        ("2026-11-25 10:00", "2026-11-25 13:00", 3),  # within a day
        ("2026-11-25 07:00", "2026-11-25 10:00", 1),  # before opening counts from 09:00
        ("2026-11-25 16:00", "2026-11-25 21:00", 1),  # the evening is not working time
        ("2026-11-25 18:00", "2026-11-26 08:00", 0),  # overnight
        ("2026-11-25 16:00", "2026-11-26 10:00", 2),  # evening to next morning
        ("2026-11-27 16:00", "2026-11-30 10:00", 2),  # Friday evening → Monday
        ("2026-11-28 10:00", "2026-11-30 17:00", 8),  # mail arriving on Saturday
        ("2026-11-28 10:00", "2026-11-29 23:00", 0),  # a whole weekend
        ("2026-11-23 09:00", "2026-11-30 09:00", 40),  # one week
        ("2026-03-27 16:00", "2026-03-30 10:00", 2),  # spring DST change on the Sunday
        ("2026-10-23 16:00", "2026-10-26 10:00", 2),  # autumn DST change on the Sunday
        ("2026-11-25 13:00", "2026-11-25 10:00", 0),  # the end before the start
    ],
)
def test_it_counts_working_hours_between_two_moments(start, end, hours):
    assert working_seconds(berlin(start), berlin(end), WEEK) == hours * H


def test_a_working_day_across_a_dst_change_is_eight_hours_not_seven_or_nine():
    """GIVEN the Monday after each DST change, measured in UTC
    WHEN its working hours are counted
    THEN 09:00-17:00 local is eight hours, placed at the right UTC moments."""
    for day in ("2026-03-30", "2026-10-26"):
        start = berlin(f"{day} 00:00").astimezone(UTC)

        assert working_seconds(start, start + timedelta(days=1), WEEK) == 8 * H
    # Summer time: 09:00 in Berlin is 07:00 UTC; winter time: 08:00 UTC.
    assert WEEK.window(berlin("2026-03-30 00:00").date())[0].hour == 7
    assert WEEK.window(berlin("2026-10-26 00:00").date())[0].hour == 8


@pytest.mark.parametrize(
    ("now", "hours", "cutoff"),
    [
        ("2026-11-25 20:00", 8, "2026-11-25 09:00"),  # a full day behind
        ("2026-11-25 13:00", 8, "2026-11-24 13:00"),  # back into yesterday
        ("2026-11-30 10:00", 8, "2026-11-27 10:00"),  # Monday morning reaches Friday
        ("2026-11-30 09:00", 8, "2026-11-27 09:00"),  # exactly at opening
        ("2026-11-29 12:00", 3, "2026-11-27 14:00"),  # on a Sunday
        ("2026-03-30 10:00", 2, "2026-03-27 16:00"),  # across the spring DST change
    ],
)
def test_it_finds_the_moment_from_which_mail_is_overdue(now, hours, cutoff):
    assert working_cutoff(berlin(now), hours, WEEK) == berlin(cutoff)


@pytest.mark.parametrize("now", ["2026-11-25 13:00", "2026-11-30 10:00", "2026-11-29 12:00"])
def test_the_cutoff_agrees_with_the_working_hours_counted(now):
    """Mail is overdue (8 h waited) exactly when it arrived at the cutoff or before."""
    end = berlin(now)
    cutoff = working_cutoff(end, 8, WEEK)
    for minutes in range(-3 * 24 * 60, 24 * 60, 37):
        arrived = cutoff + timedelta(minutes=minutes)
        waited_enough = working_seconds(arrived, end, WEEK) >= 8 * H

        assert waited_enough == (arrived <= cutoff), arrived


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("9-17", "like"),
        ("17:00-09:00", "end after"),
        ("09:00-24:30", "24:00"),
        ("25:00-26:00", "like"),
    ],
)
def test_it_refuses_working_hours_it_cannot_read(text, problem):
    with pytest.raises(ValueError, match=problem):
        parse_hours(text)


def test_it_reads_working_hours_until_midnight():
    week = WorkWeek.of(BERLIN, ["mon"], "18:00-24:00")

    assert working_seconds(berlin("2026-11-30 00:00"), berlin("2026-12-01 00:00"), week) == 6 * H
    assert parse_days(["Monday", "sun"]) == {0, 6}
    with pytest.raises(ValueError, match="day names"):
        parse_days(["mo", "funday"])


# --- overdue and the dispute deadline ---------------------------------------------------------


@pytest.mark.parametrize(
    ("arrived", "now", "text"),
    [
        ("2026-11-25 10:00", "2026-11-25 17:59", None),  # 7 working hours: not yet
        ("2026-11-25 10:00", "2026-11-26 09:59", None),  # the night does not count
        ("2026-11-25 10:00", "2026-11-26 10:00", "overdue by 0 working min"),
        ("2026-11-25 10:00", "2026-11-26 10:40", "overdue by 40 working min"),
        ("2026-11-25 10:00", "2026-11-26 13:30", "overdue by 3 working h"),
        ("2026-11-27 15:00", "2026-11-30 14:00", None),  # over the weekend: 7 h
        ("2026-11-27 15:00", "2026-12-01 09:00", "overdue by 2 working h"),
        ("2026-11-28 10:00", "2026-11-30 16:59", None),  # Saturday mail, Monday afternoon
        ("2026-11-28 10:00", "2026-12-01 12:00", "overdue by 3 working h"),
    ],
)
def test_it_flags_mail_overdue_after_the_working_hours_allowed(arrived, now, text):
    found = overdue(berlin(arrived), berlin(now), hours=8, week=WEEK)

    assert (found.text if found else None) == text


@pytest.mark.parametrize(
    ("arrived", "now", "text", "left"),
    [
        ("2026-11-26 10:00", "2026-11-29 12:00", "answer by Thu 3 Dec, 4 days left", 4),
        ("2026-11-26 10:00", "2026-12-02 08:00", "answer by Thu 3 Dec, 1 day left", 1),
        ("2026-11-26 10:00", "2026-12-03 23:00", "answer by Thu 3 Dec, due today", 0),
        ("2026-11-26 10:00", "2026-12-05 09:00", "answer by Thu 3 Dec, 2 days late", -2),
    ],
)
def test_it_gives_a_disputes_answer_by_date_in_the_shops_calendar(arrived, now, text, left):
    deadline = dispute_deadline(berlin(arrived).astimezone(UTC), berlin(now), days=7, zone=BERLIN)

    assert (deadline.text, deadline.days_left) == (text, left)


def test_a_dispute_arriving_late_in_the_utc_evening_counts_from_the_shops_next_day():
    arrived = datetime(2026, 11, 26, 23, 30, tzinfo=UTC)  # 00:30 on the 27th in Berlin

    deadline = dispute_deadline(arrived, berlin("2026-11-27 09:00"), days=7, zone=BERLIN)

    assert (deadline.text, deadline.days_left) == ("answer by Fri 4 Dec, 7 days left", 7)
