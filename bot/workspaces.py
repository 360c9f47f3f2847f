"""Workspaces the bot is installed in, their channels, and the token to speak in each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from .db import insert_ignoring_conflict
from .models import Channel, Workspace


@dataclass(frozen=True)
class Installation:
    """Who the bot is in one workspace (from auth.test) and its bot token."""

    team_id: str
    bot_user_id: str
    bot_id: str | None
    bot_token: str
    name: str | None = None
    url: str | None = None
    enterprise_id: str | None = None

    @classmethod
    def from_auth_test(cls, data: dict, token: str) -> Installation:
        return cls(
            team_id=data["team_id"],
            bot_user_id=data["user_id"],
            bot_id=data.get("bot_id"),
            bot_token=token,
            name=data.get("team"),
            url=data.get("url"),
            enterprise_id=data.get("enterprise_id") or None,
        )


class Installations:
    """Single-workspace install by bot token today; the lookup is the seam for OAuth later."""

    def __init__(self, installations: list[Installation]):
        self._by_team = {i.team_id: i for i in installations}

    def get(self, team_id: str | None) -> Installation | None:
        return self._by_team.get(team_id or "")

    def token_for(self, team_id: str) -> str | None:
        found = self.get(team_id)
        return found.bot_token if found else None

    def __iter__(self):
        return iter(self._by_team.values())


def ensure_workspace(session: Session, installation: Installation, now: datetime) -> None:
    """Create the workspace row once; keep its identity fresh."""
    session.execute(
        insert_ignoring_conflict(
            session,
            Workspace,
            dict(
                id=installation.team_id,
                name=installation.name,
                enterprise_id=installation.enterprise_id,
                bot_user_id=installation.bot_user_id,
                active=True,
                last_request_number=0,
                settings={"url": installation.url},
                created_at=now,
            ),
            ["id"],
        )
    )
    session.execute(
        update(Workspace)
        .where(Workspace.id == installation.team_id)
        .values(bot_user_id=installation.bot_user_id, name=installation.name, active=True)
    )


def ensure_channel(session: Session, workspace_id: str, channel_id: str, *, shared: bool, now: datetime) -> Channel:
    """The channel's settings row, created with defaults the first time we hear of it."""
    session.execute(
        insert_ignoring_conflict(
            session,
            Channel,
            dict(
                workspace_id=workspace_id,
                channel_id=channel_id,
                is_shared=shared,
                ack_mode="reply",
                grouping_minutes=10,
                created_at=now,
            ),
            ["workspace_id", "channel_id"],
        )
    )
    channel = session.get(Channel, (workspace_id, channel_id))
    if shared and not channel.is_shared:
        channel.is_shared = True
    return channel


def next_request_number(session: Session, workspace_id: str) -> int:
    """REQ-<n> is numbered per workspace; the row lock serialises concurrent openings."""
    return session.execute(
        update(Workspace)
        .where(Workspace.id == workspace_id)
        .values(last_request_number=Workspace.last_request_number + 1)
        .returning(Workspace.last_request_number)
    ).scalar_one()
