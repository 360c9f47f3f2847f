"""Modal submissions: settings, availability corrections, promise changes."""

from __future__ import annotations

from slack_bolt import App

from bot.texts.answers import say as text_of

from .commands import installation_of


def register(app: App, services) -> None:
    @app.view("atento_settings")
    def on_settings(ack, body, view, context):
        user = (body.get("user") or {}).get("id", "")
        workspace = installation_of(context)
        if services.claims.know(workspace, user).role != "staff":
            refusal = text_of("only_staff:settings", services.claims.language_of(workspace, user))
            return ack(response_action="errors", errors={"ws_tz": refusal})
        errors = services.settings.save(workspace, view.get("private_metadata") or None, view.get("state") or {}, user)
        if errors:
            return ack(response_action="errors", errors=errors)
        ack()

    @app.view("away_fix")
    def on_away_fix(ack, body, view, context):
        workspace = installation_of(context)
        user = body.get("user") or {}
        staff = services.claims.know(workspace, user.get("id", ""), user.get("team_id")).role == "staff"
        errors = services.windows.apply_fix(
            workspace, user.get("id", ""), view.get("private_metadata") or "", view.get("state") or {}, staff
        )
        if errors:
            return ack(response_action="errors", errors=errors)
        ack()

    @app.view("promise_edit")
    def on_promise_edit(ack, body, view, context):
        """ "Need more time" or "Change": a later moment, checked before the modal closes."""
        errors = services.promises.apply_edit(
            installation_of(context),
            (body.get("user") or {}).get("id", ""),
            view.get("private_metadata") or "",
            view.get("state") or {},
        )
        if errors:
            return ack(response_action="errors", errors=errors)
        ack()
