"""Staff have hours and holidays too (issue 17, P5): each staff member's zone, hours, status and
`/away me`; DMs held to their hours; cover for promises due while their owner is away; escalations
that skip who is off; claim and handoff while away; the lead digest; the end-of-day note."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.platform.models import Timer
from tests.support.flow import audit_kinds, dms, settle, sweep_at
from tests.support.promises import open_request, staff_answers
from tests.support.team import office_in_panama, workspace_settings

PANAMA, MADRID, TOKYO = ZoneInfo("America/Panama"), ZoneInfo("Europe/Madrid"), ZoneInfo("Asia/Tokyo")


def at(day: int, hour: int, minute: int = 0, zone: ZoneInfo = PANAMA) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=zone)


def command(bot, name: str, text: str, user: str) -> str:
    reply = bot.send.command(name, text, user=user)
    assert reply.status == 200, reply
    return reply.json()["text"]


def team(bot, slack, **overrides) -> None:
    """Ana in Panama, Bea in Madrid, Lola (the lead) in Panama; the office's hours are nine to six."""
    overrides = {"UBEA": {"tz": "Europe/Madrid"}, **overrides}
    office_in_panama(bot, slack, "UANA", "UBEA", "ULEAD", "UCARLA", **overrides)


def held(bot, user: str) -> list[Timer]:
    with bot.atento.sessions() as session:
        return list(
            session.scalars(
                select(Timer).where(
                    Timer.kind == "staff.held", Timer.subject == f"staff:{user}", Timer.state == "pending"
                )
            )
        )


# -- /atento me: zone and hours -------------------------------------------------------------------------
def test_me_shows_the_profile_zone_and_the_team_hours_in_it(bot, clock, slack):
    team(bot, slack)
    said = command(bot, "/atento", "me", "UBEA")
    assert said.startswith("Your time: 09:00–18:00 on working days in Europe/Madrid. You're not marked away.")


def test_no_zone_in_the_profile_uses_the_workspace_zone_and_says_so(bot, clock, slack):
    team(bot, slack)
    slack.add_user("UNOTZ", name="Noa", tz=None)
    said = command(bot, "/atento", "me", "UNOTZ")
    assert "in America/Panama (the team's time zone: your Slack profile has none)" in said


def test_own_hours_and_an_overnight_shift_said_so(bot, clock, slack):
    team(bot, slack)
    assert command(bot, "/atento", "me hours 08:00-16:00", "UBEA") == (
        "Your working hours are now 08:00–16:00 on working days, in Europe/Madrid. "
        "DMs, reminders and digests wait for them."
    )
    night = command(bot, "/atento", "me hours 22:00-06:00", "UBEA")
    assert "22:00–06:00 on working days (a night shift: it ends the next morning)" in night


def test_hours_that_cannot_be_read_or_start_and_end_together_are_refused(bot, clock, slack):
    team(bot, slack)
    unread = command(bot, "/atento", "me hours whenever", "UBEA")
    assert unread.startswith("I couldn't read “whenever” as working hours")
    assert command(bot, "/atento", "me hours 25:00-16:00", "UBEA").startswith("I couldn't read")
    assert command(bot, "/atento", "me hours 09:00-09:00", "UBEA").startswith(
        "“09:00-09:00” starts and ends at the same time"
    )
    assert command(bot, "/atento", "me", "UBEA").startswith("Your time: 09:00–18:00"), "nothing was stored"


def test_an_unknown_time_zone_is_refused_and_the_profile_zone_kept(bot, clock, slack):
    team(bot, slack)
    assert command(bot, "/atento", "me hours 08:00-16:00 Mars/Olympus", "UBEA").startswith(
        "I don't know the time zone “Mars/Olympus”"
    )
    assert "Europe/Madrid" in command(bot, "/atento", "me", "UBEA")
    assert "in Asia/Tokyo" in command(bot, "/atento", "me hours 08:00-16:00 Asia/Tokyo", "UBEA")


def test_an_unknown_zone_in_the_profile_falls_back_to_the_workspace(bot, clock, slack):
    team(bot, slack, UBEA={"tz": "Nowhere/Land"})
    assert "in America/Panama (the team's time zone" in command(bot, "/atento", "me", "UBEA")


def test_customers_cannot_set_staff_hours(bot, clock, slack):
    team(bot, slack)
    assert command(bot, "/atento", "me hours 08:00-16:00", "UCARLA") == "Only the support team can take requests."


# -- /away me --------------------------------------------------------------------------------------------
def test_away_me_until_a_day_then_list_then_clear(bot, clock, slack):
    team(bot, slack)
    clock.set(at(16, 10))
    assert command(bot, "/away", "me until 2026-12-28", "UANA").startswith(
        "Noted: you're away until Mon 28 Dec. DMs and reminders wait until you're back"
    )
    assert command(bot, "/away", "me list", "UANA") == "When you're away:\n• away until Mon 28 Dec (`/away me`)"
    assert command(bot, "/away", "me clear", "UANA").startswith("Welcome back: 1 away window(s) cleared.")
    assert command(bot, "/away", "me list", "UANA") == "You're not marked away."
    assert command(bot, "/away", "me clear", "UANA") == "You had no `/away me` window to clear."


def test_away_me_in_the_past_is_a_clear_error(bot, clock, slack):
    team(bot, slack)
    clock.set(at(16, 10))
    assert command(bot, "/away", "me until 2026-12-01", "UANA") == (
        "I read “2026-12-01” as Tue 1 Dec, which has passed. "
        "Try `/away me until monday` or `/away me until 2027-01-04`."
    )
    assert command(bot, "/away", "me until today", "UANA").startswith("I read “today” as Wed 16 Dec, which has passed")
    assert command(bot, "/away", "me until someday", "UANA").startswith("I couldn't read “someday” as a day")
    assert command(bot, "/away", "me list", "UANA") == "You're not marked away."


def test_a_status_with_no_expiry_reads_as_away_until_it_changes(bot, clock, slack):
    team(bot, slack, UANA={"profile": {"status_text": "On vacation", "status_emoji": ":palm_tree:"}})
    clock.set(at(16, 10))
    command(bot, "/atento", "me", "UANA")  # the profile is read
    assert command(bot, "/away", "me list", "UANA") == (
        "When you're away:\n• your Slack status “On vacation” reads as away, with no end set: I read it again every day"
    )


# -- DMs held to each person's hours (acceptance) ------------------------------------------------------
def open_and_claim(bot, clock, slack, user="UANA") -> str:
    """Carla asks on Wed 16 Dec at 09:50 in Panama; `user` claims REQ-1."""
    thread = open_request(bot, clock, slack)
    assert command(bot, "/claim", "1", user).startswith("You own REQ-1 now.")
    settle(bot, clock)
    return thread


def test_staff_in_panama_and_madrid_each_get_dms_only_inside_their_own_hours(bot, clock, slack):
    team(bot, slack)
    open_and_claim(bot, clock, slack)
    command(bot, "/atento", "me", "UBEA")  # Bea's profile (Madrid) is read
    # Wed 19:30 in Madrid (13:30 in Panama): Ana hands REQ-1 to Bea, whose day has ended.
    clock.set(at(16, 19, 30, MADRID))
    assert command(bot, "/handoff", "1 <@UBEA> the export bug", "UANA").startswith("REQ-1 is now <@UBEA>'s")
    settle(bot, clock)
    assert dms(slack, "UBEA", "handed REQ-1 to you") == []
    (waiting,) = held(bot, "UBEA")
    assert (waiting.due_at, waiting.payload["held_by"]) == (at(17, 9, 0, MADRID), "outside_hours")
    sweep_at(bot, clock, at(17, 8, 59, MADRID))
    assert dms(slack, "UBEA", "handed REQ-1 to you") == []
    sweep_at(bot, clock, at(17, 9, 0, MADRID) + timedelta(seconds=1))
    assert len(dms(slack, "UBEA", "handed REQ-1 to you")) == 1
    # Thu 09:30 in Madrid is 03:30 in Panama: Bea hands it back, and Ana hears at her nine.
    clock.set(at(17, 9, 30, MADRID))
    command(bot, "/handoff", "1 <@UANA>", "UBEA")
    settle(bot, clock)
    assert dms(slack, "UANA", "handed REQ-1 to you") == []
    sweep_at(bot, clock, at(17, 8, 59))
    assert dms(slack, "UANA", "handed REQ-1 to you") == []
    sweep_at(bot, clock, at(17, 9, 0) + timedelta(seconds=1))
    assert len(dms(slack, "UANA", "handed REQ-1 to you")) == 1
    # Inside her hours, a DM goes at once.
    clock.set(at(17, 16, 0, MADRID))
    command(bot, "/handoff", "1 <@UBEA>", "UANA")  # 10:00 in Panama, 16:00 in Madrid
    settle(bot, clock)
    assert len(dms(slack, "UBEA", "handed REQ-1 to you")) == 2
    assert held(bot, "UBEA") == []


def test_own_hours_and_a_night_shift_decide_when_dms_reach_them(bot, clock, slack):
    team(bot, slack)
    open_and_claim(bot, clock, slack)
    command(bot, "/atento", "me hours 22:00-06:00", "UBEA")  # Bea works nights in Madrid
    clock.set(at(17, 15, 0, MADRID))
    command(bot, "/handoff", "1 <@UBEA>", "UANA")
    settle(bot, clock)
    assert dms(slack, "UBEA", "handed REQ-1 to you") == []
    sweep_at(bot, clock, at(17, 21, 59, MADRID))
    assert dms(slack, "UBEA", "handed REQ-1 to you") == []
    sweep_at(bot, clock, at(17, 22, 0, MADRID) + timedelta(seconds=1))
    assert len(dms(slack, "UBEA", "handed REQ-1 to you")) == 1


# -- a promise due while its owner is away (acceptance) --------------------------------------------------
def promise_while_away(bot, clock, slack, *, on_duty: list[str]) -> None:
    """Ana promises Carla an update by Friday 17:00 (Panama), then goes on vacation until Monday 28."""
    team(bot, slack)
    workspace_settings(bot, on_duty=on_duty)
    command(bot, "/atento", "me", "UBEA")
    thread = open_request(bot, clock, slack)
    staff_answers(bot, clock, thread, "Thanks Carla, I'll get back to you by Friday EOD")
    assert command(bot, "/away", "me until 2026-12-28", "UANA").startswith("Noted: you're away until Mon 28 Dec")


def test_a_promise_due_while_its_owner_is_on_vacation_reminds_the_on_duty_person_once(bot, clock, slack):
    promise_while_away(bot, clock, slack, on_duty=["UBEA"])
    # The first reminder (Thu 13:30 in Panama) is 19:30 in Madrid: Bea hears at her Friday 09:00, before it is due.
    second = timedelta(seconds=1)
    for moment in (at(17, 13, 31), at(18, 2, 59), at(18, 3) + second, at(18, 15, 1), at(18, 16, 59), at(21, 10)):
        sweep_at(bot, clock, moment)
        if moment == at(18, 2, 59):
            assert dms(slack, "UBEA", "Covering for") == []
    (cover,) = dms(slack, "UBEA", "Covering for")
    assert cover.startswith(
        "Covering for <@UANA> (away until Mon 28 Dec 09:00): "
        "their promise to Carla Pérez on REQ-1 is due Fri 18 Dec 23:00"
    )
    assert dms(slack, "UANA", "Reminder: you told") == [], "Ana is on vacation"
    assert dms(slack, "ULEAD", "Covering for") == []
    assert audit_kinds(bot).count("promise_covered") == 1


def test_with_nobody_on_duty_the_lead_covers_the_promise_once(bot, clock, slack):
    promise_while_away(bot, clock, slack, on_duty=[])
    for moment in (at(17, 13, 31), at(18, 15, 1), at(18, 16, 59)):
        sweep_at(bot, clock, moment)
    (cover,) = dms(slack, "ULEAD", "Covering for")
    assert "Covering for <@UANA> (away until Mon 28 Dec 09:00): their promise to Carla Pérez on REQ-1 is due" in cover
    assert dms(slack, "UANA", "Reminder: you told") == []


def test_an_owner_back_before_the_deadline_is_reminded_when_back(bot, clock, slack):
    team(bot, slack)
    thread = open_request(bot, clock, slack)
    staff_answers(bot, clock, thread, "Thanks Carla, I'll get back to you by Friday EOD")
    command(bot, "/away", "me until 2026-12-18", "UANA")  # back Friday morning
    sweep_at(bot, clock, at(17, 13, 31))
    assert dms(slack, "UANA", "Reminder: you told") == []
    sweep_at(bot, clock, at(18, 9) + timedelta(seconds=1))
    assert len(dms(slack, "UANA", "Reminder: you told")) == 1
    assert dms(slack, "ULEAD", "Covering for") == []
