"""Figures of a period (issue 19): how many requests came, were resolved, came back; how fast they
were answered and resolved, in the team's business time; which promises were kept.

Pure: requests and promises come in as frozen facts, the period and the team's calendar as
parameters. The same facts feed the weekly digest, its chart and a customer's record.

Rules (the ones a person would ask about):
- a request counts as *new* in the period it was opened, *resolved* in the period of its (last)
  resolution, *reopened* once per period however many times it came back in it;
- time to first response is measured for requests opened in the period, time to resolution for
  requests resolved in it, both in business minutes of the team's calendar; the median is the
  usual one, the 90th percentile the nearest rank (a duration someone really waited);
- a promise is settled when it was kept (Done, a reply, or the request resolved before the due
  moment), renegotiated (replaced by a newer date) or missed (its due moment passed with neither);
  a renegotiated promise is never missed, whatever its old date; an undone promise is no promise.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from .business_time import Schedule

KEPT, MISSED, RENEGOTIATED = "kept", "missed", "renegotiated"


@dataclass(frozen=True)
class RequestFacts:
    """One request's lifecycle: when it was opened, first answered, resolved, and reopened."""

    number: int
    org: str  # the customer organisation (else the channel's name): figures are grouped by it
    created_at: datetime
    first_response_at: datetime | None = None
    resolved_at: datetime | None = None  # the last resolution
    state: str = "open"  # open | resolved | withdrawn
    reopened_at: tuple[datetime, ...] = ()


@dataclass(frozen=True)
class PromiseFacts:
    """One promise on a request, as the promises table keeps it (never its sentence)."""

    number: int
    org: str
    made_at: datetime
    due_at: datetime
    state: str  # open | kept | missed | renegotiated | cancelled
    closed_at: datetime | None = None
    closed_how: str | None = None  # resolved | undone | done | reply | …


@dataclass(frozen=True)
class Spread:
    """Durations in business minutes: how many, the median and the 90th percentile."""

    count: int = 0
    median: float | None = None
    p90: float | None = None


@dataclass(frozen=True)
class Figures:
    new: int = 0
    resolved: int = 0
    reopened: int = 0
    first_response: Spread = Spread()
    resolution: Spread = Spread()
    kept: int = 0
    missed: int = 0
    renegotiated: int = 0
    open_now: int = 0  # opened by the end of the period and not resolved by then

    @property
    def promises(self) -> int:
        return self.kept + self.missed + self.renegotiated

    @property
    def empty(self) -> bool:
        return not (self.new or self.resolved or self.reopened or self.promises or self.open_now)


@dataclass(frozen=True)
class Report:
    since: datetime
    until: datetime
    total: Figures
    by_org: tuple[tuple[str, Figures], ...]  # busiest organisation first


@dataclass(frozen=True)
class Day:
    """One local day of a chart: requests opened and resolved, and the median first response (business
    minutes) of the requests opened that day and answered by the end of the period."""

    day: date
    opened: int
    resolved: int
    first_response_median: float | None


def percentile(values: list[float], share: float) -> float | None:
    """Nearest-rank percentile: the smallest value with at least `share` of the values at or below it."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def spread(values: list[float]) -> Spread:
    if not values:
        return Spread()
    return Spread(len(values), statistics.median(values), percentile(values, 0.9))


def promise_outcome(promise: PromiseFacts, now: datetime) -> tuple[str, datetime] | None:
    """How a promise ended and when that counts: kept or renegotiated when closed, missed at its due
    moment; None while it is still open and not yet due, or when it was undone."""
    if promise.state == RENEGOTIATED:
        return RENEGOTIATED, promise.closed_at or promise.made_at
    if promise.state == KEPT:
        return KEPT, promise.closed_at or promise.made_at
    if promise.state == MISSED:
        return MISSED, promise.due_at
    if promise.state == "cancelled":
        if promise.closed_how == "resolved" and promise.closed_at is not None and promise.closed_at <= promise.due_at:
            return KEPT, promise.closed_at  # the answer came before the date: the promise was kept
        return None
    if promise.state == "open" and promise.due_at <= now:
        return MISSED, promise.due_at  # the deadline check has not run yet; the date has passed all the same
    return None


class BusinessClock:
    """Business minutes between moments, with each day's working window computed once (10,000 requests
    spanning weeks would otherwise ask the holiday calendar hundreds of thousands of times)."""

    def __init__(self, schedule: Schedule):
        self.schedule = schedule
        self.zone = ZoneInfo(schedule.tz)
        self._windows: dict[date, tuple[datetime, datetime] | None] = {}
        self._before: dict[date, float] = {}  # business minutes of whole days since an origin
        self._origin: date | None = None
        self._known: dict[tuple[datetime, datetime], float] = {}  # a record asks for each duration twice

    def _window(self, day: date):
        if day not in self._windows:
            self._windows[day] = self.schedule.window(day)
        return self._windows[day]

    def _minutes_in(self, day: date, start: datetime | None = None, end: datetime | None = None) -> float:
        window = self._window(day)
        if window is None:
            return 0.0
        begin = window[0] if start is None else max(window[0], start)
        finish = window[1] if end is None else min(window[1], end)
        return max(0.0, (finish - begin).total_seconds() / 60)

    def _whole_days_before(self, day: date) -> float:
        """Business minutes of the whole days from the origin up to (not including) `day`."""
        if self._origin is None:
            self._origin = day
            self._before[day] = 0.0
        if day < self._origin:
            # A day before the origin: restart the table there (rare; the facts come roughly in order).
            self._origin, self._before = day, {day: 0.0}
        if day in self._before:
            return self._before[day]
        last = max(d for d in self._before if d < day)
        total = self._before[last]
        while last < day:
            total += self._minutes_in(last)
            last += timedelta(days=1)
            self._before[last] = total
        return total

    def between(self, start: datetime, end: datetime) -> float:
        """Business minutes from `start` to `end` (0 when end is not after start)."""
        if end <= start:
            return 0.0
        known = self._known.get((start, end))
        if known is None:
            known = self._known[(start, end)] = self._between(start, end)
        return known

    def _between(self, start: datetime, end: datetime) -> float:
        first, last = start.astimezone(self.zone).date(), end.astimezone(self.zone).date()
        if first == last:
            return self._minutes_in(first, start, end)
        after_first = self._whole_days_before(first + timedelta(days=1))  # first: it may move the origin back
        return (
            self._minutes_in(first, start=start)
            + (self._whole_days_before(last) - after_first)
            + self._minutes_in(last, end=end)
        )


def figures_of(
    requests: Iterable[RequestFacts],
    promises: Iterable[PromiseFacts],
    since: datetime,
    until: datetime,
    clock: BusinessClock,
    now: datetime,
) -> Figures:
    """The figures of [since, until) for these requests and promises (one organisation or all)."""
    new = resolved = reopened = open_now = 0
    first, resolution = [], []
    for r in requests:
        if since <= r.created_at < until:
            new += 1
            if r.first_response_at is not None and r.first_response_at < until:
                first.append(clock.between(r.created_at, r.first_response_at))
        if r.state == "resolved" and r.resolved_at is not None and since <= r.resolved_at < until:
            resolved += 1
            resolution.append(clock.between(r.created_at, r.resolved_at))
        if any(since <= at < until for at in r.reopened_at):
            reopened += 1
        if (
            r.created_at < until
            and not (r.resolved_at is not None and r.resolved_at < until)
            and r.state != "withdrawn"
        ):
            open_now += 1
    counts = {KEPT: 0, MISSED: 0, RENEGOTIATED: 0}
    for p in promises:
        outcome = promise_outcome(p, min(now, until))
        if outcome is not None and since <= outcome[1] < until:
            counts[outcome[0]] += 1
    return Figures(
        new=new,
        resolved=resolved,
        reopened=reopened,
        first_response=spread(first),
        resolution=spread(resolution),
        kept=counts[KEPT],
        missed=counts[MISSED],
        renegotiated=counts[RENEGOTIATED],
        open_now=open_now,
    )


def report(
    requests: list[RequestFacts],
    promises: list[PromiseFacts],
    since: datetime,
    until: datetime,
    hours: Schedule,
    now: datetime,
) -> Report:
    """The figures of the period in total and per customer organisation, busiest first."""
    if until <= since:
        raise ValueError("the period ends before it starts")
    clock = BusinessClock(hours)
    by_org_requests: dict[str, list[RequestFacts]] = defaultdict(list)
    by_org_promises: dict[str, list[PromiseFacts]] = defaultdict(list)
    for r in requests:
        by_org_requests[r.org].append(r)
    for p in promises:
        by_org_promises[p.org].append(p)
    orgs = []
    for org in set(by_org_requests) | set(by_org_promises):
        figures = figures_of(by_org_requests[org], by_org_promises[org], since, until, clock, now)
        if not figures.empty:
            orgs.append((org, figures))
    orgs.sort(key=lambda pair: (-(pair[1].new + pair[1].resolved), pair[0].lower()))
    total = figures_of(requests, promises, since, until, clock, now)
    return Report(since, until, total, tuple(orgs))


def daily(requests: list[RequestFacts], since: datetime, until: datetime, tz: str, hours: Schedule) -> tuple[Day, ...]:
    """Day by day in `tz`, from the day of `since` to the day before `until` ends (a week: seven days)."""
    zone = ZoneInfo(tz)
    clock = BusinessClock(hours)
    first, last = since.astimezone(zone).date(), (until - timedelta(microseconds=1)).astimezone(zone).date()
    opened: dict[date, int] = defaultdict(int)
    resolved: dict[date, int] = defaultdict(int)
    waits: dict[date, list[float]] = defaultdict(list)
    for r in requests:
        if since <= r.created_at < until:
            day = r.created_at.astimezone(zone).date()
            opened[day] += 1
            if r.first_response_at is not None and r.first_response_at < until:
                waits[day].append(clock.between(r.created_at, r.first_response_at))
        if r.state == "resolved" and r.resolved_at is not None and since <= r.resolved_at < until:
            resolved[r.resolved_at.astimezone(zone).date()] += 1
    days = []
    day = first
    while day <= last:
        days.append(Day(day, opened[day], resolved[day], statistics.median(waits[day]) if waits[day] else None))
        day += timedelta(days=1)
    return tuple(days)


def resolved_in(requests: Iterable[RequestFacts], since: datetime, until: datetime) -> tuple[RequestFacts, ...]:
    """The requests resolved in [since, until) (the daily digest's "resolved yesterday"), in order."""
    done = [r for r in requests if r.state == "resolved" and r.resolved_at and since <= r.resolved_at < until]
    return tuple(sorted(done, key=lambda r: (r.resolved_at, r.number)))


def local_period(first: date, last: date, tz: str) -> tuple[datetime, datetime]:
    """The days `first`..`last` (inclusive) in `tz` as [since, until) moments."""
    zone = ZoneInfo(tz)
    return datetime.combine(first, time(0), tzinfo=zone), datetime.combine(
        last + timedelta(days=1), time(0), tzinfo=zone
    )
