"""Buttons: the Claim button (triage post, acknowledgement) and the confirmations it leads to."""

from __future__ import annotations

from slack_bolt import App

from bot.claims import Answer

from .commands import installation_of


def register(app: App, services) -> None:
    def claim(ack, body, context, *, confirmed: bool):
        ack()
        user = body.get("user") or {}
        action = (body.get("actions") or [{}])[0]
        channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
        try:
            number = int(action.get("value") or "")
        except ValueError:
            return
        answer = services.claims.claim(
            installation_of(context),
            user.get("id", ""),
            number,
            channel_id=channel,
            confirmed=confirmed,
            team_id=user.get("team_id"),
        )
        if channel and user.get("id"):
            services.claims.tell_privately(installation_of(context), channel, user["id"], answer)

    @app.shortcut("claim_request")
    def on_shortcut(ack, body, context):
        """The message shortcut "Claim request" (only our workspace's members can run shortcuts)."""
        ack()
        user = (body.get("user") or {}).get("id", "")
        channel = (body.get("channel") or {}).get("id", "")
        message = body.get("message") or {}
        ts = message.get("ts") or body.get("message_ts") or ""
        answer = services.claims.claim_from_message(
            installation_of(context), user, channel, ts, message.get("thread_ts")
        )
        if channel and user:
            services.claims.tell_privately(installation_of(context), channel, user, answer)

    @app.action("claim_request")
    def on_claim(ack, body, context):
        claim(ack, body, context, confirmed=False)

    @app.action("claim_confirm")
    def on_confirm(ack, body, context):
        claim(ack, body, context, confirmed=False)

    @app.action("claim_takeover")
    def on_takeover(ack, body, context):
        claim(ack, body, context, confirmed=True)

    @app.action("send_later")
    def on_send_later(ack, body, context):
        """ "Send it then instead": schedule the author's message for when the customer is back."""
        ack()
        user = (body.get("user") or {}).get("id", "")
        channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
        value = ((body.get("actions") or [{}])[0]).get("value") or ""
        text = services.availability.send_later(installation_of(context), user, value)
        if channel and user:
            services.claims.tell_privately(installation_of(context), channel, user, Answer(text))
