"""Asking for Home tabs to be redrawn when who owns what changes. The request is a timer
(`home.refresh`); bot.home draws the tab when it fires (wired in bot.app), so ownership and
promises ask for it without importing the view above them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from bot.platform import timers

REFRESH = "home.refresh"


def schedule_refresh(session: Session, workspace_id: str, user_ids: list[str | None], now: datetime) -> None:
    """Refresh these people's Home tabs (several refreshes due together collapse into one)."""
    for user_id in {u for u in user_ids if u}:
        timers.schedule(
            session,
            kind=REFRESH,
            subject=f"home:{workspace_id}:{user_id}",
            due_at=now,
            now=now,
            workspace_id=workspace_id,
            payload={"user": user_id},
            priority=6,
        )
