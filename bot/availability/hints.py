"""Hints to staff who post to a customer who said they are away, and "Remind me when they're back" (P5).

The bot never re-posts a person's words as its own (P7): the hint points to Slack's own *Schedule
message*, and offers a private reminder to the author at the customer's first working moment, quoting
what they wrote, with the thread's link."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.availability.statements import facts_for, speaker_zone, status_away_until, windows_of
from bot.platform.db import unit_of_work
from bot.platform.models import Person, Request, Timer
from bot.platform.settings import workspace_settings
from bot.requests import people, staff_time
from bot.slack import outbox
from bot.texts import render, staff_texts
from bot.texts.calendar_words import day_time
from bot.texts.language import person_language, team_language
from policies.availability import next_allowed


def hint_staff(session: Session, message, request, channel, now: datetime) -> int:
    """A staff reply in the thread of a customer who said they are away: tell the author privately,
    once per window, and offer to remind them when the customer is back."""
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
    language = team_language(session, message.workspace_id)
    name = people.display_name(customer, staff_texts.say("The_customer", language))
    window = live[0] if live else None
    once = (
        f"hint:{window.id}:{message.user_id}"
        if window
        else f"hint:status:{customer.user_id}:{status_until:%Y%m%d%H%M}:{message.user_id}"
    )
    if window is not None and window.scope == "opt_out":
        text, blocks = staff_texts.say("opted_out", language, name=name), None
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
            day = render.day(status_until.astimezone(ZoneInfo(zone)), language)
            said = staff_texts.say("status_away", language, name=name, day=day)
        else:
            day = render.day(window.resume_at.astimezone(ZoneInfo(zone)), language)
            said = staff_texts.say(
                "company_away" if window.scope == "company" else "person_away", language, name=name, day=day
            )
        text = staff_texts.say(
            "reaches_them", language, said=said, day=render.day(local, language), time=f"{local:%H:%M}"
        )
        value = f"{request.id}|{message.ts}|{int(post_at.timestamp())}"
        label = staff_texts.say("remind_back", language)
        blocks = render.with_button(text, "remind_when_back", value, label, primary=True)
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


def remind_when_back(session: Session, workspace_id: str, user_id: str, value: str, now: datetime) -> str:
    """The author asked to be reminded when the customer is back: a DM to them at that moment, quoting
    their message, with the thread's link. Their words stay theirs: nothing is posted for them."""
    try:
        request_id, ts, post_at = value.split("|")
        post_at_moment = datetime.fromtimestamp(int(post_at), now.tzinfo)
    except ValueError:
        return staff_texts.say("later_expired", person_language(session, workspace_id, user_id))
    language = person_language(session, workspace_id, user_id)
    inbox = session.scalars(
        select(Timer).where(Timer.kind == "intake.message", Timer.subject.like(f"message:%:{ts}"))
    ).first()
    original = (inbox.payload if inbox else {}) or {}
    if original.get("user_id") != user_id:
        return staff_texts.say("later_not_author", language)
    if post_at_moment <= now:
        return staff_texts.say("later_back_already", language)
    request = session.get(Request, int(request_id))
    if request is None or request.workspace_id != workspace_id:
        return staff_texts.say("later_expired", language)
    link = render.thread_link(workspace_settings(session, workspace_id).url, request.channel_id, request.thread_ts)
    customer = people.customer_name(session, request, staff_texts.say("The_customer", language))
    said = render.short(original.get("text", ""), 500).replace("\n", "\n> ")
    staff_time.direct_message(  # at that moment, then only in the author's own working time
        session,
        now=now,
        workspace_id=workspace_id,
        user_id=user_id,
        text=staff_texts.say("remind_dm", language, customer=customer, ref=request.reference, said=said, link=link),
        purpose="reminder",
        subject=f"request:{request.id}",
        dedupe_key=f"remind-back:{workspace_id}:{ts}",
        due_at=post_at_moment,
    )
    me = session.get(Person, (workspace_id, user_id))
    zone = speaker_zone(me, None, session, workspace_id)  # the author's timezone, else the team's
    when = f"{day_time(post_at_moment.astimezone(ZoneInfo(zone)), language)} ({zone})"
    return staff_texts.say("remind_set", language, when=when)


class AvailabilityActions:
    """The button side of availability: one unit of work around `remind_when_back`."""

    def __init__(self, sessions, clock, notify=lambda: None):
        self.sessions, self.clock, self.notify = sessions, clock, notify

    def remind_when_back(self, workspace_id: str, user_id: str, value: str) -> str:
        with unit_of_work(self.sessions) as session:
            answer = remind_when_back(session, workspace_id, user_id, value, self.clock.now())
        self.notify()
        return answer
