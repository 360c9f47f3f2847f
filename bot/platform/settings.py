"""Read a workspace's or a channel's settings once, as typed values (defaults: policies/stored_settings.py).

Rows are held for the unit of work (`db.held`): the sweep reads them once per batch, not once per message."""

from __future__ import annotations

import copy

from sqlalchemy.orm import Session

from bot.platform.db import held
from bot.platform.models import Channel, Workspace
from policies.stored_settings import ChannelSettings, WorkspaceSettings

__all__ = ["ChannelSettings", "WorkspaceSettings", "channel_settings", "workspace_settings"]


def workspace_settings(session: Session, workspace_id: str | None) -> WorkspaceSettings:
    """The workspace's settings; every default when there is no such workspace."""
    workspace = held(session, Workspace, workspace_id) if workspace_id else None
    return _parsed(session, WorkspaceSettings, workspace_id, workspace.settings if workspace else None)


def channel_settings(session: Session, workspace_id: str, channel_id: str | None) -> ChannelSettings:
    """The channel's own overrides; every default when we have not met the channel."""
    channel = held(session, Channel, (workspace_id, channel_id)) if channel_id else None
    return _parsed(session, ChannelSettings, (workspace_id, channel_id), channel.settings if channel else None)


def _parsed(session: Session, kind, key, raw):
    """`kind.from_json(raw)`, read once per unit of work while the stored JSON stays equal (a batch of
    messages asks for the same workspace's settings a few times each)."""
    cache = session.info.setdefault("parsed_settings", {})
    known = cache.get((kind, key))
    if known is not None and known[0] == raw:
        return known[1]
    parsed = kind.from_json(raw)
    cache[(kind, key)] = (copy.deepcopy(raw), parsed)
    return parsed
