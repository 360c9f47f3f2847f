"""The moves every story makes: someone writes, the worker settles, and what Slack and the database saw."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from bot.platform.models import Request, RequestEvent
from bot.sandbox.simulator import OUR_TEAM, message_event, ts_at


def settle(bot, clock, seconds: int = 3) -> None:
    """Let the worker run, a second at a time: messages to one channel go one a second."""
    for _ in range(seconds):
        bot.drain()
        clock.advance(seconds=1)
    bot.drain()


def sweep_at(bot, clock, moment: datetime) -> None:
    clock.set(moment)
    bot.drain()


def says(bot, clock, text: str, *, user: str = "UCARLA", **fields) -> str:
    """`user` (by default the customer) writes `text` now; returns the message's ts. Nothing is swept."""
    ts = ts_at(clock.now())
    reply = bot.send.event(message_event(text=text, user=user, ts=ts, **fields))
    assert reply.status == 200, reply
    return ts


def staff_says(bot, clock, text: str, *, user: str = "UANA", **fields) -> str:
    return says(bot, clock, text, user=user, user_team=OUR_TEAM, **fields)


def thread_posts(slack, thread_ts: str, channel: str = "CSHARED") -> list[str]:
    return [p["text"] for p in slack.posts(channel) if p.get("thread_ts") == thread_ts]


def ephemerals(slack, user: str) -> list[str]:
    return [c.args["text"] for c in slack.calls("chat.postEphemeral") if c.args.get("user") == user]


def dms(slack, user: str, marker: str = "") -> list[str]:
    return [p["text"] for p in slack.posts(user) if marker in p["text"]]


def requests_of(bot) -> list[Request]:
    with bot.atento.sessions() as session:
        return list(session.scalars(select(Request).order_by(Request.number)))


def request_of(bot, number: int = 1) -> Request:
    with bot.atento.sessions() as session:
        return session.scalars(select(Request).where(Request.number == number)).one()


def events_of(bot) -> list[tuple[str, str]]:
    """The audit trail, oldest first: (kind, actor)."""
    with bot.atento.sessions() as session:
        return [(e.kind, e.actor) for e in session.scalars(select(RequestEvent).order_by(RequestEvent.id))]


def audit_kinds(bot) -> list[str]:
    return [kind for kind, _ in events_of(bot)]
