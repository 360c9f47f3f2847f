"""The shape of a customer's record: the rows and totals the renderers read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.record.query import Scope
from policies import figures as rules


@dataclass(frozen=True)
class Ownership:
    owner: str  # a name (or a Slack id when the person is unknown or forgotten)
    since: datetime
    how: str  # claimed | taken_over | handed_off
    with_note: bool = False  # a handover note existed (its text is internal and never exported)
    until: datetime | None = None  # released, or passed on


@dataclass(frozen=True)
class PromiseLine:
    made_at: datetime
    due_at: datetime
    outcome: str  # kept | missed | renegotiated | open
    settled_at: datetime | None


@dataclass(frozen=True)
class Lifecycle:
    """One request of the record."""

    reference: str
    number: int
    channel: str
    asked_by: str
    asked_by_id: str
    asked_at: datetime
    text: str | None  # None: removed (see `text_removed`)
    text_removed: str | None  # purged | forgotten | None
    state: str  # open | resolved | withdrawn
    first_response_at: datetime | None
    first_response_minutes: float | None  # business minutes of the team's calendar
    owners: tuple[Ownership, ...]
    promises: tuple[PromiseLine, ...]
    resolved_at: datetime | None
    resolved_by: str | None
    resolution_minutes: float | None
    reopened: tuple[datetime, ...]


@dataclass(frozen=True)
class Record:
    """Everything the renderers need: the scope, the period, the rows, the totals."""

    scope: Scope
    since: datetime | None  # None: from the first request
    until: datetime
    produced_at: datetime
    language: str
    requests: tuple[Lifecycle, ...]
    figures: rules.Figures
    texts_removed: int

    @property
    def period_start(self) -> datetime:
        return self.since or min((r.asked_at for r in self.requests), default=self.until - timedelta(days=1))
