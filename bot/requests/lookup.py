"""Finding a request and its workspace's facts, and the private answer a command gives: what
ownership, promises and digests share (one floor below them, so none imports another's service)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.platform.models import Request
from bot.platform.settings import workspace_settings
from bot.texts import answers


@dataclass
class Answer:
    """What the person who acted sees (ephemeral), and the buttons offered, if any."""

    text: str
    blocks: list[dict] | None = None


def unknown(number: int, language: str) -> Answer:
    """Unknown here, or another workspace's: the answer is the same, so nothing is revealed."""
    return Answer(answers.say("unknown_reference", language, ref=f"REQ-{number}"))


def by_number(session: Session, workspace_id: str, number: int, *, lock: bool = False) -> Request | None:
    """A request by its REQ number, only in this workspace (another's must not be revealed)."""
    query = select(Request).where(Request.workspace_id == workspace_id, Request.number == number)
    return session.scalars(query.with_for_update() if lock else query).first()


def lead_of(session: Session, workspace_id: str) -> str | None:
    return workspace_settings(session, workspace_id).lead


def workspace_url(session: Session, workspace_id: str) -> str | None:
    return workspace_settings(session, workspace_id).url
