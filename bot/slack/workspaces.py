"""Workspaces the bot is installed in, their channels, and the token to speak in each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, Integer, bindparam, create_engine, select, update
from sqlalchemy.orm import Session

from bot.platform.db import gathering_of, insert_ignoring_conflict
from bot.platform.models import Channel, Workspace


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
    """Who we are in each workspace: by bot token (one workspace), or from OAuth installs (bot.slack.installs)."""

    def __init__(self, installations: list[Installation]):
        self._by_team = {i.team_id: i for i in installations}

    def forget(self, team_id: str) -> None:
        """The workspace uninstalled us: its token is no longer ours to use."""
        self._by_team.pop(team_id, None)

    def get(self, team_id: str | None) -> Installation | None:
        return self._by_team.get(team_id or "")

    def receiving(self, team_id: str | None) -> Installation | None:
        """The installation a payload for `team_id` reached: that workspace's, else the only one there is
        (a click from the other organisation of a Slack Connect channel may carry its own team)."""
        found = self.get(team_id)
        if found is None:
            every = list(self)
            found = every[0] if len(every) == 1 else None
        return found

    def token_for(self, team_id: str) -> str | None:
        found = self.get(team_id)
        return found.bot_token if found else None

    def __iter__(self):
        return iter(self._by_team.values())


def ensure_workspace(session: Session, installation: Installation, now: datetime) -> None:
    """Create the workspace row once; keep its identity fresh."""
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
    session.execute(
        update(Workspace)
        .where(Workspace.id == installation.team_id)
        .values(bot_user_id=installation.bot_user_id, name=installation.name, active=True)
    )


def ensure_channel(session: Session, workspace_id: str, channel_id: str, *, shared: bool, now: datetime) -> Channel:
    """The channel's settings row, created with defaults the first time we hear of it."""
    session.info.get("channel_rows", {}).pop((workspace_id, channel_id), None)  # it may change: read it again
    channel = session.get(Channel, (workspace_id, channel_id))
    if channel is not None:
        if shared and not channel.is_shared:
            channel.is_shared = True
        return channel
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
    channel = session.get(Channel, (workspace_id, channel_id))
    if shared and not channel.is_shared:
        channel.is_shared = True
    return channel


def ensure_channels(
    session: Session, wanted: dict[tuple[str, str], bool], now: datetime
) -> dict[tuple[str, str], Channel]:
    """The settings rows of a batch's channels ((workspace, channel) -> shared), created with defaults for
    the ones we have not met: one read, and for new channels one INSERT and one read, whatever the batch's
    size. The rows are held for the unit of work (settings.channel_settings finds them)."""
    held = session.info.setdefault("held", {})
    found: dict[tuple[str, str], Channel] = {}
    by_workspace: dict[str, list[str]] = {}
    for workspace_id, channel_id in wanted:
        by_workspace.setdefault(workspace_id, []).append(channel_id)

    def read(groups: dict[str, list[str]]) -> None:
        for workspace_id, channels in groups.items():
            query = select(Channel).where(Channel.workspace_id == workspace_id, Channel.channel_id.in_(channels))
            found.update({(c.workspace_id, c.channel_id): c for c in session.scalars(query)})

    read(by_workspace)
    missing = [key for key in wanted if key not in found]
    if missing:
        rows = [
            dict(
                workspace_id=workspace_id,
                channel_id=channel_id,
                is_shared=wanted[(workspace_id, channel_id)],
                ack_mode="reply",
                grouping_minutes=10,
                created_at=now,
            )
            for workspace_id, channel_id in missing
        ]
        insert_ignoring_conflict(session, Channel, rows, ["workspace_id", "channel_id"])
        again: dict[str, list[str]] = {}
        for workspace_id, channel_id in missing:
            again.setdefault(workspace_id, []).append(channel_id)
        read(again)
    for key, channel in found.items():
        if wanted[key] and not channel.is_shared:
            channel.is_shared = True
        held[(Channel, key)] = channel
    return found


_BUMP = (
    update(Workspace)
    .where(Workspace.id == bindparam("workspace"))
    .values(last_request_number=Workspace.last_request_number + 1)
    .returning(Workspace.last_request_number)
)


_SET = update(Workspace).where(Workspace.id == bindparam("workspace")).values(last_request_number=bindparam("number"))
_BUMP_BY = (
    update(Workspace)
    .where(Workspace.id == bindparam("workspace"))
    .values(last_request_number=Workspace.last_request_number + bindparam("by"))
    .returning(Workspace.last_request_number)
)
_GIVE_BACK = (
    update(Workspace)
    .where(Workspace.id == bindparam("workspace"), Workspace.last_request_number == bindparam("end"))
    .values(last_request_number=bindparam("first", type_=Integer) - 1)
)


class RequestNumbers:
    """Hands out REQ-<n>, numbered per workspace.

    On PostgreSQL each number comes from one autocommit statement on a small pool of its own,
    so concurrent intakes never queue on the counter's row lock for a whole transaction. Its
    commit skips the WAL flush (synchronous_commit=off) and loses nothing: the intake's own
    commit comes later in the same WAL and flushes it. The trade-off is a sequence's: an intake
    that fails after taking a number leaves a gap. SQLite has a single writer: the counter moves
    inside the intake's transaction, with no gaps.
    """

    BLOCK = 10  # PostgreSQL: numbers taken at once by a sweep's batch (see _in_batch)

    def __init__(self, engine: Engine):
        self._own = None
        if engine.dialect.name == "postgresql":
            self._own = create_engine(
                engine.url,
                connect_args={"options": "-c synchronous_commit=off"},
                isolation_level="AUTOCOMMIT",
                pool_size=4,
                max_overflow=16,
                pool_pre_ping=True,
            )

    def next(self, session: Session, workspace_id: str) -> int:
        params = {"workspace": workspace_id}
        gathered = gathering_of(session, "timers")  # the sweep's batch
        if gathered is not None:
            return self._in_batch(session, gathered, workspace_id)
        if self._own is None:
            return session.connection().execute(_BUMP, params).scalar_one()
        with self._own.connect() as connection:
            return connection.execute(_BUMP, params).scalar_one()

    def _in_batch(self, session: Session, gathered, workspace_id: str) -> int:
        """Numbers for a batch of messages. SQLite (one writer, its lock held by the batch): the counter is
        read once and written once, before the commit. PostgreSQL: numbers are taken BLOCK at a time (the first
        block: as many as the batch expects to open, bot.requests.ids), and the ones the batch did not use
        are given back unless another worker took numbers since (then they are a gap, as any number of a
        failed intake is)."""
        params = {"workspace": workspace_id}
        if self._own is None:
            counters = gathered.state.setdefault("numbers", {})
            if workspace_id in counters:
                number = counters[workspace_id] + 1
            else:
                number = session.connection().execute(_BUMP, params).scalar_one()
            counters[workspace_id] = number
            gathered.pending_write(("number", workspace_id), "workspaces", _SET, {**params, "number": number})
            return number
        blocks = gathered.state.get("number_blocks")
        if blocks is None:
            blocks = gathered.state["number_blocks"] = {}
            gathered.finishers.append(lambda ok: self._give_back(blocks, ok))
        block = blocks.get(workspace_id)
        if block is None or block[0] > block[1]:
            # The first block covers the requests the batch expects to open here (bot.requests.ids).
            size = max(self.BLOCK, gathered.state.get("openers", {}).pop(workspace_id, 0))
            with self._own.connect() as connection:
                end = connection.execute(_BUMP_BY, {**params, "by": size}).scalar_one()
            block = blocks[workspace_id] = [end - size + 1, end, end - size + 1]  # next, end, first
        number, block[0] = block[0], block[0] + 1
        return number

    def _give_back(self, blocks: dict[str, list[int]], ok: bool = True) -> None:
        """The numbers a batch did not use; all of its last block if it failed (it runs again, one by one)."""
        unused = {
            workspace_id: (next_ if ok else first, end)
            for workspace_id, (next_, end, first) in blocks.items()
            if (next_ if ok else first) <= end
        }
        if not unused:
            return
        with self._own.connect() as connection:
            for workspace_id, (first, end) in unused.items():
                connection.execute(_GIVE_BACK, {"workspace": workspace_id, "first": first, "end": end})

    def close(self) -> None:
        if self._own is not None:
            self._own.dispose()
