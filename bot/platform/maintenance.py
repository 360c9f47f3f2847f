"""Housekeeping that runs on the timers like everything else."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import delete
from sqlalchemy.orm import Session

from bot.platform import timers
from bot.platform.models import ProcessedEvent, Timer
from bot.platform.timers import FireContext
from policies.timers import Done, Outcome

# Slack retries within about 6 minutes; a day is far beyond that and keeps the table small.
EVENT_ID_RETENTION = timedelta(days=1)
# Settled timers (the inbox's messages, sent acknowledgements…) are kept a week for operators.
SETTLED_TIMER_RETENTION = timedelta(days=7)


def schedule_prune(session: Session, now: datetime) -> None:
    """One prune of Slack event ids a day, at 03:00 UTC."""
    tomorrow = (now + timedelta(days=1)).date()
    due = datetime.combine(tomorrow, time(3), tzinfo=now.tzinfo)
    timers.schedule(
        session,
        kind="events.prune",
        subject="processed_events",
        due_at=due,
        now=now,
        dedupe_key=f"events.prune:{tomorrow.isoformat()}",
        priority=9,
    )


def prune_event_ids(ctx: FireContext) -> Outcome:
    events = ctx.session.execute(
        delete(ProcessedEvent).where(ProcessedEvent.received_at < ctx.now - EVENT_ID_RETENTION)
    ).rowcount
    settled = ctx.session.execute(
        delete(Timer).where(
            Timer.state.in_(("done", "skipped", "cancelled")),
            Timer.created_at < ctx.now - SETTLED_TIMER_RETENTION,
        )
    ).rowcount
    schedule_prune(ctx.session, ctx.now)
    return Done(f"{events} event ids older than a day and {settled} settled timers older than a week removed")
