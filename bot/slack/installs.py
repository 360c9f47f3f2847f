"""Multi-workspace install (OAuth v2): slack_sdk's SQLAlchemy installation and state stores in our
database (schema under Alembic, 0007), the tokens they hold as our `Installations`, and uninstall.

With `SLACK_CLIENT_ID` and `SLACK_CLIENT_SECRET` set, `/slack/install` starts Slack's OAuth flow and
`/slack/oauth_redirect` finishes it (state checked against a cookie and the state store). A new
installation becomes a workspace row at once. `app_uninstalled` or a revoked bot token disables
the workspace and cancels its pending timers; its data stays (retention is `atento purge`'s job).
"""

from __future__ import annotations

import logging
import time

from slack_sdk.oauth.installation_store import Installation as SdkInstallation
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from sqlalchemy import Engine, update
from sqlalchemy.orm import Session, sessionmaker

from bot.platform.clock import Clock
from bot.platform.db import unit_of_work
from bot.platform.models import Timer, Workspace
from bot.slack.workspaces import Installation, Installations, ensure_workspace

log = logging.getLogger("atento.installs")

# The bot scopes of manifest.yml (a test keeps the two in step).
SCOPES = [
    "channels:history",
    "groups:history",
    "channels:read",
    "groups:read",
    "chat:write",
    "reactions:write",
    "reactions:read",
    "users:read",
    "commands",
    "im:write",
    "im:history",
    "files:write",
]
INSTALL_PATH, REDIRECT_PATH = "/slack/install", "/slack/oauth_redirect"


class StoredInstallations(Installations):
    """Installations read from the installation store, cached briefly (a revoked token is forgotten at once
    in this process; other processes notice within `ttl` seconds)."""

    def __init__(self, store: SQLAlchemyInstallationStore, ttl: float = 60.0):
        super().__init__([])
        self.store, self.ttl = store, ttl
        self._cache: dict[str, tuple[Installation | None, float]] = {}

    def get(self, team_id: str | None) -> Installation | None:
        if not team_id:
            return None
        cached = self._cache.get(team_id)
        if cached is not None and time.monotonic() - cached[1] < self.ttl:
            return cached[0]
        bot = self.store.find_bot(enterprise_id=None, team_id=team_id)
        found = (
            Installation(
                team_id=team_id,
                bot_user_id=bot.bot_user_id,
                bot_id=bot.bot_id,
                bot_token=bot.bot_token,
                name=bot.team_name,
                enterprise_id=bot.enterprise_id,
            )
            if bot is not None and bot.bot_token
            else None
        )
        self._cache[team_id] = (found, time.monotonic())
        return found

    def forget(self, team_id: str) -> None:
        self._cache.pop(team_id, None)

    def __iter__(self):
        return iter(())  # workspaces are created when installed, not at start


class AtentoInstallationStore(SQLAlchemyInstallationStore):
    """slack_sdk's store; saving an installation also creates (or re-enables) its workspace."""

    def __init__(self, client_id: str, engine: Engine, sessions: sessionmaker[Session], clock: Clock):
        super().__init__(client_id=client_id, engine=engine)
        self.sessions, self.clock = sessions, clock
        self.directory: StoredInstallations | None = None  # (self.installations is slack_sdk's table)

    def save(self, installation: SdkInstallation) -> None:
        super().save(installation)
        with unit_of_work(self.sessions) as session:
            ensure_workspace(
                session,
                Installation(
                    team_id=installation.team_id,
                    bot_user_id=installation.bot_user_id,
                    bot_id=installation.bot_id,
                    bot_token=installation.bot_token,
                    name=installation.team_name,
                    url=None,
                    enterprise_id=installation.enterprise_id,
                ),
                self.clock.now(),
            )
        if self.directory is not None:
            self.directory.forget(installation.team_id)
        log.info("installed in workspace %s (%s)", installation.team_id, installation.team_name)


class Uninstalls:
    """`app_uninstalled` and revoked bot tokens: the workspace is disabled and its timers stop."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock, installations: Installations, store=None):
        self.sessions, self.clock, self.installations, self.store = sessions, clock, installations, store

    def uninstalled(self, team_id: str, enterprise_id: str | None = None) -> int:
        """Returns how many pending timers were cancelled."""
        if not team_id:
            return 0
        if self.store is not None:
            self.store.delete_bot(enterprise_id=enterprise_id, team_id=team_id)
            self.store.delete_installation(enterprise_id=enterprise_id, team_id=team_id)
        with unit_of_work(self.sessions) as session:
            session.execute(update(Workspace).where(Workspace.id == team_id).values(active=False))
            cancelled = session.execute(
                update(Timer)
                .where(Timer.workspace_id == team_id, Timer.state == "pending")
                .values(state="cancelled", result="workspace uninstalled")
            ).rowcount
        self.installations.forget(team_id)
        log.warning("uninstalled from workspace %s: disabled, %d pending timers cancelled", team_id, cancelled)
        return cancelled
