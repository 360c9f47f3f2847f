"""Cached Slack profiles, refreshed after a TTL through the outbox (never in the ack path)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from bot.platform.db import insert_ignoring_conflict
from bot.platform.models import Person
from bot.slack import outbox
from policies.people import Author, role_of

PROFILE_TTL = timedelta(hours=24)
SKETCHED = datetime.fromtimestamp(0, UTC)  # fetched_at of a profile drawn from an event only


def cache_profile(
    session: Session,
    workspace_id: str,
    user: dict[str, Any],
    now: datetime,
    installing_team: str,
    enterprise_id: str | None = None,
) -> Person:
    """Store what users.info told us, as seen from `workspace_id`."""
    session.info.get("people", {}).pop((workspace_id, user.get("id")), None)  # a batch's read of them is old now
    profile = user.get("profile") or {}
    expiration = profile.get("status_expiration") or 0
    author = Author(
        user_id=user.get("id"),
        team_id=user.get("team_id") or profile.get("team"),
        bot_id=profile.get("bot_id"),
        is_bot=bool(user.get("is_bot")),
        is_restricted=bool(user.get("is_restricted")),
        is_ultra_restricted=bool(user.get("is_ultra_restricted")),
    )
    values = dict(
        home_team_id=author.team_id,
        role=role_of(author, installing_team, enterprise_id),
        display_name=(
            profile.get("display_name") or profile.get("real_name") or user.get("real_name") or user.get("name") or ""
        )[:200],
        real_name=(profile.get("real_name") or user.get("real_name") or "")[:200],
        tz=user.get("tz"),
        locale=user.get("locale"),
        status_text=(profile.get("status_text") or "")[:200],
        status_emoji=(profile.get("status_emoji") or "")[:100],
        status_expires_at=datetime.fromtimestamp(expiration, UTC) if expiration else None,
        is_restricted=bool(user.get("is_restricted")),
        is_ultra_restricted=bool(user.get("is_ultra_restricted")),
        is_stranger=bool(user.get("is_stranger")),
        is_bot=bool(user.get("is_bot")),
        deleted=bool(user.get("deleted")),
        fetched_at=now,
    )
    person = session.get(Person, (workspace_id, user["id"]))
    if person is None:
        insert_ignoring_conflict(
            session,
            Person,
            dict(workspace_id=workspace_id, user_id=user["id"], **values),
            ["workspace_id", "user_id"],
        )
        person = session.get(Person, (workspace_id, user["id"]))
    for name, value in values.items():
        setattr(person, name, value)
    return person


def cache_from_event(
    session: Session,
    workspace_id: str,
    user_id: str,
    team_id: str | None,
    role: str,
    profile: dict | None,
    now: datetime,
) -> None:
    """A first sketch of an external author from the event itself, until users.info answers."""
    session.info.get("people", {}).pop((workspace_id, user_id), None)  # a batch's read of them is old now
    profile = profile or {}
    insert_ignoring_conflict(
        session,
        Person,
        dict(
            workspace_id=workspace_id,
            user_id=user_id,
            home_team_id=team_id,
            role=role,
            display_name=(profile.get("display_name") or profile.get("real_name") or profile.get("name") or "")[:200]
            or None,
            real_name=(profile.get("real_name") or "")[:200] or None,
            is_restricted=bool(profile.get("is_restricted")),
            is_ultra_restricted=bool(profile.get("is_ultra_restricted")),
            is_stranger=role == "customer",
            is_bot=False,
            deleted=False,
            fetched_at=SKETCHED,  # stale at once, so the real profile is fetched
        ),
        ["workspace_id", "user_id"],
    )


def is_fetched(person: Person | None) -> bool:
    """True once users.info has answered for this person (not just the event's sketch)."""
    return person is not None and person.fetched_at > SKETCHED


def is_stale(person: Person | None, now: datetime) -> bool:
    return person is None or now - person.fetched_at > PROFILE_TTL


def queue_refresh(session: Session, workspace_id: str, user_id: str, now: datetime) -> bool:
    """Fetch the profile through the outbox; once per person per day (False: asked already today)."""
    return outbox.queue(
        session,
        now=now,
        workspace_id=workspace_id,
        method="users.info",
        args={"user": user_id},
        purpose="read",
        subject=f"person:{user_id}",
        dedupe_key=f"users.info:{workspace_id}:{user_id}:{now.date().isoformat()}",
        then={"kind": "person.cache", "subject": f"person:{user_id}", "payload": {"user": user_id}},
    )


def display_name(person: Person | None, fallback: str) -> str:
    if person is None:
        return fallback
    return person.display_name or person.real_name or fallback


def customer_name(session: Session, request, fallback: str | None = None) -> str:
    """The display name of a request's customer (a mention when we have no profile)."""
    person = session.get(Person, (request.workspace_id, request.customer_user_id))
    return display_name(person, fallback or f"<@{request.customer_user_id}>")
