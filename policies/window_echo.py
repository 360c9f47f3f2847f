"""What to echo when a customer states a window, exactly (P5, P7): the days away and the day we write again.

"El jueves no estaré disponible" said on Monday 21 Dec 2026 in Madrid is away Thu 24 Dec only, and we
write again from Mon 28 Dec (25 Dec is Christmas, 26–27 the weekend). Dates only, no prose: the
catalogue renders them with full weekday and month names in the customer's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from .business_time import MAX_DAYS_SEARCHED, Schedule

DAY = timedelta(days=1)

# Codes
HOLIDAY = "holiday"  # a public holiday of their country on a day they would work
DAY_OFF = "day_off"  # not one of their working days (a weekend)
PAST = "past"  # the window is over already: nothing to echo
RESUME_NOT_AFTER_START = "resume_not_after_start"
NO_WORKING_DAY = "no_working_day"  # their schedule never works: never invent a day


@dataclass(frozen=True)
class Echo:
    """Away from `first_day` to `last_day` (inclusive); we write again from `write_again_from`.

    `future`: the window has not started yet (say "away Thu 24 Dec", not "we won't write until…").
    `skipped`: the days between the stated resume and `write_again_from`, each with why (holiday, day_off).
    """

    first_day: date
    last_day: date
    resume: date  # the day they said they are back (as said)
    write_again_from: date
    write_again_at: datetime  # the opening of their working hours that day, in their timezone
    future: bool
    skipped: tuple[tuple[date, str], ...] = field(default_factory=tuple)

    @property
    def days_away(self) -> int:
        return (self.last_day - self.first_day).days + 1


@dataclass(frozen=True)
class NoEcho:
    reason: str


def echo(start: date, resume: date, schedule: Schedule, now: datetime) -> Echo | NoEcho:
    """The days a stated window keeps the customer away, and the first working day on or after their resume.

    P5: the stated resume is when they said they are back; we write on the first of *their* working
    days from then, skipping weekends and their country's public holidays.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    if resume <= start:
        return NoEcho(RESUME_NOT_AFTER_START)
    today = now.astimezone(ZoneInfo(schedule.tz)).date()
    if resume <= today:
        return NoEcho(PAST)
    skipped: list[tuple[date, str]] = []
    day = resume
    for _ in range(MAX_DAYS_SEARCHED):
        opening = schedule.window(day)
        if opening is not None:
            return Echo(start, resume - DAY, resume, day, opening[0], start > today, tuple(skipped))
        skipped.append((day, HOLIDAY if day.weekday() in schedule.days else DAY_OFF))
        day += DAY
    return NoEcho(NO_WORKING_DAY)
