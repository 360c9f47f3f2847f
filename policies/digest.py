"""Digests for team leads (issue 6): when one is due, and what it contains.

Pure: the facts come in as plain rows, `now` is a parameter. The bot turns a `Digest` into
Block Kit; this module decides the sections, their order, their figures and where they are cut.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from .business_time import Schedule, business_minutes_between
from .figures import RequestFacts

SHOWN = 8  # items per section before "and N more"
LATE_AFTER = timedelta(minutes=15)  # a digest sent later than this says which day it covers

WEEKDAYS = {
    "mon": 0, "monday": 0, "lun": 0, "lunes": 0,
    "tue": 1, "tuesday": 1, "mar": 1, "martes": 1,
    "wed": 2, "wednesday": 2, "mie": 2, "mié": 2, "miercoles": 2, "miércoles": 2,
    "thu": 3, "thursday": 3, "jue": 3, "jueves": 3,
    "fri": 4, "friday": 4, "vie": 4, "viernes": 4,
    "sat": 5, "saturday": 5, "sab": 5, "sáb": 5, "sabado": 5, "sábado": 5,
    "sun": 6, "sunday": 6, "dom": 6, "domingo": 6,
}  # fmt: skip
_TIME = re.compile(r"^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$", re.IGNORECASE)
_CHANNEL = re.compile(r"^<#([CG][A-Z0-9]+)(?:\|[^>]*)?>$")


# -- subscriptions ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Cadence:
    """Daily, or weekly on `weekday` (0 = Monday), at `at` in the subscriber's timezone."""

    every: str  # daily | weekly
    at: time
    weekday: int | None = None


@dataclass(frozen=True)
class Subscribe:
    cadence: Cadence
    channel_id: str | None = None  # None: to the subscriber's DM
    language: str | None = None


@dataclass(frozen=True)
class Unsubscribe:
    channel_id: str | None = None


@dataclass(frozen=True)
class Preview:
    pass


@dataclass(frozen=True)
class Invalid:
    reason: str


DigestCommand = Subscribe | Unsubscribe | Preview | Invalid


def parse_time(text: str) -> time | None:
    """'09:00', '9', '9am', '5:30pm' → a time; anything else → None."""
    match = _TIME.match(text.strip())
    if not match:
        return None
    hour, minute, half = int(match[1]), int(match[2] or 0), (match[3] or "").lower()
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def parse_command(words: list[str]) -> DigestCommand:
    """The words after `/atento digest`: `[#channel] daily 09:00 [en|es]`, `[#channel] weekly mon 09:00`,
    `[#channel] off`, `preview`."""
    words = list(words)
    channel = None
    if words and (match := _CHANNEL.match(words[0])):
        channel, words = match[1], words[1:]
    elif words and words[0].startswith("#"):
        return Invalid("channel_unresolved")
    lowered = [w.lower() for w in words]
    if lowered == ["preview"] and channel is None:
        return Preview()
    if lowered == ["off"]:
        return Unsubscribe(channel)
    language = None
    if lowered and lowered[-1] in ("en", "es"):
        language, lowered = lowered[-1], lowered[:-1]
    if len(lowered) == 2 and lowered[0] in ("daily", "diario"):
        at = parse_time(lowered[1])
        return Subscribe(Cadence("daily", at), channel, language) if at else Invalid("time")
    if len(lowered) == 3 and lowered[0] in ("weekly", "semanal"):
        weekday, at = WEEKDAYS.get(lowered[1]), parse_time(lowered[2])
        if weekday is None:
            return Invalid("weekday")
        return Subscribe(Cadence("weekly", at, weekday), channel, language) if at else Invalid("time")
    return Invalid("usage")


def next_send(cadence: Cadence, tz: str, after: datetime) -> datetime:
    """The first moment strictly after `after` at the cadence's wall-clock time in `tz` (DST-safe:
    09:00 stays 09:00 local across the change; a time that does not exist that day moves forward)."""
    zone = ZoneInfo(tz)
    day = after.astimezone(zone).date()
    for _ in range(15):
        if cadence.every == "daily" or day.weekday() == cadence.weekday:
            candidate = _local(day, cadence.at, zone)
            if candidate > after:
                return candidate
        day += timedelta(days=1)
    raise ValueError("no next occurrence")  # unreachable for a valid cadence


def _local(day: date, at: time, zone: ZoneInfo) -> datetime:
    naive = datetime.combine(day, at)
    moment = naive.replace(tzinfo=zone)
    # A wall time in a spring-forward gap does not round-trip; take the instant zoneinfo maps it to.
    return moment.astimezone(UTC).astimezone(zone)


def previous_send(cadence: Cadence, tz: str, scheduled: datetime) -> datetime:
    """The occurrence before `scheduled` (what a first digest covers from)."""
    step = timedelta(days=1 if cadence.every == "daily" else 7)
    return next_send(cadence, tz, scheduled - step - timedelta(hours=3))


def is_late(scheduled: datetime, now: datetime) -> bool:
    return now - scheduled > LATE_AFTER


# -- content ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RequestRow:
    number: int
    channel_id: str
    channel_label: str  # the customer organisation, else the channel name
    customer: str
    excerpt: str
    created_at: datetime
    owner: str | None
    first_reply_at: datetime | None
    handoffs: int
    thread_ts: str


@dataclass(frozen=True)
class PromiseRow:
    number: int
    channel_id: str
    thread_ts: str
    owner: str
    customer: str
    due_at: datetime
    state: str  # open | missed
    closed_at: datetime | None = None


@dataclass(frozen=True)
class HoldRow:
    customer: str
    channel_id: str
    resume_at: datetime | None  # None: until they write again
    scope: str  # person | company | opt_out
    resume_day: date | None = None  # the day they are back, in their own timezone


@dataclass(frozen=True)
class StaffAwayRow:
    """Someone on staff who is away now (issue 17) and when they are back (None: until their status changes)."""

    user: str
    back_at: datetime | None
    reason: str  # away | status | status_no_expiry (policies.staff_availability)
    back_day: date | None = None  # the day they are back, in their own timezone


@dataclass(frozen=True)
class Section:
    key: str
    items: tuple  # rows, in the order shown
    more: int = 0  # how many were left out


@dataclass(frozen=True)
class Digest:
    since: datetime
    until: datetime
    sections: tuple[Section, ...]
    first_response_median: float | None = None  # business minutes
    first_response_worst: float | None = None
    unclaimed_ages: dict[int, float] = field(default_factory=dict)  # request number → business minutes

    @property
    def quiet(self) -> bool:
        return not self.sections


def build(
    *,
    since: datetime,
    now: datetime,
    open_requests: list[RequestRow],
    new_requests: list[RequestRow],
    promises: list[PromiseRow],
    holds: list[HoldRow],
    hours: Schedule,
    shown: int = SHOWN,
    resolved: list[RequestFacts] | tuple[RequestFacts, ...] = (),
    staff_away: list[StaffAwayRow] | tuple[StaffAwayRow, ...] = (),
) -> Digest:
    """What a lead needs to see, section by section; empty sections are left out. `resolved`: the
    requests resolved in the period (the daily digest's "resolved since yesterday"), in that order."""
    sections: list[Section] = []

    def add(key: str, rows: list, limit: int = shown) -> None:
        if rows:
            sections.append(Section(key, tuple(rows[:limit]), max(0, len(rows) - limit)))

    new = sorted(new_requests, key=lambda r: (r.channel_label.lower(), r.created_at))
    add("new", new)
    add("resolved", sorted(resolved, key=lambda r: (r.resolved_at or now, r.number)))
    unclaimed = sorted((r for r in open_requests if r.owner is None), key=lambda r: r.created_at)
    ages = {r.number: business_minutes_between(r.created_at, now, hours) for r in unclaimed[:shown]}
    add("unclaimed", unclaimed)
    waits = [
        business_minutes_between(r.created_at, r.first_reply_at, hours)
        for r in new_requests
        if r.first_reply_at is not None
    ]
    unanswered = sorted((r for r in open_requests if r.first_reply_at is None), key=lambda r: r.created_at)
    if waits or unanswered:
        sections.append(Section("first_response", tuple(unanswered[:shown]), max(0, len(unanswered) - shown)))
    horizon = now + timedelta(hours=24)
    add("due_soon", sorted((p for p in promises if p.state == "open" and now <= p.due_at < horizon), key=_due))
    missed = [p for p in promises if p.state == "missed" and p.closed_at is not None and since < p.closed_at <= now]
    add("missed", sorted(missed, key=_due))
    add("on_hold", sorted(holds, key=lambda h: (h.resume_at is None, h.resume_at or now, h.customer)))
    add("staff_away", sorted(staff_away, key=lambda a: (a.back_at is None, a.back_at or now, a.user)))
    add("ping_pong", sorted((r for r in open_requests if r.handoffs >= 3), key=lambda r: (-r.handoffs, r.number)))
    load: dict[str, int] = {}
    for request in open_requests:
        if request.owner:
            load[request.owner] = load.get(request.owner, 0) + 1
    add("load", sorted(load.items(), key=lambda kv: (-kv[1], kv[0])), limit=max(shown, 15))
    return Digest(
        since=since,
        until=now,
        sections=tuple(sections),
        first_response_median=statistics.median(waits) if waits else None,
        first_response_worst=max(waits) if waits else None,
        unclaimed_ages=ages,
    )


def _due(promise: PromiseRow) -> datetime:
    return promise.due_at


# -- records (`/atento record #channel [since DATE] [until DATE]`) -----------------------------------
@dataclass(frozen=True)
class RecordAsk:
    """Whose record and which days (whole days in the customer's zone; None: from the start / until now)."""

    channel_id: str | None = None  # from Slack's link <#C…|name>
    channel_name: str | None = None  # a plain `#name`, looked up among the bot's channels
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class RecordInvalid:
    reason: str  # usage | date | backwards
    text: str = ""  # the words that were not a date
    flag: str = ""


_SINCE, _UNTIL = ("since", "desde", "from", "from:"), ("until", "hasta", "to")


def parse_record(words: list[str]) -> RecordAsk | RecordInvalid:
    """The words after `/atento record`: `#channel [since YYYY-MM-DD] [until YYYY-MM-DD]` (also desde/hasta)."""
    if not words:
        return RecordInvalid("usage")
    head, rest = words[0], list(words[1:])
    channel_id = channel_name = None
    if match := _CHANNEL.match(head):
        channel_id = match[1]
    elif head.startswith("#") and len(head) > 1:
        channel_name = head[1:].lower()
    else:
        return RecordInvalid("usage")
    days: dict[str, date] = {}
    while rest:
        if len(rest) < 2:
            return RecordInvalid("usage")
        flag, text, rest = rest[0].lower(), rest[1], rest[2:]
        which = "since" if flag in _SINCE else "until" if flag in _UNTIL else None
        if which is None or which in days:
            return RecordInvalid("usage")
        try:
            days[which] = date.fromisoformat(text)
        except ValueError:
            return RecordInvalid("date", text=text, flag=flag)
    since, until = days.get("since"), days.get("until")
    if since is not None and until is not None and until < since:
        return RecordInvalid("backwards", text=f"{since.isoformat()}:{until.isoformat()}")
    return RecordAsk(channel_id, channel_name, since, until)
