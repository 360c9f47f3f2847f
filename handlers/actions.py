"""Buttons: the Claim button (triage post, acknowledgement) and the confirmations it leads to."""

from __future__ import annotations

from slack_bolt import App

from bot.requests.lookup import Answer
from bot.texts.answers import say as text_of

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

    @app.action("history_import")
    def on_history_import(ack, body, context):
        """*Import* on the offer of a channel's unanswered week (staff only, once: the service decides)."""
        ack()
        user = body.get("user") or {}
        channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
        value = ((body.get("actions") or [{}])[0]).get("value") or ""
        text = services.history.import_found(installation_of(context), user.get("id", ""), user.get("team_id"), value)
        if channel and user.get("id"):
            services.claims.tell_privately(installation_of(context), channel, user["id"], Answer(text))

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

    @app.action("away_fix")
    def on_away_fix(ack, body, context):
        """ "That's not right" under a hold note: the customer (or staff) corrects or removes it."""
        ack()
        workspace = installation_of(context)
        user = body.get("user") or {}
        staff = services.claims.know(workspace, user.get("id", ""), user.get("team_id")).role == "staff"
        value = ((body.get("actions") or [{}])[0]).get("value") or ""
        view = services.windows.fix_view(workspace, user.get("id", ""), value, staff)
        if isinstance(view, dict):
            services.open_view(workspace, body.get("trigger_id", ""), view)
        else:
            channel = (body.get("channel") or {}).get("id")
            if channel:
                services.claims.tell_privately(workspace, channel, user.get("id", ""), Answer(view))

    @app.action("away_confirm")
    def on_away_confirm(ack, body, context):
        """ "Record it": staff confirm a window over 90 days ahead."""
        ack()
        workspace = installation_of(context)
        user = (body.get("user") or {}).get("id", "")
        channel = (body.get("channel") or {}).get("id")
        if services.claims.know(workspace, user).role != "staff":
            text = text_of("only_staff:away", services.claims.language_of(workspace, user))
        else:
            text = services.windows.confirm(workspace, user, ((body.get("actions") or [{}])[0]).get("value") or "")
        if channel:
            services.claims.tell_privately(workspace, channel, user, Answer(text))

    def promise_button(body) -> tuple[str, str, str | None]:
        user = (body.get("user") or {}).get("id", "")
        value = ((body.get("actions") or [{}])[0]).get("value") or ""
        channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
        return user, value, channel

    def settle_promise(ack, body, context, use_case) -> None:
        ack()
        user, value, channel = promise_button(body)
        text = use_case(installation_of(context), user, value)
        if channel and user:
            services.claims.tell_privately(installation_of(context), channel, user, Answer(text))

    @app.action("promise_done")
    def on_promise_done(ack, body, context):
        settle_promise(ack, body, context, services.promises.done)

    @app.action("promise_undo")
    def on_promise_undo(ack, body, context):
        settle_promise(ack, body, context, services.promises.undo)

    def edit_promise(ack, body, context, mode: str) -> None:
        ack()
        user, value, channel = promise_button(body)
        workspace = installation_of(context)
        view = services.promises.edit_view(workspace, user, value, mode)
        if isinstance(view, dict):
            services.open_view(workspace, body.get("trigger_id", ""), view)
        elif channel and user:
            services.claims.tell_privately(workspace, channel, user, Answer(view))

    @app.action("promise_more_time")
    def on_promise_more_time(ack, body, context):
        edit_promise(ack, body, context, "more")

    @app.action("promise_change")
    def on_promise_change(ack, body, context):
        edit_promise(ack, body, context, "change")

    @app.action("promise_open")
    def on_promise_open(ack):
        """A link button: Slack opens the thread; the click still comes here and is acknowledged."""
        ack()
