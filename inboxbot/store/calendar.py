"""Local days in SQL: cutting stored UTC moments at the shop's midnights.

The store holds naive UTC. To count by the shop's days, each moment is shifted
by the zone's UTC offset at that moment, a CASE over the offset changes
(daylight saving time) between two moments, and then cut into whole days; the
SQL returns day (or week) numbers, which `bucket_start` turns back into dates.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import BigInteger, ColumnElement, Integer, case, cast, extract, func, literal

EPOCH_DAY = date(1970, 1, 1)  # a Thursday: day 0 of the day numbers the SQL computes


def epoch(moment: ColumnElement[Any], dialect: str) -> ColumnElement[int]:
    """Whole seconds since 1970 of a stored UTC moment."""
    if dialect == "sqlite":
        return cast(func.strftime("%s", moment), Integer)
    return cast(func.floor(extract("epoch", moment)), BigInteger)


def local_day(
    moment: ColumnElement[Any], *, start: datetime, end: datetime, zone: ZoneInfo, dialect: str
) -> ColumnElement[int]:
    """The day number (days since 1970-01-01) of `moment` on the calendar of `zone`.

    Right for moments from `start` to `end`: the offsets of the zone between them
    are written into the SQL.
    """
    seconds = epoch(moment, dialect)
    changes = offsets(start, end, zone)
    shift: ColumnElement[int]
    if len(changes) == 1:
        shift = literal(changes[0][1], Integer)
    else:
        whens = [
            (seconds < changes[i + 1][0], offset) for i, (_, offset) in enumerate(changes[:-1])
        ]
        shift = case(*whens, else_=changes[-1][1])
    return (seconds + shift) // 86400


def week_of(day: ColumnElement[int]) -> ColumnElement[int]:
    """The week number of a day number, weeks starting on Monday (day 0 is a Thursday)."""
    return (day + 3) // 7


def bucket_start(number: int, by: str) -> date:
    """The first day of the bucket the SQL numbered `number`."""
    return EPOCH_DAY + timedelta(days=number if by == "day" else number * 7 - 3)


def offsets(start: datetime, end: datetime, zone: ZoneInfo) -> list[tuple[int, int]]:
    """The zone's UTC offsets between two moments: (from epoch second, offset seconds) each.

    The offset is read at every local midnight; where two differ, the moment
    it changed is found to the second by halving, so any zone's rules (a change
    at 02:00, at midnight, by 30 minutes) come out right.
    """

    def offset(second: int) -> int:
        found = datetime.fromtimestamp(second, UTC).astimezone(zone).utcoffset()
        return int(found.total_seconds()) if found else 0

    first, last = int(start.timestamp()), int(end.timestamp())
    found = [(first, offset(first))]
    step = first
    while step < last:
        following = min(step + 86400, last)
        if offset(following) != found[-1][1]:
            lo, hi = step, following  # offset(lo) is the old one, offset(hi) the new
            while hi - lo > 1:
                middle = (lo + hi) // 2
                lo, hi = (middle, hi) if offset(middle) == found[-1][1] else (lo, middle)
            found.append((hi, offset(hi)))
        step = following
    return found
