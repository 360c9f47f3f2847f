"""Your day, before it ends (issue 17): when a staff member's end-of-day note goes, and what it holds.

Opt-in (`/atento digest me 17:00`): at that time of their own zone, on their working days only (not on
a holiday of theirs, not while they are away). It lists their open requests, the customers who wrote
last and wait on them, and their open promises due by the end of tomorrow. Pure: facts and `now` in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from .business_time import MAX_DAYS_SEARCHED
from .staff_hours import DAY, StaffHours

SHOWN = 10


@dataclass(frozen=True)
class OwnRequest:
    number: int
    channel_id: str
    thread_ts: str
    customer: str
    excerpt: str
    last_customer_at: datetime | None
    last_staff_at: datetime | None


@dataclass(frozen=True)
class OwnPromise:
    number: int
    channel_id: str
    thread_ts: str
    customer: str
    due_at: datetime


@dataclass(frozen=True)
class DayNote:
    open_requests: tuple[OwnRequest, ...]
    waiting: tuple[OwnRequest, ...]  # the customer wrote last: they wait on you
    promises: tuple[OwnPromise, ...]
    more_open: int = 0

    @property
    def quiet(self) -> bool:
        return not (self.open_requests or self.waiting or self.promises)


def next_note_at(hours: StaffHours, at: time, after: datetime) -> datetime | None:
    """The first `at` of their zone strictly after `after` on one of their working days (None: none)."""
    zone = ZoneInfo(hours.tz)
    day = after.astimezone(zone).date()
    for _ in range(MAX_DAYS_SEARCHED):
        moment = datetime.combine(day, at, tzinfo=zone)
        if moment > after and hours.is_working_day(day):
            return moment
        day += DAY
    return None


def waits_on_staff(request: OwnRequest) -> bool:
    """The customer wrote last (or nobody on staff has answered yet)."""
    if request.last_customer_at is None:
        return False
    return request.last_staff_at is None or request.last_customer_at > request.last_staff_at


def day_note(
    requests: Sequence[OwnRequest], promises: Sequence[OwnPromise], tz: str, now: datetime, shown: int = SHOWN
) -> DayNote:
    """What the note says: open requests (oldest first), who waits on you (longest first), promises due by
    the end of tomorrow in their zone (soonest first)."""
    local = now.astimezone(ZoneInfo(tz))
    horizon = datetime.combine(local.date() + timedelta(days=2), time(0), tzinfo=ZoneInfo(tz))
    waiting = sorted((r for r in requests if waits_on_staff(r)), key=lambda r: r.last_customer_at)
    due = sorted((p for p in promises if p.due_at < horizon), key=lambda p: p.due_at)
    ordered = list(requests)
    return DayNote(tuple(ordered[:shown]), tuple(waiting[:shown]), tuple(due[:shown]), max(0, len(ordered) - shown))
