"""Slash commands. Until a command has its use case, it answers plainly instead of failing."""

from __future__ import annotations

import re

from slack_bolt import App

from bot.render import command_unavailable


def register(app: App, services) -> None:
    # Registered last: an unknown or not-yet-built command gets a clear ephemeral answer.
    @app.command(re.compile(".*"))
    def on_any_command(ack, command):
        ack(command_unavailable(str(command.get("command") or "")))
