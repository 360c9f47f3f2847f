"""Channel membership and sharing, uninstalls; everything else is acknowledged and ignored."""

from __future__ import annotations

import re

from slack_bolt import App

from .messages import workspace_of


def register(app: App, services) -> None:
    @app.event("member_joined_channel")
    def on_member_joined(body, event, context):
        if event.get("user") and event.get("user") == context.get("bot_user_id"):
            services.channels.bot_joined(workspace_of(body, context), str(event.get("channel") or ""))

    @app.event("channel_shared")
    def on_shared(body, event, context):
        services.channels.sharing_changed(workspace_of(body, context), str(event.get("channel") or ""), True)

    @app.event("channel_unshared")
    def on_unshared(body, event, context):
        services.channels.sharing_changed(
            workspace_of(body, context),
            str(event.get("channel") or ""),
            bool(event.get("is_ext_shared")),
        )

    @app.event("app_uninstalled")
    def on_uninstalled(body, context):
        services.uninstalls.uninstalled(workspace_of(body, context), context.get("enterprise_id"))

    @app.event("tokens_revoked")
    def on_tokens_revoked(body, event, context):
        """Only a revoked *bot* token ends our presence in the workspace."""
        if (event.get("tokens") or {}).get("bot"):
            services.uninstalls.uninstalled(workspace_of(body, context), context.get("enterprise_id"))

    @app.event("reaction_added")
    def on_reaction(body, event, context):
        item = event.get("item") or {}
        if item.get("type") == "message" and event.get("user") and item.get("ts"):
            services.claims.react(
                workspace_of(body, context),
                str(event["user"]),
                str(item.get("channel") or ""),
                str(item["ts"]),
                str(event.get("reaction") or ""),
            )

    @app.event("app_mention")
    def on_mention():
        """The same post also arrives as a `message` event, which is where intake listens."""

    # Registered last: any other event type is acknowledged (200) and ignored, never a 404.
    @app.event(re.compile(".*"))
    def on_anything_else():
        pass
