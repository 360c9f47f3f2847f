"""Staff working hours (P5: staff have hours too): as typed, in their own zone, overnight shifts allowed.

Bad input comes back as a code of the catalogue (`Invalid`), never as an exception or prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from .business_time import MAX_DAYS_SEARCHED, Schedule

DAY = timedelta(days=1)

# Codes (the catalogue turns them into words)
OVERNIGHT = "overnight"  # hours that end before they start: a night shift, said so
MALFORMED_HOURS = "malformed_hours"
EMPTY_SHIFT = "empty_shift"  # start and end are the same moment
UNKNOWN_ZONE = "unknown_zone"

_HOURS = re.compile(r"^\s*(\d{1,2})(?::(\d{2}))?\s*(?:-|–|—|to|a)\s*(\d{1,2})(?::(\d{2}))?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Invalid:
    """Bad input, as a code of the catalogue."""

    reason: str


class Hours(NamedTuple):
    """Daily hours as typed; `overnight` when they end the next day (22:00-06:00)."""

    start: time
    end: time
    overnight: bool

    @property
    def note(self) -> str | None:
        return OVERNIGHT if self.overnight else None


def parse_hours(text: str) -> Hours | Invalid:
    """`08:00-16:00` → Hours; an end before the start is an overnight shift (said so), else a code."""
    match = _HOURS.match(text or "")
    if not match:
        return Invalid(MALFORMED_HOURS)
    start_h, start_m, end_h, end_m = (int(group or 0) for group in match.groups())
    if max(start_h, end_h) > 23 or max(start_m, end_m) > 59:
        return Invalid(MALFORMED_HOURS)
    start, end = time(start_h, start_m), time(end_h, end_m)
    if start == end:
        return Invalid(EMPTY_SHIFT)
    return Hours(start, end, end < start)


def parse_zone(name: str | None) -> str | Invalid:
    """An IANA zone name as typed (`Europe/Madrid`), or the code for an unknown one."""
    name = (name or "").strip()
    return name if name and _known_zone(name) else Invalid(UNKNOWN_ZONE)


@dataclass(frozen=True)
class StaffHours:
    """Their shifts: daily hours in their timezone on working days, minus their country's public holidays.

    An overnight shift belongs to the day it starts: no shift starts on a holiday.
    """

    tz: str = "UTC"
    start: time = time(9)
    end: time = time(18)
    days: frozenset[int] = frozenset(range(5))
    country: str | None = None
    zone_from: str = "profile"  # profile | workspace (their profile has no usable zone)

    @property
    def overnight(self) -> bool:
        return self.end < self.start

    def is_working_day(self, day: date) -> bool:
        return Schedule(tz=self.tz, days=self.days, country=self.country).is_working_day(day)

    def shift(self, day: date) -> tuple[datetime, datetime] | None:
        """The shift starting on `day` as aware datetimes, or None on a day off."""
        if self.start == self.end or not self.is_working_day(day):
            return None
        zone = ZoneInfo(self.tz)
        ends_on = day + DAY if self.overnight else day
        return datetime.combine(day, self.start, tzinfo=zone), datetime.combine(ends_on, self.end, tzinfo=zone)

    def next_open(self, moment: datetime) -> datetime | None:
        """`moment` if it falls in a shift, else the start of the next one (None: they never work)."""
        day = moment.astimezone(ZoneInfo(self.tz)).date() - DAY  # yesterday's night shift may still run
        for _ in range(MAX_DAYS_SEARCHED):
            shift = self.shift(day)
            if shift is not None and moment < shift[1]:
                return max(moment, shift[0])
            day += DAY
        return None

    def next_start(self, moment: datetime) -> datetime | None:
        """The start of the first shift strictly after `moment`."""
        day = moment.astimezone(ZoneInfo(self.tz)).date()
        for _ in range(MAX_DAYS_SEARCHED):
            shift = self.shift(day)
            if shift is not None and shift[0] > moment:
                return shift[0]
            day += DAY
        return None


def staff_hours(
    workspace: Schedule, tz: str | None = None, own: Hours | None = None, country: str | None = None
) -> StaffHours:
    """Their hours: their own, else the workspace's, in their profile's zone, else the workspace's zone.

    Holidays: their country's if known, else the workspace's (the company's days off).
    """
    known = bool(tz) and _known_zone(tz)
    start, end = (own.start, own.end) if own is not None else (workspace.start, workspace.end)
    return StaffHours(
        tz=tz if known else workspace.tz,
        start=start,
        end=end,
        days=workspace.days,
        country=country or workspace.country,
        zone_from="profile" if known else "workspace",
    )


def _known_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
        return True
    except (KeyError, ValueError):
        return False
