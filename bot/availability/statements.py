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

from bot.platform import timers
from bot.platform.models import Channel, Person, Unavailability
from bot.platform.readahead import reading
from bot.platform.settings import ChannelSettings, workspace_settings
from bot.requests import customer_answers, people
from bot.requests.customer_facts import (  # noqa: F401  (read one floor down, where the gate reads them too)
    customer_facts,
    facts_for,
    speaker_zone,
    status_away_until,
    windows_of,
)
from bot.slack import outbox
from bot.texts import render, staff_texts
from bot.texts.language import team_language
from policies.availability import CustomerFacts, customer_schedule, next_allowed
from policies.understanding import understand
from policies.understanding.text import guess_language

RESURFACE = "availability.resurface"

CONFIRM_ABOVE = 0.7

TOO_FAR = timedelta(days=90)


def hear(session: Session, message, channel, person):
    """What a customer message says about time (their window, an opt-out), read in their zone (or read
    ahead of the sweep's batch, in the same zone and language: bot.platform.readahead)."""
    zone = speaker_zone(person, channel, session, message.workspace_id)
    text, language = message.text or "", getattr(channel, "language", None)
    return reading(
        session,
        ("heard", text, message.posted_at, zone, language),
        lambda: understand(text, message.posted_at, zone, role="customer", language=language),
    )


def listen(session: Session, message, request, channel, person, now: datetime, heard=None) -> int:
    """Record what a customer message says about their availability; returns messages queued.

    `heard`: the message already read by `hear` (intake reads it once to judge the message)."""
    zone = speaker_zone(person, channel, session, message.workspace_id)
    if heard is None:
        heard = hear(session, message, channel, person)
    # They wrote again: any opt-out of theirs ends here (before a new one is recorded).
    if message.user_id in opted_out(session, message.workspace_id):
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
        opted_out(session, message.workspace_id).discard(message.user_id)
    if heard.opt_out or heard.unavailable is not None:
        session.info.setdefault("heard_windows", set()).add((message.workspace_id, message.ts))
    if heard.opt_out:
        opted_out(session, message.workspace_id).add(message.user_id)
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
        return ask_staff_to_confirm(session, message, channel, person, away, start, resume, now)
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
    window = Unavailability(
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
    session.add(window)
    session.flush()
    schedule_resurfacing(session, window, zone, getattr(channel, "country", None), now)
    if away.confidence < CONFIRM_ABOVE:
        return 0
    # Said beside no request ("FYI we're closed 24–31 Dec", issue 16): confirmed under the statement itself.
    thread = request.thread_ts if request else (message.thread_ts or message.ts)
    language = request.language if request else (getattr(channel, "language", None) or guess_language(message.text))
    hours = ChannelSettings.from_json(channel.settings).customer_hours if getattr(channel, "settings", None) else None
    return customer_answers.echo_window(
        session,
        message,
        window,
        thread_ts=thread,
        language=language,
        schedule=customer_schedule(zone, None, zone, getattr(channel, "country", None), hours),
        subject=f"request:{request.id}" if request else f"message:{message.ts}",
        now=now,
    )


def ask_staff_to_confirm(
    session: Session, message, channel, person, away, start: datetime, resume: datetime, now: datetime
) -> int:
    """A window over 90 days ahead is not applied silently: staff are asked (triage, else the lead)."""
    target = getattr(channel, "triage_channel_id", None) or workspace_settings(session, message.workspace_id).lead
    if not target:
        return 0
    name = people.display_name(person, f"<@{message.user_id}>")
    language = team_language(session, message.workspace_id)
    text = staff_texts.say("away_far", language, name=name, said=away.matched, day=render.day(resume, language))
    who = message.channel_id if away.scope == "company" else message.user_id
    value = f"{away.scope}|{who}|{int(start.timestamp())}|{int(resume.timestamp())}|{message.channel_id}"
    blocks = render.with_button(text, "away_confirm", value, staff_texts.say("away_record_button", language))
    return outbox.queue(
        session,
        now=now,
        workspace_id=message.workspace_id,
        method="chat.postMessage",
        args={"channel": target, "text": text, "blocks": blocks},
        purpose="hint",
        subject=f"message:{message.ts}",
        dedupe_key=f"confirm-away:{message.workspace_id}:{message.ts}",
    )


def zone_of_window(session: Session, window: Unavailability) -> str:
    """The timezone a window's days are meant in: the customer's, else the channel's, else the team's."""
    person = session.get(Person, (window.workspace_id, window.user_id)) if window.user_id else None
    channel = session.get(Channel, (window.workspace_id, window.channel_id)) if window.channel_id else None
    return speaker_zone(person, channel, session, window.workspace_id)


def opted_out(session: Session, workspace_id: str) -> set[str]:
    """Who in the workspace has a live opt-out, read once per unit of work (most messages clear none)."""
    known = session.info.setdefault("opted_out", {})
    if workspace_id not in known:
        known[workspace_id] = set(
            session.scalars(
                select(Unavailability.user_id).where(
                    Unavailability.workspace_id == workspace_id,
                    Unavailability.scope == "opt_out",
                    Unavailability.cleared_at.is_(None),
                )
            )
        )
    return known[workspace_id]


def hesitant_window(session: Session, workspace_id: str, ts: str) -> Unavailability | None:
    """The window a message stated with too little confidence to tell the customer ("probably away")."""
    if (workspace_id, ts) not in session.info.get("heard_windows", ()):
        return None  # listen() heard no window in this message: there is none to find
    return session.scalars(
        select(Unavailability).where(
            Unavailability.workspace_id == workspace_id,
            Unavailability.source_ts == ts,
            Unavailability.cleared_at.is_(None),
            Unavailability.confidence < CONFIRM_ABOVE,
        )
    ).first()


def schedule_resurfacing(
    session: Session, window: Unavailability, zone: str, country: str | None, now: datetime
) -> None:
    """When the window ends, requests waiting on them come back to their owners: their first working morning."""
    hours = customer_schedule(zone, None, zone, country)
    moment = next_allowed(CustomerFacts(hours=hours), window.resume_at)
    if moment is not None:
        timers.schedule(
            session,
            kind=RESURFACE,
            subject=f"window:{window.id}",
            due_at=moment,
            now=now,
            workspace_id=window.workspace_id,
            payload={"window": window.id},
            dedupe_key=f"resurface:{window.id}:{int(window.resume_at.timestamp())}",
            priority=3,  # before the silent-customer nudges due the same morning
        )
