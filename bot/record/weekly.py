"""The digest's figures (issue 19): the weekly figures per customer organisation with their day-by-day
series for the chart, and the daily digest's "resolved yesterday". Read here, decided in
`policies.figures`, put into words by `texts.figures_text` and drawn by `chart.chart_png`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

import bot.record.query as query
from policies import figures as rules


@dataclass(frozen=True)
class WeeklyFigures:
    report: rules.Report  # total and per organisation
    days: tuple[rules.Day, ...]  # the chart's series, in `tz`
    tz: str


def weekly_figures(
    session: Session,
    workspace_id: str,
    channels: list[str] | None,
    since: datetime,
    until: datetime,
    now: datetime,
    tz: str,
) -> WeeklyFigures:
    """The figures of [since, until) in these channels (None: every channel), business time per the team's
    calendar, and one `Day` per local day in `tz` (the subscriber's) for the chart."""
    hours = query.team_hours(session, workspace_id)
    requests, promises = query.facts(session, workspace_id, channels, since, until)
    return WeeklyFigures(
        report=rules.report(requests, promises, since, until, hours, now),
        days=rules.daily(requests, since, until, tz, hours),
        tz=tz,
    )


def resolved_between(
    session: Session, workspace_id: str, channels: list[str] | None, since: datetime, until: datetime
) -> tuple[rules.RequestFacts, ...]:
    """Requests resolved in [since, until), in order (the daily digest's "resolved yesterday")."""
    requests, _ = query.facts(session, workspace_id, channels, since, until)
    return rules.resolved_in(requests, since, until)
