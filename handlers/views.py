"""Modal submissions: settings, availability corrections, promise changes. Read the submission
(handlers/payloads.py), call one service, answer with its errors or close the modal."""

from __future__ import annotations

from slack_bolt import App

from .payloads import read_submission


def answer(ack, errors: dict[str, str] | None) -> None:
    if errors:
        return ack(response_action="errors", errors=errors)
    ack()


def register(app: App, services) -> None:
    @app.view("atento_settings")
    def on_settings(ack, body, context):
        sent = read_submission(body, context)
        errors = services.settings.save(
            sent.workspace_id, sent.private_metadata or None, sent.values, sent.user_id, sent.user_team
        )
        answer(ack, errors)

    @app.view("away_fix")
    def on_away_fix(ack, body, context):
        sent = read_submission(body, context)
        errors = services.windows.apply_fix(
            sent.workspace_id, sent.user_id, sent.private_metadata, sent.values, sent.user_team
        )
        answer(ack, errors)

    @app.view("promise_edit")
    def on_promise_edit(ack, body, context):
        """ "Need more time" or "Change": a later moment, checked before the modal closes."""
        sent = read_submission(body, context)
        answer(ack, services.promises.apply_edit(sent.workspace_id, sent.user_id, sent.private_metadata, sent.values))
