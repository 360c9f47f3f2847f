"""Promises (P4, groundwork for issue 5): when to remind the owner, and whether a promise was kept.

Reminders: one at half the remaining working time and one two working hours before the due
moment, both in the owner's working hours, never at or after the due moment, none once kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from .business_time import Schedule, add_business_minutes, business_minutes_between, subtract_business_minutes

CLOSE_TOGETHER = timedelta(minutes=30)  # two reminders closer than this are one


@dataclass(frozen=True)
class Plan:
    """Per-workspace reminder settings."""

    at_half_time: bool = True
    before_due_business_minutes: int = 120

    @classmethod
    def from_settings(cls, settings: dict | None) -> Plan:
        """From a workspace's settings["promises"]: {"at_half_time": bool, "before_due_business_minutes": int}."""
        settings = settings or {}
        return cls(
            at_half_time=bool(settings.get("at_half_time", True)),
            before_due_business_minutes=max(0, int(settings.get("before_due_business_minutes", 120))),
        )


@dataclass(frozen=True)
class PromiseFacts:
    promised_at: datetime
    due: datetime
    done_at: datetime | None = None  # the owner clicked Done
    staff_replied_at: datetime | None = None  # a staff reply in the thread after the promise (not itself a promise)


def reminders(promised_at: datetime, due: datetime, owner_hours: Schedule, plan: Plan = Plan()) -> list[datetime]:
    """When to remind the owner, in order; empty when there is no working time left before due."""
    moments: list[datetime] = []
    working = business_minutes_between(promised_at, due, owner_hours)
    if plan.at_half_time and working > 0:
        half = add_business_minutes(promised_at, working / 2, owner_hours)
        if half is not None and promised_at < half < due:
            moments.append(half)
    if plan.before_due_business_minutes and working > plan.before_due_business_minutes:
        before = subtract_business_minutes(due, plan.before_due_business_minutes, owner_hours)
        if before is not None and promised_at < before < due:
            moments.append(before)
    moments.sort()
    kept: list[datetime] = []
    for moment in moments:
        if kept and moment - kept[-1] < CLOSE_TOGETHER:
            kept[-1] = moment  # keep the later one: closer to the deadline, more useful
        else:
            kept.append(moment)
    return kept


def state(promise: PromiseFacts, now: datetime) -> str:
    """'kept' (Done, or a staff reply before due), 'missed' (due passed without either) or 'open'."""
    if promise.done_at is not None and promise.done_at <= now:
        return "kept"
    replied = promise.staff_replied_at
    if replied is not None and promise.promised_at < replied < promise.due and replied <= now:
        return "kept"
    return "missed" if now >= promise.due else "open"


def new_moment_refused(due: datetime, now: datetime, current_due: datetime | None = None) -> str | None:
    """Why a moment cannot be promised: 'past', or 'not_later' than the deadline it should extend."""
    if due <= now:
        return "past"
    if current_due is not None and due <= current_due:
        return "not_later"
    return None


def away_at(due: datetime, windows: list[tuple[datetime, datetime]], status_until: datetime | None) -> datetime | None:
    """If someone is away at the due moment (a stated window, or a Slack status), when they are back."""
    for start, resume in windows:
        if start <= due < resume:
            return resume
    if status_until is not None and due < status_until:
        return status_until
    return None
