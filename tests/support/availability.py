"""The away-and-back stories (issue 4): a customer in Panama says when they are away."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.platform.models import Unavailability
from bot.sandbox.simulator import OUR_TEAM
from bot.slack.workspaces import ensure_channel
from tests.support.flow import says
from tests.support.team import people, workspace_settings

PANAMA = ZoneInfo("America/Panama")


def team_in_panama(bot, slack):
    people(slack, "UCARLA")
    workspace_settings(bot, hours={"tz": "America/Panama", "country": "PA"})
    with bot.atento.sessions.begin() as session:
        # The customer organisation's country, as /atento settings would set it: its public holidays apply.
        ensure_channel(
            session, OUR_TEAM, "CSHARED", shared=True, now=datetime(2026, 12, 1, tzinfo=PANAMA)
        ).country = "PA"


def customer_says(bot, clock, text: str, thread_ts: str | None = None) -> str:
    ts = says(bot, clock, text, thread_ts=thread_ts)
    bot.drain()
    clock.advance(seconds=2)  # one message a second per channel
    bot.drain()
    return ts


def windows(bot, live_only: bool = True) -> list[Unavailability]:
    with bot.atento.sessions() as session:
        query = select(Unavailability).order_by(Unavailability.id)
        if live_only:
            query = query.where(Unavailability.cleared_at.is_(None))
        return list(session.scalars(query))


def fix_state(date: str | None = None, remove: bool = False) -> dict:
    values = {"resume": {"resume": {"type": "datepicker", "selected_date": date}}}
    values["remove"] = {"remove": {"type": "checkboxes", "selected_options": [{"value": "remove"}] if remove else []}}
    return values


def stated_window(bot, clock, slack, text="I'm out of office until Jan 5") -> tuple[str, dict]:
    team_in_panama(bot, slack)
    clock.set(datetime(2026, 12, 16, 10, tzinfo=PANAMA))
    thread = customer_says(bot, clock, text)
    note = [p for p in slack.posts("CSHARED") if p.get("thread_ts") == thread and p["text"].startswith("Noted")][-1]
    return thread, note["blocks"][1]["elements"][0]
