"""May we follow up with this customer now, and if not, when? (P5: stated unavailability is respected.)

Everything that pauses follow-ups has the same effect: windows the customer stated (for them or their
whole company) or staff recorded with /away, a Slack status that reads as away until it expires,
their working hours in their timezone, their country's public holidays, and an opt-out until they
write again. Pure: facts and `now` in, a moment (or None) out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from .business_time import Schedule

_AWAY_WORDS = re.compile(
    r"\b(vacation|vacaciones|holiday|holidays|feriado|festivo|out of (the )?office|ooo|pto|on leave|de licencia|"
    r"sick|enferm[oa]|de baja|fuera de (la )?oficina|travell?ing|de viaje|away|ausente|off)\b",
    re.IGNORECASE,
)
_AWAY_EMOJI = frozenset(
    {":palm_tree:", ":beach_with_umbrella:", ":desert_island:", ":airplane:", ":face_with_thermometer:", ":sick:",
     ":mask:", ":thermometer:", ":no_entry:", ":luggage:", ":christmas_tree:", ":house_with_garden:"}
)  # fmt: skip


@dataclass(frozen=True)
class Window:
    """Unavailable from `start` until `resume` (exclusive), for a reason shown to staff."""

    start: datetime
    resume: datetime
    reason: str = "stated"


@dataclass(frozen=True)
class CustomerFacts:
    """What we know about when this customer may be contacted."""

    hours: Schedule  # their working days and hours, in *their* timezone (with their country's holidays)
    windows: tuple[Window, ...] = field(default_factory=tuple)
    status_away_until: datetime | None = None
    opted_out: bool = False


def status_reads_as_away(text: str | None, emoji: str | None) -> bool:
    """A Slack status such as ':palm_tree: Vacation' or 'De vacaciones' (EN/ES, words or emoji)."""
    return (emoji or "") in _AWAY_EMOJI or bool(_AWAY_WORDS.search(text or ""))


def customer_schedule(
    tz: str | None, channel_tz: str | None, team_tz: str, country: str | None, hours: dict | None = None
) -> Schedule:
    """Their working hours in their own timezone; without one, the channel's, then the team's."""
    zone = next(z for z in (tz, channel_tz, team_tz, "UTC") if z and _valid(z))
    settings = {**(hours or {}), "tz": zone, "country": country}
    return Schedule.from_settings(settings)


def next_allowed(facts: CustomerFacts, now: datetime, horizon: timedelta = timedelta(days=400)) -> datetime | None:
    """The first moment at or after `now` a follow-up is allowed; None while they have opted out.

    Each rule can only move the moment later, so the loop settles: it stops when no rule moves it.
    """
    if facts.opted_out:
        return None
    moment, limit = now, now + horizon
    while moment <= limit:
        later = _after_windows(facts, moment)
        later = _after_status(facts, later)
        later = _within_hours(facts.hours, later)
        if later is None:
            return None
        if later == moment:
            return moment
        moment = later
    return None


def is_allowed(facts: CustomerFacts, now: datetime) -> bool:
    return next_allowed(facts, now) == now


def paused_by(facts: CustomerFacts, now: datetime) -> str | None:
    """Why a follow-up may not go now ("stated: back Mon 5 Jan", "status", "outside their hours"…)."""
    if facts.opted_out:
        return "asked not to be chased until they write again"
    for window in facts.windows:
        if window.start <= now < window.resume:
            return window.reason
    if facts.status_away_until and now < facts.status_away_until:
        return "Slack status says away"
    if _within_hours(facts.hours, now) != now:
        return "outside their working hours"
    return None


def _after_windows(facts: CustomerFacts, moment: datetime) -> datetime:
    moved = True
    while moved:
        moved = False
        for window in facts.windows:
            if window.start <= moment < window.resume:
                moment, moved = window.resume, True
    return moment


def _after_status(facts: CustomerFacts, moment: datetime) -> datetime:
    until = facts.status_away_until
    return until if until and moment < until else moment


def _within_hours(hours: Schedule, moment: datetime) -> datetime | None:
    """`moment` if it falls in their working hours, else the next opening (None: they never work)."""
    zone = ZoneInfo(hours.tz)
    day = moment.astimezone(zone).date()
    for _ in range(400):
        window = hours.window(day)
        if window is not None:
            opens, closes = window
            if moment < closes:
                return max(moment, opens.astimezone(moment.tzinfo))
        day += timedelta(days=1)
    return None


def _valid(zone: str) -> bool:
    try:
        ZoneInfo(zone)
        return True
    except (KeyError, ValueError):
        return False
