"""Staff have hours and holidays too (issue 17, P5): each staff member's zone, hours, status and
`/away me`; DMs held to their hours; cover for promises due while their owner is away; escalations
that skip who is off; claim and handoff while away; the lead digest; the end-of-day note."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.platform.models import Timer
from tests.support.team import office_in_panama

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
