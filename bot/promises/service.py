"""Promises (P4): a moment staff committed to is tracked; the owner is reminded before it passes,
can say "done" or ask for more time honestly, and hears at once when it has passed.

Promises come from staff replies in a request's thread (the understanding policy) and from
`/promise`. A newer promise replaces the open one (renegotiated). Reminders and the deadline
check are timers: each re-reads the promise when it fires, so a kept promise stays quiet.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

import bot.requests.staff_time as staff_time
from bot.availability.statements import customer_facts
from bot.platform import timers
from bot.platform.clock import Clock
from bot.platform.db import read_only, unit_of_work
from bot.platform.models import Person, Promise, Request, RequestEvent
from bot.platform.settings import workspace_settings
from bot.platform.timers import FireContext
from bot.requests import corrections, customer_notices, lookup, ownership, people
from bot.requests.home_refresh import schedule_refresh
from bot.requests.rows import record_event
from bot.slack import outbox
from bot.texts import answers, render, staff_time_texts
from bot.texts.language import person_language
from bot.texts.promise_texts import buttons, duration, listing, say, section, short_moment
from bot.texts.promise_texts import moment as when
from policies import claims as claim_rules
from policies import promises as rules
from policies import staff_availability as staff_rules
from policies.availability import status_reads_as_away
from policies.business_time import Schedule
from policies.timers import Done, Outcome, Reschedule, Skip
from policies.understanding import moment as read_moment
from policies.understanding import understand

REMIND, DUE = "promise.reminder", "promise.due"


# -- reading the facts ---------------------------------------------------------------------------
def zone_of(session: Session, workspace_id: str, user_id: str | None) -> str:
    """A staff member's timezone: their Slack profile's, else the team's working hours'."""
    person = session.get(Person, (workspace_id, user_id)) if user_id else None
    return (person.tz if person else None) or workspace_settings(session, workspace_id).tz


def owner_hours(session: Session, workspace_id: str, owner_id: str) -> Schedule:
    """The owner's working hours for their reminders: the team's in their zone, or their own (`/atento me
    hours`, issue 17) when they are a day shift (a night shift's reminders are held to it when they fire)."""
    team_hours = workspace_settings(session, workspace_id).hours
    own = staff_time.hours_of(session, workspace_id, owner_id)
    if own.overnight:
        return dataclasses.replace(team_hours, tz=own.tz)
    return dataclasses.replace(team_hours, tz=own.tz, start=own.start, end=own.end)


def open_promises(session: Session, request_id: int, *, lock: bool = False) -> list[Promise]:
    query = select(Promise).where(Promise.request_id == request_id, Promise.state == "open").order_by(Promise.id)
    return list(session.scalars(query.with_for_update() if lock else query))


# -- making, replacing and closing ----------------------------------------------------------------
def track(
    session: Session,
    request: Request,
    promiser_id: str,
    due: datetime,
    now: datetime,
    *,
    sentence: str,
    source: str,
    source_ts: str | None = None,
    promised_at: datetime | None = None,
) -> tuple[Promise, list[datetime], bool]:
    """Record a promise (replacing the open one), make the promiser the owner if nobody is, and
    schedule the reminders and the deadline check. Returns the promise, its reminders, and
    whether the promiser just became the owner."""
    replaced = open_promises(session, request.id, lock=True)
    for old in replaced:
        close(session, old, promiser_id, "renegotiated", source, now)
    became_owner = request.owner_user_id is None
    if became_owner:
        ownership.take(session, request, promiser_id, now, how="promise")
    promise = Promise(
        workspace_id=request.workspace_id,
        request_id=request.id,
        promiser_user_id=promiser_id,
        owner_user_id=request.owner_user_id,
        promised_at=promised_at or now,
        due_at=due,
        tz=zone_of(session, request.workspace_id, promiser_id),
        sentence=sentence[:500],
        source=source,
        source_ts=source_ts,
        supersedes_id=replaced[-1].id if replaced else None,
        state="open",
        created_at=now,
    )
    session.add(promise)
    session.flush()
    record_event(
        session,
        request.id,
        promiser_id,
        "promise_renegotiated" if replaced else "promise_made",
        {"promise": promise.id, "due": due.isoformat(), "sentence": sentence[:500], "source": source},
        now,
    )
    schedule_refresh(session, request.workspace_id, [promise.owner_user_id], now)
    return promise, schedule_checks(session, promise, now), became_owner


def schedule_checks(session: Session, promise: Promise, now: datetime) -> list[datetime]:
    """The reminders (pure policy, in the owner's working hours) and the check at the deadline."""
    plan = workspace_settings(session, promise.workspace_id).promises
    hours = owner_hours(session, promise.workspace_id, promise.owner_user_id)
    moments = [m for m in rules.reminders(now, promise.due_at, hours, plan) if m > now]
    subject = f"promise:{promise.id}"
    for at in moments:
        timers.schedule(
            session,
            kind=REMIND,
            subject=subject,
            due_at=at,
            now=now,
            workspace_id=promise.workspace_id,
            payload={"promise": promise.id},
            priority=4,
        )
    timers.schedule(
        session,
        kind=DUE,
        subject=subject,
        due_at=promise.due_at,
        now=now,
        workspace_id=promise.workspace_id,
        payload={"promise": promise.id},
        priority=2,
    )
    return moments


def close(session: Session, promise: Promise, actor: str, state: str, how: str, now: datetime) -> None:
    """A promise leaves 'open': its timers stop and the audit log says how."""
    promise.state, promise.closed_how, promise.closed_at = state, how, now
    for kind in (REMIND, DUE):
        timers.cancel(session, kind=kind, subject=f"promise:{promise.id}", reason=f"promise {state}")
    kind = {"renegotiated": "promise_replaced"}.get(state, f"promise_{state}")
    record_event(session, promise.request_id, actor, kind, {"promise": promise.id, "how": how}, now)
    schedule_refresh(session, promise.workspace_id, [promise.owner_user_id], now)


def close_open(session: Session, request: Request, actor: str, how: str, now: datetime) -> None:
    """The request is resolved or withdrawn: its open promise is no longer watched."""
    for promise in open_promises(session, request.id, lock=True):
        close(session, promise, actor, "cancelled", how, now)


def follow_owner(session: Session, request: Request, new_owner: str, now: datetime) -> str | None:
    """Promises follow the request to its new owner; returns what to tell them (or None)."""
    lines = []
    for promise in open_promises(session, request.id, lock=True):
        if promise.owner_user_id == new_owner:
            continue
        record_event(
            session, request.id, new_owner, "promise_moved", {"promise": promise.id, "from": promise.owner_user_id}, now
        )
        promise.owner_user_id = new_owner
        language = person_language(session, request.workspace_id, new_owner)
        due = when(promise.due_at, zone_of(session, request.workspace_id, new_owner), language)
        name = people.customer_name(session, request)
        lines.append(say("moved", language, name=name, due=due, sentence=render.short(promise.sentence, 150)))
    return "\n".join(lines) or None


# -- what the promiser is told --------------------------------------------------------------------
def confirmation(
    session: Session, promise: Promise, request: Request, reminders: list[datetime], language: str, now: datetime
) -> tuple[str, list[dict]]:
    """ "Tracked: update REQ-12 by Fri 18 Dec 17:00 (Carla's time: 23:00). I'll remind you …", with Undo and Change."""
    tz = promise.tz
    facts, customer_zone = customer_facts(session, request, now)
    name = people.customer_name(session, request)
    their_time = ""
    ours, theirs = promise.due_at.astimezone(ZoneInfo(tz)), promise.due_at.astimezone(ZoneInfo(customer_zone))
    if ours.utcoffset() != theirs.utcoffset():
        at = when(promise.due_at, customer_zone, language, with_day=ours.date() != theirs.date())
        their_time = say("their_time", language, name=name, at=at)
    parts = [
        say("tracked", language, ref=request.reference, due=when(promise.due_at, tz, language), their_time=their_time)
    ]
    owner_tz = zone_of(session, request.workspace_id, promise.owner_user_id)
    if reminders:
        moments = listing([short_moment(m, owner_tz, language) for m in reminders], language)
        if promise.owner_user_id == promise.promiser_user_id:
            parts.append(say("remind_you", language, moments=moments))
        else:
            parts.append(say("remind_owner", language, owner=f"<@{promise.owner_user_id}>", moments=moments))
    else:
        parts.append(say("no_reminder", language))
    windows = [(w.start, w.resume) for w in facts.windows]
    back = rules.away_at(promise.due_at, windows, facts.status_away_until)
    if back is not None:
        parts.append(
            say(
                "customer_away",
                language,
                name=name,
                back=render.day(back.astimezone(ZoneInfo(customer_zone)), language),
            )
        )
    owner = session.get(Person, (request.workspace_id, promise.owner_user_id))
    if owner_is_away(owner, promise.due_at):
        parts.append(say("owner_away", language, status=owner.status_text or owner.status_emoji or ""))
    elif windows := [
        w
        for w in staff_time.away_windows(session, request.workspace_id, promise.owner_user_id, now)
        if w.start_at <= promise.due_at < w.resume_at
    ]:  # their `/away me` covers the deadline (issue 17)
        resume = windows[0].resume_at
        back = staff_time.back_text(session, request.workspace_id, resume, promise.owner_user_id, language)
        parts.append(staff_time_texts.say("owner_away_then", language, until=back))
    text = " ".join(parts)
    blocks = [
        section(text),
        buttons(promise.id, language, ("promise_undo", "button_undo"), ("promise_change", "button_change")),
    ]
    return text, blocks


def owner_is_away(person: Person | None, due: datetime) -> bool:
    """Their Slack status says away (vacation, sick…) and does not end before the due moment."""
    if person is None or not status_reads_as_away(person.status_text, person.status_emoji):
        return False
    return person.status_expires_at is None or person.status_expires_at > due


# -- heard in a thread ----------------------------------------------------------------------------
def heard(session: Session, message, request_id: int, now: datetime) -> int:
    """A staff reply in a request's thread: a new promise, or the update that keeps the open one.

    Returns the number of messages queued (the private confirmation)."""
    request = session.get(Request, request_id)
    if request is None or request.state != "open":
        return 0
    zone = zone_of(session, message.workspace_id, message.user_id)
    said = understand(message.text or "", message.posted_at, zone, role="staff")
    if said.promise is None:
        for promise in open_promises(session, request_id, lock=True):
            facts = rules.PromiseFacts(promise.promised_at, promise.due_at, staff_replied_at=message.posted_at)
            if rules.state(facts, max(now, message.posted_at)) == "kept":
                close(session, promise, message.user_id, "kept", "reply", now)
        return 0
    promise, reminders, _ = track(
        session,
        request,
        message.user_id,
        said.promise.due,
        now,
        sentence=message.text or "",
        source="message",
        source_ts=message.ts,
        promised_at=message.posted_at,
    )
    language = person_language(session, message.workspace_id, message.user_id, wrote_in=said.language)
    text, blocks = confirmation(session, promise, request, reminders, language, now)
    return int(
        outbox.queue(
            session,
            now=now,
            workspace_id=request.workspace_id,
            method="chat.postEphemeral",
            args={
                "channel": request.channel_id,
                "user": message.user_id,
                "thread_ts": request.thread_ts,
                "text": text,
                "blocks": blocks,
            },
            purpose="promise",
            subject=f"request:{request.id}",
            dedupe_key=f"promise:{promise.id}:confirmation",
        )
    )


# -- timers ---------------------------------------------------------------------------------------
def on_reminder(ctx: FireContext) -> Outcome:
    """Before the deadline: the owner gets a DM with Done, Need more time and Open thread.

    P5 for staff (issue 17): an owner off now but back before the deadline is reminded when back; a
    promise falling due before its owner is back reminds the on-duty people (else the lead) instead,
    once, saying whose promise it is."""
    promise = ctx.session.get(Promise, ctx.timer.payload["promise"])
    if promise is None or promise.state != "open":
        return Skip(f"promise {promise.state if promise else 'gone'}")
    if rules.state(rules.PromiseFacts(promise.promised_at, promise.due_at), ctx.now) != "open":
        return Skip("the deadline has passed")
    request = ctx.session.get(Request, promise.request_id)
    if request.state != "open":
        return Skip(f"request {request.state}")
    owner = request.owner_user_id or promise.owner_user_id
    decision = _who_is_reminded(ctx.session, promise, owner, ctx.now)
    if isinstance(decision, Skip):
        return decision
    if decision.reason != "owner":
        return _cover(ctx, promise, request, owner, decision)
    if decision.at > ctx.now:
        return Reschedule(decision.at, "the owner is off until then")
    language = person_language(ctx.session, promise.workspace_id, owner)
    text = say(
        "reminder",
        language,
        name=people.customer_name(ctx.session, request),
        ref=request.reference,
        due=when(promise.due_at, zone_of(ctx.session, promise.workspace_id, owner), language),
        left=duration((promise.due_at - ctx.now).total_seconds(), language),
        sentence=render.short(promise.sentence, 200),
    )
    blocks = [section(text), action_buttons(ctx.session, promise, request, language, done=True)]
    outbox.direct_message(
        ctx.session,
        now=ctx.now,
        workspace_id=promise.workspace_id,
        user_id=owner,
        text=text,
        blocks=blocks,
        purpose="reminder",
        subject=f"request:{request.id}",
        dedupe_key=f"promise:{promise.id}:reminder:{ctx.timer.id}",
    )
    return Done(f"reminded {owner}")


def _who_is_reminded(session: Session, promise: Promise, owner: str, now: datetime) -> staff_rules.Remind | Skip:
    settings = workspace_settings(session, promise.workspace_id)
    facts = staff_time.fresh_facts(session, promise.workspace_id, owner, now)
    on_duty = [staff_time.fresh_facts(session, promise.workspace_id, u, now) for u in settings.on_duty]
    lead = staff_time.fresh_facts(session, promise.workspace_id, settings.lead, now) if settings.lead else None
    covered = any(  # once per promise: the audit log says whether someone already covers it
        (event.data or {}).get("promise") == promise.id
        for event in session.scalars(
            select(RequestEvent).where(
                RequestEvent.request_id == promise.request_id, RequestEvent.kind == "promise_covered"
            )
        )
    )
    return staff_rules.who_gets_reminder(facts, on_duty, lead, promise.due_at, now, already_covered=covered)


def _cover(ctx: FireContext, promise: Promise, request: Request, owner: str, decision: staff_rules.Remind) -> Outcome:
    """The owner is not back before the deadline: whoever covers hears of it, once, with whose promise it is."""
    facts = staff_time.facts_of(ctx.session, promise.workspace_id, owner, ctx.now)
    away = staff_rules.is_away(facts, ctx.now)
    back_at = staff_rules.reachable_at(facts, ctx.now) if away is None or away.until is not None else None
    link = render.thread_link(
        lookup.workspace_url(ctx.session, request.workspace_id), request.channel_id, request.thread_ts
    )
    for person in decision.to:
        language = person_language(ctx.session, promise.workspace_id, person)
        text = staff_time_texts.say(
            "cover_reminder",
            language,
            owner=f"<@{owner}>",
            until=staff_time.back_text(ctx.session, promise.workspace_id, back_at, owner, language),
            name=people.customer_name(ctx.session, request),
            ref=request.reference,
            due=when(promise.due_at, zone_of(ctx.session, promise.workspace_id, person), language),
            left=duration((promise.due_at - ctx.now).total_seconds(), language),
            sentence=render.short(promise.sentence, 200),
            link=link,
        )
        staff_time.direct_message(
            ctx.session,
            now=ctx.now,
            workspace_id=promise.workspace_id,
            user_id=person,
            text=text,
            purpose="reminder",
            subject=f"request:{request.id}",
            dedupe_key=f"promise:{promise.id}:cover:{person}",
        )
    record_event(
        ctx.session,
        request.id,
        "atento",
        "promise_covered",
        {"promise": promise.id, "owner": owner, "to": list(decision.to), "why": decision.reason},
        ctx.now,
    )
    return Done(f"{decision.reason} {', '.join(decision.to)} covers for {owner}")


def on_due(ctx: FireContext) -> Outcome:
    """At the deadline, neither Done nor an update: missed. The owner and the lead hear it, once."""
    promise = ctx.session.get(Promise, ctx.timer.payload["promise"], with_for_update=True)
    if promise is None or promise.state != "open":
        return Skip(f"promise {promise.state if promise else 'gone'}")
    request = ctx.session.get(Request, promise.request_id)
    if request.state != "open":
        close(ctx.session, promise, "atento", "cancelled", f"request {request.state}", ctx.now)
        return Skip(f"request {request.state}")
    close(ctx.session, promise, "atento", "missed", "deadline", ctx.now)
    owner = request.owner_user_id or promise.owner_user_id
    name = people.customer_name(ctx.session, request)
    language = person_language(ctx.session, promise.workspace_id, owner)
    due = when(promise.due_at, zone_of(ctx.session, promise.workspace_id, owner), language)
    text = say("missed", language, name=name, ref=request.reference, due=due)
    staff_time.direct_message(
        ctx.session,
        now=ctx.now,
        workspace_id=promise.workspace_id,
        user_id=owner,
        text=text,
        blocks=[section(text), action_buttons(ctx.session, promise, request, language, done=False)],
        purpose="escalation",
        subject=f"request:{request.id}",
        dedupe_key=f"promise:{promise.id}:missed:owner",
    )
    lead = lookup.lead_of(ctx.session, promise.workspace_id)
    if lead and lead != owner:
        lead_language = person_language(ctx.session, promise.workspace_id, lead)
        lead_due = when(promise.due_at, zone_of(ctx.session, promise.workspace_id, lead), lead_language)
        staff_time.direct_message(
            ctx.session,
            now=ctx.now,
            workspace_id=promise.workspace_id,
            user_id=lead,
            text=say("missed_lead", lead_language, owner=f"<@{owner}>", name=name, ref=request.reference, due=lead_due),
            purpose="escalation",
            subject=f"request:{request.id}",
            dedupe_key=f"promise:{promise.id}:missed:lead",
        )
    return Done(f"{request.reference} promise missed")


def action_buttons(session: Session, promise: Promise, request: Request, language: str, *, done: bool) -> dict:
    pairs = ([("promise_done", "button_done")] if done else []) + [("promise_more_time", "button_more")]
    block = buttons(promise.id, language, *pairs)
    link = render.thread_link(
        lookup.workspace_url(session, request.workspace_id), request.channel_id, request.thread_ts
    )
    block["elements"].append(
        {
            "type": "button",
            "action_id": "promise_open",
            "url": link,
            "text": {"type": "plain_text", "text": say("button_open", language)},
        }
    )
    return block


# -- commands, buttons and the modal ---------------------------------------------------------------
class Promises:
    """`/promise`, the Done / Undo / Change / Need more time buttons and their modal."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock, know, notify=lambda: None):
        self.sessions, self.clock, self.know, self.notify = sessions, clock, know, notify

    def _answering(self, workspace_id: str, user_id: str) -> str:
        with read_only(self.sessions) as session:
            return person_language(session, workspace_id, user_id)

    def command(self, workspace_id: str, user_id: str, text: str) -> lookup.Answer:
        """`/promise REQ WHEN [what]`."""
        answering = self._answering(workspace_id, user_id)
        if self.know(workspace_id, user_id).role != "staff":
            return lookup.Answer(answers.say("only_staff:promises", answering))
        words = (text or "").split(maxsplit=1)
        number = claim_rules.parse_reference(words[0]) if words else None
        if number is None or len(words) < 2:
            return lookup.Answer(answers.say("usage:/promise", answering))
        now = self.clock.now()
        with unit_of_work(self.sessions) as session:
            request = lookup.by_number(session, workspace_id, number, lock=True)
            if request is None:
                return lookup.unknown(number, answering)
            if request.state != "open":
                state = answers.state_word(request.state, answering)
                return lookup.Answer(answers.say("nothing_to_promise", answering, ref=request.reference, state=state))
            zone = zone_of(session, workspace_id, user_id)
            person = session.get(Person, (workspace_id, user_id))
            found = read_moment(words[1], now, zone, locale=person.locale if person else None)
            problem = moment_problem(found, words[1], now, zone, answering)
            if problem:
                return lookup.Answer(problem)
            sentence = found.rest or found.matched
            promise, reminders, became_owner = track(
                session, request, user_id, found.at, now, sentence=sentence, source="command"
            )
            language = person_language(session, workspace_id, user_id)
            text, blocks = confirmation(session, promise, request, reminders, language, now)
            if became_owner:
                text = f"{say('now_owner', language, ref=request.reference)} {text}"
                blocks[0] = section(text)
        self.notify()
        return lookup.Answer(text, blocks)

    def done(self, workspace_id: str, user_id: str, value: str) -> str:
        """ "Done": the owner kept it (told the customer); the remaining reminders stop."""
        return self._settle(workspace_id, user_id, value, "kept", "done")

    def undo(self, workspace_id: str, user_id: str, value: str) -> str:
        """ "Undo" on the confirmation: not a promise after all; the one it replaced comes back."""
        return self._settle(workspace_id, user_id, value, "cancelled", "undone")

    def _settle(self, workspace_id: str, user_id: str, value: str, state: str, how: str) -> str:
        if self.know(workspace_id, user_id).role != "staff":
            return answers.say("only_staff:promises", self._answering(workspace_id, user_id))
        now = self.clock.now()
        with unit_of_work(self.sessions) as session:
            promise = self._promise(session, workspace_id, value)
            language = person_language(session, workspace_id, user_id)
            if promise is None:
                return answers.say("promise_gone", language)
            if promise.state != "open":
                return say("not_open", language, state=say(f"state:{promise.state}", language))
            request = session.get(Request, promise.request_id)
            close(session, promise, user_id, state, how, now)
            if state == "kept":
                return say("done", language, ref=request.reference)
            answer = say("undone", language, ref=request.reference)
            previous = session.get(Promise, promise.supersedes_id) if promise.supersedes_id else None
            if previous is not None and previous.state == "renegotiated" and previous.due_at > now:
                previous.state, previous.closed_how, previous.closed_at = "open", None, None
                record_event(session, request.id, user_id, "promise_restored", {"promise": previous.id}, now)
                schedule_checks(session, previous, now)
                answer += say("restored", language, due=when(previous.due_at, previous.tz, language))
        self.notify()
        return answer

    def edit_view(self, workspace_id: str, user_id: str, value: str, mode: str) -> dict | str:
        """The modal for "Need more time" (mode 'more': tells the customer) or "Change" (a correction)."""
        if self.know(workspace_id, user_id).role != "staff":
            return answers.say("only_staff:promises", self._answering(workspace_id, user_id))
        with read_only(self.sessions) as session:
            promise = self._promise(session, workspace_id, value)
            if promise is None:
                return answers.say("promise_gone", person_language(session, workspace_id, user_id))
            language = person_language(session, workspace_id, user_id)
            if mode == "change" and promise.state != "open":
                return answers.say("promise_closed", language)
            request = session.get(Request, promise.request_id)
            current = when(promise.due_at, zone_of(session, workspace_id, user_id), language)
        sentence = render.short(promise.sentence, 200)
        blocks = [
            section(say("modal:now_due", language, ref=request.reference, due=current, sentence=sentence)),
            {
                "type": "input",
                "block_id": "when",
                "label": {"type": "plain_text", "text": say("modal:when", language)},
                "hint": {"type": "plain_text", "text": say("modal:when_hint", language)},
                "element": {"type": "plain_text_input", "action_id": "when"},
            },
        ]
        if mode == "more":
            blocks.append(
                {
                    "type": "input",
                    "block_id": "note",
                    "optional": True,
                    "label": {"type": "plain_text", "text": say("modal:note", language)},
                    "element": {"type": "plain_text_input", "action_id": "note", "multiline": True, "max_length": 500},
                }
            )
        return {
            "type": "modal",
            "callback_id": "promise_edit",
            "private_metadata": f"{mode}:{promise.id}",
            "title": {"type": "plain_text", "text": say("modal:more" if mode == "more" else "modal:change", language)},
            "submit": {"type": "plain_text", "text": say("modal:save", language)},
            "blocks": blocks,
        }

    def apply_edit(
        self, workspace_id: str, user_id: str, metadata: str, values: Mapping[str, Any]
    ) -> dict[str, str] | None:
        """The modal's answer (`values`: block_id → value): a new, later moment (and for 'more', an honest
        update in the thread)."""
        if self.know(workspace_id, user_id).role != "staff":
            return {"when": answers.say("only_staff:promises", self._answering(workspace_id, user_id))}
        mode, _, value = metadata.partition(":")
        said = str(values.get("when") or "")
        note = str(values.get("note") or "").strip()
        now = self.clock.now()
        with unit_of_work(self.sessions) as session:
            promise = self._promise(session, workspace_id, value)
            language = person_language(session, workspace_id, user_id)
            if promise is None or mode not in ("more", "change"):
                return {"when": answers.say("promise_gone", language)}
            request = session.get(Request, promise.request_id)
            if request.state != "open":
                state = answers.state_word(request.state, language)
                return {"when": answers.say("nothing_to_promise", language, ref=request.reference, state=state)}
            zone = zone_of(session, workspace_id, user_id)
            person = session.get(Person, (workspace_id, user_id))
            found = read_moment(said, now, zone, locale=person.locale if person else None)
            problem = moment_problem(found, said, now, zone, language)
            if problem is None and mode == "more" and rules.new_moment_refused(found.at, now, promise.due_at):
                problem = say("not_later", language, due=when(promise.due_at, zone, language))
            if problem:
                return {"when": problem}
            if mode == "change":  # issue 18: "That's not right" on a promise, kept with what was read
                corrections.keep(
                    session,
                    workspace_id=workspace_id,
                    kind="promise",
                    text=promise.sentence,
                    understood=corrections.understood_promise(promise.due_at, promise.sentence, promise.tz),
                    chosen={"due": found.at.astimezone(ZoneInfo(zone)).isoformat(), "said": said},
                    said_at=promise.promised_at,
                    tz=promise.tz,
                    speaker=promise.promiser_user_id,
                    now=now,
                )
            sentence = note or promise.sentence
            new, reminders, _ = track(
                session,
                request,
                user_id,
                found.at,
                now,
                sentence=sentence,
                source="more_time" if mode == "more" else "change",
            )
            if mode == "more":
                self._tell_customer(session, request, user_id, new, note, now)
        self.notify()
        return None

    def _tell_customer(
        self, session: Session, request: Request, user_id: str, promise: Promise, note: str, now
    ) -> None:
        """ "Update from Ana on REQ-12: we need until Monday 21 December — <note>", at once through the gate
        (they clicked for it); if the customer is away, the one who clicked hears until when (P5)."""
        verdict = customer_notices.requested_update(
            session, request, user_id, promise.due_at, note, now, dedupe_key=f"promise:{promise.id}:update"
        )
        if verdict.away is None:
            return
        language = person_language(session, request.workspace_id, user_id)
        name = people.customer_name(session, request)
        if verdict.back_at is None:
            text = say("update_sent_opted_out", language, name=name, ref=request.reference)
        else:
            _, customer_zone = customer_facts(session, request, now)
            back = when(verdict.back_at, customer_zone, language)
            text = say("update_sent_away", language, name=name, ref=request.reference, back=back)
        outbox.direct_message(
            session,
            now=now,
            workspace_id=request.workspace_id,
            user_id=user_id,
            text=text,
            purpose="promise",
            subject=f"request:{request.id}",
            dedupe_key=f"promise:{promise.id}:update:told",
        )

    @staticmethod
    def _promise(session: Session, workspace_id: str, value: str) -> Promise | None:
        """A promise by the id on a button, only in this workspace."""
        promise = session.get(Promise, int(value), with_for_update=True) if value.isdigit() else None
        return promise if promise is not None and promise.workspace_id == workspace_id else None


def moment_problem(found, said: str, now: datetime, zone: str, language: str) -> str | None:
    """What is wrong with a moment typed by staff, showing what was understood, with an example."""
    if found is None:
        return say("moment_unreadable", language, said=render.short(said, 80))
    if rules.new_moment_refused(found.at, now) == "past":
        return say("moment_past", language, said=found.matched, at=when(found.at, zone, language))
    return None
