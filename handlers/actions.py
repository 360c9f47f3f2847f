"""Buttons and the message shortcut: read the press (handlers/payloads.py), call one service, answer
privately. Who may do what is the services' to decide."""

from __future__ import annotations

import json

from slack_bolt import App

from bot.requests.lookup import Answer

from .payloads import ButtonPress, read_button, read_shortcut


def register(app: App, services) -> None:
    def tell(press: ButtonPress, answer: Answer) -> None:
        """A private answer to whoever pressed, in the channel they pressed in."""
        if press.channel_id and press.user_id:
            services.claims.tell_privately(press.workspace_id, press.channel_id, press.user_id, answer)

    def claim(ack, body, context, *, confirmed: bool, confirmed_away: bool = False):
        ack()
        press = read_button(body, context)
        number = parse_number(press.value)
        if number is None:
            return
        answer = services.claims.claim(
            press.workspace_id,
            press.user_id,
            number,
            channel_id=press.channel_id,
            confirmed=confirmed,
            confirmed_away=confirmed_away,
            team_id=press.user_team,
        )
        tell(press, answer)

    @app.shortcut("claim_request")
    def on_shortcut(ack, body, context):
        """The message shortcut "Claim request" (only our workspace's members can run shortcuts)."""
        ack()
        use = read_shortcut(body, context)
        answer = services.claims.claim_from_message(
            use.workspace_id, use.user_id, use.channel_id, use.message_ts, use.thread_ts
        )
        if use.channel_id and use.user_id:
            services.claims.tell_privately(use.workspace_id, use.channel_id, use.user_id, answer)

    @app.action("claim_request")
    def on_claim(ack, body, context):
        claim(ack, body, context, confirmed=False)

    @app.action("claim_confirm")
    def on_confirm(ack, body, context):
        claim(ack, body, context, confirmed=False)

    @app.action("claim_takeover")
    def on_takeover(ack, body, context):
        claim(ack, body, context, confirmed=True)

    @app.action("claim_away")
    def on_claim_away(ack, body, context):
        """ "Claim anyway": the claimer is away and said yes (issue 17)."""
        claim(ack, body, context, confirmed=False, confirmed_away=True)

    @app.action("handoff_away")
    def on_handoff_away(ack, body, context):
        """ "Hand off anyway": the person it goes to is away and the actor said yes (issue 17)."""
        ack()
        press = read_button(body, context)
        handoff = parse_handoff(press.value)
        if handoff is None:
            return
        number, target, note = handoff
        tell(press, services.claims.hand_off(press.workspace_id, press.user_id, number, target, note, confirmed=True))

    @app.action("history_import")
    def on_history_import(ack, body, context):
        """*Import* on the offer of a channel's unanswered week (staff only, once: the service decides)."""
        ack()
        press = read_button(body, context)
        text = services.history.import_found(press.workspace_id, press.user_id, press.user_team, press.value)
        if press.channel_id and press.user_id:
            services.claims.tell_privately(press.workspace_id, press.channel_id, press.user_id, Answer(text))

    def remind(ack, body, context) -> None:
        ack()
        press = read_button(body, context)
        tell(press, Answer(services.availability.remind_when_back(press.workspace_id, press.user_id, press.value)))

    @app.action("remind_when_back")
    def on_remind_when_back(ack, body, context):
        """ "Remind me when they're back": a DM to the author at the customer's first working moment."""
        remind(ack, body, context)

    @app.action("send_later")
    def on_send_later(ack, body, context):
        """A button posted before issue 17 reminds too: the bot never re-posts a person's words (P7)."""
        remind(ack, body, context)

    @app.action("away_fix")
    def on_away_fix(ack, body, context):
        """ "That's not right" under a hold note: the customer (or staff) corrects or removes it."""
        ack()
        press = read_button(body, context)
        view = services.windows.fix_view(press.workspace_id, press.user_id, press.value, press.user_team)
        if isinstance(view, dict):
            services.open_view(press.workspace_id, press.trigger_id, view)
        else:
            tell(press, Answer(view))

    @app.action("away_confirm")
    def on_away_confirm(ack, body, context):
        """ "Record it": staff confirm a window over 90 days ahead."""
        ack()
        press = read_button(body, context)
        tell(press, Answer(services.windows.confirm(press.workspace_id, press.user_id, press.value, press.user_team)))

    def settle_promise(ack, body, context, use_case) -> None:
        ack()
        press = read_button(body, context)
        tell(press, Answer(use_case(press.workspace_id, press.user_id, press.value)))

    @app.action("promise_done")
    def on_promise_done(ack, body, context):
        settle_promise(ack, body, context, services.promises.done)

    @app.action("promise_undo")
    def on_promise_undo(ack, body, context):
        settle_promise(ack, body, context, services.promises.undo)

    def edit_promise(ack, body, context, mode: str) -> None:
        ack()
        press = read_button(body, context)
        view = services.promises.edit_view(press.workspace_id, press.user_id, press.value, mode)
        if isinstance(view, dict):
            services.open_view(press.workspace_id, press.trigger_id, view)
        else:
            tell(press, Answer(view))

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


def parse_handoff(value: str) -> tuple[int, str, str] | None:
    """A "Hand off anyway" button's value: the request's number, to whom, and the note."""
    try:
        read = json.loads(value)
        return int(read["n"]), str(read["to"]), str(read.get("note") or "")
    except (ValueError, KeyError, TypeError):
        return None


def parse_number(value: str) -> int | None:
    """A Claim button's value: the request's number."""
    try:
        return int(value)
    except ValueError:
        return None
