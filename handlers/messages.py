"""Message events: read the payload into a typed message, hand it to intake. Nothing else."""

from __future__ import annotations

import logging
from collections.abc import Callable

from slack_bolt import App
from sqlalchemy.exc import DBAPIError

from bot.intake.service import DeletedMessage, EditedMessage, IncomingMessage
from policies.people import is_conversation

log = logging.getLogger("atento.handlers")


def workspace_of(body: dict, context) -> str:
    """The installing workspace: authorizations[0], never the envelope's team_id (Slack Connect)."""
    authorizations = body.get("authorizations") or []
    if authorizations and authorizations[0].get("team_id"):
        return authorizations[0]["team_id"]
    return context.get("team_id") or body.get("team_id") or ""


def author_team(event: dict) -> str | None:
    """The author's organisation: user_team, else the profile's team, else the event's team."""
    profile = event.get("user_profile") or {}
    return event.get("user_team") or profile.get("team") or event.get("team")


def read_message(body: dict, event: dict, context) -> IncomingMessage | EditedMessage | DeletedMessage | None:
    subtype = event.get("subtype")
    common = dict(
        event_id=str(body.get("event_id") or f"{event.get('channel')}:{event.get('ts')}"),
        workspace_id=workspace_of(body, context),
        channel_id=str(event.get("channel") or ""),
    )
    if subtype == "message_changed":
        new = event.get("message") or {}
        if not new.get("ts"):
            return None
        return EditedMessage(**common, ts=str(new["ts"]), text=str(new.get("text") or ""), file_names=file_names(new))
    if subtype == "message_deleted":
        if not event.get("deleted_ts"):
            return None
        return DeletedMessage(**common, deleted_ts=str(event["deleted_ts"]))
    if not is_conversation(subtype) or not event.get("ts") or not common["channel_id"]:
        return None
    return IncomingMessage(
        **common,
        ts=str(event["ts"]),
        user_id=event.get("user"),
        text=str(event.get("text") or "") or blocks_text(event.get("blocks")),
        thread_ts=event.get("thread_ts"),
        user_team=author_team(event),
        bot_id=event.get("bot_id"),
        subtype=subtype,
        is_ext_shared=bool(body.get("is_ext_shared_channel")),
        file_names=file_names(event),
        profile=event.get("user_profile"),
        channel_type=event.get("channel_type"),
    )


def file_names(message: dict) -> tuple[str, ...]:
    files = message.get("files") or []
    return tuple(str(f.get("name") or f.get("title") or "file") for f in files if isinstance(f, dict))


def blocks_text(blocks) -> str:
    """Text of a blocks-only message (rich_text elements), so its excerpt is not empty."""
    parts: list[str] = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "text" and isinstance(node.get("text"), str):
                parts.append(node["text"])
            elif isinstance(node.get("text"), dict):
                walk(node["text"])
            for key in ("elements", "fields"):
                walk(node.get(key))
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(blocks)
    return " ".join(p.strip() for p in parts if p.strip())


def store(services, body: dict, event: dict, context) -> None:
    """Hand a message event to intake, which puts it in the inbox."""
    message = read_message(body, event, context)
    if isinstance(message, IncomingMessage):
        services.intake.receive(message)
    elif isinstance(message, EditedMessage):
        services.intake.edited(message)
    elif isinstance(message, DeletedMessage):
        services.intake.deleted(message)


def register(app: App, services) -> None:
    @app.event("message")
    def on_message(body, event, context):
        store(services, body, event, context)


def inbox_shortcut(services) -> Callable[[dict], int | None]:
    """Message events go to the inbox without Bolt's routing: they are nearly all of the traffic and
    use none of its tools (no ack, say or client), and bench/ingest counts every microsecond here.

    Returns the HTTP status to answer, or None for anything else (Bolt routes it). Does what Bolt
    would: unknown workspaces are left to Bolt's authorize, the bot's own messages are dropped, and a
    database error is a 500 so that Slack retries.
    """

    def shortcut(body: dict) -> int | None:
        event = body.get("event")
        if body.get("type") != "event_callback" or not isinstance(event, dict) or event.get("type") != "message":
            return None
        installation = services.installations.receiving(workspace_of(body, {}))
        if installation is None:
            return None
        if event.get("user") == installation.bot_user_id or (
            event.get("bot_id") and event.get("bot_id") == installation.bot_id
        ):
            return 200
        try:
            store(services, body, event, {"team_id": installation.team_id})
        except DBAPIError as e:
            log.warning(
                "database unavailable (%s): answered 500 so that Slack retries",
                type(e.orig).__name__ if e.orig else type(e).__name__,
            )
            return 500
        except Exception as e:  # what Bolt's error handler would have logged
            log.error("a listener failed: %s", e, exc_info=e)
            return 500
        return 200

    return shortcut
