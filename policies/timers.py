"""What a timer does when it falls due: pure decisions over facts and `now`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class Done:
    """It fired; `note` says what it did."""

    note: str = ""


@dataclass(frozen=True)
class Skip:
    """No longer relevant (claimed since, promise kept…); the reason is recorded."""

    reason: str


@dataclass(frozen=True)
class Reschedule:
    """Not yet: try again at `at` (the customer is away until Monday…)."""

    at: datetime
    reason: str


Outcome = Done | Skip | Reschedule


def retry_at(
    now: datetime,
    attempts: int,
    retry_after: float | None,
    *,
    base: float = 2.0,
    cap: float = 900.0,
) -> datetime:
    """When to try a failed Slack call again: Retry-After if Slack gave one, else exponential backoff."""
    if retry_after is not None:
        return now + timedelta(seconds=retry_after)  # Slack said exactly when
    return now + timedelta(seconds=min(cap, base * (2 ** max(0, attempts - 1))))


def collapse(timers: list[tuple[int, str, str, datetime]]) -> tuple[list[int], dict[int, int]]:
    """Overdue timers of one kind for one subject collapse into the latest one.

    Takes (id, kind, subject, due_at); returns (ids to fire, {collapsed id: id it folded into}).
    """
    keep: dict[tuple[str, str], tuple[int, datetime]] = {}
    for timer_id, kind, subject, due_at in timers:
        key = (kind, subject)
        if key not in keep or (due_at, timer_id) > (keep[key][1], keep[key][0]):
            keep[key] = (timer_id, due_at)
    kept = {timer_id for timer_id, _ in keep.values()}
    folded = {timer_id: keep[(kind, subject)][0] for timer_id, kind, subject, _ in timers if timer_id not in kept}
    return [t[0] for t in timers if t[0] in kept], folded
