"""The effects of reading the conversation (issue 16, P8): a chase reaches the owner at once, a problem
that comes back reopens its request, a staff answer posted top-level is hinted into the thread.

Called by intake inside the inbox's transaction; every Slack call is an outbox row.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from bot.platform.models import Channel, Person, Request
from bot.platform.settings import WorkspaceSettings, workspace_settings
from bot.requests import escalations, people, staff_time
from bot.requests.home_refresh import schedule_refresh
from bot.requests.rows import record_event
from bot.slack import outbox
from bot.texts import render, staff_texts
from bot.texts.language import team_language
from policies.staff_availability import Targets

CHASE_EVERY_MINUTES = 10  # "??" three times in a minute is one chase for the owner


def chased(session: Session, request, message, now: datetime) -> int:
    """P8: "any update?" is urgent: the owner hears at once with the thread link; without an owner,
    the triage channel (else the lead). The customer's waiting clock was restarted by intake."""
    row = session.get(Request, request.id)
    record_event(session, request.id, message.user_id, "chased", {"ts": message.ts}, now)
    language, link, settings = _team(session, row)
    customer = people.customer_name(session, row)
    bucket = int(message.posted_at.timestamp()) // (CHASE_EVERY_MINUTES * 60)
    excerpt = render.short(message.text or "", 150)
    if row.owner_user_id:
        text = staff_texts.say("chased_owner", language, customer=customer, ref=row.reference, said=excerpt, link=link)
        # Issue 17: an owner who is off now is skipped for the lead; nobody reachable now, the owner hears first thing.
        targets = escalations.reachable_targets(session, row.workspace_id, [row.owner_user_id], settings.lead, now)
        to = targets.to[0] if isinstance(targets, Targets) else row.owner_user_id
        return staff_time.direct_message(
            session,
            now=now,
            workspace_id=row.workspace_id,
            user_id=to,
            text=text,
            purpose="escalation",
            subject=f"request:{row.id}",
            dedupe_key=f"chased:{row.id}:{bucket}",
        )
    text = staff_texts.say("chased_unowned", language, customer=customer, ref=row.reference, said=excerpt, link=link)
    return _to_triage(session, row, text, language, settings, now, f"chased:{row.id}:{bucket}")


def reopen(session: Session, request, message, now: datetime) -> int:
    """P8: the problem is back within the reopen window: the request is open again, with the same owner
    when they are still on the team (told at once), else back to triage, unclaimed. Audited."""
    row = session.get(Request, request.id)
    owner = session.get(Person, (row.workspace_id, row.owner_user_id)) if row.owner_user_id else None
    keeps_owner = owner is not None and owner.role == "staff" and not owner.deleted
    values = {"state": "open", "resolved_at": None}
    if not keeps_owner:
        values.update(owner_user_id=None, claimed_at=None)
    session.execute(update(Request).where(Request.id == row.id).values(**values))
    session.refresh(row)
    record_event(
        session,
        row.id,
        message.user_id,
        "reopened",
        {"ts": message.ts, "owner": row.owner_user_id} if keeps_owner else {"ts": message.ts},
        now,
    )
    language, link, settings = _team(session, row)
    customer = people.customer_name(session, row)
    excerpt = render.short(message.text or "", 150)
    schedule_refresh(session, row.workspace_id, [row.owner_user_id], now)
    if keeps_owner:
        text = staff_texts.say(
            "reopened_owner", language, customer=customer, ref=row.reference, said=excerpt, link=link
        )
        return staff_time.direct_message(  # held to the owner's working time (issue 17)
            session,
            now=now,
            workspace_id=row.workspace_id,
            user_id=row.owner_user_id,
            text=text,
            purpose="escalation",
            subject=f"request:{row.id}",
            dedupe_key=f"reopened:{row.id}:{message.ts}",
        )
    escalations.start_unclaimed_ladder(session, row.workspace_id, row.id, message.posted_at, now, row.channel_id)
    text = staff_texts.say("reopened_unowned", language, customer=customer, ref=row.reference, said=excerpt, link=link)
    return _to_triage(session, row, text, language, settings, now, f"reopened:{row.id}:{message.ts}")


def hint_thread(session: Session, request, message, now: datetime) -> int:
    """A staff member answered in the channel instead of the thread: once a day, privately, a hint to
    answer in the thread (the customer is notified there and the record stays in one place)."""
    row = session.get(Request, request.id)
    language, link, _ = _team(session, row)
    customer = people.customer_name(session, row)
    text = staff_texts.say("answer_in_thread", language, customer=customer, ref=row.reference, link=link)
    return outbox.queue(
        session,
        now=now,
        workspace_id=row.workspace_id,
        method="chat.postEphemeral",
        args={"channel": message.channel_id, "user": message.user_id, "text": text},
        purpose="hint",
        subject=f"request:{row.id}",
        dedupe_key=f"thread-hint:{row.workspace_id}:{message.user_id}:{message.posted_at.date().isoformat()}",
    )


def _team(session: Session, row: Request) -> tuple[str, str, WorkspaceSettings]:
    settings = workspace_settings(session, row.workspace_id)
    link = render.thread_link(settings.url, row.channel_id, row.thread_ts)
    return team_language(session, row.workspace_id), link, settings


def _to_triage(session: Session, row: Request, text: str, language: str, settings: dict, now, dedupe: str) -> int:
    channel = session.get(Channel, (row.workspace_id, row.channel_id))
    target = (channel.triage_channel_id if channel else None) or settings.lead
    if not target:
        return 0
    return outbox.queue(
        session,
        now=now,
        workspace_id=row.workspace_id,
        method="chat.postMessage",
        args={
            "channel": target,
            "text": text,
            "blocks": render.with_claim_button(text, row.number, language),
            "unfurl_links": False,
        },
        purpose="escalation",
        subject=f"request:{row.id}",
        dedupe_key=dedupe,
    )
