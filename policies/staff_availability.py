"""Staff have hours and holidays too (P5): when a DM, reminder or digest may reach a staff member.

The same shape as the customer's policy (policies/availability.py): their working hours in their own
timezone (the workspace's hours by default, or their own; overnight shifts allowed), their country's
public holidays, `/away me` windows and a Slack status that reads as away. Pure: facts and `now` in,
values with codes (never prose) out. Their hours, as typed and parsed: policies/staff_hours.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from .availability import Window
from .business_time import MAX_DAYS_SEARCHED
from .claims import Allowed
from .staff_hours import DAY, Invalid, StaffHours
from .timers import Skip

# Codes (the catalogue turns them into words)
AWAY = "away"  # an /away me window
STATUS = "status"  # a Slack status that reads as away, with an expiry
STATUS_NO_EXPIRY = "status_no_expiry"  # away until the status changes: read it again daily
HOLIDAY = "holiday"  # a public holiday of their country
OUTSIDE_HOURS = "outside_hours"  # before or after their shift, or a day they do not work
NO_WORKING_TIME = "no_working_time"  # their hours never open
AWAY_IN_PAST = "away_in_past"
AWAY_ENDS_BEFORE_START = "away_ends_before_start"
ALREADY_COVERED = "already_covered"
NOBODY_REACHABLE = "nobody_reachable"


@dataclass(frozen=True)
class StaffFacts:
    """What we know about when this staff member may be reached."""

    user_id: str
    hours: StaffHours
    away: tuple[Window, ...] = ()  # /away me windows
    status_away: bool = False  # their Slack status reads as away (availability.status_reads_as_away)
    status_until: datetime | None = None  # its expiry; None with status_away: until it changes


@dataclass(frozen=True)
class Away:
    """Away for `reason` until `until`; None: until their status changes (read it again at `recheck_at`)."""

    reason: str
    until: datetime | None
    recheck_at: datetime | None = None


@dataclass(frozen=True)
class Reachable:
    """They may be written to at `at`; `held_by` says what held it (None: now)."""

    at: datetime
    held_by: str | None = None


@dataclass(frozen=True)
class Recheck:
    """Away with no end we know: read their status again at `at`."""

    at: datetime
    reason: str = STATUS_NO_EXPIRY


@dataclass(frozen=True)
class Unreachable:
    reason: str


Reach = Reachable | Recheck | Unreachable


def away_me(resume: date | datetime, hours: StaffHours, now: datetime, start: date | None = None) -> Window | Invalid:
    """`/away me until DATE`: away from now (or `start`) until `resume`, the day they are back (their zone)."""
    _aware(now)
    zone = ZoneInfo(hours.tz)
    resume_at = resume if isinstance(resume, datetime) else datetime.combine(resume, time(0), tzinfo=zone)
    _aware(resume_at)
    if resume_at <= now:
        return Invalid(AWAY_IN_PAST)
    start_at = now if start is None else max(now, datetime.combine(start, time(0), tzinfo=zone))
    if start_at >= resume_at:
        return Invalid(AWAY_ENDS_BEFORE_START)
    return Window(start_at, resume_at, AWAY)


def is_away(facts: StaffFacts, now: datetime) -> Away | None:
    """Away now (an /away window, a Slack status) and until when; their hours and holidays are not away."""
    _aware(now)
    moment, reason, moved = now, None, True
    while moved:
        moved = False
        for window in facts.away:
            if window.start <= moment < window.resume:
                moment, reason, moved = window.resume, reason or AWAY, True
        if facts.status_away and facts.status_until is None:
            return Away(STATUS_NO_EXPIRY, None, _recheck_at(facts.hours, now))
        if facts.status_away and moment < facts.status_until:
            moment, reason, moved = facts.status_until, reason or STATUS, True
    return Away(reason, moment) if reason else None


def next_reachable(facts: StaffFacts, now: datetime) -> Reach:
    """When a DM, reminder or digest may reach them: in their hours, not while away (P5: do not wake staff)."""
    moment = now
    for _ in range(MAX_DAYS_SEARCHED):
        away = is_away(facts, moment)
        if away is not None and away.until is None:
            return Recheck(_recheck_at(facts.hours, now))
        back = away.until if away else moment
        opened = facts.hours.next_open(back)
        if opened is None:
            return Unreachable(NO_WORKING_TIME)
        if opened == moment:
            return Reachable(moment, None if moment == now else _held_by(facts, now))
        moment = opened
    return Unreachable(NO_WORKING_TIME)


def reachable_at(facts: StaffFacts, now: datetime) -> datetime | None:
    """The moment of `next_reachable`, None when there is none we know."""
    reach = next_reachable(facts, now)
    return reach.at if isinstance(reach, Reachable) else None


@dataclass(frozen=True)
class Confirm:
    """Allowed once the actor confirms: the person is `reason` (a code) and back at `back_at` (None: unknown)."""

    reason: str
    back_at: datetime | None


def may_claim_while_away(claimer: StaffFacts, now: datetime, *, confirmed: bool = False) -> Allowed | Confirm:
    """Claiming while away asks to confirm, saying when they are back; their own off-hours do not (they are here)."""
    away = is_away(claimer, now)
    if away is None or confirmed:
        return Allowed()
    return Confirm(away.reason, reachable_at(claimer, now))


def may_hand_off_to(target: StaffFacts, now: datetime, *, confirmed: bool = False) -> Allowed | Confirm:
    """Handing off to someone who cannot be reached now asks to confirm, saying when they are back."""
    reach = next_reachable(target, now)
    if confirmed or (isinstance(reach, Reachable) and reach.held_by is None):
        return Allowed()
    if isinstance(reach, Reachable):
        return Confirm(reach.held_by, reach.at)
    return Confirm(reach.reason, None)


@dataclass(frozen=True)
class Remind:
    """Remind `to` at `at` about `owner`'s promise; `reason`: owner | on_duty | lead."""

    to: tuple[str, ...]
    at: datetime
    reason: str
    owner: str


def who_gets_reminder(
    owner: StaffFacts,
    on_duty: Sequence[StaffFacts],
    lead: StaffFacts | None,
    due: datetime,
    now: datetime,
    *,
    already_covered: bool = False,
) -> Remind | Skip:
    """A promise falling due before its owner is back reminds the on-duty people reachable before it, else the lead.

    P4 and P5: the owner when they are back in time; otherwise one reminder to cover (once: a later
    fire with `already_covered` skips), saying whose promise it is. The lead is reminded even after
    the due moment (someone must know), at their first reachable moment.
    """
    back = reachable_at(owner, now)
    if back is not None and back < due:
        return Remind((owner.user_id,), back, "owner", owner.user_id)
    if already_covered:
        return Skip(ALREADY_COVERED)
    times: dict[str, datetime] = {}
    for person in on_duty:
        if person.user_id != owner.user_id and person.user_id not in times:
            at = reachable_at(person, now)
            if at is not None and at < due:
                times[person.user_id] = at
    if times:
        first = min(times.values())
        return Remind(tuple(uid for uid, at in times.items() if at == first), first, "on_duty", owner.user_id)
    if lead is not None and lead.user_id != owner.user_id and (at := reachable_at(lead, now)) is not None:
        return Remind((lead.user_id,), at, "lead", owner.user_id)
    return Skip(NOBODY_REACHABLE)


@dataclass(frozen=True)
class Targets:
    """Whom an escalation goes to, when, why (candidates | lead | nobody), and who was skipped with their code."""

    to: tuple[str, ...]
    at: datetime | None
    reason: str
    skipped: tuple[tuple[str, str], ...] = ()


def escalation_targets(candidates: Sequence[StaffFacts], lead: StaffFacts | None, now: datetime) -> Targets:
    """P3 and P5: escalate to the candidates reachable now, skipping those who are off; else to the lead."""
    to: list[str] = []
    skipped: list[tuple[str, str]] = []
    for person in candidates:
        if person.user_id in to or any(uid == person.user_id for uid, _ in skipped):
            continue
        reach = next_reachable(person, now)
        if isinstance(reach, Reachable) and reach.held_by is None:
            to.append(person.user_id)
        else:
            skipped.append((person.user_id, reach.held_by if isinstance(reach, Reachable) else reach.reason))
    if to:
        return Targets(tuple(to), now, "candidates", tuple(skipped))
    if lead is not None and (at := reachable_at(lead, now)) is not None:
        return Targets((lead.user_id,), at, "lead", tuple(skipped))
    return Targets((), None, "nobody", tuple(skipped))


def _held_by(facts: StaffFacts, now: datetime) -> str:
    away = is_away(facts, now)
    if away is not None:
        return away.reason
    day = now.astimezone(ZoneInfo(facts.hours.tz)).date()
    if day.weekday() in facts.hours.days and not facts.hours.is_working_day(day):
        return HOLIDAY
    return OUTSIDE_HOURS


def _recheck_at(hours: StaffHours, now: datetime) -> datetime:
    """Daily: at the start of their next shift, and never later than a day from now."""
    starts = hours.next_start(now)
    return min(starts, now + DAY) if starts is not None else now + DAY


def _aware(moment: datetime) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("datetimes must be timezone-aware")
