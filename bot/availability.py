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

from policies.understanding import understand

from . import outbox, render
from .models import Unavailability, Workspace

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
