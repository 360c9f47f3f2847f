"""Slash commands: read the text into arguments, call the claims service, answer privately."""

from __future__ import annotations

import re

from slack_bolt import App

from bot.texts.answers import say as text_of
from policies.claims import parse_reference

from .payloads import installation_of

_MENTION = re.compile(r"^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$")


def say(ack, text: str, blocks: list | None = None) -> None:
    """A private (ephemeral) answer, always in Slack's JSON form."""
    ack(text=text, blocks=blocks, response_type="ephemeral")


def reply(ack, answer) -> None:
    say(ack, answer.text, answer.blocks)


def register(app: App, services) -> None:
    claims = services.claims

    def answer(ack, asked, context, key: str, **values) -> None:
        """A fixed answer (usage, help, refusal) in the language of the person who ran the command."""
        say(ack, text_of(key, claims.language_of(installation_of(context), asked["user_id"]), **values))

    @app.command("/claim")
    def on_claim(ack, command, context):
        words = (command.get("text") or "").split()
        number = parse_reference(words[0]) if words else None
        if len(words) > 1 or (words and number is None):
            return answer(ack, command, context, "usage:/claim")
        reply(
            ack,
            claims.claim(installation_of(context), command["user_id"], number, channel_id=command.get("channel_id")),
        )

    @app.command("/release")
    def on_release(ack, command, context):
        words = (command.get("text") or "").split()
        number = parse_reference(words[0]) if len(words) == 1 else None
        if number is None:
            return answer(ack, command, context, "usage:/release")
        reply(ack, claims.release(installation_of(context), command["user_id"], number))

    @app.command("/resolve")
    def on_resolve(ack, command, context):
        words = (command.get("text") or "").split(maxsplit=1)
        number = parse_reference(words[0]) if words else None
        if number is None:
            return answer(ack, command, context, "usage:/resolve")
        note = words[1] if len(words) > 1 else ""
        reply(ack, claims.resolve(installation_of(context), command["user_id"], number, note))

    @app.command("/handoff")
    def on_handoff(ack, command, context):
        words = (command.get("text") or "").split(maxsplit=2)
        number = parse_reference(words[0]) if words else None
        target = _MENTION.match(words[1]) if len(words) > 1 else None
        if number is None or target is None:
            return answer(ack, command, context, "usage:/handoff")
        note = words[2] if len(words) > 2 else ""
        reply(ack, claims.hand_off(installation_of(context), command["user_id"], number, target.group(1), note))

    @app.command("/requests")
    def on_requests(ack, command, context):
        what = (
            (command.get("text") or "").strip().lower()
            if not (command.get("text") or "").strip().startswith("<")
            else command["text"].strip()
        )
        reply(ack, claims.listing(installation_of(context), command["user_id"], command.get("channel_id"), what))

    @app.command("/promise")
    def on_promise(ack, command, context):
        reply(ack, services.promises.command(installation_of(context), command["user_id"], command.get("text") or ""))

    @app.command("/away")
    def on_away(ack, command, context):
        words = (command.get("text") or "").split()
        if words[:1] == ["me"]:  # the staff member's own time (issue 17)
            return say(ack, services.staff_time.away(installation_of(context), command["user_id"], words[1:]))
        say(ack, services.away.run(installation_of(context), command["user_id"], command.get("text") or ""))

    @app.command("/atento")
    def on_atento(ack, command, context):
        words = (command.get("text") or "").split()
        if words[:2] == ["digest", "me"]:
            return say(ack, services.staff_time.day_note(installation_of(context), command["user_id"], words[2:]))
        if words[:1] == ["me"]:
            return say(ack, services.staff_time.me(installation_of(context), command["user_id"], words[1:]))
        if words[:1] == ["digest"]:
            workspace = installation_of(context)
            return say(
                ack, services.digests.command(workspace, command["user_id"], words[1:], command.get("channel_id"))
            )
        if words[:1] == ["record"]:
            return say(ack, services.records.command(installation_of(context), command["user_id"], words[1:]))
        if words[:1] == ["settings"]:
            workspace = installation_of(context)
            view = services.settings.open(workspace, command.get("channel_id"), command["user_id"])
            if isinstance(view, str):
                return say(ack, view)
            ack()
            services.open_view(workspace, command.get("trigger_id", ""), view)
            return None
        answer(ack, command, context, "help")

    # Registered last: an unknown or not-yet-built command gets a clear ephemeral answer.
    @app.command(re.compile(".*"))
    def on_any_command(ack, command, context):
        answer(ack, command, context, "unavailable", command=str(command.get("command") or "that command"))
