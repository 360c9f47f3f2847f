"""Staff time (issue 17, P5: staff have hours and holidays too; the bot does not wake them).

Each staff member's facts — their zone (Slack profile, else the team's), their working hours (the team's
in their own zone, or `/atento me hours`), a Slack status that reads as away with its expiry, and their
`/away me` windows (rows of `unavailability`, scope `staff`) — go to policies/staff_availability.py,
which says when they may be written to. Here:

- `held_for` and `direct_message`: a DM to a staff member waits for their working time (a `staff.held`
  timer that re-checks when it fires); timer handlers that re-check their own facts reschedule instead;
- `/atento me`, `/atento me hours …`, `/away me …` and `/atento digest me …` (the end-of-day note, a
  `staff.day` timer per person);
- `away_now`: who on staff is away and until when (the lead digest).
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.platform import timers
from bot.platform.db import read_only, unit_of_work
from bot.platform.models import Person, Promise, Request, StaffPreference, Timer, Unavailability
from bot.platform.settings import workspace_settings
from bot.platform.timers import FireContext
from bot.requests import people
from bot.slack import outbox
from bot.texts import answers, render
from bot.texts.language import person_language
from bot.texts.promise_texts import moment as moment_text
from bot.texts.staff_time_texts import say
from policies import staff_availability as rules
from policies import staff_day
from policies.availability import Window, status_reads_as_away
from policies.pacing import PRIORITY
from policies.staff_hours import Hours, Invalid, StaffHours, parse_hours, parse_zone, staff_hours
from policies.timers import Done, Outcome, Reschedule, Skip
from policies.understanding import understand

HELD, DAY = "staff.held", "staff.day"
TOO_FAR = timedelta(days=90)
STATUS_FRESH = timedelta(hours=20)  # a status with no end is read again when older than this
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PAST_WORDS = {"today": 0, "hoy": 0, "yesterday": -1, "ayer": -1}  # the understanding reads no past window


# -- the facts -----------------------------------------------------------------------------------------
def preference(session: Session, workspace_id: str, user_id: str) -> StaffPreference | None:
    return session.get(StaffPreference, (workspace_id, user_id))


def hours_of(session: Session, workspace_id: str, user_id: str) -> StaffHours:
    """Their hours: their own (`/atento me hours`) or the team's, in their zone (their own, their profile's,
    else the team's: a profile with no or an unknown zone falls back to it)."""
    team = workspace_settings(session, workspace_id).hours
    person = session.get(Person, (workspace_id, user_id))
    chosen = preference(session, workspace_id, user_id)
    own = None
    if chosen is not None and chosen.hours_start and chosen.hours_end:
        start, end = time.fromisoformat(chosen.hours_start), time.fromisoformat(chosen.hours_end)
        own = Hours(start, end, end < start)
    zone = (chosen.tz if chosen is not None else None) or (person.tz if person is not None else None)
    return staff_hours(team, zone, own)


def away_windows(session: Session, workspace_id: str, user_id: str, now: datetime) -> list[Unavailability]:
    return list(
        session.scalars(
            select(Unavailability)
            .where(
                Unavailability.workspace_id == workspace_id,
                Unavailability.user_id == user_id,
                Unavailability.scope == "staff",
                Unavailability.cleared_at.is_(None),
                Unavailability.resume_at > now,
            )
            .order_by(Unavailability.start_at)
        )
    )


def facts_of(session: Session, workspace_id: str, user_id: str, now: datetime) -> rules.StaffFacts:
    """What policies/staff_availability.py needs about one staff member, read now."""
    person = session.get(Person, (workspace_id, user_id))
    status_away = person is not None and status_reads_as_away(person.status_text, person.status_emoji)
    until = person.status_expires_at if person is not None else None
    if status_away and until is not None and until <= now:
        status_away = False  # Slack has cleared it; our copy is older
    windows = tuple(
        Window(w.start_at, w.resume_at, rules.AWAY) for w in away_windows(session, workspace_id, user_id, now)
    )
    return rules.StaffFacts(
        user_id, hours_of(session, workspace_id, user_id), windows, status_away, until if status_away else None
    )


def fresh_facts(session: Session, workspace_id: str, user_id: str, now: datetime) -> rules.StaffFacts:
    """`facts_of`, and a read of their Slack profile (zone, status) when we have none or it is a day old: the
    status is read again daily, for the decisions that follow (this one uses what we know)."""
    person = session.get(Person, (workspace_id, user_id))
    if people.is_stale(person, now) or not people.is_fetched(person):
        people.queue_refresh(session, workspace_id, user_id, now)
    return facts_of(session, workspace_id, user_id, now)


def held_for(session: Session, workspace_id: str, user_id: str, now: datetime) -> tuple[datetime, str] | None:
    """None when a DM may reach them now; else when to try again and why (a code of the policy).

    Someone whose hours never open is written to at once: a message is never lost to a setting."""
    reach = rules.next_reachable(fresh_facts(session, workspace_id, user_id, now), now)
    if isinstance(reach, rules.Reachable):
        return None if reach.held_by is None else (reach.at, reach.held_by)
    if isinstance(reach, rules.Recheck):
        return reach.at, reach.reason
    return None


def back_text(session: Session, workspace_id: str, back: datetime | None, user_id: str, language: str) -> str:
    """'until Mon 28 Dec' (a day, or a day and a time) in the person's zone; unknown: 'until the status changes'."""
    if back is None:
        return say("until_unknown", language)
    zone = hours_of(session, workspace_id, user_id).tz
    local = back.astimezone(ZoneInfo(zone))
    day = render.day(local, language) if local.time() == time(0) else moment_text(back, zone, language)
    return say("until_day", language, day=day)


# -- DMs held to their hours ---------------------------------------------------------------------------
def direct_message(
    session: Session,
    *,
    now: datetime,
    workspace_id: str,
    user_id: str,
    text: str,
    purpose: str,
    subject: str,
    dedupe_key: str | None = None,
    blocks: list[dict] | None = None,
    due_at: datetime | None = None,
) -> bool:
    """A DM to a staff member, now if they may be reached, else held (`staff.held`) until they may (P5).
    `due_at`: not before then (a reminder they asked for), and then only in their working time."""
    held = (
        (due_at, "scheduled") if due_at is not None and due_at > now else held_for(session, workspace_id, user_id, now)
    )
    if held is None:
        return outbox.direct_message(
            session,
            now=now,
            workspace_id=workspace_id,
            user_id=user_id,
            text=text,
            purpose=purpose,
            subject=subject,
            dedupe_key=dedupe_key,
            blocks=blocks,
        )
    at, why = held
    message = dict(text=text, blocks=blocks, purpose=purpose, subject=subject, dedupe_key=dedupe_key)
    return timers.schedule(
        session,
        kind=HELD,
        subject=f"staff:{user_id}",
        due_at=at,
        now=now,
        workspace_id=workspace_id,
        payload={"user": user_id, "held_by": why, "message": message},
        dedupe_key=f"held:{dedupe_key}" if dedupe_key else None,
        priority=PRIORITY.get(purpose, 5),
    )


def on_held(ctx: FireContext) -> Outcome:
    """Fire time: may they be reached now? Send it; else wait again. A status with no end is read again
    first when our copy is most of a day old (once a day: `people.queue_refresh`)."""
    workspace_id, user_id = ctx.timer.workspace_id, ctx.timer.payload["user"]
    person = ctx.session.get(Person, (workspace_id, user_id))
    facts = facts_of(ctx.session, workspace_id, user_id, ctx.now)
    if (
        facts.status_away
        and facts.status_until is None
        and ctx.now - person.fetched_at > STATUS_FRESH
        and people.queue_refresh(ctx.session, workspace_id, user_id, ctx.now)
    ):
        return Reschedule(ctx.now + timedelta(minutes=5), "their status is read again")
    held = held_for(ctx.session, workspace_id, user_id, ctx.now)
    if held is not None:
        return Reschedule(*held)
    message: dict[str, Any] = ctx.timer.payload["message"]
    outbox.direct_message(ctx.session, now=ctx.now, workspace_id=workspace_id, user_id=user_id, **message)
    return Done(f"sent to {user_id}")


def release_held(session: Session, workspace_id: str, user_id: str, now: datetime) -> None:
    """Their time changed (back early, new hours): held DMs re-check at once."""
    session.execute(
        update(Timer)
        .where(
            Timer.kind == HELD,
            Timer.subject == f"staff:{user_id}",
            Timer.workspace_id == workspace_id,
            Timer.state == "pending",
        )
        .values(due_at=now)
    )


# -- who is away (the lead digest) -----------------------------------------------------------------------
def away_now(session: Session, workspace_id: str, now: datetime) -> list[tuple[str, datetime | None, str, Any]]:
    """(user id, back at or None, reason, the day they are back in their zone) for everyone on staff who is
    away now, soonest back first."""
    settings = workspace_settings(session, workspace_id)
    candidates = set(settings.on_duty) | ({settings.lead} if settings.lead else set())
    candidates |= set(
        session.scalars(
            select(Unavailability.user_id).where(
                Unavailability.workspace_id == workspace_id,
                Unavailability.scope == "staff",
                Unavailability.cleared_at.is_(None),
                Unavailability.resume_at > now,
            )
        )
    )
    candidates |= {
        p.user_id
        for p in session.scalars(
            select(Person).where(
                Person.workspace_id == workspace_id,
                Person.role == "staff",
                Person.deleted.is_(False),
                Person.status_text.is_not(None),
            )
        )
        if status_reads_as_away(p.status_text, p.status_emoji)
    }
    away = []
    for user_id in sorted(u for u in candidates if u):
        facts = facts_of(session, workspace_id, user_id, now)
        found = rules.is_away(facts, now)
        if found is not None:
            day = found.until.astimezone(ZoneInfo(facts.hours.tz)).date() if found.until else None
            away.append((user_id, found.until, found.reason, day))
    return sorted(away, key=lambda a: (a[1] is None, a[1] or now, a[0]))


# -- commands --------------------------------------------------------------------------------------------
class StaffTime:
    """`/atento me …`, `/away me …` and `/atento digest me …`: a staff member's own time."""

    def __init__(self, sessions, clock, know, notify=lambda: None):
        self.sessions, self.clock, self.know, self.notify = sessions, clock, know, notify

    def _refused(self, workspace_id: str, user_id: str, key: str) -> str | None:
        if self.know(workspace_id, user_id).role == "staff":
            return None
        with read_only(self.sessions) as session:
            return answers.say(key, person_language(session, workspace_id, user_id))

    # `/atento me`, `/atento me hours 08:00-16:00 [zone]`, `/atento me hours default`
    def me(self, workspace_id: str, user_id: str, words: list[str]) -> str:
        if refused := self._refused(workspace_id, user_id, "only_staff:settings"):
            return refused
        now = self.clock.now()
        with unit_of_work(self.sessions) as session:
            language = person_language(session, workspace_id, user_id)
            if not words:
                return self._summary(session, workspace_id, user_id, language, now)
            if words[0] != "hours" or len(words) < 2:
                return say("usage:me", language)
            said = " ".join(words[1:])
            chosen = self._preference(session, workspace_id, user_id, now)
            if words[1:] == ["default"]:
                chosen.hours_start = chosen.hours_end = chosen.tz = None
                release_held(session, workspace_id, user_id, now)
                session.flush()
                hours = hours_of(session, workspace_id, user_id)
                return say("hours_default", language, hours=_hours_line(hours, language), tz=hours.tz)
            zone = None
            if len(words) > 2 and not words[-1][:1].isdigit():  # a zone after the hours: `Europe/Madrid`, `UTC`
                zone = parse_zone(words[-1])
                if isinstance(zone, Invalid):
                    return say(zone.reason, language, said=words[-1])
                said = " ".join(words[1:-1])
            parsed = parse_hours(said)
            if isinstance(parsed, Invalid):
                return say(parsed.reason, language, said=said)
            chosen.hours_start, chosen.hours_end = f"{parsed.start:%H:%M}", f"{parsed.end:%H:%M}"
            if zone is not None:
                chosen.tz = zone
            chosen.updated_at = now
            release_held(session, workspace_id, user_id, now)
            session.flush()
            hours = hours_of(session, workspace_id, user_id)
            self._replan_day_note(session, workspace_id, user_id, now)
            answer = say("hours_set", language, hours=_hours_line(hours, language), tz=hours.tz)
        self.notify()
        return answer

    def _summary(self, session: Session, workspace_id: str, user_id: str, language: str, now: datetime) -> str:
        hours = hours_of(session, workspace_id, user_id)
        chosen = preference(session, workspace_id, user_id)
        zone_note = say("zone_from_workspace", language) if hours.zone_from == "workspace" else ""
        digest = (
            say("digest_on_line", language, at=chosen.day_digest_at)
            if chosen is not None and chosen.day_digest_at
            else say("digest_off_line", language)
        )
        return say(
            "me_summary",
            language,
            hours=_hours_line(hours, language),
            tz=hours.tz,
            zone_note=zone_note,
            away=self._away_summary(session, workspace_id, user_id, language, now),
            digest=digest,
        )

    @staticmethod
    def _away_summary(session: Session, workspace_id: str, user_id: str, language: str, now: datetime) -> str:
        away = rules.is_away(facts_of(session, workspace_id, user_id, now), now)
        if away is None:
            return say("not_away", language)
        back = back_text(session, workspace_id, away.until, user_id, language)
        return say("away_summary", language, why=say(f"why:{away.reason}", language), until=back)

    @staticmethod
    def _preference(session: Session, workspace_id: str, user_id: str, now: datetime) -> StaffPreference:
        chosen = preference(session, workspace_id, user_id)
        if chosen is None:
            chosen = StaffPreference(workspace_id=workspace_id, user_id=user_id, created_at=now, updated_at=now)
            session.add(chosen)
        return chosen

    # `/away me until DATE`, `/away me list`, `/away me clear`
    def away(self, workspace_id: str, user_id: str, words: list[str]) -> str:
        if refused := self._refused(workspace_id, user_id, "only_staff:away"):
            return refused
        now = self.clock.now()
        with unit_of_work(self.sessions) as session:
            language = person_language(session, workspace_id, user_id)
            if words in (["list"], []):
                return self._away_lines(session, workspace_id, user_id, language, now)
            if words == ["clear"]:
                cleared = session.execute(
                    update(Unavailability)
                    .where(
                        Unavailability.workspace_id == workspace_id,
                        Unavailability.user_id == user_id,
                        Unavailability.scope == "staff",
                        Unavailability.cleared_at.is_(None),
                    )
                    .values(cleared_at=now)
                ).rowcount
                if not cleared:
                    return say("away_nothing_to_clear", language)
                release_held(session, workspace_id, user_id, now)
                answer = say("away_cleared", language, count=cleared)
            elif len(words) >= 2 and words[0] in ("until", "hasta"):
                said = " ".join(words[1:])
                answer = self._away_until(session, workspace_id, user_id, said, words[0], language, now)
            else:
                return say("usage:away_me", language)
        self.notify()
        return answer

    def _away_until(
        self, session: Session, workspace_id: str, user_id: str, said: str, keyword: str, language: str, now
    ) -> str:
        hours = hours_of(session, workspace_id, user_id)
        zone = ZoneInfo(hours.tz)
        if said.strip().lower() in _PAST_WORDS:
            resume = now.astimezone(zone).date() + timedelta(days=_PAST_WORDS[said.strip().lower()])
        elif _ISO_DAY.match(said.strip()):
            try:
                resume = datetime.fromisoformat(said.strip()).date()
            except ValueError:
                return say("away_unreadable", language, said=said)
        else:
            # Read as a person saying it of themselves (the "customer" reading of availability statements).
            frames = (
                ["no estoy hasta {}", "out until {}"] if keyword == "hasta" else ["out until {}", "no estoy hasta {}"]
            )
            heard = [understand(frame.format(said), now, hours.tz, role="customer").unavailable for frame in frames]
            found = next((h for h in heard if h is not None), None)
            if found is None:
                return say("away_unreadable", language, said=said)
            resume = found.resume
        window = rules.away_me(resume, hours, now)
        day = render.day(datetime.combine(resume, time(0), tzinfo=zone), language)
        if isinstance(window, Invalid):
            return say(window.reason, language, said=said, day=day)
        if window.resume - now > TOO_FAR:
            return say("away_too_far", language, said=said, day=day)
        session.add(
            Unavailability(
                workspace_id=workspace_id,
                user_id=user_id,
                channel_id=None,
                scope="staff",
                start_at=window.start,
                resume_at=window.resume,
                source="away",
                matched=said[:500],
                confidence=1.0,
                created_by=user_id,
                created_at=now,
            )
        )
        session.flush()
        return say("away_noted", language, back=day)

    def _away_lines(self, session: Session, workspace_id: str, user_id: str, language: str, now: datetime) -> str:
        lines = []
        for window in away_windows(session, workspace_id, user_id, now):
            back = back_text(session, workspace_id, window.resume_at, user_id, language)
            lines.append(say("away_list_window", language, until=back))
        facts = facts_of(session, workspace_id, user_id, now)
        if facts.status_away:
            person = session.get(Person, (workspace_id, user_id))
            status = (person.status_text or person.status_emoji or "").strip()
            if facts.status_until is None:
                lines.append(say("away_list_status_open", language, status=status))
            else:
                back = back_text(session, workspace_id, facts.status_until, user_id, language)
                lines.append(say("away_list_status", language, status=status, until=back))
        if not lines:
            return say("not_away", language)
        return "\n".join([say("away_list_title", language), *lines])

    # `/atento digest me 17:00` | `off`
    def day_note(self, workspace_id: str, user_id: str, words: list[str]) -> str:
        if refused := self._refused(workspace_id, user_id, "only_staff:digests"):
            return refused
        now = self.clock.now()
        with unit_of_work(self.sessions) as session:
            language = person_language(session, workspace_id, user_id)
            said = " ".join(words)
            if words == ["off"]:
                chosen = preference(session, workspace_id, user_id)
                if chosen is None or not chosen.day_digest_at:
                    return say("day_digest_none", language)
                chosen.day_digest_at, chosen.day_digest_next_at, chosen.updated_at = None, None, now
                timers.cancel(session, kind=DAY, subject=f"staff:{user_id}", reason="turned off")
                return say("day_digest_off", language)
            at = _clock(said)
            if at is None:
                return say("day_digest_time", language, said=said)
            chosen = self._preference(session, workspace_id, user_id, now)
            chosen.day_digest_at, chosen.updated_at = f"{at:%H:%M}", now
            session.flush()
            first = self._replan_day_note(session, workspace_id, user_id, now)
            hours = hours_of(session, workspace_id, user_id)
            first_text = moment_text(first, hours.tz, language) if first else "—"
            answer = say("day_digest_on", language, at=chosen.day_digest_at, tz=hours.tz, first=first_text)
        self.notify()
        return answer

    @staticmethod
    def _replan_day_note(session: Session, workspace_id: str, user_id: str, now: datetime) -> datetime | None:
        chosen = preference(session, workspace_id, user_id)
        timers.cancel(session, kind=DAY, subject=f"staff:{user_id}", reason="replanned")
        if chosen is None or not chosen.day_digest_at:
            return None
        return schedule_day_note(session, chosen, now, now)


def schedule_day_note(session: Session, chosen: StaffPreference, after: datetime, now: datetime) -> datetime | None:
    """One pending `staff.day` timer at their next note (its dedupe key names the moment)."""
    hours = hours_of(session, chosen.workspace_id, chosen.user_id)
    at = staff_day.next_note_at(hours, time.fromisoformat(chosen.day_digest_at), after)
    chosen.day_digest_next_at = at
    if at is None:
        return None
    timers.schedule(
        session,
        kind=DAY,
        subject=f"staff:{chosen.user_id}",
        due_at=at,
        now=now,
        workspace_id=chosen.workspace_id,
        payload={"user": chosen.user_id, "at": at.isoformat()},
        dedupe_key=f"staff-day:{chosen.workspace_id}:{chosen.user_id}:{at.isoformat()}",
        priority=8,
    )
    return at


def on_day_note(ctx: FireContext) -> Outcome:
    """Their end-of-day note: plan the next one, then DM this one unless they are away today."""
    workspace_id, user_id = ctx.timer.workspace_id, ctx.timer.payload["user"]
    chosen = ctx.session.get(StaffPreference, (workspace_id, user_id), with_for_update=True)
    scheduled = datetime.fromisoformat(ctx.timer.payload["at"])
    if chosen is None or not chosen.day_digest_at:
        return Skip("turned off")
    if chosen.day_digest_next_at != scheduled:
        return Skip("replanned")
    schedule_day_note(ctx.session, chosen, max(ctx.now, scheduled), ctx.now)
    facts = facts_of(ctx.session, workspace_id, user_id, ctx.now)
    if rules.is_away(facts, ctx.now) is not None:
        return Skip("away today")
    language = person_language(ctx.session, workspace_id, user_id)
    note = staff_day.day_note(*_own_work(ctx.session, workspace_id, user_id), facts.hours.tz, ctx.now)
    text = _note_text(ctx.session, workspace_id, note, facts.hours.tz, language, ctx.now)
    outbox.direct_message(
        ctx.session,
        now=ctx.now,
        workspace_id=workspace_id,
        user_id=user_id,
        text=text,
        purpose="digest",
        subject=f"staff:{user_id}",
        dedupe_key=f"staff-day-post:{workspace_id}:{user_id}:{scheduled.isoformat()}",
    )
    return Done("end-of-day note")


def _own_work(
    session: Session, workspace_id: str, user_id: str
) -> tuple[list[staff_day.OwnRequest], list[staff_day.OwnPromise]]:
    owned = list(
        session.scalars(
            select(Request)
            .where(Request.workspace_id == workspace_id, Request.owner_user_id == user_id, Request.state == "open")
            .order_by(Request.created_at)
        )
    )
    names = {r.id: people.customer_name(session, r) for r in owned}
    requests = [
        staff_day.OwnRequest(
            r.number, r.channel_id, r.thread_ts, names[r.id], r.excerpt, r.last_customer_at, r.last_staff_at
        )
        for r in owned
    ]
    by_id = {r.id: r for r in owned}
    promises = [
        staff_day.OwnPromise(
            by_id[p.request_id].number,
            by_id[p.request_id].channel_id,
            by_id[p.request_id].thread_ts,
            names[p.request_id],
            p.due_at,
        )
        for p in session.scalars(
            select(Promise).where(
                Promise.workspace_id == workspace_id, Promise.owner_user_id == user_id, Promise.state == "open"
            )
        )
        if p.request_id in by_id
    ]
    return requests, promises


def _note_text(session: Session, workspace_id: str, note: staff_day.DayNote, tz: str, language: str, now) -> str:
    url = workspace_settings(session, workspace_id).url
    local = now.astimezone(ZoneInfo(tz))

    def link(number: int, channel_id: str, thread_ts: str) -> str:
        return f"<{render.thread_link(url, channel_id, thread_ts)}|REQ-{number}>"

    lines = [f"*{say('day_title', language, day=render.day(local, language))}*"]
    if note.quiet:
        return "\n".join([*lines, say("day_quiet", language)])
    if note.open_requests:
        lines.append(f"*{say('day_open', language, n=len(note.open_requests) + note.more_open)}*")
        for r in note.open_requests:
            excerpt = render.short(r.excerpt, 90)
            lines.append(f"• {link(r.number, r.channel_id, r.thread_ts)} · {r.customer}: “{excerpt}”")
        if note.more_open:
            lines.append("_" + say("day_more", language, n=note.more_open) + "_")
    if note.waiting:
        lines.append(f"*{say('day_waiting', language, n=len(note.waiting))}*")
        for r in note.waiting:
            since = say("day_waiting_since", language, at=moment_text(r.last_customer_at, tz, language))
            lines.append(f"• {r.customer} · {link(r.number, r.channel_id, r.thread_ts)} · {since}")
    if note.promises:
        lines.append(f"*{say('day_promises', language, n=len(note.promises))}*")
        for p in note.promises:
            due = say("day_due", language, at=moment_text(p.due_at, tz, language))
            lines.append(f"• {link(p.number, p.channel_id, p.thread_ts)} · {p.customer} · {due}")
    return "\n".join(lines)


def _hours_line(hours: StaffHours, language: str) -> str:
    key = "hours_line_overnight" if hours.overnight else "hours_line"
    return say(key, language, start=f"{hours.start:%H:%M}", end=f"{hours.end:%H:%M}")


def _clock(text: str) -> time | None:
    match = re.fullmatch(r"\s*(\d{1,2})(?::(\d{2}))?\s*", text or "")
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    return time(hour, minute) if hour < 24 and minute < 60 else None
