"""The one gate for the bot's own customer-facing messages (P5, P7; issue 17).

Every message the bot posts where a customer reads (their thread, their channel, their DM with the bot)
is queued here, and only here, after the pure policy (policies.notices.gate) said when:

- answers to what the customer just did (the acknowledgement, the echo of a window they stated, the
  state of their request when they ask @Atento, the introduction in a new channel) go at once
  (`answer`; their words: bot.requests.customer_answers);
- notices the bot sends on its own (claim, handoff, resolution) wait while the customer or their
  company is in a stated window or opted out, and outside their working hours unless they wrote in
  the last 30 minutes. Waiting notices are kept on one timer per request (`customer.notice`) and fold
  into one true message when it fires ("Bea Ruiz is taking care of REQ-1"), or into nothing (the
  request was resolved meanwhile and nobody said so); the customer writing wakes it early;
- a message a staff member asked for by a click (an honest "need more time") goes at once; the
  caller hears whether the customer is away, and until when, to tell the staff member.

Each row this module queues carries the gate's kind in its payload (`gate`): what the outbox shows
was let through. tests/unit/test_customer_gate.py checks that no other module posts where customers read,
and that only this module and customer_answers word what customers read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.platform import timers
from bot.platform.models import Person, Request, Timer
from bot.platform.settings import channel_settings
from bot.requests import people
from bot.requests.customer_facts import customer_facts
from bot.slack import outbox
from bot.texts import customer_texts
from bot.texts.calendar_words import long_day
from policies import notices as rules
from policies.timers import Done, Outcome, Reschedule, Skip

NOTICE = "customer.notice"
RECHECK_HELD = timedelta(days=1)  # an opt-out has no end: look again daily (the customer writing wakes it at once)

PURPOSE = {
    "ack": "ack",
    "window_echo": "hold",
    "intro": "intro",
    "claim": "claim",
    "handoff": "claim",
    "resolution": "claim",
    "reopened": "claim",
    "requested_update": "promise",
}
TEXT_OF_FOLD = {  # policies.notices.fold_notices' kind -> the customer text that says it
    rules.OWNER_NOW: "owner",
    "claim": "owner",
    "handoff": "handed_off",
    rules.RESOLVED: "resolved",
    rules.REOPENED: "reopened",
}


# -- the one way out -------------------------------------------------------------------------------
def _queue(
    session: Session,
    kind: str,
    *,
    workspace_id: str,
    args: dict,
    now: datetime,
    subject: str,
    dedupe_key: str | None = None,
    method: str = "chat.postMessage",
) -> bool:
    """Queue what the gate let through, marked with its kind. Callers have asked `rules.gate` first."""
    return outbox.queue(
        session,
        now=now,
        workspace_id=workspace_id,
        method=method,
        args=args,
        purpose=PURPOSE[kind],
        subject=subject,
        dedupe_key=dedupe_key,
        gate=kind,
    )


def answer(
    session: Session,
    kind: str,
    *,
    workspace_id: str,
    args: dict,
    now: datetime,
    subject: str,
    dedupe_key: str | None = None,
    method: str = "chat.postMessage",
) -> bool:
    """An answer to what the customer (or staff inviting us) just did: the gate lets it go at once.
    Its words come from bot.requests.customer_answers."""
    verdict = rules.gate(kind, None, None, now)
    if not isinstance(verdict, rules.SendNow):  # the policy sends answers at once; a change there shows here
        raise ValueError(f"{kind!r} is not an answer the gate sends at once: {verdict}")
    return _queue(
        session,
        kind,
        workspace_id=workspace_id,
        args=args,
        now=now,
        subject=subject,
        dedupe_key=dedupe_key,
        method=method,
    )


def register_of(session: Session, workspace_id: str, channel_id: str | None) -> str:
    """The channel's Spanish register for customers: "usted" unless it chose "tu"."""
    return channel_settings(session, workspace_id, channel_id).register


# -- a staff member's click --------------------------------------------------------------------------
def requested_update(
    session: Session, request: Request, author_id: str, until: datetime, note: str, now: datetime, dedupe_key: str
) -> rules.SendNow:
    """ "Update from Ana on REQ-12: we need until Monday 21 December — <note>", at once (they clicked for
    it); returns the gate's verdict: whether the customer is away, and until when, for the confirmation."""
    facts, zone = customer_facts(session, request, now)
    verdict = rules.gate("requested_update", facts, _last_wrote(session, request, None), now)
    language = request.language if request.language in ("en", "es") else "en"
    name = name_of(session, request.workspace_id, author_id)
    when = long_day(until.astimezone(ZoneInfo(zone)), language)
    text = customer_texts.say("update", language, name=name, ref=request.reference, until=when)
    text = f"{text} — {note}" if note else f"{text}."
    args = {"channel": request.channel_id, "thread_ts": request.thread_ts, "text": text}
    _queue(
        session,
        "requested_update",
        workspace_id=request.workspace_id,
        args=args,
        now=now,
        subject=f"request:{request.id}",
        dedupe_key=dedupe_key,
    )
    return verdict


# -- the bot's own notices ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Held:
    """A notice kept for later: looked at again `until` (None: when they write again, they opted out);
    `zone` is the customer's, to say it in their time."""

    until: datetime | None
    zone: str


def notice(session: Session, request: Request, kind: str, owner_id: str | None, now: datetime) -> Held | None:
    """A claim, handoff or resolution notice: now if the customer may hear it now and nothing is held for
    them (None); else kept with what is held, to fold into one message when they are back (Held)."""
    if kind not in rules.OWN:
        raise ValueError(f"{kind!r} is not a notice the bot sends on its own")
    facts, zone = customer_facts(session, request, now)
    verdict = rules.gate(kind, facts, _last_wrote(session, request, None), now)
    held = _held(session, request.id)
    if isinstance(verdict, rules.SendNow) and held is None:
        only = [_pending(0, request.id, kind, owner_id, now)]
        _send_folded(session, request, rules.fold_notices(only, request.state, request.owner_user_id), now)
        return None
    entry = {"kind": kind, "owner": owner_id, "queued_at": now.isoformat()}
    due = _due(verdict, now)
    told = None if isinstance(verdict, rules.SendNow) else Held(None if isinstance(verdict, rules.Hold) else due, zone)
    if held is not None:
        held.payload = {**held.payload, "notices": [*held.payload.get("notices", []), entry]}
        held.due_at = min(held.due_at, due) if isinstance(verdict, rules.SendNow) else due
        return told
    timers.schedule(
        session,
        kind=NOTICE,
        subject=f"request:{request.id}:notice",
        due_at=due,
        now=now,
        workspace_id=request.workspace_id,
        payload={"request": request.id, "customer": request.customer_user_id, "notices": [entry]},
        priority=1,
    )
    return told


def on_notice(ctx) -> Outcome:
    """Fire time: may the customer hear now? Then the held notices fold into one true message, or none."""
    request = ctx.session.get(Request, ctx.timer.payload["request"])
    if request is None:
        return Skip("the request is gone")
    entries = ctx.timer.payload.get("notices") or []
    if not entries:
        return Skip("nothing held")
    pending = [
        _pending(n, request.id, e["kind"], e.get("owner"), datetime.fromisoformat(e["queued_at"]))
        for n, e in enumerate(entries)
    ]
    facts, _ = customer_facts(ctx.session, request, ctx.now)
    wrote = ctx.timer.payload.get("wrote_at")
    verdict = rules.gate(pending[-1].kind, facts, _last_wrote(ctx.session, request, wrote), ctx.now)
    if not isinstance(verdict, rules.SendNow):
        return Reschedule(_due(verdict, ctx.now), f"held: {verdict.reason}")
    folded = rules.fold_notices(pending, request.state, request.owner_user_id)
    if folded is None:
        return Skip(f"{len(pending)} held notice(s), nothing left to say: the request is {request.state}")
    _send_folded(ctx.session, request, folded, ctx.now, dedupe_key=f"notice:{ctx.timer.id}")
    return Done(f"{len(pending)} held notice(s) told as one: {folded.kind}")


def wake(session: Session, workspace_id: str, customer_id: str, wrote_at: datetime, now: datetime) -> None:
    """The customer wrote: what is held for them is looked at again now (they may be at their desk)."""
    held = _customers_with_held(session, workspace_id)
    if customer_id not in held:
        return
    for timer in session.scalars(
        select(Timer).where(Timer.id.in_(held[customer_id]), Timer.state == "pending").with_for_update()
    ):
        timer.due_at = min(timer.due_at, now)
        timer.payload = {**timer.payload, "wrote_at": wrote_at.isoformat()}


# -- helpers -------------------------------------------------------------------------------------------
def _send_folded(
    session: Session, request: Request, folded: rules.FoldedNotice | None, now: datetime, dedupe_key=None
) -> bool:
    if folded is None:
        return False
    reopened_with_owner = folded.kind == rules.REOPENED and folded.owner is not None
    key = "owner" if reopened_with_owner else TEXT_OF_FOLD[folded.kind]
    if key == "resolved" and not channel_settings(session, request.workspace_id, request.channel_id).tell_resolved:
        return False
    register = register_of(session, request.workspace_id, request.channel_id)
    name = name_of(session, request.workspace_id, folded.owner) if folded.owner else ""
    text = customer_texts.say(key, request.language, register, name=name, ref=request.reference)
    kind = {"owner": "claim", "handed_off": "handoff", "resolved": "resolution", "reopened": "reopened"}[key]
    args = {"channel": request.channel_id, "thread_ts": request.thread_ts, "text": text}
    return _queue(
        session,
        kind,
        workspace_id=request.workspace_id,
        args=args,
        now=now,
        subject=f"request:{request.id}",
        dedupe_key=dedupe_key or (f"resolved:{request.id}:{now.isoformat()}" if key == "resolved" else None),
    )


def _pending(notice_id, request_id: int, kind: str, owner: str | None, at: datetime) -> rules.PendingNotice:
    return rules.PendingNotice(notice_id, request_id, kind, owner, at)


def _due(verdict: rules.Gate, now: datetime) -> datetime:
    if isinstance(verdict, rules.SendAt):
        return verdict.moment
    if isinstance(verdict, rules.Hold):
        return now + RECHECK_HELD
    return now


def _held(session: Session, request_id: int) -> Timer | None:
    return session.scalars(
        select(Timer)
        .where(Timer.kind == NOTICE, Timer.subject == f"request:{request_id}:notice", Timer.state == "pending")
        .order_by(Timer.id)
        .with_for_update()
    ).first()


def _customers_with_held(session: Session, workspace_id: str) -> dict[str, list[int]]:
    """Customer -> their held-notice timers, read once per unit of work (most messages wake nothing)."""
    known = session.info.setdefault("held_notices", {})
    if workspace_id not in known:
        rows = session.execute(
            select(Timer.id, Timer.payload).where(
                Timer.state == "pending", Timer.kind == NOTICE, Timer.workspace_id == workspace_id
            )
        ).all()
        held: dict[str, list[int]] = {}
        for timer_id, payload in rows:
            held.setdefault((payload or {}).get("customer") or "", []).append(timer_id)
        known[workspace_id] = held
    return known[workspace_id]


def _last_wrote(session: Session, request: Request, woke: str | None) -> datetime | None:
    """When this customer last wrote to us (any of their requests in the workspace), or woke the notice."""
    last = session.scalar(
        select(func.max(Request.last_customer_at)).where(
            Request.workspace_id == request.workspace_id, Request.customer_user_id == request.customer_user_id
        )
    )
    moments = [m for m in (last, datetime.fromisoformat(woke) if woke else None) if m is not None]
    return max(moments) if moments else None


def name_of(session: Session, workspace_id: str, user_id: str) -> str:
    return people.display_name(session.get(Person, (workspace_id, user_id)), f"<@{user_id}>")
