"""Availability (P5): what customers say about being away is recorded and confirmed to them.

Intake hands every customer message here, inside the inbox's transaction. A stated window is
stored for the person, or for their company (the channel) when they speak for it; a later
statement replaces an overlapping one; a window over 90 days ahead is not applied silently. An
opt-out lasts until they write again. Confident windows are confirmed in the thread, in their
language ("Noted — we'll hold follow-ups until Mon 5 Jan.").
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from policies.availability import CustomerFacts, Window, customer_schedule, next_allowed
from policies.understanding import understand

from . import outbox, people, render
from .db import unit_of_work
from .models import Person, Request, Timer, Unavailability, Workspace

CONFIRM_ABOVE = 0.7
TOO_FAR = timedelta(days=90)


def speaker_zone(person, channel, session: Session, workspace_id: str) -> str:
    """The customer's timezone; without one, the channel's, then the team's (DESIGN.md)."""
    for zone in (getattr(person, "tz", None), getattr(channel, "timezone", None)):
        if zone:
            return zone
    settings = session.get(Workspace, workspace_id).settings or {}
    return (settings.get("hours") or {}).get("tz") or "UTC"


def listen(session: Session, message, request, channel, person, now: datetime) -> int:
    """Record what a customer message says about their availability; returns messages queued."""
    zone = speaker_zone(person, channel, session, message.workspace_id)
    heard = understand(
        message.text or "", message.posted_at, zone, role="customer", language=getattr(channel, "language", None)
    )
    # They wrote again: any opt-out of theirs ends here (before a new one is recorded).
    session.execute(
        update(Unavailability)
        .where(
            Unavailability.workspace_id == message.workspace_id,
            Unavailability.user_id == message.user_id,
            Unavailability.scope == "opt_out",
            Unavailability.cleared_at.is_(None),
        )
        .values(cleared_at=now)
    )
    if heard.opt_out:
        session.add(
            Unavailability(
                workspace_id=message.workspace_id,
                user_id=message.user_id,
                scope="opt_out",
                start_at=message.posted_at,
                resume_at=None,
                source="statement",
                source_ts=message.ts,
                matched=(message.text or "")[:500],
                confidence=0.9,
                created_by=message.user_id,
                created_at=now,
            )
        )
    away = heard.unavailable
    if away is None:
        return 0
    tz = ZoneInfo(zone)
    start = max(message.posted_at, datetime.combine(away.start, time(0), tzinfo=tz))
    resume = datetime.combine(away.resume, time(0), tzinfo=tz)
    if resume - now > TOO_FAR:
        return 0  # not applied silently: issue 4 asks staff to confirm (next step)
    company = away.scope == "company"
    owner = Unavailability.channel_id == message.channel_id if company else Unavailability.user_id == message.user_id
    session.execute(  # a later statement replaces an overlapping one ("actually back on Wednesday")
        update(Unavailability)
        .where(
            Unavailability.workspace_id == message.workspace_id,
            owner,
            Unavailability.scope == away.scope,
            Unavailability.cleared_at.is_(None),
            Unavailability.start_at < resume,
            or_(Unavailability.resume_at.is_(None), Unavailability.resume_at > start),
        )
        .values(cleared_at=now)
    )
    session.add(
        Unavailability(
            workspace_id=message.workspace_id,
            user_id=None if company else message.user_id,
            channel_id=message.channel_id if company else None,
            scope=away.scope,
            start_at=start,
            resume_at=resume,
            source="statement",
            source_ts=message.ts,
            matched=away.matched[:500],
            confidence=away.confidence,
            created_by=message.user_id,
            created_at=now,
        )
    )
    if away.confidence < CONFIRM_ABOVE or request is None:
        return 0
    return outbox.queue(
        session,
        now=now,
        workspace_id=message.workspace_id,
        method="chat.postMessage",
        args={
            "channel": message.channel_id,
            "thread_ts": request.thread_ts,
            "text": render.hold_until(request.language, resume.astimezone(tz)),
        },
        purpose="ack",
        subject=f"request:{request.id}",
        dedupe_key=f"hold:{message.workspace_id}:{message.channel_id}:{message.ts}",
    )


def windows_of(session: Session, workspace_id: str, user_id: str, channel_id: str) -> list[Unavailability]:
    """The live windows that concern this customer: their own and their company's."""
    return list(
        session.scalars(
            select(Unavailability)
            .where(
                Unavailability.workspace_id == workspace_id,
                Unavailability.cleared_at.is_(None),
                or_(Unavailability.user_id == user_id, Unavailability.channel_id == channel_id),
            )
            .order_by(Unavailability.start_at)
        )
    )


def facts_for(
    session: Session, workspace_id: str, user_id: str, channel_id: str, zone: str, country: str | None
) -> CustomerFacts:
    """Everything that pauses follow-ups to this customer, as the pure policy wants it."""
    live = windows_of(session, workspace_id, user_id, channel_id)
    return CustomerFacts(
        hours=customer_schedule(zone, None, zone, country),
        windows=tuple(Window(w.start_at, w.resume_at, w.matched or "stated") for w in live if w.resume_at is not None),
        opted_out=any(w.scope == "opt_out" for w in live),
    )


def hint_staff(session: Session, message, request, channel, now: datetime) -> int:
    """A staff reply in the thread of a customer who said they are away: tell the author privately,
    once per window, and offer to send it when the customer is back instead."""
    if request is None:
        return 0
    live = [
        w
        for w in windows_of(session, message.workspace_id, request.customer_user_id, request.channel_id)
        if w.start_at <= now and (w.resume_at is None or now < w.resume_at)
    ]
    if not live:
        return 0
    customer = session.get(Person, (message.workspace_id, request.customer_user_id))
    zone = speaker_zone(customer, channel, session, message.workspace_id)
    name = people.display_name(customer, "The customer")
    window = live[0]
    if window.scope == "opt_out":
        text, blocks = f"{name} asked not to be chased on this until they write again.", None
    else:
        facts = facts_for(
            session,
            message.workspace_id,
            request.customer_user_id,
            request.channel_id,
            zone,
            getattr(channel, "country", None),
        )
        post_at = next_allowed(facts, now)
        if post_at is None:
            return 0
        local = post_at.astimezone(ZoneInfo(zone))
        who = "the company is" if window.scope == "company" else "they are"
        until = render.day(window.resume_at.astimezone(ZoneInfo(zone)), "en")
        text = (
            f"{name} said {who} away until {until}; your message reaches them while away. "
            f"It can go {render.day(local, 'en')} {local:%H:%M} their time instead."
        )
        value = f"{request.id}|{message.ts}|{int(post_at.timestamp())}"
        blocks = [
            {"type": "section", "text": {"type": "mrkdwn", "text": text}},
            {
                "type": "actions",
                "elements": [
                    {
                        "type": "button",
                        "action_id": "send_later",
                        "value": value,
                        "style": "primary",
                        "text": {"type": "plain_text", "text": "Send it then instead"},
                    }
                ],
            },
        ]
    args = {"channel": request.channel_id, "user": message.user_id, "text": text}
    if blocks:
        args["blocks"] = blocks
    return outbox.queue(
        session,
        now=now,
        workspace_id=message.workspace_id,
        method="chat.postEphemeral",
        args=args,
        purpose="hint",
        subject=f"request:{request.id}",
        dedupe_key=f"hint:{window.id}:{message.user_id}",
    )


def send_later(session: Session, workspace_id: str, user_id: str, value: str, now: datetime) -> str:
    """The author chose to send their message when the customer is back: chat.scheduleMessage."""
    try:
        request_id, ts, post_at = value.split("|")
        post_at_moment = datetime.fromtimestamp(int(post_at), now.tzinfo)
    except ValueError:
        return "That button has expired; post your message again when the customer is back."
    inbox = session.scalars(
        select(Timer).where(Timer.kind == "intake.message", Timer.subject.like(f"message:%:{ts}"))
    ).first()
    original = (inbox.payload if inbox else {}) or {}
    if original.get("user_id") != user_id:
        return "Only the author of that message can schedule it."
    if post_at_moment <= now:
        return "They are back already: nothing to schedule."
    request = session.get(Request, int(request_id))
    author = people.display_name(session.get(Person, (workspace_id, user_id)), f"<@{user_id}>")
    outbox.queue(
        session,
        now=now,
        workspace_id=workspace_id,
        method="chat.scheduleMessage",
        args={
            "channel": request.channel_id,
            "thread_ts": request.thread_ts,
            "post_at": int(post_at),
            "text": f"*{author}*: {original.get('text', '')}",
        },
        purpose="hint",
        subject=f"request:{request.id}",
        dedupe_key=f"later:{workspace_id}:{ts}",
    )
    when = f"{render.day(post_at_moment, 'en')} {post_at_moment:%H:%M} UTC"
    return f"Scheduled for {when}. Delete your message now so it doesn't reach them while they're away."


class AvailabilityActions:
    """The button side of availability: one unit of work around `send_later`."""

    def __init__(self, sessions, clock, notify=lambda: None):
        self.sessions, self.clock, self.notify = sessions, clock, notify

    def send_later(self, workspace_id: str, user_id: str, value: str) -> str:
        with unit_of_work(self.sessions) as session:
            answer = send_later(session, workspace_id, user_id, value, self.clock.now())
        self.notify()
        return answer
