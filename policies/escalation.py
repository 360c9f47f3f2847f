"""Nobody is ignored (P3): when an unclaimed or unanswered request climbs the ladder, and whether it
still should when the moment comes. Escalations never go where customers read: triage or DM only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .business_time import Schedule, add_business_minutes
from .timers import Skip


@dataclass(frozen=True)
class Ladder:
    """Business minutes before each step (per workspace or channel settings)."""

    triage_after: int = 15
    lead_after: int = 60
    first_response_target: int = 30


@dataclass(frozen=True)
class RequestFacts:
    state: str
    owner: str | None
    first_staff_reply_at: datetime | None
    claimed_at: datetime | None


def unclaimed_steps(created_at: datetime, schedule: Schedule, ladder: Ladder) -> list[tuple[str, datetime]]:
    """When an unclaimed request goes to triage, then to the lead (business time)."""
    steps = [("triage", ladder.triage_after), ("lead", ladder.lead_after)]
    return [(step, due) for step, minutes in steps if (due := add_business_minutes(created_at, minutes, schedule))]


def first_response_steps(claimed_at: datetime, schedule: Schedule, ladder: Ladder) -> list[tuple[str, datetime]]:
    """Claimed but not answered: the owner is reminded at the target, the lead at twice it."""
    steps = [("owner", ladder.first_response_target), ("lead", 2 * ladder.first_response_target)]
    return [(step, due) for step, minutes in steps if (due := add_business_minutes(claimed_at, minutes, schedule))]


def unclaimed_still_due(request: RequestFacts) -> Skip | None:
    """Re-check at fire time: escalate only what is still open and unclaimed."""
    if request.state != "open":
        return Skip(f"request {request.state}")
    if request.owner is not None:
        return Skip("claimed since")
    return None


def first_response_still_due(request: RequestFacts, claimed_at: datetime | None) -> Skip | None:
    """Re-check at fire time: remind only if still open, unanswered, and owned by the same claim."""
    if request.state != "open":
        return Skip(f"request {request.state}")
    if request.first_staff_reply_at is not None:
        return Skip("answered since")
    if request.owner is None or request.claimed_at != claimed_at:
        return Skip("owner changed since")
    return None


def customer_still_waiting(
    request: RequestFacts, last_customer_at: datetime | None, last_staff_at: datetime | None
) -> Skip | None:
    """Re-check at fire time: open, owned, and the customer still wrote last."""
    if request.state != "open":
        return Skip(f"request {request.state}")
    if request.owner is None:
        return Skip("unclaimed: the unclaimed ladder speaks for it")
    if last_customer_at is None or (last_staff_at is not None and last_staff_at >= last_customer_at):
        return Skip("answered since")
    return None
