"""Staff have hours and holidays too (issue 17, P5): each staff member's zone, hours, status and
`/away me`; DMs held to their hours; cover for promises due while their owner is away; escalations
that skip who is off; claim and handoff while away; the lead digest; the end-of-day note."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.platform.models import Timer
from bot.requests import staff_time
from bot.sandbox.simulator import OUR_TEAM, envelope, ts_at
from policies.business_time import Schedule
from policies.staff_hours import staff_hours
from tests.support.flow import audit_kinds, dms, ephemerals, request_of, says, settle, sweep_at
from tests.support.promises import open_request, staff_answers
from tests.support.team import office_in_panama, people, workspace_settings

PANAMA, MADRID, TOKYO = ZoneInfo("America/Panama"), ZoneInfo("Europe/Madrid"), ZoneInfo("Asia/Tokyo")
ZONES = {"UANA": "America/Panama", "UBEA": "Europe/Madrid"}


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
    assert command(bot, "/atento", "me hours 08:00-16:00 Madrid", "UBEA").startswith(
        "I don't know the time zone “Madrid”"
    )
    assert "in UTC" in command(bot, "/atento", "me hours 08:00-16:00 UTC", "UBEA")


def test_an_unknown_zone_in_the_profile_falls_back_to_the_workspace(bot, clock, slack):
    team(bot, slack, UBEA={"tz": "Nowhere/Land"})
    assert "in America/Panama (the team's time zone" in command(bot, "/atento", "me", "UBEA")


def test_customers_cannot_set_staff_hours(bot, clock, slack):
    team(bot, slack)
    assert command(bot, "/atento", "me hours 08:00-16:00", "UCARLA") == "Only the support team can change settings."


# -- /away me --------------------------------------------------------------------------------------------
def test_away_me_until_a_day_then_list_then_clear(bot, clock, slack):
    team(bot, slack)
    clock.set(at(16, 10))
    assert command(bot, "/away", "me until 2026-12-28", "UANA").startswith(
        "Noted: you're away until Mon 28 Dec. DMs and reminders wait until you're back"
    )
    assert command(bot, "/away", "me list", "UANA") == "When you're away:\n• away until Mon 28 Dec (`/away me`)"
    assert "You're off until Mon 28 Dec (away)." in command(bot, "/atento", "me", "UANA")
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
        "Covering for <@UANA> (off until Mon 28 Dec 09:00): "
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
    assert "Covering for <@UANA> (off until Mon 28 Dec 09:00): their promise to Carla Pérez on REQ-1 is due" in cover
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


# -- claim and handoff while away ------------------------------------------------------------------------
def test_claiming_while_away_asks_first_saying_when_you_are_back(bot, clock, slack):
    team(bot, slack)
    open_request(bot, clock, slack)
    command(bot, "/away", "me until 2026-12-28", "UANA")
    reply = bot.send.command("/claim", "1", user="UANA").json()
    assert reply["text"] == (
        "You're off until Mon 28 Dec 09:00 (away). Claim REQ-1 anyway? The customer will be told you own it."
    )
    button = reply["blocks"][1]["elements"][0]
    assert (button["action_id"], button["value"]) == ("claim_away", "1")
    assert request_of(bot).owner_user_id is None
    bot.send.action("claim_away", "1", user="UANA")
    settle(bot, clock)
    assert request_of(bot).owner_user_id == "UANA"
    assert "You own REQ-1 now. Carla Pérez has been told." in ephemerals(slack, "UANA")


def test_eyes_while_away_claim_nothing_and_ask_privately(bot, clock, slack):
    team(bot, slack)
    thread = open_request(bot, clock, slack)
    command(bot, "/away", "me until 2026-12-28", "UANA")
    eyes = {
        "type": "reaction_added",
        "user": "UANA",
        "item": {"type": "message", "channel": "CSHARED", "ts": thread},
        "reaction": "eyes",
        "item_user": "UCARLA",
        "event_ts": ts_at(clock.now()),
    }
    assert bot.send.event(envelope(eyes, envelope_team=OUR_TEAM)).status == 200
    settle(bot, clock)
    assert request_of(bot).owner_user_id is None
    (asked,) = [c.args for c in slack.calls("chat.postEphemeral") if c.args.get("user") == "UANA"]
    assert asked["text"].startswith("You're off until Mon 28 Dec 09:00 (away). Claim REQ-1 anyway?")
    assert asked["blocks"][1]["elements"][0]["action_id"] == "claim_away"


def test_a_takeover_while_away_asks_once_for_both(bot, clock, slack):
    team(bot, slack)
    open_and_claim(bot, clock, slack, user="UBEA")
    command(bot, "/away", "me until 2026-12-28", "UANA")
    reply = bot.send.command("/claim", "1", user="UANA").json()
    assert reply["text"].startswith("You're off until Mon 28 Dec 09:00 (away). Claim REQ-1 anyway?")
    assert reply["blocks"][1]["elements"][0]["action_id"] == "claim_takeover"
    bot.send.action("claim_takeover", "1", user="UANA")
    settle(bot, clock)
    assert request_of(bot).owner_user_id == "UANA"


def test_handing_off_to_someone_away_asks_first_and_after_hours_does_not(bot, clock, slack):
    team(
        bot, slack, UBEA={"tz": "Europe/Madrid", "profile": {"status_text": "Vacation", "status_emoji": ":palm_tree:"}}
    )
    open_and_claim(bot, clock, slack)
    slack.state.users["UBEA"]["profile"]["status_expiration"] = int(at(23, 0, 0, MADRID).timestamp())
    reply = bot.send.command("/handoff", "1 <@UBEA> the export bug", user="UANA").json()
    assert reply["text"] == "<@UBEA> is off until Wed 23 Dec 09:00 (Slack status). Hand REQ-1 to them anyway?"
    button = reply["blocks"][1]["elements"][0]
    assert button["action_id"] == "handoff_away"
    assert request_of(bot).owner_user_id == "UANA"
    bot.send.action("handoff_away", button["value"], user="UANA")
    settle(bot, clock)
    assert request_of(bot).owner_user_id == "UBEA"
    assert "REQ-1 is now <@UBEA>'s; they have your note and the thread." in ephemerals(slack, "UANA")
    # Lola is merely after hours: no question, the notice waits for her morning.
    clock.set(at(16, 20))
    assert command(bot, "/handoff", "1 <@ULEAD>", "UBEA").startswith("REQ-1 is now <@ULEAD>'s")


# -- escalations skip who is off ---------------------------------------------------------------------------
def test_an_unclaimed_request_goes_to_the_on_duty_people_who_are_working_then_the_lead(bot, clock, slack):
    team(bot, slack)
    workspace_settings(bot, on_duty=["UANA", "UBEA"])
    command(bot, "/atento", "me", "UBEA")
    # Wed 16 Dec 16:00 in Panama is 22:00 in Madrid: only Ana is working when the triage step falls due.
    clock.set(at(16, 16))
    says(bot, clock, "The export is broken")
    settle(bot, clock)
    sweep_at(bot, clock, at(16, 16, 15) + timedelta(seconds=1))
    assert len(dms(slack, "UANA", "with no owner")) == 1
    assert dms(slack, "UBEA", "with no owner") == []
    # With Ana away too, the next one goes to the lead.
    command(bot, "/away", "me until 2026-12-28", "UANA")
    clock.set(at(16, 16, 30))
    people(slack, "UDORA")
    says(bot, clock, "The invoices have the wrong VAT, can you fix it?", user="UDORA")
    settle(bot, clock)
    sweep_at(bot, clock, at(16, 16, 46))
    assert [t for t in dms(slack, "ULEAD", "with no owner") if "REQ-2" in t]
    assert len(dms(slack, "UANA", "with no owner")) == 1


def test_an_unanswered_claim_reminds_the_lead_when_its_owner_is_off(bot, clock, slack):
    team(bot, slack)
    open_and_claim(bot, clock, slack)
    command(bot, "/away", "me until 2026-12-28", "UANA")
    sweep_at(bot, clock, at(16, 10, 21))  # the first-response target: 30 business minutes after the claim
    assert dms(slack, "UANA", "Nobody has answered") == []
    (told,) = dms(slack, "ULEAD", "has had no first reply")
    assert told.startswith("REQ-1 (owner <@UANA>, off until Mon 28 Dec 09:00: away) has had no first reply")


# -- the lead digest lists who on staff is away ------------------------------------------------------------
def test_the_lead_digest_lists_who_on_staff_is_away_and_until_when(bot, clock, slack):
    team(bot, slack, ULEAD={"tz": "America/Panama", "profile": {"status_text": "Vacation", "status_emoji": ""}})
    workspace_settings(bot, on_duty=["UANA", "UBEA"])
    command(bot, "/atento", "me", "UBEA")
    command(bot, "/away", "me until 2026-12-28", "UBEA")
    slack.state.users["ULEAD"]["profile"]["status_text"] = ""
    command(bot, "/atento", "digest daily 09:00", "ULEAD")
    sweep_at(bot, clock, at(17, 9) + timedelta(seconds=1))
    settle(bot, clock)
    (digest,) = [p for p in slack.posts("ULEAD") if p.get("blocks") and p["blocks"][0]["type"] == "header"]
    text = "\n".join(b["text"]["text"] for b in digest["blocks"] if b["type"] == "section")
    assert "*On the team, away now*\n• <@UBEA> · back Mon 28 Dec" in text


# -- a status with no expiry is read again every day --------------------------------------------------------
def test_a_dm_held_by_a_status_with_no_end_goes_once_the_status_is_gone(bot, clock, slack):
    team(
        bot,
        slack,
        UBEA={"tz": "Europe/Madrid", "profile": {"status_text": "Sick", "status_emoji": ":face_with_thermometer:"}},
    )
    open_and_claim(bot, clock, slack)
    reply = bot.send.command("/handoff", "1 <@UBEA>", user="UANA").json()
    assert "is off until the status changes (Slack status, no end set)" in reply["text"]
    bot.send.action("handoff_away", reply["blocks"][1]["elements"][0]["value"], user="UANA")
    settle(bot, clock)
    (waiting,) = held(bot, "UBEA")
    assert waiting.payload["held_by"] == "status_no_expiry"
    sweep_at(bot, clock, at(17, 9, 0, MADRID) + timedelta(seconds=1))  # her next shift: her profile is read again
    settle(bot, clock)
    sweep_at(bot, clock, at(17, 9, 6, MADRID))  # still sick
    assert dms(slack, "UBEA", "handed REQ-1 to you") == []
    slack.state.users["UBEA"]["profile"].update(status_text="", status_emoji="")  # she is back
    sweep_at(bot, clock, at(18, 9, 0, MADRID) + timedelta(seconds=1))
    settle(bot, clock)
    sweep_at(bot, clock, at(18, 9, 6, MADRID))
    settle(bot, clock)
    assert len(dms(slack, "UBEA", "handed REQ-1 to you")) == 1


# -- your day, before it ends ------------------------------------------------------------------------------
def test_the_end_of_day_note_lists_your_open_requests_who_waits_and_promises_due_tomorrow(bot, clock, slack):
    team(bot, slack, UBEA={"tz": "Europe/Madrid", "locale": "es-ES"})
    thread = open_request(bot, clock, slack)
    staff_answers(bot, clock, thread, "I'll get back to you by tomorrow 12:00", user="UBEA")
    clock.set(at(16, 10, 30))
    says(bot, clock, "Thanks, any news?", thread_ts=thread)
    settle(bot, clock)
    said = command(bot, "/atento", "digest me 17:00", "UBEA")
    assert said.startswith("Cada día laborable a las 17:00 (Europe/Madrid) recibirás tus solicitudes abiertas")
    assert said.endswith("La primera: mié 16 de dic 17:00.")  # 16:30 in Madrid now
    sweep_at(bot, clock, at(16, 16, 59, MADRID))
    assert dms(slack, "UBEA", "Tu día") == []
    sweep_at(bot, clock, at(16, 17, 0, MADRID) + timedelta(seconds=1))
    (note,) = dms(slack, "UBEA", "Tu día")
    lines = note.splitlines()
    assert lines[0] == "*Tu día, antes de que acabe · mié 16 de dic*"
    assert "*Tus solicitudes abiertas (1)*" in lines
    assert "*Clientes que esperan tu respuesta (1)*" in lines
    assert "*Tus promesas que vencen hasta mañana (1)*" in lines
    assert command(bot, "/atento", "digest me off", "UBEA") == "Tu nota de fin de jornada está desactivada."
    sweep_at(bot, clock, at(17, 17, 0, MADRID) + timedelta(seconds=1))
    assert len(dms(slack, "UBEA", "Tu día")) == 1


def test_the_end_of_day_note_skips_weekends_and_bad_times_are_refused(bot, clock, slack):
    team(bot, slack)
    assert command(bot, "/atento", "digest me teatime", "UANA") == (
        "I couldn't read “teatime” as a time. Try `/atento digest me 17:00` or `/atento digest me off`."
    )
    assert command(bot, "/atento", "digest me 25:00", "UANA").startswith("I couldn't read “25:00” as a time")
    assert command(bot, "/atento", "digest me off", "UANA") == "You had no end-of-day note to stop."
    clock.set(at(18, 18))  # Friday evening
    assert command(bot, "/atento", "digest me 17:00", "UANA").endswith("First: Tue 22 Dec 17:00.")  # Mon 21: holiday
    sweep_at(bot, clock, at(22, 17) + timedelta(seconds=1))
    (note,) = dms(slack, "UANA", "Your day")
    assert note.endswith("Nothing open on you, nobody waiting, no promise due by tomorrow. Have a good evening.")


def test_a_promise_made_for_a_day_you_are_away_warns_you(bot, clock, slack):
    team(bot, slack)
    clock.set(at(16, 9))
    command(bot, "/away", "me until 2026-12-28", "UANA")
    thread = open_request(bot, clock, slack)
    staff_answers(bot, clock, thread, "I'll get back to you by Friday EOD")
    (confirmation,) = [t for t in ephemerals(slack, "UANA") if t.startswith("Tracked")]
    assert "You're away then (until Mon 28 Dec, `/away me`) — hand off or change the date?" in confirmation


def test_over_three_days_every_dm_to_panama_and_madrid_arrives_inside_its_readers_hours(bot, clock, slack):
    """Requests, claims, promises, handoffs and escalations at all hours; the worker sweeps every hour
    from Wednesday to Friday, and each DM to Ana (Panama) or Bea (Madrid) is checked against their hours."""
    team(bot, slack)
    people(slack, "UDORA")
    workspace_settings(bot, on_duty=["UANA", "UBEA"])
    command(bot, "/atento", "me", "UBEA")
    command(bot, "/atento", "me", "UANA")
    first = open_request(bot, clock, slack)  # Wed 09:50 in Panama
    staff_answers(bot, clock, first, "I'll get back to you by Friday 12:00", user="UBEA", moment=at(16, 11))
    clock.set(at(16, 17, 40))
    says(bot, clock, "The invoices have the wrong VAT, can you fix it?", user="UDORA")
    settle(bot, clock)
    hours = {user: staff_hours(Schedule(tz="America/Panama", country="PA"), zone) for user, zone in ZONES.items()}
    seen = {user: 0 for user in ZONES}
    arrivals = []
    moment = at(16, 18)
    while moment < at(18, 18):
        if moment == at(17, 2):  # the night in Panama, the morning in Madrid
            command(bot, "/handoff", "1 <@UANA> over to you", "UBEA")
            command(bot, "/claim", "2", "UBEA")
            command(bot, "/promise", "2 monday 10:00", "UBEA")
        sweep_at(bot, clock, moment)
        for user in ZONES:
            posts = slack.posts(user)
            for post in posts[seen[user] :]:
                arrivals.append((user, moment, post["text"][:40]))
            seen[user] = len(posts)
        moment += timedelta(hours=1)
    assert {user for user, _, _ in arrivals} == {"UANA", "UBEA"}, arrivals
    outside = [(u, m.astimezone(ZoneInfo(ZONES[u])), t) for u, m, t in arrivals if hours[u].next_open(m) != m]
    assert outside == []
    assert len(arrivals) >= 5, arrivals


def test_away_me_in_spanish_with_a_weekday_and_its_usage(bot, clock, slack):
    team(bot, slack, UBEA={"tz": "Europe/Madrid", "locale": "es-ES"})
    clock.set(at(16, 10))
    assert command(bot, "/away", "me hasta el lunes", "UBEA").startswith(
        "Anotado: no estás hasta el lun 21 de dic. Los mensajes privados y recordatorios esperan a tu vuelta"
    )
    assert command(bot, "/away", "me", "UBEA") == "Cuándo no estás:\n• fuera hasta el lun 21 de dic (`/away me`)"
    assert command(bot, "/away", "me pronto", "UBEA").startswith("Uso: `/away me hasta lunes`")
    assert command(bot, "/away", "me clear", "UBEA").startswith("De vuelta: 1 ausencia(s) borrada(s).")
    assert command(bot, "/away", "me until monday", "UANA").startswith("Noted: you're away until Mon 21 Dec.")
    assert command(bot, "/away", "me until Jan 4", "UANA").startswith("Noted: you're away until Mon 4 Jan.")


def test_a_dm_asked_for_a_later_moment_waits_for_it_and_then_for_the_readers_hours(bot, clock, slack):
    team(bot, slack)
    command(bot, "/atento", "me", "UBEA")
    clock.set(at(16, 10))
    with bot.atento.sessions.begin() as session:  # e.g. "Remind me when they're back", due 03:00 in Panama
        staff_time.direct_message(
            session,
            now=clock.now(),
            workspace_id=OUR_TEAM,
            user_id="UANA",
            text="Carla is back",
            purpose="reminder",
            subject="request:1",
            due_at=at(17, 3),
        )
    sweep_at(bot, clock, at(17, 3) + timedelta(seconds=1))
    assert dms(slack, "UANA", "Carla is back") == []
    sweep_at(bot, clock, at(17, 9) + timedelta(seconds=1))
    assert dms(slack, "UANA", "Carla is back") == ["Carla is back"]
