"""Learning from corrections (issue 18): every "That's not right" is kept — the words read, what the bot
understood (in `atento understand --json`'s shape), what the person chose, the language — so that a team
can turn real misreadings into test cases with `atento corrections --json`.

Written in the unit of work of the correction itself. The export carries no user ids; it is the only
way these texts leave the database, and `atento purge` / `atento forget` remove them like message texts.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.platform.models import Correction
from policies.understanding.text import guess_language

EXPORTED = ("kind", "text", "understood", "chosen", "language", "said_at", "tz", "created_at")


def keep(
    session: Session,
    *,
    workspace_id: str,
    kind: str,
    text: str,
    understood: dict[str, Any],
    chosen: dict[str, Any],
    said_at: datetime,
    tz: str,
    speaker: str | None,
    now: datetime,
) -> Correction:
    """One correction, in the caller's transaction."""
    correction = Correction(
        workspace_id=workspace_id,
        kind=kind,
        text=text,
        understood=understood,
        chosen=chosen,
        language=guess_language(text) if text else "en",
        said_at=said_at,
        tz=tz,
        speaker_user_id=speaker,
        created_at=now,
    )
    session.add(correction)
    return correction


def understood_away(start: datetime, resume: datetime | None, scope: str, matched: str, tz: str) -> dict[str, Any]:
    """A window as `atento understand --json` shows one: days at local midnight, ISO 8601 with offset."""
    zone = ZoneInfo(tz)

    def midnight(moment: datetime) -> str:
        day = moment.astimezone(zone).date()
        return datetime(day.year, day.month, day.day, tzinfo=zone).isoformat()

    if scope == "opt_out" or resume is None:
        return {"unavailable": None, "opt_out": True, "promise": None}
    return {
        "unavailable": {"start": midnight(start), "resume": midnight(resume), "scope": scope, "matched": matched},
        "opt_out": False,
        "promise": None,
    }


def understood_promise(due: datetime, matched: str, tz: str) -> dict[str, Any]:
    return {
        "unavailable": None,
        "opt_out": False,
        "promise": {"due": due.astimezone(ZoneInfo(tz)).isoformat(), "matched": matched},
    }


def exported(session: Session, workspace_id: str | None = None) -> Iterator[dict[str, Any]]:
    """Every correction, oldest first, as the export shows it: no ids, no user ids."""
    query = select(Correction).order_by(Correction.created_at, Correction.id)
    if workspace_id:
        query = query.where(Correction.workspace_id == workspace_id)
    for row in session.scalars(query).yield_per(500):
        shown = {key: getattr(row, key) for key in EXPORTED}
        shown["said_at"] = row.said_at.astimezone(ZoneInfo(row.tz)).isoformat()
        shown["created_at"] = row.created_at.isoformat()
        yield shown
