"""Pace of speech (DESIGN.md): when may the outbox speak again on a channel or a workspace.

Each key keeps a theoretical next moment (`next_at`, the GCRA's arrival time): a key may speak
while that moment is no further ahead than its burst tolerance, and every message pushes it
one interval on. A channel has no tolerance (one a second, as Slack asks); a workspace may
burst a few seconds' worth, as Slack allows, and holds its rate over the minute.
"""

from __future__ import annotations

from datetime import datetime, timedelta

WORKSPACE_BURST_SECONDS = 5.0


def may_speak(next_at: datetime | None, now: datetime, tolerance_seconds: float = 0.0) -> bool:
    """True when the key's reserved moment is no further ahead than its tolerance."""
    return next_at is None or (next_at - now).total_seconds() <= tolerance_seconds


def slot_start(next_at: datetime | None, now: datetime) -> datetime:
    """When the key's next message would speak: its reserved moment, or now if that has passed."""
    return now if next_at is None or next_at < now else next_at


def next_slot(next_at: datetime | None, now: datetime, interval_seconds: float) -> datetime:
    """The key's next moment after one more message."""
    return slot_start(next_at, now) + timedelta(seconds=interval_seconds)


def given_back(next_at: datetime | None, count: int, interval_seconds: float, now: datetime) -> datetime | None:
    """The key's next moment once `count` messages leased on it are given back unsent: one interval
    earlier per message. The messages leased after them keep their share (they move up), whichever
    lease gives back first; a moment before `now` is the same as `now`."""
    if next_at is None:
        return None
    return max(now, next_at - timedelta(seconds=count * interval_seconds))


def workspace_interval(per_minute: int) -> float:
    """Seconds between two messages to keep a workspace under `per_minute`."""
    return 60.0 / per_minute


# Lower speaks first when several messages wait for the same slot.
PRIORITY = {
    "ack": 0,  # the customer's visible record (P1)
    "read": 0,  # profile and channel look-ups that intake waits on
    "hold": 1,  # "we'll hold follow-ups until…", after the acknowledgement it follows
    "claim": 1,  # who owns it
    "promise": 1,  # a promise tracked, or the honest update that replaces it
    "hint": 2,  # private hints to staff
    "escalation": 3,
    "reminder": 4,
    "intro": 5,
    "digest": 8,
}
