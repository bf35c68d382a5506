"""How late an answer is: overdue mail in working hours, a dispute's answer-by date.

Pure functions of the moment the mail arrived and `now`, for the queue and a
draft's page; the figures are worded the way a VA reads them at a glance.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from inboxbot.worktime import WorkWeek, working_seconds


@dataclass(frozen=True, slots=True)
class Overdue:
    """Unanswered mail past its working-hours limit, and by how much."""

    seconds: float  # working seconds beyond the limit
    text: str  # "overdue by 3 working h"


@dataclass(frozen=True, slots=True)
class Deadline:
    """The day a dispute must be answered by, and how many days are left."""

    day: date
    days_left: int  # negative: late by that many days
    text: str  # "answer by Tue 3 Dec, 4 days left"

    @property
    def late(self) -> bool:
        return self.days_left < 0


def overdue(received: datetime, now: datetime, *, hours: int, week: WorkWeek) -> Overdue | None:
    """None while mail received at `received` has waited less than `hours` working hours."""
    beyond = working_seconds(received, now, week) - hours * 3600
    if beyond < 0:
        return None
    return Overdue(beyond, f"overdue by {working_span(beyond)}")


def working_span(seconds: float) -> str:
    """ "3 working h", or "40 working min" under an hour."""
    if seconds >= 3600:
        return f"{int(seconds // 3600)} working h"
    return f"{int(seconds // 60)} working min"


def dispute_deadline(received: datetime, now: datetime, *, days: int, zone: ZoneInfo) -> Deadline:
    """A dispute received at `received` must be answered `days` calendar days later."""
    day = received.astimezone(zone).date() + timedelta(days=days)
    left = (day - now.astimezone(zone).date()).days
    if left > 1:
        state = f"{left} days left"
    elif left == 1:
        state = "1 day left"
    elif left == 0:
        state = "due today"
    else:
        state = f"{-left} day{'s' if left < -1 else ''} late"
    return Deadline(day, left, f"answer by {day_text(day)}, {state}")


def day_text(day: date) -> str:
    """ "Tue 3 Dec": short, and the same in every locale the server may run in."""
    weekday = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[day.weekday()]
    month = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{weekday} {day.day} {month[day.month - 1]}"
