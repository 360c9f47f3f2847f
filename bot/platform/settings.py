"""Read a workspace's or a channel's settings once, as typed values (defaults: policies/stored_settings.py).

Rows are held for the unit of work (`db.held`): the sweep reads them once per batch, not once per message."""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.platform.db import held
from bot.platform.models import Channel, Workspace
from policies.stored_settings import ChannelSettings, WorkspaceSettings

__all__ = ["ChannelSettings", "WorkspaceSettings", "channel_settings", "workspace_settings"]


def workspace_settings(session: Session, workspace_id: str | None) -> WorkspaceSettings:
    """The workspace's settings; every default when there is no such workspace."""
    workspace = held(session, Workspace, workspace_id) if workspace_id else None
    return WorkspaceSettings.from_json(workspace.settings if workspace else None)


def channel_settings(session: Session, workspace_id: str, channel_id: str | None) -> ChannelSettings:
    """The channel's own overrides; every default when we have not met the channel."""
    channel = held(session, Channel, (workspace_id, channel_id)) if channel_id else None
    return ChannelSettings.from_json(channel.settings if channel else None)
