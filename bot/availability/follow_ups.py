"""What waits while a customer is away: the nudge about a silent customer, and the resurfacing
of requests waiting on them once they are back (P5)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.availability.statements import customer_facts, zone_of_window
from bot.platform import timers
from bot.platform.models import Promise, Request, Timer, Unavailability
from bot.requests import people, staff_time
from bot.slack import outbox
from bot.texts import render, staff_texts
from bot.texts.language import team_language
from policies.availability import next_allowed
from policies.business_time import add_business_minutes, business_day_minutes
from policies.timers import Done, Outcome, Reschedule, Skip

SILENT = "reminder.customer_silent"

SILENT_AFTER_BUSINESS_DAYS = 2


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
    owed = ctx.session.scalar(select(Promise.id).where(Promise.request_id == request.id, Promise.state == "open"))
    if owed is not None:  # issue 16: a holiday stated after our promise leaves the ball with us, not them
        return Skip("we promised them an update: the next move is ours")
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
    if held := staff_time.held_for(ctx.session, request.workspace_id, request.owner_user_id, ctx.now):
        return Reschedule(held[0], f"the owner is off ({held[1]})")  # P5 for staff too (issue 17)
    language = team_language(ctx.session, request.workspace_id)
    customer = people.customer_name(ctx.session, request, staff_texts.say("the_customer", language))
    days = SILENT_AFTER_BUSINESS_DAYS
    text = staff_texts.say("silent_customer", language, ref=request.reference, customer=customer, days=days)
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
        language = team_language(ctx.session, request.workspace_id)
        customer = people.customer_name(ctx.session, request, staff_texts.say("The_customer", language))
        until = render.day(window.resume_at.astimezone(ZoneInfo(zone_of_window(ctx.session, window))), language)
        text = staff_texts.say("back", language, customer=customer, day=until, ref=request.reference)
        staff_time.direct_message(
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
