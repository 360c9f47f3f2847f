"""What a message does to requests: open one, join one, count as activity, or nothing (P1)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

EXCERPT_LIMIT = 500


REOPEN_DAYS = 14  # a resolved request reopens when the problem comes back within this many days

REQUEST, STATUS, INFO, THANKS, GREETING = "request", "status", "info", "thanks", "greeting"


@dataclass(frozen=True)
class Open:
    """A new request, anchored at `thread_ts`; `follows` is the request it says it follows, if any."""

    thread_ts: str
    follows: int | None = None


@dataclass(frozen=True)
class Join:
    """Part of a burst: the same customer's open request in this channel."""

    request_id: int


@dataclass(frozen=True)
class Activity:
    """A reply that moves the request: a staff answer, or the customer answering (the ball goes to staff).

    `top_level`: a staff answer posted in the channel rather than in the request's thread."""

    request_id: int
    role: str
    first_staff_reply: bool
    top_level: bool = False


@dataclass(frozen=True)
class ActivityNotAnswer:
    """P8: a customer message that belongs to the request but does not answer it (a thanks, a greeting,
    a holiday stated while staff wait on them): the request keeps waiting on whoever it waited on."""

    request_id: int
    reason: str


@dataclass(frozen=True)
class Urgent:
    """P8: the customer chases ("any update?"): the owner hears at once, and the customer is waiting."""

    request_id: int


@dataclass(frozen=True)
class Reopen:
    """P8: the problem is back in a request resolved within `REOPEN_DAYS`."""

    request_id: int


@dataclass(frozen=True)
class Ignore:
    reason: str


Decision = Open | Join | Activity | ActivityNotAnswer | Urgent | Reopen | Ignore


@dataclass(frozen=True)
class ThreadRequest:
    """The request a thread belongs to (or the request a message names)."""

    request_id: int
    state: str
    has_staff_reply: bool
    resolved_at: datetime | None = None
    follower: ThreadRequest | None = None  # resolved: the latest request opened as following it


@dataclass(frozen=True)
class RecentRequest:
    """The same customer's latest open request in the channel."""

    request_id: int
    last_customer_at: datetime


def decide(
    *,
    role: str,
    ts: str,
    thread_ts: str | None,
    posted_at: datetime,
    thread_request: ThreadRequest | None,
    recent: RecentRequest | None,
    grouping_minutes: int,
    intent: str | None = None,
    absence_only: bool = False,
    referenced: ThreadRequest | None = None,
    staff_answers: ThreadRequest | None = None,
    tells_problem: bool = False,
) -> Decision:
    """P1 and P8: every genuine customer request lands in exactly one request; a thanks, a greeting or an
    FYI never opens one; a chase is urgent; a problem that comes back reopens; staff never open one.

    Facts: `intent` is the customer message's intent (None reads as a request); `absence_only` that an
    `info` only states unavailability or an opt-out; `referenced` the request the message names (already
    checked to be this channel's); `staff_answers` the request a top-level staff message answers;
    `tells_problem` that an `info` reports trouble ("it failed again last night, we re-ran it").
    """
    if role not in ("customer", "staff"):
        return Ignore(f"{role} message")
    in_thread = thread_ts is not None and thread_ts != ts
    if role == "staff":
        return _staff(in_thread, thread_request, staff_answers)
    intent = intent or REQUEST
    if in_thread:
        if thread_request is not None:
            return _on_request(thread_request, intent, absence_only, posted_at, ts, tells_problem)
        if intent in (REQUEST, STATUS):
            return Open(thread_ts)  # a customer asking under someone else's post
        return Ignore(f"a customer {intent} outside any request")
    if referenced is not None:
        return _on_request(referenced, intent, absence_only, posted_at, ts, tells_problem)
    if intent in (THANKS, GREETING):
        if recent is not None:
            return ActivityNotAnswer(recent.request_id, intent)
        return Ignore(f"a {intent} opens nothing")
    if recent is not None and posted_at - recent.last_customer_at < timedelta(minutes=grouping_minutes):
        return Join(recent.request_id)
    if intent == STATUS:
        return Urgent(recent.request_id) if recent is not None else Open(ts)
    if intent == INFO:
        if recent is None:
            return Ignore("news opens nothing")
        if absence_only:
            return ActivityNotAnswer(recent.request_id, "absence")
        return Activity(recent.request_id, "customer", False)
    return Open(ts)


def _on_request(
    request: ThreadRequest, intent: str, absence_only: bool, posted_at: datetime, ts: str, tells_problem: bool = False
) -> Decision:
    """A customer message about a known request: in its thread, or naming it."""
    if request.state == "resolved":
        if request.follower is not None:
            # Past the reopen window the problem came back as a new request: the thread now talks about that one.
            return _on_request(request.follower, intent, absence_only, posted_at, ts, tells_problem)
        if intent not in (REQUEST, STATUS) and not (intent == INFO and tells_problem):
            return Ignore(f"a {intent} on a resolved request reopens nothing")
        if request.resolved_at is not None and posted_at - request.resolved_at <= timedelta(days=REOPEN_DAYS):
            return Reopen(request.request_id)
        return Open(ts, follows=request.request_id)
    if intent in (THANKS, GREETING):
        return ActivityNotAnswer(request.request_id, intent)
    if request.state != "open":
        return Activity(request.request_id, "customer", False)
    if intent == STATUS:
        return Urgent(request.request_id)
    if intent == INFO and absence_only:
        return ActivityNotAnswer(request.request_id, "absence")
    return Activity(request.request_id, "customer", False)


def _staff(in_thread: bool, thread_request: ThreadRequest | None, answers: ThreadRequest | None) -> Decision:
    if in_thread:
        if thread_request is not None:
            follower = thread_request.follower
            if thread_request.state == "resolved" and follower is not None:
                thread_request = follower  # staff answering the problem that came back, in the old thread
            return Activity(thread_request.request_id, "staff", not thread_request.has_staff_reply)
        return Ignore("staff talk outside any request")
    if answers is not None and answers.state == "open":
        return Activity(answers.request_id, "staff", not answers.has_staff_reply, top_level=True)
    return Ignore("a staff message opens nothing")


def excerpt(text: str | None, file_names: list[str] | tuple[str, ...] = ()) -> str:
    """A short, storable summary: NULs removed (PostgreSQL refuses them), length capped."""
    body = (text or "").replace("\x00", "").strip()
    if not body and file_names:
        body = "[" + ", ".join(name.replace("\x00", "") for name in file_names) + "]"
    if len(body) > EXCERPT_LIMIT:
        body = body[: EXCERPT_LIMIT - 1].rstrip() + "…"
    return body
