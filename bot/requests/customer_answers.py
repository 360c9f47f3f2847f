"""What the bot answers where customers read, when they (or staff inviting it) just did something (P1, P7):
the acknowledgement of a new request (never with a button), the echo of a window they stated, the state
of their request when they ask @Atento, the short help in a direct message, the introduction in a new
channel. The words are chosen here; every one of them goes out through the one gate
(bot.requests.customer_notices.answer), which sends answers at once.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.platform.models import Request, Unavailability
from bot.requests.customer_notices import answer, name_of, register_of
from bot.texts import customer_texts
from bot.texts.calendar_words import long_day, long_span
from policies.business_time import Schedule
from policies.window_echo import Echo, echo

ACK_REACTION = "ticket"


def acknowledge(session: Session, request, mode: str, now: datetime) -> int:
    """P1: the customer's visible record of a new request, per the channel's setting; never a button (P7):
    Claim lives on the triage post, the App Home and the message shortcut."""
    if mode == "reaction":
        args = {"channel": request.channel_id, "timestamp": request.thread_ts, "name": ACK_REACTION}
        method = "reactions.add"
    elif mode == "reply":
        text = customer_texts.say("ack", request.language, ref=request.reference)
        args = {"channel": request.channel_id, "thread_ts": request.thread_ts, "text": text}
        method = "chat.postMessage"
    else:
        return 0
    return int(
        answer(
            session,
            "ack",
            workspace_id=request.workspace_id,
            args=args,
            now=now,
            subject=f"request:{request.id}",
            dedupe_key=f"ack:{request.id}",
            method=method,
        )
    )


def tell_state(session: Session, message, request: Request, promised: tuple[datetime, str] | None, now) -> int:
    """A customer asked @Atento: their request's state, its owner's name, and a promised moment if any
    (`promised`: (due, the customer's zone))."""
    language, register = request.language, register_of(session, request.workspace_id, request.channel_id)
    if request.state == "resolved":
        text = customer_texts.say("resolved", language, register, ref=request.reference)
    elif request.owner_user_id is None:
        text = customer_texts.say("state_unclaimed", language, register, ref=request.reference)
    else:
        name = name_of(session, request.workspace_id, request.owner_user_id)
        text = customer_texts.say("owner", language, register, name=name, ref=request.reference)
        if promised is not None:
            when = _moment(promised[0], promised[1], language)
            text += " " + customer_texts.say("state_promised", language, register, name=name, when=when)
    return int(
        answer(
            session,
            "ack",
            workspace_id=request.workspace_id,
            args={"channel": request.channel_id, "thread_ts": request.thread_ts, "text": text},
            now=now,
            subject=f"request:{request.id}",
            dedupe_key=f"state:{message.channel_id}:{message.ts}",
        )
    )


def help_direct(session: Session, message, text: str, now: datetime) -> int:
    """A person wrote to the bot directly (perhaps a customer): the short help, at once."""
    return int(
        answer(
            session,
            "ack",
            workspace_id=message.workspace_id,
            args={"channel": message.channel_id, "text": text},
            now=now,
            subject=f"message:{message.ts}",
            dedupe_key=f"dm-help:{message.channel_id}:{message.ts}",
        )
    )


def introduce(session: Session, workspace_id: str, channel_id: str, now: datetime) -> int:
    """Once per channel, when invited: who the bot is, in both languages (we do not know theirs yet)."""
    text = "\n".join(customer_texts.say("intro", language) for language in ("en", "es"))
    return int(
        answer(
            session,
            "intro",
            workspace_id=workspace_id,
            args={"channel": channel_id, "text": text},
            now=now,
            subject=f"channel:{channel_id}",
            dedupe_key=f"intro:{workspace_id}:{channel_id}",
        )
    )


def echo_window(
    session: Session,
    message,
    window: Unavailability,
    *,
    thread_ts: str,
    language: str,
    schedule: Schedule,
    subject: str,
    now: datetime,
) -> int:
    """P5/P7: what was understood, exactly: the days away and the first working day we write again
    (weekends and their country's holidays skipped), with "That's not right" for the customer."""
    zone = ZoneInfo(schedule.tz)
    start, resume = window.start_at.astimezone(zone).date(), window.resume_at.astimezone(zone).date()
    said = echo(start, resume, schedule, now)
    if not isinstance(said, Echo):
        return 0
    register = register_of(session, message.workspace_id, message.channel_id)
    back = long_day(said.write_again_from, language)
    if said.future:
        key = "echo_company" if window.scope == "company" else "echo_person"
        days = long_span(said.first_day, _last_working(said, schedule), language)
        text = customer_texts.say(key, language, register, days=days, back=back)
    else:
        text = customer_texts.say("echo_now", language, register, back=back)
    button = {
        "type": "button",
        "action_id": "away_fix",
        "value": str(window.id),
        "text": {"type": "plain_text", "text": customer_texts.say("not_right", language)},
    }
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": text}}, {"type": "actions", "elements": [button]}]
    return int(
        answer(
            session,
            "window_echo",
            workspace_id=message.workspace_id,
            args={"channel": message.channel_id, "thread_ts": thread_ts, "text": text, "blocks": blocks},
            now=now,
            subject=subject,
            dedupe_key=f"hold:{message.workspace_id}:{message.channel_id}:{message.ts}",
        )
    )


def _last_working(said: Echo, schedule: Schedule) -> date:
    """The last day away worth naming: "closed Thursday and Friday, back Monday" is away Thu 17 – Fri 18,
    not until Sunday (the weekend after a window is no part of what they said)."""
    last = said.last_day
    while last > said.first_day and last.weekday() not in schedule.days:
        last -= timedelta(days=1)
    return last


def _moment(at: datetime, zone: str, language: str) -> str:
    """'Friday 18 December, 17:00' / 'viernes 18 de diciembre, 17:00', in the customer's zone."""
    local = at.astimezone(ZoneInfo(zone))
    return f"{long_day(local, language)}, {local:%H:%M}"
