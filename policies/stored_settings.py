"""The settings a workspace and a channel keep in their JSON columns, read once into typed values.

Every default lives here: a missing key, or a stored value that cannot be read, falls back to it.
Pure: the JSON in, frozen values out (bot/platform/settings.py reads the rows).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import time
from typing import Any
from zoneinfo import ZoneInfo

from .business_time import Schedule
from .escalation import Ladder
from .promises import Plan

TEAM_LANGUAGES = ("en", "es")
DEFAULT_LANGUAGE = "en"
DEFAULT_TZ = "UTC"
DEFAULT_DAYS = frozenset(range(5))
DEFAULT_START, DEFAULT_END = time(9, 0), time(18, 0)
DEFAULT_HOURS = Schedule(tz=DEFAULT_TZ, days=DEFAULT_DAYS, start=DEFAULT_START, end=DEFAULT_END)


def _mapping(raw: Any) -> Mapping:
    return raw if isinstance(raw, Mapping) else {}


def _text(raw: Any) -> str | None:
    return raw.strip() or None if isinstance(raw, str) else None


def _zone(raw: Any) -> str | None:
    zone = _text(raw)
    try:
        return zone if zone and ZoneInfo(zone) else None
    except (ValueError, KeyError, OSError):  # ZoneInfoNotFoundError is a KeyError
        return None


def _clock(raw: Any, default: time) -> time:
    try:
        return time.fromisoformat(raw) if isinstance(raw, str) else default
    except ValueError:
        return default


def _days(raw: Any) -> frozenset[int]:
    if not isinstance(raw, list | tuple):
        return DEFAULT_DAYS
    if all(isinstance(d, int) and not isinstance(d, bool) and 0 <= d <= 6 for d in raw):
        return frozenset(raw)
    return DEFAULT_DAYS


def _minutes(raw: Any) -> int | None:
    if isinstance(raw, bool):
        return None
    try:
        number = int(raw)
    except (TypeError, ValueError):
        return None
    return number if number >= 0 else None


def _ladder_keys(raw: Any) -> dict[str, int]:
    """Only the ladder's own keys, each a whole number of minutes; anything else is left out."""
    out = {}
    for key, value in _mapping(raw).items():
        if key in Ladder.__dataclass_fields__ and (minutes := _minutes(value)) is not None:
            out[key] = minutes
    return out


def hours_from_json(raw: Any) -> Schedule:
    """{"tz", "days", "start": "09:00", "end", "country"} -> a Schedule; each bad or missing part its default."""
    raw = _mapping(raw)
    country = _text(raw.get("country"))
    return Schedule(
        tz=_zone(raw.get("tz")) or DEFAULT_TZ,
        days=_days(raw.get("days")),
        start=_clock(raw.get("start"), DEFAULT_START),
        end=_clock(raw.get("end"), DEFAULT_END),
        country=country.upper() if country else None,
    )


def plan_from_json(raw: Any) -> Plan:
    raw, default = _mapping(raw), Plan()
    half = raw.get("at_half_time", default.at_half_time)
    before = _minutes(raw.get("before_due_business_minutes"))
    return Plan(
        at_half_time=half if isinstance(half, bool) else default.at_half_time,
        before_due_business_minutes=default.before_due_business_minutes if before is None else before,
    )


def _emoji(value: Any, default: str) -> str:
    """A reaction's name as Slack sends it (`eyes`, not `:eyes:`)."""
    name = value.strip().strip(":") if isinstance(value, str) else ""
    return name if name and " " not in name else default


@dataclass(frozen=True)
class WorkspaceSettings:
    """What a team set for the whole workspace (the settings modal; `url` from the installation)."""

    hours: Schedule = DEFAULT_HOURS  # the team's working hours; hours.tz is the team's timezone
    language: str = DEFAULT_LANGUAGE  # what staff read: en | es
    lead: str | None = None
    on_duty: tuple[str, ...] = ()
    ladder: Ladder = Ladder()
    promises: Plan = Plan()
    url: str | None = None  # https://team.slack.com/, for links to threads
    claim_emoji: str = "eyes"  # issue 16: staff's reaction that claims a request
    resolve_emoji: str = "white_check_mark"  # and the owner's that resolves it

    @classmethod
    def from_json(cls, raw: Any) -> WorkspaceSettings:
        raw = _mapping(raw)
        language = raw.get("language")
        on_duty = raw.get("on_duty")
        return cls(
            hours=hours_from_json(raw.get("hours")),
            language=language if language in TEAM_LANGUAGES else DEFAULT_LANGUAGE,
            lead=_text(raw.get("lead")),
            on_duty=tuple(u for u in on_duty if isinstance(u, str) and u) if isinstance(on_duty, list) else (),
            ladder=Ladder(**_ladder_keys(raw.get("ladder"))),
            promises=plan_from_json(raw.get("promises")),
            url=_text(raw.get("url")),
            claim_emoji=_emoji(_mapping(raw.get("reactions")).get("claim"), "eyes"),
            resolve_emoji=_emoji(_mapping(raw.get("reactions")).get("resolve"), "white_check_mark"),
        )

    @property
    def tz(self) -> str:
        return self.hours.tz

    def ladder_for(self, channel: ChannelSettings | None) -> Ladder:
        """The workspace's ladder with the channel's own targets on top."""
        return replace(self.ladder, **channel.ladder) if channel else self.ladder


@dataclass(frozen=True)
class ChannelSettings:
    """A channel's overrides kept in its JSON column (its other settings are columns of their own)."""

    ladder: Mapping[str, int] = field(default_factory=dict)  # only the targets this channel sets itself
    customer_start: time = DEFAULT_START  # the customers' working day, in their own time
    customer_end: time = DEFAULT_END
    tell_resolved: bool = True  # issue 16: resolving posts one closing line in the customer's thread
    register: str = "usted"  # issue 17: customer-facing Spanish says "usted"; a channel may choose "tu"

    @classmethod
    def from_json(cls, raw: Any) -> ChannelSettings:
        raw = _mapping(raw)
        hours = _mapping(raw.get("customer_hours"))
        return cls(
            ladder=_ladder_keys(raw.get("ladder")),
            customer_start=_clock(hours.get("start"), DEFAULT_START),
            customer_end=_clock(hours.get("end"), DEFAULT_END),
            tell_resolved=raw.get("tell_resolved") is not False,
            register="tu" if raw.get("register") == "tu" else "usted",
        )

    @property
    def customer_hours(self) -> dict[str, str]:
        """As policies.availability.customer_schedule wants them."""
        return {"start": self.customer_start.strftime("%H:%M"), "end": self.customer_end.strftime("%H:%M")}
