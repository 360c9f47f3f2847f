"""Builders that arrange facts for tests in one line."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert

from bot.platform.models import Request, Timer, Workspace


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


def another_workspace_request(
    bot, now: datetime, *, number: int, channel_id: str, excerpt: str, workspace_id: str = "T0OTHER", **fields
) -> None:
    """Another workspace (installed in the same database) and its REQ-`number`."""
    with bot.atento.sessions.begin() as session:
        session.add(Workspace(id=workspace_id, active=True, last_request_number=number, settings={}, created_at=now))
        session.flush()
        session.add(
            Request(
                workspace_id=workspace_id,
                number=number,
                channel_id=channel_id,
                thread_ts=f"1.{number}",
                customer_user_id=fields.pop("customer_user_id", "UX"),
                excerpt=excerpt,
                created_at=now,
                **fields,
            )
        )
