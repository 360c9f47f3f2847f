"""Channels: learning whether they are shared, and introducing the bot once."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from bot.platform.clock import Clock
from bot.platform.db import unit_of_work
from bot.platform.timers import FireContext
from bot.requests import customer_answers
from bot.slack import outbox
from bot.slack.workspaces import Installations, ensure_channel
from policies.timers import Done, Outcome, Skip


class Channels:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Clock,
        installations: Installations,
        notify=lambda: None,
    ):
        self.sessions = sessions
        self.clock = clock
        self.installations = installations
        self.notify = notify

    def bot_joined(self, workspace_id: str, channel_id: str) -> None:
        """The bot was added: learn the channel (conversations.info), then say hello once."""
        installation = self.installations.get(workspace_id)
        if installation is None:
            return
        now = self.clock.now()
        with unit_of_work(self.sessions) as session:
            ensure_channel(session, workspace_id, channel_id, shared=False, now=now)
            self._learn(session, workspace_id, channel_id, now, introduce=True)
        self.notify()

    def sharing_changed(self, workspace_id: str, channel_id: str, shared: bool) -> None:
        """channel_shared / channel_unshared."""
        if self.installations.get(workspace_id) is None:
            return
        now = self.clock.now()
        with unit_of_work(self.sessions) as session:
            channel = ensure_channel(session, workspace_id, channel_id, shared=shared, now=now)
            channel.is_shared = shared

    def on_learned(self, ctx: FireContext) -> Outcome:
        """conversations.info answered: record sharing and name; introduce once if asked."""
        info = (ctx.timer.payload.get("response") or {}).get("channel")
        if not info:
            return Skip("conversations.info gave no channel")
        workspace_id = ctx.timer.workspace_id
        channel = ensure_channel(ctx.session, workspace_id, info["id"], shared=False, now=ctx.now)
        channel.is_shared = bool(info.get("is_ext_shared") or info.get("is_shared"))
        channel.name = (info.get("name") or "")[:200] or channel.name
        if ctx.timer.payload.get("introduce") and channel.introduced_at is None:
            channel.introduced_at = ctx.now
            if channel.is_shared:  # issue 16: look back a week for customers nobody answered (bot/intake/history)
                outbox.queue(
                    ctx.session,
                    now=ctx.now,
                    workspace_id=workspace_id,
                    method="conversations.history",
                    args={
                        "channel": channel.channel_id,
                        "oldest": f"{(ctx.now - timedelta(days=7)).timestamp():.6f}",
                        "limit": 200,
                    },
                    purpose="read",
                    subject=f"channel:{channel.channel_id}",
                    dedupe_key=f"history:{workspace_id}:{channel.channel_id}:{ctx.now.date().isoformat()}:1",
                    then={
                        "kind": "channel.history",
                        "subject": f"channel:{channel.channel_id}",
                        "payload": {"channel": channel.channel_id, "found": [], "page": 1},
                    },
                )
            customer_answers.introduce(ctx.session, workspace_id, channel.channel_id, ctx.now)
        return Done("shared" if channel.is_shared else "internal")

    def _learn(
        self,
        session: Session,
        workspace_id: str,
        channel_id: str,
        now: datetime,
        *,
        introduce: bool,
    ) -> None:
        outbox.queue(
            session,
            now=now,
            workspace_id=workspace_id,
            method="conversations.info",
            args={"channel": channel_id},
            purpose="read",
            subject=f"channel:{channel_id}",
            dedupe_key=f"conversations.info:{workspace_id}:{channel_id}:{now.date().isoformat()}",
            then={
                "kind": "channel.learned",
                "subject": f"channel:{channel_id}",
                "payload": {"introduce": introduce},
            },
        )
