"""Builders that arrange facts for tests in one line."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert

from bot.platform.models import Timer


def add_due_timers(db, kind: str, count: int, now: datetime) -> None:
    """`count` pending timers of `kind`, all due at `now`, in one statement."""
    rows = [
        dict(
            kind=kind,
            subject=f"{kind}:{i}",
            due_at=now,
            state="pending",
            priority=5,
            attempts=0,
            payload={},
            created_at=now,
        )
        for i in range(count)
    ]
    with db.sessions.begin() as session:
        session.execute(insert(Timer), rows)
