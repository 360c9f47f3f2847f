"""Escalations (P3): unclaimed requests climb a ladder in business time; claimed but unanswered
ones remind their owner, then the lead. Only triage channels and DMs: never where customers read."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from bot.platform import timers
from bot.platform.models import Channel, Request, Timer
from bot.platform.settings import WorkspaceSettings, channel_settings, workspace_settings
from bot.platform.timers import FireContext
from bot.requests import people, staff_time
from bot.slack import outbox
from bot.texts import render, staff_texts, staff_time_texts
from bot.texts.language import team_language
from policies import staff_availability as staff_rules
from policies.business_time import Schedule, add_business_minutes, business_day_minutes
from policies.escalation import (
    Ladder,
    RequestFacts,
    customer_still_waiting,
    first_response_steps,
    first_response_still_due,
    unclaimed_steps,
    unclaimed_still_due,
)
from policies.timers import Done, Outcome, Reschedule, Skip

UNCLAIMED, FIRST_RESPONSE, WAITING = "escalation.unclaimed", "reminder.first_response", "reminder.waiting"


def schedule_of(
    session: Session, workspace_id: str, channel_id: str | None = None
) -> tuple[Schedule, Ladder, WorkspaceSettings]:
    """The team's business hours and the ladder: the workspace's, with the channel's own targets on top."""
    settings = workspace_settings(session, workspace_id)
    ladder = settings.ladder_for(channel_settings(session, workspace_id, channel_id) if channel_id else None)
    return settings.hours, ladder, settings


def start_unclaimed_ladder(
    session: Session, workspace_id: str, request_id: int, since: datetime, now: datetime, channel_id: str | None = None
) -> None:
    """At opening (and after a release): triage after 15 business minutes, the lead after 60."""
    schedule, ladder, _ = schedule_of(session, workspace_id, channel_id)
    timers.schedule_all(  # one statement for the ladder: this runs for every request opened
        session,
        [
            dict(
                kind=UNCLAIMED,
                subject=f"request:{request_id}:{step}",
                due_at=due,
                workspace_id=workspace_id,
                payload={"request": request_id, "step": step},
                priority=3,
            )
            for step, due in unclaimed_steps(since, schedule, ladder)
        ],
        now=now,
    )


def on_claimed(session: Session, request: Request, now: datetime) -> None:
    """Claimed: the unclaimed ladder stops; if nobody answered yet, the first-response clock starts."""
    stop(session, UNCLAIMED, request.id)
    stop(session, FIRST_RESPONSE, request.id)
    if request.first_staff_reply_at is None:
        schedule, ladder, _ = schedule_of(session, request.workspace_id, request.channel_id)
        for step, due in first_response_steps(now, schedule, ladder):
            payload = {"request": request.id, "step": step, "claimed_at": now.isoformat()}
            timers.schedule(
                session,
                kind=FIRST_RESPONSE,
                subject=f"request:{request.id}:{step}",
                due_at=due,
                now=now,
                workspace_id=request.workspace_id,
                payload=payload,
                priority=3,
            )


def on_released(session: Session, request: Request, now: datetime) -> None:
    stop(session, FIRST_RESPONSE, request.id)
    stop(session, UNCLAIMED, request.id)
    start_unclaimed_ladder(session, request.workspace_id, request.id, now, now, request.channel_id)


def customer_waiting(session: Session, workspace_id: str, request_id: int, wrote_at: datetime, now: datetime) -> None:
    """The customer wrote in the thread: if nobody answers for a business day, the owner hears."""
    schedule, _, _ = schedule_of(session, workspace_id)
    due = add_business_minutes(wrote_at, business_day_minutes(schedule), schedule)
    if due is None:
        return
    timers.replace(
        session,
        kind=WAITING,
        subject=f"request:{request_id}:waiting",
        due_at=due,
        now=now,
        reason="no longer needed",
        workspace_id=workspace_id,
        payload={"request": request_id},
        priority=3,
    )


def on_waiting(ctx: FireContext) -> Outcome:
    """Fire time: the customer still wrote last, a business day ago? Remind the owner privately."""
    request = ctx.session.get(Request, ctx.timer.payload["request"])
    if request is None:
        return Skip("request gone")
    if skip := customer_still_waiting(facts_of(request), request.last_customer_at, request.last_staff_at):
        return skip
    _, _, settings = schedule_of(ctx.session, request.workspace_id)
    link = render.thread_link(settings.url, request.channel_id, request.thread_ts)
    customer = people.customer_name(ctx.session, request)
    language = team_language(ctx.session, request.workspace_id)
    targets = reachable_targets(ctx.session, request.workspace_id, [request.owner_user_id], settings.lead, ctx.now)
    if isinstance(targets, Reschedule):
        return targets
    if targets.reason == "lead":
        text = _owner_off(ctx.session, request, "waiting_owner_off", language, ctx.now, customer=customer, link=link)
    else:
        text = staff_texts.say("waiting", language, customer=customer, ref=request.reference, link=link)
    for target in targets.to:
        outbox.direct_message(
            ctx.session,
            now=ctx.now,
            workspace_id=request.workspace_id,
            user_id=target,
            text=text,
            purpose="reminder",
            subject=f"request:{request.id}",
        )
    return Done(f"reminded {', '.join(targets.to)}")


def reachable_targets(
    session: Session, workspace_id: str, candidates: list[str], lead: str | None, now: datetime
) -> staff_rules.Targets | Reschedule:
    """P3 and P5: the candidates who may be reached now, skipping who is off; else the lead. Nobody reachable
    now: the timer waits for the first of them (it re-checks everything when it fires again)."""
    facts = [staff_time.fresh_facts(session, workspace_id, u, now) for u in candidates if u]
    lead_facts = staff_time.fresh_facts(session, workspace_id, lead, now) if lead else None
    targets = staff_rules.escalation_targets(facts, lead_facts, now)
    if targets.to and targets.at is not None and targets.at <= now:
        return targets
    moments = [m for m in (staff_rules.reachable_at(f, now) for f in facts) if m is not None]
    first = min([*moments, *([targets.at] if targets.at else [])], default=None)
    if first is None:  # nobody has working hours: never lose the escalation
        return staff_rules.Targets(tuple(u for u in candidates if u) or ((lead,) if lead else ()), now, "candidates")
    return Reschedule(first, f"everyone to tell is off ({targets.reason})")


def _owner_off(session: Session, request: Request, key: str, language: str, now: datetime, **values) -> str:
    """The lead hears that the owner is off, why and until when."""
    owner = request.owner_user_id
    facts = staff_time.facts_of(session, request.workspace_id, owner, now)
    reach = staff_rules.next_reachable(facts, now)
    why = reach.held_by if isinstance(reach, staff_rules.Reachable) and reach.held_by else getattr(reach, "reason", "")
    back = reach.at if isinstance(reach, staff_rules.Reachable) else None
    return staff_time_texts.say(
        key,
        language,
        ref=request.reference,
        owner=f"<@{owner}>",
        why=staff_time_texts.say(f"why:{why}", language) if why else "",
        until=staff_time.back_text(session, request.workspace_id, back, owner, language),
        **values,
    )


def stop(session: Session, kind: str, request_id: int) -> None:
    session.execute(
        update(Timer)
        .where(Timer.kind == kind, Timer.state == "pending", Timer.subject.like(f"request:{request_id}:%"))
        .values(state="cancelled", result="no longer needed")
    )


def facts_of(request: Request) -> RequestFacts:
    return RequestFacts(request.state, request.owner_user_id, request.first_staff_reply_at, request.claimed_at)


def on_unclaimed(ctx: FireContext) -> Outcome:
    """Fire time: still open and unclaimed? Then ping triage (step 1) or the lead (step 2)."""
    request = ctx.session.get(Request, ctx.timer.payload["request"])
    if request is None:
        return Skip("request gone")
    if skip := unclaimed_still_due(facts_of(request)):
        return skip
    _, ladder, settings = schedule_of(ctx.session, request.workspace_id, request.channel_id)
    step = ctx.timer.payload["step"]
    channel = ctx.session.get(Channel, (request.workspace_id, request.channel_id))
    link = render.thread_link(settings.url, request.channel_id, request.thread_ts)
    customer = people.customer_name(ctx.session, request)
    minutes = ladder.triage_after if step == "triage" else ladder.lead_after
    excerpt = render.short(request.excerpt, 150)
    language = team_language(ctx.session, request.workspace_id)
    text = staff_texts.say(
        "unclaimed", language, ref=request.reference, customer=customer, minutes=minutes, excerpt=excerpt, link=link
    )
    if step == "triage" and channel and channel.triage_channel_id:
        targets = [channel.triage_channel_id]
    else:
        pool = list(settings.on_duty) if step == "triage" else []
        if not pool and not settings.lead:
            return Skip("no triage channel, on-duty people or lead configured to tell")
        reachable = reachable_targets(ctx.session, request.workspace_id, pool, settings.lead, ctx.now)
        if isinstance(reachable, Reschedule):
            return reachable
        targets = list(reachable.to)
    for target in targets:
        outbox.queue(
            ctx.session,
            now=ctx.now,
            workspace_id=request.workspace_id,
            method="chat.postMessage",
            args={
                "channel": target,
                "text": text,
                "blocks": render.with_claim_button(text, request.number, language),
                "unfurl_links": False,
            },
            purpose="escalation",
            subject=f"request:{request.id}",
        )
    return Done(f"{step}: told {', '.join(targets)}")


def on_first_response_due(ctx: FireContext) -> Outcome:
    """Fire time: claimed, still unanswered, same claim? Remind the owner, then the lead, privately."""
    request = ctx.session.get(Request, ctx.timer.payload["request"])
    if request is None:
        return Skip("request gone")
    claimed_at = datetime.fromisoformat(ctx.timer.payload["claimed_at"])
    if skip := first_response_still_due(facts_of(request), claimed_at):
        return skip
    _, ladder, settings = schedule_of(ctx.session, request.workspace_id, request.channel_id)
    step = ctx.timer.payload["step"]
    link = render.thread_link(settings.url, request.channel_id, request.thread_ts)
    language = team_language(ctx.session, request.workspace_id)
    if step == "owner":
        reachable = reachable_targets(
            ctx.session, request.workspace_id, [request.owner_user_id], settings.lead, ctx.now
        )
        if isinstance(reachable, Reschedule):
            return reachable
        target = reachable.to[0]
        if reachable.reason == "lead":
            text = _owner_off(ctx.session, request, "owner_off", language, ctx.now, link=link)
        else:
            text = staff_texts.say("no_first_reply_owner", language, ref=request.reference, link=link)
    else:
        target = settings.lead
        waited = 2 * ladder.first_response_target
        owner = f"<@{request.owner_user_id}>"
        text = staff_texts.say(
            "no_first_reply_lead", language, ref=request.reference, owner=owner, minutes=waited, link=link
        )
        if target and (held := staff_time.held_for(ctx.session, request.workspace_id, target, ctx.now)):
            return Reschedule(held[0], f"the lead is off ({held[1]})")
    if not target:
        return Skip("no lead configured to tell")
    outbox.direct_message(
        ctx.session,
        now=ctx.now,
        workspace_id=request.workspace_id,
        user_id=target,
        text=text,
        purpose="escalation",
        subject=f"request:{request.id}",
    )
    return Done(f"{step}: reminded {target}")
