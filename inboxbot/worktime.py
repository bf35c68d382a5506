"""Working-time arithmetic in the shop's time zone: business days and working hours.

Pure functions over aware datetimes; the caller passes `now`. A working day's
hours are placed on the calendar in the shop's zone day by day, so a change
to or from daylight saving time moves the window with the wall clock, and
every difference is taken in UTC (two aware datetimes that share a ZoneInfo
subtract as wall-clock times, which is off by an hour across a DST change).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
RE_HOURS = re.compile(r"^\s*([01]\d|2[0-3]):([0-5]\d)\s*-\s*([01]\d|2[0-4]):([0-5]\d)\s*$")
# How far back or forward a walk over the calendar may go before it gives up:
# ten years of days, far past any mail still waiting in a queue.
MAX_DAYS = 3660


@dataclass(frozen=True, slots=True)
class WorkWeek:
    """When the shop works: which weekdays (0 = Monday) and which hours, in which zone."""

    zone: ZoneInfo
    days: frozenset[int]
    opens: time
    closes: time

    @classmethod
    def of(cls, zone: ZoneInfo, days: Iterable[str], hours: str) -> WorkWeek:
        opens, closes = parse_hours(hours)
        return cls(zone, parse_days(days), opens, closes)

    def window(self, day: date) -> tuple[datetime, datetime] | None:
        """The working hours of `day` in UTC, or None on a day off."""
        if day.weekday() not in self.days:
            return None
        start = datetime.combine(day, self.opens, self.zone).astimezone(UTC)
        if self.closes == time(0):  # "…-24:00": until midnight
            end = datetime.combine(day + timedelta(days=1), time(0), self.zone)
        else:
            end = datetime.combine(day, self.closes, self.zone)
        return start, end.astimezone(UTC)


def parse_hours(text: str) -> tuple[time, time]:
    """ "09:00-17:00" as (09:00, 17:00); "…-24:00" closes at midnight."""
    found = RE_HOURS.match(text)
    if found is None:
        raise ValueError(f'expected working hours like "09:00-17:00", got {text!r}')
    oh, om, ch, cm = (int(part) for part in found.groups())
    if ch == 24 and cm:
        raise ValueError(f"working hours end at 24:00 at the latest, got {text!r}")
    opens, closes = time(oh, om), time(0) if ch == 24 else time(ch, cm)
    if closes != time(0) and closes <= opens:
        raise ValueError(f"working hours must end after they start, got {text!r}")
    return opens, closes


def parse_days(names: Iterable[str]) -> frozenset[int]:
    """["mon", "tue", …] as weekday numbers; at least one day."""
    days = set()
    for name in names:
        key = name.strip().lower()[:3]
        if key not in DAY_NAMES:
            raise ValueError(f"expected day names like mon, tue … sun, got {name!r}")
        days.add(DAY_NAMES.index(key))
    if not days:
        raise ValueError("at least one working day is needed")
    return frozenset(days)


def add_business_days(start: datetime, count: int, week: WorkWeek) -> datetime:
    """The same wall-clock time `count` working days after `start`'s day.

    Friday 16:00 plus one business day is Monday 16:00; a Saturday counts
    from the Monday after it, so Saturday plus one is Monday too.
    """
    local = _aware(start).astimezone(week.zone)
    day = local.date()
    left = count
    for _ in range(MAX_DAYS):
        if left <= 0:
            break
        day += timedelta(days=1)
        if day.weekday() in week.days:
            left -= 1
    return datetime.combine(day, local.time(), week.zone).astimezone(UTC)


def working_seconds(start: datetime, end: datetime, week: WorkWeek) -> float:
    """How many seconds of working hours lie between `start` and `end`."""
    start, end = _aware(start).astimezone(UTC), _aware(end).astimezone(UTC)
    if end <= start:
        return 0.0
    total = 0.0
    day = start.astimezone(week.zone).date()
    last = end.astimezone(week.zone).date()
    while day <= last:
        window = week.window(day)
        if window is not None:
            lo, hi = max(start, window[0]), min(end, window[1])
            if hi > lo:
                total += (hi - lo).total_seconds()
        day += timedelta(days=1)
    return total


def working_cutoff(now: datetime, hours: float, week: WorkWeek) -> datetime:
    """The latest moment from which `hours` working hours have passed by `now`.

    Mail that arrived at this moment or before it has waited at least that
    long: `working_seconds(t, now) >= hours * 3600` exactly when `t <= cutoff`,
    which lets a database query the overdue mail with one comparison.
    """
    now = _aware(now).astimezone(UTC)
    left = timedelta(hours=hours)
    day = now.astimezone(week.zone).date()
    for _ in range(MAX_DAYS):
        window = week.window(day)
        if window is not None and window[0] < now:
            end = min(now, window[1])
            available = end - window[0]
            if available >= left:
                return end - left
            left -= available
        day -= timedelta(days=1)
    return datetime.min.replace(tzinfo=UTC)


def _aware(when: datetime) -> datetime:
    if when.tzinfo is None:
        raise ValueError(f"naive datetime {when!r}: working time needs an aware one")
    return when
