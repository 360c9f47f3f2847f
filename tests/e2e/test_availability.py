"""What customers say about being away is recorded and confirmed to them (issue 4, first part)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.models import Unavailability, Workspace
from bot.simulator import CUSTOMER_TEAM, OUR_TEAM, message_event, ts_at

PANAMA = ZoneInfo("America/Panama")


def team_in_panama(bot, slack):
    slack.add_user("UCARLA", team_id=CUSTOMER_TEAM, name="Carla Pérez")
    with bot.atento.sessions.begin() as session:
        workspace = session.get(Workspace, OUR_TEAM)
        workspace.settings = {**workspace.settings, "hours": {"tz": "America/Panama", "country": "PA"}}


def customer_says(bot, clock, text: str, thread_ts: str | None = None) -> str:
    ts = ts_at(clock.now())
    bot.send.event(message_event(text=text, user="UCARLA", ts=ts, thread_ts=thread_ts))
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


def replies_in(slack, thread: str) -> list[str]:
    return [p["text"] for p in slack.posts("CSHARED") if p.get("thread_ts") == thread]


def test_a_company_closure_is_recorded_for_the_channel_and_confirmed_in_spanish(bot, clock, slack):
    team_in_panama(bot, slack)
    clock.set(datetime(2026, 12, 16, 10, tzinfo=PANAMA))
    thread = customer_says(bot, clock, "Buenos días: estaremos cerrados del 24 al 31 de diciembre")
    (window,) = windows(bot)
    assert (window.scope, window.channel_id, window.user_id) == ("company", "CSHARED", None)
    assert window.start_at == datetime(2026, 12, 24, tzinfo=PANAMA)
    assert window.resume_at == datetime(2027, 1, 1, tzinfo=PANAMA)
    assert replies_in(slack, thread)[-1] == "Entendido: no te escribiremos hasta el vie 1 de ene."


def test_a_later_statement_replaces_an_overlapping_one(bot, clock, slack):
    team_in_panama(bot, slack)
    clock.set(datetime(2026, 12, 16, 10, tzinfo=PANAMA))
    thread = customer_says(bot, clock, "I'm out of office until Jan 5")
    customer_says(bot, clock, "sorry, correction: I'm out of office until Monday", thread_ts=thread)
    (window,) = windows(bot)
    assert window.resume_at == datetime(2026, 12, 21, tzinfo=PANAMA)
    assert replies_in(slack, thread)[-2:] == [
        "Noted — we'll hold follow-ups until Tue 5 Jan.",
        "Noted — we'll hold follow-ups until Mon 21 Dec.",
    ]
    assert len(windows(bot, live_only=False)) == 2  # the first is kept, cleared


def test_an_opt_out_lasts_until_they_write_again(bot, clock, slack):
    team_in_panama(bot, slack)
    thread = customer_says(bot, clock, "Quick question about SSO")
    customer_says(bot, clock, "please stop pinging me about this, I'll reach out when ready", thread_ts=thread)
    assert [w.scope for w in windows(bot)] == ["opt_out"]
    customer_says(bot, clock, "ok I'm ready now, any news?", thread_ts=thread)
    assert windows(bot) == []


def test_nothing_is_applied_silently_over_ninety_days_ahead(bot, clock, slack):
    team_in_panama(bot, slack)
    clock.set(datetime(2026, 12, 16, 10, tzinfo=PANAMA))
    thread = customer_says(bot, clock, "I'm on leave until September 30th")
    assert windows(bot) == []
    assert replies_in(slack, thread) == ["Logged as REQ-1. A named person from our team will take it."]


def test_a_hesitant_reading_is_recorded_but_not_announced(bot, clock, slack):
    team_in_panama(bot, slack)
    clock.set(datetime(2026, 12, 16, 10, tzinfo=PANAMA))
    thread = customer_says(bot, clock, "can we talk on Monday instead?")
    (window,) = windows(bot)
    assert window.confidence < 0.7
    assert replies_in(slack, thread) == ["Logged as REQ-1. A named person from our team will take it."]


def test_ordinary_messages_record_nothing(bot, clock, slack):
    team_in_panama(bot, slack)
    customer_says(bot, clock, "version 2.4.1 broke the CSV export, 3 users affected")
    assert windows(bot, live_only=False) == []
