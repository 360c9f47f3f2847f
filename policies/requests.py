"""What a message does to requests: open one, join one, count as activity, or nothing (P1)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

EXCERPT_LIMIT = 500


@dataclass(frozen=True)
class Open:
    """A new request, anchored at `thread_ts`."""

    thread_ts: str


@dataclass(frozen=True)
class Join:
    """Part of a burst: the same customer's open request in this channel."""

    request_id: int


@dataclass(frozen=True)
class Activity:
    """A reply in a request's thread."""

    request_id: int
    role: str
    first_staff_reply: bool


@dataclass(frozen=True)
class Ignore:
    reason: str


Decision = Open | Join | Activity | Ignore


@dataclass(frozen=True)
class ThreadRequest:
    """The request a thread belongs to."""

    request_id: int
    state: str
    has_staff_reply: bool


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
) -> Decision:
    """P1: every customer message lands in exactly one request; staff never open one."""
    if role not in ("customer", "staff"):
        return Ignore(f"{role} message")
    in_thread = thread_ts is not None and thread_ts != ts
    if in_thread:
        if thread_request is not None:
            first = role == "staff" and not thread_request.has_staff_reply
            return Activity(thread_request.request_id, role, first)
        if role == "customer":
            return Open(thread_ts)  # a customer asking under someone else's post
        return Ignore("staff talk outside any request")
    if role == "staff":
        return Ignore("a staff message opens nothing")
    if recent is not None and posted_at - recent.last_customer_at < timedelta(minutes=grouping_minutes):
        return Join(recent.request_id)
    return Open(ts)


def excerpt(text: str | None, file_names: list[str] | tuple[str, ...] = ()) -> str:
    """A short, storable summary: NULs removed (PostgreSQL refuses them), length capped."""
    body = (text or "").replace("\x00", "").strip()
    if not body and file_names:
        body = "[" + ", ".join(name.replace("\x00", "") for name in file_names) + "]"
    if len(body) > EXCERPT_LIMIT:
        body = body[: EXCERPT_LIMIT - 1].rstrip() + "…"
    return body
