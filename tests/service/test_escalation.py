"""Nobody is ignored: the unclaimed ladder and first-response reminders in business time (issue 3)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.platform.models import Channel, Timer
from bot.sandbox.simulator import OUR_TEAM, message_event, ts_at
from tests.support.flow import says, sweep_at
from tests.support.team import office_in_panama

PANAMA = ZoneInfo("America/Panama")


def customer_writes_at(bot, clock, moment: datetime, text="Payments fail with error 402") -> None:
    clock.set(moment)
    says(bot, clock, text)
    bot.drain()
    with bot.atento.sessions.begin() as session:
        session.get(Channel, (OUR_TEAM, "CSHARED")).triage_channel_id = "CTRIAGE"


def during(hour: int, minute: int, *day: int) -> datetime:
    """One second into that minute (message ts carry microseconds, so steps fall due a hair after :00)."""
    return datetime(*day, hour, minute, 1, tzinfo=PANAMA)


def escalations_in(slack, channel: str) -> list[str]:
    """Escalations and reminders posted to `channel` (a triage channel, or a person's DM)."""
    markers = ("with no owner", "first reply", "Nobody has answered", "is waiting for an answer")
    return [p["text"] for p in slack.posts(channel) if any(m in p["text"] for m in markers)]


def test_friday_evening_request_escalates_to_triage_on_monday_at_nine_ten(bot, clock, slack):
    office_in_panama(bot, slack, "UANA", "ULEAD", "UCARLA")
    customer_writes_at(bot, clock, datetime(2026, 12, 11, 17, 55, tzinfo=PANAMA))
    for moment in ((2026, 12, 11, 18, 30), (2026, 12, 12, 12, 0), (2026, 12, 13, 12, 0), (2026, 12, 14, 9, 9)):
        sweep_at(bot, clock, datetime(*moment, tzinfo=PANAMA))
    assert escalations_in(slack, "CTRIAGE") == [], "escalated over the weekend"
    sweep_at(bot, clock, during(9, 10, 2026, 12, 14))
    (ping,) = escalations_in(slack, "CTRIAGE")
    assert ping.startswith("REQ-1 from Carla Pérez has waited 15 business minutes with no owner")
    sweep_at(bot, clock, during(9, 55, 2026, 12, 14))
    (lead,) = escalations_in(slack, "ULEAD")
    assert "waited 60 business minutes" in lead
    assert escalations_in(slack, "CSHARED") == [], "an escalation went where the customer reads"


def test_not_on_a_public_holiday_of_the_teams_country(bot, clock, slack):
    office_in_panama(bot, slack, "UANA", "ULEAD", "UCARLA")
    customer_writes_at(bot, clock, datetime(2026, 12, 7, 17, 55, tzinfo=PANAMA))  # Tuesday 8 is a holiday in Panama
    sweep_at(bot, clock, datetime(2026, 12, 8, 12, 0, tzinfo=PANAMA))
    sweep_at(bot, clock, datetime(2026, 12, 9, 9, 9, tzinfo=PANAMA))
    assert escalations_in(slack, "CTRIAGE") == []
    sweep_at(bot, clock, during(9, 10, 2026, 12, 9))
    assert len(escalations_in(slack, "CTRIAGE")) == 1


def test_a_claimed_request_does_not_escalate(bot, clock, slack):
    office_in_panama(bot, slack, "UANA", "ULEAD", "UCARLA")
    customer_writes_at(bot, clock, datetime(2026, 12, 16, 10, 0, tzinfo=PANAMA))
    clock.set(datetime(2026, 12, 16, 10, 5, tzinfo=PANAMA))
    bot.send.command("/claim", "1", user="UANA")
    sweep_at(bot, clock, datetime(2026, 12, 16, 11, 30, tzinfo=PANAMA))
    unclaimed_pings = [
        t for channel in ("CTRIAGE", "ULEAD") for t in escalations_in(slack, channel) if "with no owner" in t
    ]
    assert unclaimed_pings == []
    with bot.atento.sessions() as session:
        states = {
            t.subject: t.state for t in session.scalars(select(Timer).where(Timer.kind == "escalation.unclaimed"))
        }
    assert states == {"request:1:triage": "cancelled", "request:1:lead": "cancelled"}


def test_claimed_but_unanswered_reminds_the_owner_then_the_lead_privately(bot, clock, slack):
    office_in_panama(bot, slack, "UANA", "ULEAD", "UCARLA")
    customer_writes_at(bot, clock, datetime(2026, 12, 16, 10, 0, tzinfo=PANAMA))
    clock.set(datetime(2026, 12, 16, 10, 5, tzinfo=PANAMA))
    bot.send.command("/claim", "1", user="UANA")
    sweep_at(bot, clock, datetime(2026, 12, 16, 10, 34, tzinfo=PANAMA))
    assert escalations_in(slack, "UANA") == []
    sweep_at(bot, clock, during(10, 35, 2026, 12, 16))
    (owner,) = escalations_in(slack, "UANA")
    assert owner.startswith("Nobody has answered REQ-1 yet, and it's yours")
    sweep_at(bot, clock, during(11, 5, 2026, 12, 16))
    (lead,) = escalations_in(slack, "ULEAD")
    assert "no first reply for 60 business minutes" in lead


def test_an_answer_stops_the_first_response_reminders(bot, clock, slack):
    office_in_panama(bot, slack, "UANA", "ULEAD", "UCARLA")
    customer_writes_at(bot, clock, datetime(2026, 12, 16, 10, 0, tzinfo=PANAMA))
    thread = [p for p in slack.posts("CSHARED")][0]["thread_ts"]
    clock.set(datetime(2026, 12, 16, 10, 5, tzinfo=PANAMA))
    bot.send.command("/claim", "1", user="UANA")
    clock.set(datetime(2026, 12, 16, 10, 20, tzinfo=PANAMA))
    bot.send.event(
        message_event(text="On it, Carla", user="UANA", user_team=OUR_TEAM, ts=ts_at(clock.now()), thread_ts=thread)
    )
    bot.drain()
    sweep_at(bot, clock, datetime(2026, 12, 16, 12, 0, tzinfo=PANAMA))
    assert escalations_in(slack, "UANA") == [] and escalations_in(slack, "ULEAD") == []


def test_when_the_customer_wrote_last_a_business_day_ago_the_owner_is_reminded(bot, clock, slack):
    office_in_panama(bot, slack, "UANA", "ULEAD", "UCARLA")
    customer_writes_at(bot, clock, datetime(2026, 12, 16, 9, 30, tzinfo=PANAMA))
    thread = slack.posts("CSHARED")[0]["thread_ts"]
    clock.set(datetime(2026, 12, 16, 9, 35, tzinfo=PANAMA))
    bot.send.command("/claim", "1", user="UANA")
    bot.send.event(
        message_event(text="Looking", user="UANA", user_team=OUR_TEAM, ts=ts_at(clock.now()), thread_ts=thread)
    )
    bot.drain()
    clock.set(datetime(2026, 12, 16, 10, 0, tzinfo=PANAMA))  # Wednesday: the customer answers back
    bot.send.event(message_event(text="Any news?", user="UCARLA", ts=ts_at(clock.now()), thread_ts=thread))
    bot.drain()
    sweep_at(bot, clock, datetime(2026, 12, 17, 9, 59, tzinfo=PANAMA))  # 9 business hours: Thursday 10:00
    assert escalations_in(slack, "UANA") == []
    sweep_at(bot, clock, during(10, 0, 2026, 12, 17))
    (reminder,) = escalations_in(slack, "UANA")
    assert reminder.startswith("Carla Pérez wrote last on REQ-1 a business day ago and is waiting for an answer")


def test_a_staff_answer_means_the_customer_is_not_waiting(bot, clock, slack):
    office_in_panama(bot, slack, "UANA", "ULEAD", "UCARLA")
    customer_writes_at(bot, clock, datetime(2026, 12, 16, 9, 30, tzinfo=PANAMA))
    thread = slack.posts("CSHARED")[0]["thread_ts"]
    clock.set(datetime(2026, 12, 16, 9, 35, tzinfo=PANAMA))
    bot.send.command("/claim", "1", user="UANA")
    clock.set(datetime(2026, 12, 16, 10, 0, tzinfo=PANAMA))
    bot.send.event(message_event(text="Any news?", user="UCARLA", ts=ts_at(clock.now()), thread_ts=thread))
    clock.set(datetime(2026, 12, 16, 15, 0, tzinfo=PANAMA))
    bot.send.event(
        message_event(text="Fixed in 3.2.1", user="UANA", user_team=OUR_TEAM, ts=ts_at(clock.now()), thread_ts=thread)
    )
    bot.drain()
    sweep_at(bot, clock, datetime(2026, 12, 18, 12, 0, tzinfo=PANAMA))
    assert [t for t in escalations_in(slack, "UANA") if "waiting" in t] == []


def test_the_customer_writing_again_moves_the_one_waiting_reminder_to_their_latest_message(bot, clock, slack):
    office_in_panama(bot, slack, "UANA", "ULEAD", "UCARLA")
    customer_writes_at(bot, clock, datetime(2026, 12, 16, 9, 30, tzinfo=PANAMA))
    thread = slack.posts("CSHARED")[0]["thread_ts"]
    for minute in (40, 50):  # two in one batch of the sweep
        clock.set(datetime(2026, 12, 16, 9, minute, tzinfo=PANAMA))
        bot.send.event(message_event(text="Any news?", user="UCARLA", ts=ts_at(clock.now()), thread_ts=thread))
    bot.drain()
    clock.set(datetime(2026, 12, 16, 11, 0, tzinfo=PANAMA))  # and one more, in a batch of its own
    bot.send.event(message_event(text="Still failing", user="UCARLA", ts=ts_at(clock.now()), thread_ts=thread))
    bot.drain()
    with bot.atento.sessions() as session:
        waiting = session.scalars(select(Timer).where(Timer.kind == "reminder.waiting")).all()
    (pending,) = [t for t in waiting if t.state == "pending"]
    assert pending.due_at.astimezone(PANAMA).replace(microsecond=0) == datetime(2026, 12, 17, 11, 0, tzinfo=PANAMA)
