"""Availability (P5): what customers say about being away is recorded and confirmed to them.

Intake hands every customer message here, inside the inbox's transaction. A stated window is
stored for the person, or for their company (the channel) when they speak for it; a later
statement replaces an overlapping one; a window over 90 days ahead is not applied silently. An
opt-out lasts until they write again. Confident windows are confirmed in the thread, in their
language ("Noted — we'll hold follow-ups until Mon 5 Jan.").
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from policies.availability import CustomerFacts, Window, customer_schedule, next_allowed, status_reads_as_away
from policies.business_time import add_business_minutes, business_day_minutes
from policies.timers import Done, Outcome, Reschedule, Skip
from policies.understanding import understand

from . import outbox, people, render, timers
from .db import read_only, unit_of_work
from .models import Channel, Person, Request, Timer, Unavailability, Workspace

CONFIRM_ABOVE = 0.7
TOO_FAR = timedelta(days=90)


def speaker_zone(person, channel, session: Session, workspace_id: str) -> str:
    """The customer's timezone; without one, the channel's, then the team's (DESIGN.md)."""
    for zone in (getattr(person, "tz", None), getattr(channel, "timezone", None)):
        if zone:
            return zone
    settings = session.get(Workspace, workspace_id).settings or {}
    return (settings.get("hours") or {}).get("tz") or "UTC"


def listen(session: Session, message, request, channel, person, now: datetime) -> int:
    """Record what a customer message says about their availability; returns messages queued."""
    zone = speaker_zone(person, channel, session, message.workspace_id)
    heard = understand(
        message.text or "", message.posted_at, zone, role="customer", language=getattr(channel, "language", None)
    )
    # They wrote again: any opt-out of theirs ends here (before a new one is recorded).
    session.execute(
        update(Unavailability)
        .where(
            Unavailability.workspace_id == message.workspace_id,
            Unavailability.user_id == message.user_id,
            Unavailability.scope == "opt_out",
            Unavailability.cleared_at.is_(None),
        )
        .values(cleared_at=now)
    )
    if heard.opt_out:
        session.add(
            Unavailability(
                workspace_id=message.workspace_id,
                user_id=message.user_id,
                scope="opt_out",
                start_at=message.posted_at,
                resume_at=None,
                source="statement",
                source_ts=message.ts,
                matched=(message.text or "")[:500],
                confidence=0.9,
                created_by=message.user_id,
                created_at=now,
            )
        )
    away = heard.unavailable
    if away is None:
        return 0
    tz = ZoneInfo(zone)
    start = max(message.posted_at, datetime.combine(away.start, time(0), tzinfo=tz))
    resume = datetime.combine(away.resume, time(0), tzinfo=tz)
    if resume - now > TOO_FAR:
        return ask_staff_to_confirm(session, message, channel, person, away, start, resume, now)
    company = away.scope == "company"
    owner = Unavailability.channel_id == message.channel_id if company else Unavailability.user_id == message.user_id
    session.execute(  # a later statement replaces an overlapping one ("actually back on Wednesday")
        update(Unavailability)
        .where(
            Unavailability.workspace_id == message.workspace_id,
            owner,
            Unavailability.scope == away.scope,
            Unavailability.cleared_at.is_(None),
            Unavailability.start_at < resume,
            or_(Unavailability.resume_at.is_(None), Unavailability.resume_at > start),
        )
        .values(cleared_at=now)
    )
    window = Unavailability(
        workspace_id=message.workspace_id,
        user_id=None if company else message.user_id,
        channel_id=message.channel_id if company else None,
        scope=away.scope,
        start_at=start,
        resume_at=resume,
        source="statement",
        source_ts=message.ts,
        matched=away.matched[:500],
        confidence=away.confidence,
        created_by=message.user_id,
        created_at=now,
    )
    session.add(window)
    session.flush()
    schedule_resurfacing(session, window, zone, getattr(channel, "country", None), now)
    if away.confidence < CONFIRM_ABOVE or request is None:
        return 0
    return outbox.queue(
        session,
        now=now,
        workspace_id=message.workspace_id,
        method="chat.postMessage",
        args={
            "channel": message.channel_id,
            "thread_ts": request.thread_ts,
            "text": (held := render.hold_until(request.language, resume.astimezone(tz))),
            "blocks": render.with_button(
                held, "away_fix", str(window.id), render.NOT_RIGHT.get(request.language, render.NOT_RIGHT["en"])
            ),
        },
        purpose="hold",
        subject=f"request:{request.id}",
        dedupe_key=f"hold:{message.workspace_id}:{message.channel_id}:{message.ts}",
    )


def ask_staff_to_confirm(
    session: Session, message, channel, person, away, start: datetime, resume: datetime, now: datetime
) -> int:
    """A window over 90 days ahead is not applied silently: staff are asked (triage, else the lead)."""
    settings = session.get(Workspace, message.workspace_id).settings or {}
    target = getattr(channel, "triage_channel_id", None) or settings.get("lead")
    if not target:
        return 0
    name = people.display_name(person, f"<@{message.user_id}>")
    text = (
        f"{name} said “{away.matched}”: away until {render.day(resume, 'en')}, more than 90 days ahead, "
        "so I haven't applied it. Record it?"
    )
    who = message.channel_id if away.scope == "company" else message.user_id
    value = f"{away.scope}|{who}|{int(start.timestamp())}|{int(resume.timestamp())}|{message.channel_id}"
    blocks = render.with_button(text, "away_confirm", value, "Record it")
    return outbox.queue(
        session,
        now=now,
        workspace_id=message.workspace_id,
        method="chat.postMessage",
        args={"channel": target, "text": text, "blocks": blocks},
        purpose="hint",
        subject=f"message:{message.ts}",
        dedupe_key=f"confirm-away:{message.workspace_id}:{message.ts}",
    )


def zone_of_window(session: Session, window: Unavailability) -> str:
    """The timezone a window's days are meant in: the customer's, else the channel's, else the team's."""
    person = session.get(Person, (window.workspace_id, window.user_id)) if window.user_id else None
    channel = session.get(Channel, (window.workspace_id, window.channel_id)) if window.channel_id else None
    return speaker_zone(person, channel, session, window.workspace_id)


def hesitant_window(session: Session, workspace_id: str, ts: str) -> Unavailability | None:
    """The window a message stated with too little confidence to tell the customer ("probably away")."""
    return session.scalars(
        select(Unavailability).where(
            Unavailability.workspace_id == workspace_id,
            Unavailability.source_ts == ts,
            Unavailability.cleared_at.is_(None),
            Unavailability.confidence < CONFIRM_ABOVE,
        )
    ).first()


def windows_of(session: Session, workspace_id: str, user_id: str, channel_id: str) -> list[Unavailability]:
    """The live windows that concern this customer: their own and their company's."""
    return list(
        session.scalars(
            select(Unavailability)
            .where(
                Unavailability.workspace_id == workspace_id,
                Unavailability.cleared_at.is_(None),
                or_(Unavailability.user_id == user_id, Unavailability.channel_id == channel_id),
            )
            .order_by(Unavailability.start_at)
        )
    )


def facts_for(
    session: Session,
    workspace_id: str,
    user_id: str,
    channel_id: str,
    zone: str,
    country: str | None,
    hours: dict | None = None,
) -> CustomerFacts:
    """Everything that pauses follow-ups to this customer, as the pure policy wants it."""
    live = windows_of(session, workspace_id, user_id, channel_id)
    return CustomerFacts(
        hours=customer_schedule(zone, None, zone, country, hours),
        windows=tuple(Window(w.start_at, w.resume_at, w.matched or "stated") for w in live if w.resume_at is not None),
        status_away_until=status_away_until(session.get(Person, (workspace_id, user_id))),
        opted_out=any(w.scope == "opt_out" for w in live),
    )


def status_away_until(person) -> datetime | None:
    """A Slack status that reads as away ("Vacation", ":palm_tree:") and expires: away until then."""
    if person is None or person.status_expires_at is None:
        return None
    return person.status_expires_at if status_reads_as_away(person.status_text, person.status_emoji) else None


def hint_staff(session: Session, message, request, channel, now: datetime) -> int:
    """A staff reply in the thread of a customer who said they are away: tell the author privately,
    once per window, and offer to send it when the customer is back instead."""
    if request is None:
        return 0
    live = [
        w
        for w in windows_of(session, message.workspace_id, request.customer_user_id, request.channel_id)
        if w.start_at <= now and (w.resume_at is None or now < w.resume_at)
    ]
    customer = session.get(Person, (message.workspace_id, request.customer_user_id))
    status_until = status_away_until(customer)
    on_status = not live and status_until is not None and now < status_until
    if not live and not on_status:
        return 0
    zone = speaker_zone(customer, channel, session, message.workspace_id)
    name = people.display_name(customer, "The customer")
    window = live[0] if live else None
    once = (
        f"hint:{window.id}:{message.user_id}"
        if window
        else f"hint:status:{customer.user_id}:{status_until:%Y%m%d%H%M}:{message.user_id}"
    )
    if window is not None and window.scope == "opt_out":
        text, blocks = f"{name} asked not to be chased on this until they write again.", None
    else:
        facts = facts_for(
            session,
            message.workspace_id,
            request.customer_user_id,
            request.channel_id,
            zone,
            getattr(channel, "country", None),
            ((getattr(channel, "settings", None) or {}) if channel is not None else {}).get("customer_hours"),
        )
        post_at = next_allowed(facts, now)
        if post_at is None:
            return 0
        local = post_at.astimezone(ZoneInfo(zone))
        if window is None:
            said = f"{name}'s Slack status says away until {render.day(status_until.astimezone(ZoneInfo(zone)), 'en')}"
        else:
            who = "the company is" if window.scope == "company" else "they are"
            said = f"{name} said {who} away until {render.day(window.resume_at.astimezone(ZoneInfo(zone)), 'en')}"
        text = (
            f"{said}; your message reaches them while away. "
            f"It can go {render.day(local, 'en')} {local:%H:%M} their time instead."
        )
        value = f"{request.id}|{message.ts}|{int(post_at.timestamp())}"
        blocks = render.with_button(text, "send_later", value, "Send it then instead", primary=True)
    args = {"channel": request.channel_id, "user": message.user_id, "text": text}
    if blocks:
        args["blocks"] = blocks
    return outbox.queue(
        session,
        now=now,
        workspace_id=message.workspace_id,
        method="chat.postEphemeral",
        args=args,
        purpose="hint",
        subject=f"request:{request.id}",
        dedupe_key=once,
    )


def send_later(session: Session, workspace_id: str, user_id: str, value: str, now: datetime) -> str:
    """The author chose to send their message when the customer is back: chat.scheduleMessage."""
    try:
        request_id, ts, post_at = value.split("|")
        post_at_moment = datetime.fromtimestamp(int(post_at), now.tzinfo)
    except ValueError:
        return "That button has expired; post your message again when the customer is back."
    inbox = session.scalars(
        select(Timer).where(Timer.kind == "intake.message", Timer.subject.like(f"message:%:{ts}"))
    ).first()
    original = (inbox.payload if inbox else {}) or {}
    if original.get("user_id") != user_id:
        return "Only the author of that message can schedule it."
    if post_at_moment <= now:
        return "They are back already: nothing to schedule."
    request = session.get(Request, int(request_id))
    author = people.display_name(session.get(Person, (workspace_id, user_id)), f"<@{user_id}>")
    outbox.queue(
        session,
        now=now,
        workspace_id=workspace_id,
        method="chat.scheduleMessage",
        args={
            "channel": request.channel_id,
            "thread_ts": request.thread_ts,
            "post_at": int(post_at),
            "text": f"*{author}*: {original.get('text', '')}",
        },
        purpose="hint",
        subject=f"request:{request.id}",
        dedupe_key=f"later:{workspace_id}:{ts}",
    )
    when = f"{render.day(post_at_moment, 'en')} {post_at_moment:%H:%M} UTC"
    return f"Scheduled for {when}. Delete your message now so it doesn't reach them while they're away."


class AvailabilityActions:
    """The button side of availability: one unit of work around `send_later`."""

    def __init__(self, sessions, clock, notify=lambda: None):
        self.sessions, self.clock, self.notify = sessions, clock, notify

    def send_later(self, workspace_id: str, user_id: str, value: str) -> str:
        with unit_of_work(self.sessions) as session:
            answer = send_later(session, workspace_id, user_id, value, self.clock.now())
        self.notify()
        return answer


# -- effects: the nudge about a silent customer waits, and requests resurface when they are back --
SILENT, RESURFACE = "reminder.customer_silent", "availability.resurface"
SILENT_AFTER_BUSINESS_DAYS = 2


def customer_facts(session: Session, request: Request, now: datetime) -> tuple[CustomerFacts, str]:
    channel = session.get(Channel, (request.workspace_id, request.channel_id))
    customer = session.get(Person, (request.workspace_id, request.customer_user_id))
    zone = speaker_zone(customer, channel, session, request.workspace_id)
    country = getattr(channel, "country", None)
    hours = ((channel.settings or {}) if channel else {}).get("customer_hours")
    facts = facts_for(session, request.workspace_id, request.customer_user_id, request.channel_id, zone, country, hours)
    return facts, zone


def staff_wrote(session: Session, request, posted_at: datetime, now: datetime) -> None:
    """Staff wrote last: if the customer stays silent two of *their* business days, the owner hears."""
    facts, _ = customer_facts(session, session.get(Request, request.id), now)
    due = add_business_minutes(posted_at, SILENT_AFTER_BUSINESS_DAYS * business_day_minutes(facts.hours), facts.hours)
    if due is None:
        return
    timers.cancel(session, kind=SILENT, subject=f"request:{request.id}:silent", reason="staff wrote again")
    timers.schedule(
        session,
        kind=SILENT,
        subject=f"request:{request.id}:silent",
        due_at=due,
        now=now,
        workspace_id=request.workspace_id,
        payload={"request": request.id},
        priority=4,
    )


def on_customer_silent(ctx) -> Outcome:
    """Fire time: still waiting on the customer? And may we follow up now? Else wait (P5)."""
    request = ctx.session.get(Request, ctx.timer.payload["request"])
    if request is None or request.state != "open" or request.owner_user_id is None:
        return Skip("no open, owned request")
    if request.last_customer_at and request.last_staff_at and request.last_customer_at > request.last_staff_at:
        return Skip("the customer answered")
    resurfaced = ctx.session.scalar(
        select(Timer.id).where(
            Timer.kind == "outbox",
            Timer.dedupe_key.like(f"resurfaced:%:{request.id}"),
            Timer.created_at > ctx.now - timedelta(days=1),
        )
    )
    if resurfaced:
        return Skip("resurfaced to the owner this morning already")
    facts, zone = customer_facts(ctx.session, request, ctx.now)
    allowed = next_allowed(facts, ctx.now)
    if allowed is None:
        return Skip("the customer asked not to be chased until they write again")
    if allowed > ctx.now:
        return Reschedule(allowed, "the customer is away or outside their hours")
    customer = people.customer_name(ctx.session, request, "the customer")
    days = SILENT_AFTER_BUSINESS_DAYS
    text = f"{request.reference} has been waiting on {customer}'s answer for {days} of their business days."
    text += " A gentle follow-up?"
    outbox.direct_message(
        ctx.session,
        now=ctx.now,
        workspace_id=request.workspace_id,
        user_id=request.owner_user_id,
        text=text,
        purpose="reminder",
        subject=f"request:{request.id}",
    )
    return Done("owner nudged")


def schedule_resurfacing(
    session: Session, window: Unavailability, zone: str, country: str | None, now: datetime
) -> None:
    """When the window ends, requests waiting on them come back to their owners: their first working morning."""
    hours = customer_schedule(zone, None, zone, country)
    moment = next_allowed(CustomerFacts(hours=hours), window.resume_at)
    if moment is not None:
        timers.schedule(
            session,
            kind=RESURFACE,
            subject=f"window:{window.id}",
            due_at=moment,
            now=now,
            workspace_id=window.workspace_id,
            payload={"window": window.id},
            dedupe_key=f"resurface:{window.id}:{int(window.resume_at.timestamp())}",
            priority=3,  # before the silent-customer nudges due the same morning
        )


def on_resurface(ctx) -> Outcome:
    """Once per window: tell the owners of requests waiting on this customer that they are back."""
    window = ctx.session.get(Unavailability, ctx.timer.payload["window"])
    if window is None or window.cleared_at is not None:
        return Skip("the window was corrected or removed")
    if ctx.now < window.resume_at:
        return Skip("the window was moved later")
    query = select(Request).where(
        Request.workspace_id == window.workspace_id, Request.state == "open", Request.owner_user_id.is_not(None)
    )
    query = (
        query.where(Request.channel_id == window.channel_id)
        if window.scope == "company"
        else query.where(Request.customer_user_id == window.user_id)
    )
    waiting = [
        r
        for r in ctx.session.scalars(query)
        if r.last_staff_at and (r.last_customer_at is None or r.last_staff_at > r.last_customer_at)
    ]
    if not waiting:
        return Skip("nothing is waiting on them")
    for request in waiting:
        # The resurfacing is the one message about this request this morning; the silent nudge starts again.
        staff_wrote(ctx.session, request, ctx.now, ctx.now)  # the silent-customer clock restarts from now
        customer = people.customer_name(ctx.session, request, "The customer")
        until = render.day(window.resume_at, "en")
        text = f"{customer} is back (away until {until}): {request.reference} is waiting on their answer."
        outbox.direct_message(
            ctx.session,
            now=ctx.now,
            workspace_id=request.workspace_id,
            user_id=request.owner_user_id,
            text=text,
            purpose="reminder",
            subject=f"request:{request.id}",
            dedupe_key=f"resurfaced:{window.id}:{request.id}",
        )
    return Done(f"{len(waiting)} request(s) resurfaced")


# -- /away: staff record what they heard elsewhere ---------------------------------------------------
AWAY_USAGE = (
    "Usage: `/away @customer until Jan 5 [note]`, `/away #channel until Jan 5 [note]`, "
    "`/away list`, `/away clear @customer`"
)
_TARGET = re.compile(r"^<([@#])([UWC][A-Z0-9]+)(?:\|[^>]*)?>$")


class AwayCommands:
    """`/away`: record, list and clear windows on behalf of a customer or their whole company."""

    def __init__(self, sessions, clock, notify=lambda: None):
        self.sessions, self.clock, self.notify = sessions, clock, notify

    def run(self, workspace_id: str, staff_id: str, text: str) -> str:
        words = (text or "").split()
        if words[:1] == ["list"]:
            return self._list(workspace_id)
        if len(words) == 2 and words[0] == "clear" and (target := _TARGET.match(words[1])):
            return self._clear(workspace_id, target.group(1), target.group(2))
        if len(words) >= 3 and (target := _TARGET.match(words[0])) and words[1] in ("until", "hasta"):
            return self._record(workspace_id, staff_id, target.group(1), target.group(2), " ".join(words[2:]))
        return AWAY_USAGE

    def _record(self, workspace_id: str, staff_id: str, kind: str, target: str, rest: str) -> str:
        now = self.clock.now()
        with unit_of_work(self.sessions) as session:
            person = session.get(Person, (workspace_id, target)) if kind == "@" else None
            channel = session.get(Channel, (workspace_id, target)) if kind == "#" else None
            zone = speaker_zone(person, channel, session, workspace_id)
            heard = understand(f"out until {rest}", now, zone, role="customer")
            if heard.unavailable is None:
                return f"I couldn't read a future date in “{rest}”. Try `/away <{kind}{target}> until Jan 5`."
            resume = datetime.combine(heard.unavailable.resume, time(0), tzinfo=ZoneInfo(zone))
            if resume - now > TOO_FAR:
                return f"{render.day(resume, 'en')} is more than 90 days away; record a nearer date and renew it."
            window = Unavailability(
                workspace_id=workspace_id,
                user_id=target if kind == "@" else None,
                channel_id=target if kind == "#" else None,
                scope="person" if kind == "@" else "company",
                start_at=now,
                resume_at=resume,
                source="away",
                matched=rest[:500],
                confidence=1.0,
                created_by=staff_id,
                created_at=now,
            )
            session.add(window)
            session.flush()
            schedule_resurfacing(session, window, zone, getattr(channel, "country", None), now)
        return f"Noted: <{kind}{target}> is away until {render.day(resume, 'en')}; follow-ups wait until then."

    def _list(self, workspace_id: str) -> str:
        now = self.clock.now()
        with read_only(self.sessions) as session:
            live = session.scalars(
                select(Unavailability)
                .where(Unavailability.workspace_id == workspace_id, Unavailability.cleared_at.is_(None))
                .where(or_(Unavailability.resume_at.is_(None), Unavailability.resume_at > now))
                .order_by(Unavailability.resume_at)
            ).all()
            lines = []
            for w in live:
                who = f"<@{w.user_id}>" if w.user_id else f"<#{w.channel_id}>"
                until = "they write again" if w.resume_at is None else render.day(w.resume_at, "en")
                lines.append(f"• {who} until {until} ({w.source}: “{render.short(w.matched or '', 80)}”)")
        return "\n".join(["*Away now or soon*", *lines]) if lines else "Nobody is away."

    def _clear(self, workspace_id: str, kind: str, target: str) -> str:
        now = self.clock.now()
        owner = Unavailability.user_id == target if kind == "@" else Unavailability.channel_id == target
        with unit_of_work(self.sessions) as session:
            cleared = session.execute(
                update(Unavailability)
                .where(Unavailability.workspace_id == workspace_id, owner, Unavailability.cleared_at.is_(None))
                .values(cleared_at=now)
            ).rowcount
        return (
            f"Cleared {cleared} window(s) for <{kind}{target}>."
            if cleared
            else f"<{kind}{target}> had nothing recorded."
        )


# -- corrections and confirmations -------------------------------------------------------------------
class WindowChanges:
    """ "That's not right" (the customer or staff correct or remove a window) and "Record it" (staff)."""

    def __init__(self, sessions, clock, notify=lambda: None):
        self.sessions, self.clock, self.notify = sessions, clock, notify

    def fix_view(self, workspace_id: str, user_id: str, window_id: str, is_staff: bool) -> dict | str:
        """The small modal to correct the date or remove the window; a string when not allowed."""
        with read_only(self.sessions) as session:
            window = session.get(Unavailability, int(window_id)) if window_id.isdigit() else None
            if window is None or window.workspace_id != workspace_id or window.cleared_at is not None:
                return "That note is no longer there."
            if not is_staff and window.created_by != user_id:
                return "Only the person who said it, or the support team, can change it."
            resume = window.resume_at
            zone = ZoneInfo(zone_of_window(session, window))
        datepicker = {
            "type": "datepicker",
            "action_id": "resume",
            "initial_date": resume.astimezone(zone).date().isoformat(),
        }
        not_away = {"text": {"type": "plain_text", "text": "I'm not away / No estoy ausente"}, "value": "remove"}
        blocks = [
            {
                "type": "input",
                "block_id": "resume",
                "optional": True,
                "label": {"type": "plain_text", "text": "Back on / De vuelta el"},
                "element": datepicker,
            },
            {
                "type": "input",
                "block_id": "remove",
                "optional": True,
                "label": {"type": "plain_text", "text": "Or / O"},
                "element": {"type": "checkboxes", "action_id": "remove", "options": [not_away]},
            },
        ]
        return {
            "type": "modal",
            "callback_id": "away_fix",
            "private_metadata": str(window_id),
            "title": {"type": "plain_text", "text": "Atento"},
            "submit": {"type": "plain_text", "text": "OK"},
            "blocks": blocks,
        }

    def apply_fix(self, workspace_id: str, user_id: str, window_id: str, state: dict, is_staff: bool) -> dict[str, str]:
        """Validate and apply a correction; returns {block_id: error} for the modal."""
        values = state.get("values") or {}
        remove = bool(((values.get("remove") or {}).get("remove") or {}).get("selected_options"))
        picked = ((values.get("resume") or {}).get("resume") or {}).get("selected_date")
        now = self.clock.now()
        with unit_of_work(self.sessions) as session:
            window = session.get(Unavailability, int(window_id)) if str(window_id).isdigit() else None
            if window is None or window.workspace_id != workspace_id or window.cleared_at is not None:
                return {"resume": "That note is no longer there."}
            if not is_staff and window.created_by != user_id:
                return {"resume": "Only the person who said it, or the support team, can change it."}
            if remove:
                window.cleared_at = now
                return {}
            try:
                day = datetime.fromisoformat(picked).date()
            except (TypeError, ValueError):
                return {"resume": "Pick the day you are back, or tick “I'm not away”."}
            zone = ZoneInfo(zone_of_window(session, window))
            resume = datetime.combine(day, time(0), tzinfo=zone)
            if resume <= now:
                return {"resume": "That day has passed; pick a day ahead, or tick “I'm not away”."}
            if resume - now > TOO_FAR:
                return {"resume": "That is more than 90 days ahead; pick a nearer day."}
            window.resume_at = resume
            schedule_resurfacing(session, window, str(zone), None, now)
        return {}

    def confirm(self, workspace_id: str, staff_id: str, value: str) -> str:
        """ "Record it": a window over 90 days that staff confirmed."""
        try:
            scope, who, start, resume, channel_id = value.split("|")
            start_at, resume_at = (datetime.fromtimestamp(int(t), self.clock.now().tzinfo) for t in (start, resume))
        except ValueError:
            return "That button has expired."
        now = self.clock.now()
        with unit_of_work(self.sessions) as session:
            window = Unavailability(
                workspace_id=workspace_id,
                user_id=None if scope == "company" else who,
                channel_id=who if scope == "company" else None,
                scope=scope,
                start_at=start_at,
                resume_at=resume_at,
                source="statement",
                matched="confirmed by staff",
                confidence=1.0,
                created_by=staff_id,
                created_at=now,
            )
            session.add(window)
            session.flush()
            zone = zone_of_window(session, window)
            schedule_resurfacing(session, window, zone, None, now)
        return f"Recorded: away until {render.day(resume_at.astimezone(ZoneInfo(zone)), 'en')}."
