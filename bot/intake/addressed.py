"""The bot addressed (issue 16): a customer who asks @Atento in a request's thread hears the request's
state there; staff who mention it get a private help; a direct message gets a short help (P7)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.platform.models import Promise, Request
from bot.requests import customer_answers
from bot.requests.customer_facts import customer_facts
from bot.slack import outbox
from bot.texts import answers
from bot.texts.language import person_language
from policies.understanding.text import guess_language


def mentions(message, bot_user_id: str | None) -> bool:
    return bool(bot_user_id) and f"<@{bot_user_id}" in (message.text or "")


def tell_state(session: Session, message, request_id: int, now: datetime) -> int:
    """The request's state, in its thread and its language: reference, owner's name, promised time if any."""
    request = session.get(Request, request_id)
    if request is None:
        return 0
    promised = None
    if request.state == "open" and request.owner_user_id is not None:
        promise = session.scalars(
            select(Promise)
            .where(Promise.request_id == request.id, Promise.state == "open")
            .order_by(Promise.due_at.desc())
        ).first()
        if promise is not None:
            _, zone = customer_facts(session, request, now)
            promised = (promise.due_at, zone)
    return customer_answers.tell_state(session, message, request, promised, now)


def help_staff(session: Session, message, now: datetime) -> int:
    """Staff who mention the bot: a private, short help in the channel."""
    language = person_language(session, message.workspace_id, message.user_id)
    return outbox.queue(
        session,
        now=now,
        workspace_id=message.workspace_id,
        method="chat.postEphemeral",
        args={
            "channel": message.channel_id,
            "user": message.user_id,
            "text": answers.say("mention_help", language),
        },
        purpose="hint",
        subject=f"message:{message.ts}",
        dedupe_key=f"mention-help:{message.channel_id}:{message.ts}",
    )


def help_direct(session: Session, message, role: str, now: datetime) -> int:
    """A direct message to the bot (Messages tab on): a short help, in the writer's language."""
    if role == "staff":
        language = person_language(session, message.workspace_id, message.user_id)
    else:
        language = guess_language(message.text or "")
    return customer_answers.help_direct(session, message, answers.say("dm_help", language), now)
