"""Data retention (issue 7): `atento purge` drops the texts of long-resolved requests and keeps their
numbers and times for statistics and for the customer's record (issue 19: references, lifecycle times,
owners and handovers, promise dates and outcomes, so `atento export` still covers old periods);
`atento forget` erases one person's texts and profile. Both are recorded in the requests' audit log
(the record says that, when and by which command, never the text)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from bot.platform.db import unit_of_work
from bot.platform.models import Correction, Person, Promise, Request, RequestEvent, Timer, Unavailability
from bot.requests.rows import record_event

TEXT_KEYS = ("note", "sentence", "text", "matched")  # what an audit event's data may quote


@dataclass
class Purged:
    requests: int
    promises: int
    events: int
    timers: int
    corrections: int = 0


@dataclass
class Forgotten:
    people: int
    requests: int
    statements: int
    promises: int
    timers: int
    corrections: int = 0


def purge(sessions: sessionmaker[Session], now: datetime, older_than: timedelta) -> Purged:
    """Texts of requests resolved or withdrawn before `now - older_than`; numbers and times stay."""
    cutoff = now - older_than
    with unit_of_work(sessions) as session:
        ids = session.scalars(
            select(Request.id).where(
                Request.state.in_(("resolved", "withdrawn")),
                or_(Request.resolved_at < cutoff, Request.resolved_at.is_(None) & (Request.created_at < cutoff)),
                Request.excerpt != "",
            )
        ).all()
        promises = events = 0
        for chunk in _chunks(ids):
            session.execute(update(Request).where(Request.id.in_(chunk)).values(excerpt=""))
            promises += session.execute(
                update(Promise).where(Promise.request_id.in_(chunk), Promise.sentence != "").values(sentence="")
            ).rowcount
            events += _scrub_events(session, chunk)
            for request_id in chunk:
                record_event(session, request_id, "atento", "purged", {"older_than_days": older_than.days}, now)
        timers = session.execute(
            update(Timer)
            .where(Timer.state.in_(("done", "skipped", "cancelled", "failed")), Timer.created_at < cutoff)
            .values(payload={})
        ).rowcount
        # A correction is words someone wrote (issue 18): it goes with the texts, whole (no numbers to keep).
        corrections = session.execute(delete(Correction).where(Correction.created_at < cutoff)).rowcount
    return Purged(len(ids), promises, events, timers, corrections)


def forget(sessions: sessionmaker[Session], now: datetime, user_id: str, workspace_id: str | None = None) -> Forgotten:
    """Erase what `user_id` wrote and what Slack told us about them, in one workspace or all."""
    with unit_of_work(sessions) as session:
        scope = [Person.user_id == user_id] + ([Person.workspace_id == workspace_id] if workspace_id else [])
        people = session.execute(
            update(Person)
            .where(*scope)
            .values(
                display_name=None,
                real_name=None,
                tz=None,
                locale=None,
                status_text=None,
                status_emoji=None,
                status_expires_at=None,
            )
        ).rowcount
        mine = [Request.customer_user_id == user_id] + ([Request.workspace_id == workspace_id] if workspace_id else [])
        ids = session.scalars(select(Request.id).where(*mine)).all()
        for chunk in _chunks(ids):
            session.execute(update(Request).where(Request.id.in_(chunk)).values(excerpt=""))
            _scrub_events(session, chunk)
        promised = [Promise.promiser_user_id == user_id] + (
            [Promise.workspace_id == workspace_id] if workspace_id else []
        )
        promises = session.execute(update(Promise).where(*promised).values(sentence="")).rowcount
        said = [Unavailability.created_by == user_id] + (
            [Unavailability.workspace_id == workspace_id] if workspace_id else []
        )
        statements = session.execute(update(Unavailability).where(*said).values(matched=None)).rowcount
        timers = 0
        for timer in session.scalars(select(Timer).where(Timer.kind.like("intake.%"))):
            payload = timer.payload or {}
            if payload.get("user_id") == user_id and (not workspace_id or timer.workspace_id == workspace_id):
                timer.payload = {**payload, "text": "", "profile": None}
                timers += 1
        for request_id in ids:
            record_event(session, request_id, "atento", "forgotten", {"user": user_id}, now)
        spoken = [Correction.speaker_user_id == user_id] + (
            [Correction.workspace_id == workspace_id] if workspace_id else []
        )
        corrections = session.execute(delete(Correction).where(*spoken)).rowcount
    return Forgotten(people, len(ids), statements, promises, timers, corrections)


def _scrub_events(session: Session, request_ids: list[int]) -> int:
    """Quoted texts in the audit log's data go; who did what, and when, stays (and that a handover
    carried a note: the customer's record says so, never what it said)."""
    scrubbed = 0
    for event in session.scalars(select(RequestEvent).where(RequestEvent.request_id.in_(request_ids))):
        data = event.data or {}
        if any(key in data for key in TEXT_KEYS):
            kept = {k: v for k, v in data.items() if k not in TEXT_KEYS}
            if event.kind == "handed_off" and data.get("note"):
                kept["had_note"] = True
            event.data = kept
            scrubbed += 1
    return scrubbed


def _chunks(ids: list[int], size: int = 500):
    for start in range(0, len(ids), size):
        yield ids[start : start + size]
