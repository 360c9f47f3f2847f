"""Business time: a weekly schedule in a timezone, minus the public holidays of a country (P3).

Escalations count in business minutes, so a request logged on Friday at 17:55 in a team working
09:00–18:00 Monday to Friday has waited 5 minutes by Friday evening and 15 by Monday 09:10.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo


@lru_cache(maxsize=64)
def _public_holidays(country: str, year: int) -> frozenset[date]:
    import holidays as holiday_calendars  # heavy (about 10 MB): loaded by the first holiday asked, not at start

    try:
        return frozenset(holiday_calendars.country_holidays(country, years=year).keys())
    except NotImplementedError:  # a country the package does not know: no holidays, not a crash
        return frozenset()


@dataclass(frozen=True)
class Schedule:
    """Working days (0 = Monday), daily hours, timezone, and whose public holidays to skip."""

    tz: str = "UTC"
    days: frozenset[int] = field(default_factory=lambda: frozenset(range(5)))
    start: time = time(9)
    end: time = time(18)
    country: str | None = None

    @classmethod
    def from_settings(cls, settings: dict | None, default_tz: str = "UTC") -> Schedule:
        """From a workspace's or channel's settings: {"tz", "days", "start": "09:00", "end", "country"}."""
        settings = settings or {}
        return cls(
            tz=settings.get("tz") or default_tz,
            days=frozenset(settings.get("days", range(5))),
            start=time.fromisoformat(settings.get("start", "09:00")),
            end=time.fromisoformat(settings.get("end", "18:00")),
            country=settings.get("country"),
        )

    def is_working_day(self, day: date) -> bool:
        return day.weekday() in self.days and not (self.country and day in _public_holidays(self.country, day.year))

    def window(self, day: date) -> tuple[datetime, datetime] | None:
        """The working hours of `day` as aware datetimes, or None on a day off."""
        if not self.is_working_day(day) or self.end <= self.start:
            return None
        zone = ZoneInfo(self.tz)
        return datetime.combine(day, self.start, tzinfo=zone), datetime.combine(day, self.end, tzinfo=zone)


def business_day_minutes(schedule: Schedule) -> float:
    """The length of one working day of the schedule, in minutes ("a business day")."""
    start, end = (datetime.combine(date(2000, 1, 3), t) for t in (schedule.start, schedule.end))
    return max(0.0, (end - start).total_seconds() / 60)


MAX_DAYS_SEARCHED = 400  # a schedule with no working day at all must not loop forever


def add_business_minutes(start: datetime, minutes: float, schedule: Schedule) -> datetime | None:
    """The moment `minutes` of business time after `start`; None if the schedule never works."""
    remaining = timedelta(minutes=minutes)
    local = start.astimezone(ZoneInfo(schedule.tz))
    day = local.date()
    for _ in range(MAX_DAYS_SEARCHED):
        window = schedule.window(day)
        if window is not None:
            opens, closes = window
            begin = max(opens, local)
            if begin < closes:
                available = closes - begin
                if remaining <= available:
                    return (begin + remaining).astimezone(start.tzinfo)
                remaining -= available
        day += timedelta(days=1)
        local = datetime.combine(day, time(0), tzinfo=ZoneInfo(schedule.tz))
    return None


def subtract_business_minutes(end: datetime, minutes: float, schedule: Schedule) -> datetime | None:
    """The moment `minutes` of business time before `end`; None if the schedule never works."""
    remaining = timedelta(minutes=minutes)
    local = end.astimezone(ZoneInfo(schedule.tz))
    day = local.date()
    for _ in range(MAX_DAYS_SEARCHED):
        window = schedule.window(day)
        if window is not None:
            opens, closes = window
            finish = min(closes, local)
            if finish > opens:
                available = finish - opens
                if remaining <= available:
                    return (finish - remaining).astimezone(end.tzinfo)
                remaining -= available
        day -= timedelta(days=1)
        local = datetime.combine(day + timedelta(days=1), time(0), tzinfo=ZoneInfo(schedule.tz))
    return None


def business_minutes_between(start: datetime, end: datetime, schedule: Schedule) -> float:
    """Business minutes from `start` to `end` (0 when end is not after start)."""
    if end <= start:
        return 0.0
    zone = ZoneInfo(schedule.tz)
    total = timedelta(0)
    day, last = start.astimezone(zone).date(), end.astimezone(zone).date()
    while day <= last:
        window = schedule.window(day)
        if window is not None:
            begin, finish = max(window[0], start), min(window[1], end)
            if finish > begin:
                total += finish - begin
        day += timedelta(days=1)
    return total.total_seconds() / 60
