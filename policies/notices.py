"""The one gate for the bot's own customer-facing messages (P5, P7): send now, later, hold, or fold.

Answers to what the customer just did (an acknowledgement, the echo of a window they stated) go at
once. A message a staff member asked for by a click goes at once too, and says when the customer is
back. Notices the bot sends on its own (claim, handoff, resolution, reopened) respect the customer
like every follow-up does. Pure: facts and `now` in, a value with codes (never prose) out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from .availability import CustomerFacts, next_allowed

ANSWERS = frozenset({"ack", "window_echo", "intro"})  # replies to what the customer (or staff inviting us) just did
REQUESTED = frozenset({"requested_update"})  # a staff member clicked for it
OWN = frozenset({"claim", "handoff", "resolution", "reopened"})  # the bot speaks on its own
KINDS = ANSWERS | REQUESTED | OWN

RECENTLY_WROTE = timedelta(minutes=30)  # a customer who just wrote is at their desk, whatever the hour

# Codes (the catalogue turns them into words)
WINDOW = "window"  # a window they or their company stated, or staff recorded with /away
STATUS = "status"  # their Slack status reads as away
OUTSIDE_HOURS = "outside_hours"  # night or weekend in their timezone
HOLIDAY = "holiday"  # a public holiday of their country
OPTED_OUT = "opted_out"  # asked not to be chased: until they write again
NO_WORKING_TIME = "no_working_time"  # their schedule never opens (misconfigured): never guess a moment


@dataclass(frozen=True)
class SendNow:
    """Send it now; for a requested update, why the customer is away (`away`) and when they are back."""

    away: str | None = None
    back_at: datetime | None = None  # None with away: no moment (opted out)


@dataclass(frozen=True)
class SendAt:
    """Send it at `moment`, their first allowed moment; `reason` says what held it."""

    moment: datetime
    reason: str


@dataclass(frozen=True)
class Hold:
    """Do not send until something changes (they write again); no moment to wait for."""

    reason: str


Gate = SendNow | SendAt | Hold


def gate(kind: str, customer: CustomerFacts | None, last_customer_at: datetime | None, now: datetime) -> Gate:
    """May the bot's own message of `kind` reach this customer now, else when (P5, P7)?

    Answers need no facts (`customer` None: a channel's introduction, a reply beside no request).
    Stated windows and an opt-out hold a notice even if they just wrote (they said so); a Slack
    status, the night or a holiday do not hold it when they wrote in the last 30 minutes.
    """
    _aware(now)
    if kind not in KINDS:
        raise ValueError(f"unknown notice kind: {kind!r}")
    if kind in ANSWERS:
        return SendNow()
    if customer is None:
        raise ValueError(f"a {kind!r} notice needs the customer's facts")
    reason = held_by(customer, now)
    if kind in REQUESTED:
        if reason is None:
            return SendNow()
        return SendNow(reason, None if reason == OPTED_OUT else next_allowed(customer, now))
    if reason is None:
        return SendNow()
    if reason == OPTED_OUT:
        return Hold(OPTED_OUT)
    if reason in (STATUS, OUTSIDE_HOURS, HOLIDAY) and _wrote_recently(last_customer_at, now):
        return SendNow()
    moment = next_allowed(customer, now)
    if moment is None:
        return Hold(NO_WORKING_TIME)
    return SendAt(moment, reason)


def held_by(customer: CustomerFacts, now: datetime) -> str | None:
    """The code of the first rule that holds a follow-up now, None when none does (P5)."""
    if customer.opted_out:
        return OPTED_OUT
    if _in_window(customer, now):
        return WINDOW
    if customer.status_away_until is not None and now < customer.status_away_until:
        return STATUS
    hours = customer.hours
    day = now.astimezone(ZoneInfo(hours.tz)).date()
    window = hours.window(day)
    if window is not None and window[0] <= now < window[1]:
        return None
    if day.weekday() in hours.days and not hours.is_working_day(day):
        return HOLIDAY
    return OUTSIDE_HOURS


def _in_window(customer: CustomerFacts, now: datetime) -> bool:
    return any(w.start <= now < w.resume for w in customer.windows)


def _wrote_recently(last_customer_at: datetime | None, now: datetime) -> bool:
    return last_customer_at is not None and now - last_customer_at <= RECENTLY_WROTE


def _aware(moment: datetime) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("datetimes must be timezone-aware")


# -- folding ---------------------------------------------------------------------------------------
OWNER_NOW = "owner_now"  # "<owner> is taking care of REQ-n": several notices, or one that is stale
RESOLVED = "resolved"  # only the resolution line
REOPENED = "reopened"  # open again (with its owner, if any)


@dataclass(frozen=True)
class PendingNotice:
    """A notice the gate held: which request, what it announced, about whom, when it was queued."""

    notice_id: int | str
    request_id: int
    kind: str  # claim | handoff | resolution | reopened
    owner: str | None = None  # the person it names (the claimer, the handoff's target, the resolver)
    queued_at: datetime | None = None


@dataclass(frozen=True)
class FoldedNotice:
    """The one notice to send in place of `folded` (all of them are settled by sending this)."""

    kind: str  # claim | handoff | reopened | resolved | owner_now
    request_id: int
    owner: str | None
    folded: tuple[int | str, ...] = field(default_factory=tuple)


def fold_notices(
    pending: Sequence[PendingNotice], request_state: str, current_owner: str | None
) -> FoldedNotice | None:
    """Several held notices about one request become one that is true now (P7), or nothing.

    Withdrawn: nothing. Resolved: only the resolution line, and only if a resolution notice was
    pending (a claim announced after the fact is noise). Open: the current owner ("owner_now"), a
    single notice that is still true as it is, "reopened" when it reopened with no owner, else nothing.
    """
    if not pending:
        return None
    requests = {notice.request_id for notice in pending}
    if len(requests) != 1:
        raise ValueError("fold_notices takes the notices of one request")
    if bad := [n.kind for n in pending if n.kind not in OWN]:
        raise ValueError(f"only the bot's own notices are held and folded, not {bad}")
    request_id = requests.pop()
    ids = tuple(notice.notice_id for notice in pending)
    kinds = {notice.kind for notice in pending}
    if request_state == "withdrawn":
        return None
    if request_state == "resolved":
        resolutions = [n for n in _in_order(pending) if n.kind == "resolution"]
        return FoldedNotice(RESOLVED, request_id, resolutions[-1].owner, ids) if resolutions else None
    if request_state != "open":
        raise ValueError(f"unknown request state: {request_state!r}")
    if current_owner is None:
        return FoldedNotice(REOPENED, request_id, None, ids) if "reopened" in kinds else None
    if len(pending) == 1:
        only = pending[0]
        if only.kind in ("claim", "handoff") and only.owner == current_owner:
            return FoldedNotice(only.kind, request_id, current_owner, ids)
        if only.kind == "reopened":
            return FoldedNotice(REOPENED, request_id, current_owner, ids)
    return FoldedNotice(OWNER_NOW, request_id, current_owner, ids)


def _in_order(pending: Sequence[PendingNotice]) -> list[PendingNotice]:
    """In queued order when every notice says when it was queued, else in the order given."""
    if all(notice.queued_at is not None for notice in pending):
        return sorted(pending, key=lambda notice: notice.queued_at)
    return list(pending)
