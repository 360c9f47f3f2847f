"""The Home tab: opening it asks for a fresh view."""

from __future__ import annotations

from slack_bolt import App

from .messages import workspace_of


def register(app: App, services) -> None:
    @app.event("app_home_opened")
    def on_home_opened(body, event, context):
        if event.get("tab", "home") == "home" and event.get("user"):
            services.home.opened(workspace_of(body, context), event["user"])
