"""What customers say about being away is recorded and confirmed to them (issue 4, first part)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.platform.models import Workspace
from bot.sandbox.simulator import CUSTOMER_TEAM, OUR_TEAM, message_event, ts_at
from bot.slack.workspaces import ensure_channel
from tests.support.availability import PANAMA, customer_says, stated_window, team_in_panama, windows
from tests.support.flow import dms, thread_posts


def test_a_company_closure_is_recorded_for_the_channel_and_confirmed_in_spanish(bot, clock, slack):
    team_in_panama(bot, slack)
    clock.set(datetime(2026, 12, 16, 10, tzinfo=PANAMA))
    thread = customer_says(bot, clock, "Buenos días: estaremos cerrados del 24 al 31 de diciembre")
    (window,) = windows(bot)
    assert (window.scope, window.channel_id, window.user_id) == ("company", "CSHARED", None)
    assert window.start_at == datetime(2026, 12, 24, tzinfo=PANAMA)
    assert window.resume_at == datetime(2027, 1, 1, tzinfo=PANAMA)
    assert thread_posts(slack, thread)[-1] == (  # issue 17: the days away said in full, and the first working day
        "Entendido: su empresa estará cerrada del jueves 24 al jueves 31 de diciembre; "
        "le escribiremos de nuevo a partir del lunes 4 de enero."  # 1 January is a holiday in Panama
    )


def test_a_later_statement_replaces_an_overlapping_one(bot, clock, slack):
    team_in_panama(bot, slack)
    clock.set(datetime(2026, 12, 16, 10, tzinfo=PANAMA))
    thread = customer_says(bot, clock, "I'm out of office until Jan 5")
    customer_says(bot, clock, "sorry, correction: I'm out of office until Monday", thread_ts=thread)
    (window,) = windows(bot)
    assert window.resume_at == datetime(2026, 12, 21, tzinfo=PANAMA)
    assert thread_posts(slack, thread)[-2:] == [
        "Noted — we'll hold follow-ups until Tuesday 5 January.",
        "Noted — we'll hold follow-ups until Tuesday 22 December.",  # 21 December is a holiday in Panama in 2026
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
    thread = customer_says(bot, clock, "Export broken")
    customer_says(bot, clock, "I'm on leave until September 30th", thread_ts=thread)
    assert windows(bot) == []
    assert thread_posts(slack, thread) == ["Logged as REQ-1. A named person from our team will take it."]


def test_a_hesitant_reading_is_recorded_but_not_announced(bot, clock, slack):
    team_in_panama(bot, slack)
    clock.set(datetime(2026, 12, 16, 10, tzinfo=PANAMA))
    thread = customer_says(bot, clock, "can we talk on Monday instead?")
    (window,) = windows(bot)
    assert window.confidence < 0.7
    assert thread_posts(slack, thread) == ["Logged as REQ-1. A named person from our team will take it."]


def test_ordinary_messages_record_nothing(bot, clock, slack):
    team_in_panama(bot, slack)
    customer_says(bot, clock, "version 2.4.1 broke the CSV export, 3 users affected")
    assert windows(bot, live_only=False) == []


def staff_replies(bot, clock, thread: str, text: str, user: str = "UANA") -> str:
    ts = ts_at(clock.now())
    bot.send.event(message_event(text=text, user=user, user_team=OUR_TEAM, ts=ts, thread_ts=thread))
    bot.drain()
    clock.advance(seconds=2)
    bot.drain()
    return ts


def hints_to(slack, user: str) -> list[dict]:
    return [c.args for c in slack.calls("chat.postEphemeral") if c.args.get("user") == user]


def test_staff_posting_while_the_company_is_closed_get_one_hint_and_can_be_reminded_when_they_are_back(
    bot, clock, slack
):
    """Issue 17: the bot never speaks for a person. The hint names Slack's own *Schedule message* and offers
    a private reminder to the author, quoting their message, at the customer's first working moment."""
    team_in_panama(bot, slack)
    slack.add_user("UANA", name="Ana García")
    slack.add_user("UBEA", name="Bea Ruiz")
    clock.set(datetime(2026, 12, 16, 10, tzinfo=PANAMA))
    thread = customer_says(bot, clock, "Export broken")
    customer_says(bot, clock, "estaremos cerrados del 24 al 31 de diciembre", thread_ts=thread)
    clock.set(datetime(2026, 12, 28, 11, tzinfo=PANAMA))
    mine = staff_replies(bot, clock, thread, "The fix is deployed, can you check?")
    staff_replies(bot, clock, thread, "(also the PDF export)")
    (hint,) = hints_to(slack, "UANA")  # one hint per person per window
    assert hint["text"].startswith("Carla Pérez said the company is away until Fri 1 Jan")
    assert "Mon 4 Jan 09:00 their time" in hint["text"]  # 1 January is a holiday in Panama, then the weekend
    assert "*Schedule message*" in hint["text"]
    button = hint["blocks"][1]["elements"][0]
    assert (button["action_id"], button["text"]["text"]) == ("remind_when_back", "Remind me when they're back")

    refused = bot.send.action("remind_when_back", button["value"], user="UBEA", ephemeral=True)
    assert refused.status == 200
    bot.drain()
    assert hints_to(slack, "UBEA")[-1]["text"] == "Only the author of that message can ask for this reminder."

    bot.send.action("remind_when_back", button["value"], user="UANA", ephemeral=True)
    bot.send.action("remind_when_back", button["value"], user="UANA", ephemeral=True)  # a double click
    bot.drain()
    assert hints_to(slack, "UANA")[-1]["text"] == (
        "I'll remind you Mon 4 Jan 09:00 (America/Panama), your time, with your message and the thread."
    )
    posts_before = len(slack.posts("CSHARED"))
    clock.set(datetime(2027, 1, 4, 8, 59, tzinfo=PANAMA))
    bot.drain()
    assert dms(slack, "UANA", "is back:") == []
    clock.set(datetime(2027, 1, 4, 9, 0, 1, tzinfo=PANAMA))
    bot.drain()
    (reminder,) = dms(slack, "UANA", "this is what you wrote")
    assert reminder.startswith(
        "Carla Pérez is back: this is what you wrote in REQ-1's thread while they were away.\n"
        "> The fix is deployed, can you check?\n<"
    )
    assert f"/archives/CSHARED/p{thread.replace('.', '')}|Open the thread>" in reminder
    assert slack.calls("chat.scheduleMessage") == []  # nothing is posted for her, now or later
    assert len(slack.posts("CSHARED")) == posts_before
    assert mine  # her own message stays hers


def test_staff_replying_to_a_customer_who_opted_out_are_told_so(bot, clock, slack):
    team_in_panama(bot, slack)
    slack.add_user("UANA", name="Ana García")
    thread = customer_says(bot, clock, "Quick question about SSO")
    customer_says(bot, clock, "no me escriban más por este tema, yo les aviso", thread_ts=thread)
    staff_replies(bot, clock, thread, "Any update?")
    (hint,) = hints_to(slack, "UANA")
    assert hint["text"] == "Carla Pérez asked not to be chased on this until they write again."
    assert "blocks" not in hint


def test_no_hint_when_the_customer_is_around(bot, clock, slack):
    team_in_panama(bot, slack)
    slack.add_user("UANA", name="Ana García")
    thread = customer_says(bot, clock, "Quick question about SSO")
    staff_replies(bot, clock, thread, "Sure, what's up?")
    assert hints_to(slack, "UANA") == []


def test_nothing_during_the_closure_then_one_resurfacing_on_the_first_working_morning(bot, clock, slack):
    """Issue 4's acceptance: a Panama customer closed 24–31 December is not chased, then comes back once."""
    team_in_panama(bot, slack)
    slack.add_user("UANA", name="Ana García")
    clock.set(datetime(2026, 12, 16, 10, tzinfo=PANAMA))
    thread = customer_says(bot, clock, "Export broken")
    customer_says(bot, clock, "estaremos cerrados del 24 al 31 de diciembre", thread_ts=thread)
    bot.send.command("/claim", "1", user="UANA")
    clock.set(datetime(2026, 12, 22, 10, tzinfo=PANAMA))
    staff_replies(bot, clock, thread, "We'll need your export settings to go on")  # now it waits on the customer
    posts_before = len(slack.posts("CSHARED"))
    dms_before = len(slack.posts("UANA"))

    for day in (23, 24, 26, 28, 30, 31):
        clock.set(datetime(2026, 12, day, 12, tzinfo=PANAMA))
        bot.drain()
    for day in (1, 2, 3):
        clock.set(datetime(2027, 1, day, 12, tzinfo=PANAMA))
        bot.drain()
    clock.set(datetime(2027, 1, 4, 8, 59, tzinfo=PANAMA))
    bot.drain()
    assert len(slack.posts("CSHARED")) == posts_before, "an automated message reached the customer while closed"
    assert slack.posts("UANA")[dms_before:] == [], "a nudge about the customer went out while they were closed"

    clock.set(datetime(2027, 1, 4, 9, 0, 1, tzinfo=PANAMA))
    bot.drain()
    clock.set(datetime(2027, 1, 4, 17, 0, tzinfo=PANAMA))
    bot.drain()
    assert [p["text"] for p in slack.posts("UANA")[dms_before:]] == [
        "Carla Pérez is back (away until Fri 1 Jan): REQ-1 is waiting on their answer."
    ]


def test_a_silent_customer_is_nudged_about_after_two_of_their_business_days(bot, clock, slack):
    team_in_panama(bot, slack)
    slack.add_user("UANA", name="Ana García")
    clock.set(datetime(2026, 12, 14, 10, tzinfo=PANAMA))  # Monday
    thread = customer_says(bot, clock, "Export broken")
    bot.send.command("/claim", "1", user="UANA")
    staff_replies(bot, clock, thread, "Which browser are you using?")
    clock.set(datetime(2026, 12, 16, 9, 59, tzinfo=PANAMA))
    bot.drain()
    assert not [p for p in slack.posts("UANA") if "waiting on" in p["text"]]
    clock.set(datetime(2026, 12, 16, 10, 1, 30, tzinfo=PANAMA))  # two of their business days later
    bot.drain()
    (nudge,) = [p["text"] for p in slack.posts("UANA") if "waiting on" in p["text"]]
    assert nudge == "REQ-1 has been waiting on Carla Pérez's answer for 2 of their business days. A gentle follow-up?"


def test_away_records_lists_and_clears_what_staff_heard_elsewhere(bot, clock, slack):
    team_in_panama(bot, slack)
    slack.add_user("UANA", name="Ana García")
    clock.set(datetime(2026, 12, 16, 10, tzinfo=PANAMA))
    thread = customer_says(bot, clock, "Export broken")
    noted = bot.send.command("/away", "<@UCARLA|carla> until Jan 5 heard it on a call", user="UANA").json()["text"]
    assert noted == "Noted: <@UCARLA> is away until Tue 5 Jan; follow-ups wait until then."
    staff_replies(bot, clock, thread, "Fixed, can you confirm?")
    (hint,) = hints_to(slack, "UANA")
    assert hint["text"].startswith("Carla Pérez said they are away until Tue 5 Jan")
    listing = bot.send.command("/away", "list", user="UANA").json()["text"]
    assert "<@UCARLA> until Tue 5 Jan (away: “Jan 5 heard it on a call”)" in listing
    assert (
        bot.send.command("/away", "clear <@UCARLA>", user="UANA").json()["text"] == "Cleared 1 window(s) for <@UCARLA>."
    )
    assert bot.send.command("/away", "list", user="UANA").json()["text"] == "Nobody is away."


def test_away_with_nonsense_or_from_a_guest_gets_a_clear_answer(bot, clock, slack):
    team_in_panama(bot, slack)
    slack.add_user("UANA", name="Ana García")
    slack.add_user("UGUEST", name="Gina Guest", is_restricted=True)
    assert (
        "couldn't read a future date"
        in bot.send.command("/away", "<@UCARLA> until the cows come home", user="UANA").json()["text"]
    )
    assert (
        bot.send.command("/away", "carla whenever", user="UANA")
        .json()["text"]
        .startswith("Usage: `/away @customer until")
    )
    assert (
        bot.send.command("/away", "<@UCARLA> until Jan 5", user="UGUEST").json()["text"]
        == "Only the support team can record who is away."
    )
    assert windows(bot) == []


def test_an_away_status_with_an_expiry_pauses_follow_ups_and_hints_staff(bot, clock, slack):
    team_in_panama(bot, slack)
    slack.add_user("UANA", name="Ana García")
    back = datetime(2026, 12, 18, 0, tzinfo=PANAMA)
    slack.add_user(
        "UCARLA",
        team_id=CUSTOMER_TEAM,
        name="Carla Pérez",
        profile={"status_text": "Vacation", "status_emoji": ":palm_tree:", "status_expiration": int(back.timestamp())},
    )
    clock.set(datetime(2026, 12, 14, 10, tzinfo=PANAMA))
    thread = customer_says(bot, clock, "Export broken")  # her profile (and status) is read on activity
    bot.send.command("/claim", "1", user="UANA")
    staff_replies(bot, clock, thread, "Which browser?")
    (hint,) = hints_to(slack, "UANA")
    assert hint["text"].startswith("Carla Pérez's Slack status says away until Fri 18 Dec")
    clock.set(datetime(2026, 12, 16, 12, tzinfo=PANAMA))  # two business days later: still on vacation
    bot.drain()
    assert not [p for p in slack.posts("UANA") if "waiting on" in p["text"]]
    clock.set(datetime(2026, 12, 18, 9, 0, 1, tzinfo=PANAMA))
    bot.drain()
    assert [p["text"][:40] for p in slack.posts("UANA") if "waiting on" in p["text"]] == [
        "REQ-1 has been waiting on Carla Pérez's "
    ]


def test_an_opted_out_customer_is_not_nudged_about(bot, clock, slack):
    team_in_panama(bot, slack)
    slack.add_user("UANA", name="Ana García")
    clock.set(datetime(2026, 12, 14, 10, tzinfo=PANAMA))
    thread = customer_says(bot, clock, "Export broken")
    bot.send.command("/claim", "1", user="UANA")
    staff_replies(bot, clock, thread, "Which browser?")
    customer_says(bot, clock, "please stop pinging me about this, I'll reach out when ready", thread_ts=thread)
    staff_replies(bot, clock, thread, "Understood, thanks!")
    clock.set(datetime(2026, 12, 24, 12, tzinfo=PANAMA))
    bot.drain()
    assert not [p for p in slack.posts("UANA") if "waiting on" in p["text"]]


def test_working_hours_are_the_customers_across_madrids_daylight_saving_change(bot, clock, slack):
    """Staff in Panama, customer in Madrid: two of *her* business days, over Easter and the DST change."""
    madrid = ZoneInfo("Europe/Madrid")
    team_in_panama(bot, slack)
    with bot.atento.sessions.begin() as session:
        ensure_channel(
            session, OUR_TEAM, "CSHARED", shared=True, now=datetime(2027, 3, 1, tzinfo=madrid)
        ).country = "ES"
    slack.add_user("UANA", name="Ana García")
    slack.add_user("UCARLA", team_id=CUSTOMER_TEAM, name="Pilar Gómez", tz="Europe/Madrid")
    clock.set(datetime(2027, 3, 25, 9, 30, tzinfo=madrid))
    thread = customer_says(bot, clock, "Export broken")
    bot.send.command("/claim", "1", user="UANA")
    clock.set(datetime(2027, 3, 25, 10, 0, tzinfo=madrid))  # 04:00 in Panama
    staff_replies(bot, clock, thread, "Which browser?")
    # Thu 10–18 (8 h), Good Friday off in Spain, Mon 9–18 (9 h), Tue 9–10 (1 h): Tuesday 30 March 10:00, now UTC+2.
    clock.set(datetime(2027, 3, 30, 9, 59, tzinfo=madrid))
    bot.drain()
    assert not [p for p in slack.posts("UANA") if "waiting on" in p["text"]]
    due = datetime(2027, 3, 30, 10, 0, 30, tzinfo=madrid)
    clock.set(due)
    bot.drain()
    # Due by her clock at 03:00 in Panama: Ana hears at the start of her own day (issue 17, staff hours).
    assert not [p for p in slack.posts("UANA") if "waiting on" in p["text"]]
    clock.set(datetime(2027, 3, 30, 9, 0, 30, tzinfo=PANAMA))
    bot.drain()
    assert [p["text"][:37] for p in slack.posts("UANA") if "waiting on" in p["text"]] == [
        "REQ-1 has been waiting on Pilar Gómez"
    ]
    assert (
        due.utcoffset().total_seconds() == 7200
        and datetime(2027, 3, 25, 10, tzinfo=madrid).utcoffset().total_seconds() == 3600
    )


def test_a_window_over_ninety_days_is_put_to_staff_before_it_applies(bot, clock, slack):
    team_in_panama(bot, slack)
    slack.add_user("UANA", name="Ana García")
    with bot.atento.sessions.begin() as session:
        ensure_channel(session, OUR_TEAM, "CSHARED", shared=True, now=clock.now()).triage_channel_id = "CTRIAGE"
    clock.set(datetime(2026, 12, 16, 10, tzinfo=PANAMA))
    customer_says(bot, clock, "I'm on leave until September 30th")
    (ask,) = [p for p in slack.posts("CTRIAGE") if "more than 90 days" in p["text"]]
    assert "away until Thu 30 Sep" in ask["text"]
    record = ask["blocks"][1]["elements"][0]
    bot.send.action("away_confirm", record["value"], user="UCARLA", team_id=CUSTOMER_TEAM, channel="CTRIAGE")
    assert windows(bot) == []
    bot.send.action("away_confirm", record["value"], user="UANA", channel="CTRIAGE")
    (window,) = windows(bot)
    assert (window.user_id, window.created_by, window.resume_at) == (
        "UCARLA",
        "UANA",
        datetime(2027, 9, 30, tzinfo=PANAMA),
    )


def test_a_hesitant_reading_shows_to_staff_as_probably_away(bot, clock, slack):
    team_in_panama(bot, slack)
    with bot.atento.sessions.begin() as session:
        ensure_channel(session, OUR_TEAM, "CSHARED", shared=True, now=clock.now()).triage_channel_id = "CTRIAGE"
    clock.set(datetime(2026, 12, 16, 10, tzinfo=PANAMA))
    customer_says(bot, clock, "can we talk on Monday instead?")
    (triage,) = [p["text"] for p in slack.posts("CTRIAGE")]
    assert triage.endswith("_Probably away until Mon 21 Dec_")


def test_the_channels_customer_hours_decide_when_a_follow_up_may_go(bot, clock, slack):
    team_in_panama(bot, slack)
    slack.add_user("UANA", name="Ana García")
    with bot.atento.sessions.begin() as session:
        channel = ensure_channel(session, OUR_TEAM, "CSHARED", shared=True, now=clock.now())
        channel.settings = {"customer_hours": {"start": "07:00", "end": "12:00"}}  # they work mornings only
    clock.set(datetime(2026, 12, 14, 8, tzinfo=PANAMA))
    thread = customer_says(bot, clock, "Export broken")
    bot.send.command("/claim", "1", user="UANA")
    staff_replies(bot, clock, thread, "Which browser?")
    # Two of their 5-hour days from Monday 08:00: Mon 08–12 (4 h), Tue 07–12 (5 h), Wed 07–08 (1 h).
    clock.set(datetime(2026, 12, 16, 7, 59, tzinfo=PANAMA))
    bot.drain()
    assert not [p for p in slack.posts("UANA") if "waiting on" in p["text"]]
    clock.set(datetime(2026, 12, 16, 8, 0, 30, tzinfo=PANAMA))
    bot.drain()
    # Their moment has come, but Ana starts at nine (issue 17: staff hours): she hears then.
    assert not [p for p in slack.posts("UANA") if "waiting on" in p["text"]]
    clock.set(datetime(2026, 12, 16, 9, 0, 30, tzinfo=PANAMA))
    bot.drain()
    assert len([p for p in slack.posts("UANA") if "waiting on" in p["text"]]) == 1


def test_one_persons_statement_does_not_speak_for_their_colleagues(bot, clock, slack):
    team_in_panama(bot, slack)
    slack.add_user("UANA", name="Ana García")
    slack.add_user("UDIEGO", team_id=CUSTOMER_TEAM, name="Diego Díaz")
    clock.set(datetime(2026, 12, 16, 10, tzinfo=PANAMA))
    thread = customer_says(bot, clock, "Export broken")
    customer_says(bot, clock, "I'm off tomorrow and Friday", thread_ts=thread)
    clock.advance(minutes=11)
    diego = ts_at(clock.now())
    bot.send.event(message_event(text="Our SSO is broken", user="UDIEGO", ts=diego))
    bot.drain()
    (window,) = windows(bot)
    assert (window.scope, window.user_id) == ("person", "UCARLA")
    clock.set(datetime(2026, 12, 17, 11, tzinfo=PANAMA))
    staff_replies(bot, clock, diego, "Looking into SSO")
    assert hints_to(slack, "UANA") == []  # Diego is not away
    staff_replies(bot, clock, thread, "Noted, Carla")
    assert len(hints_to(slack, "UANA")) == 1


def test_only_the_customer_who_said_it_or_staff_open_the_correction_and_only_staff_record_a_far_window(
    bot, clock, slack
):
    _, button = stated_window(bot, clock, slack)
    slack.add_user("UOTHER", team_id=CUSTOMER_TEAM, name="Otto Other")
    bot.send.action("away_fix", button["value"], user="UOTHER", team_id=CUSTOMER_TEAM)
    bot.drain()
    assert slack.calls("views.open") == []
    told = [c.args["text"] for c in slack.calls("chat.postEphemeral") if c.args["user"] == "UOTHER"]
    assert told == ["Only the person who said it, or the support team, can change it."]
    bot.send.action("away_confirm", "person|UCARLA|1797000000|1801000000|CSHARED", user="UCARLA", team_id=CUSTOMER_TEAM)
    bot.drain()
    told = [c.args["text"] for c in slack.calls("chat.postEphemeral") if c.args["user"] == "UCARLA"]
    assert told == ["Only the support team can record who is away."]
    assert [w.resume_at for w in windows(bot)] == [datetime(2027, 1, 5, tzinfo=PANAMA)]


def team_speaks_spanish(bot):
    with bot.atento.sessions.begin() as session:
        workspace = session.get(Workspace, OUR_TEAM)
        workspace.settings = {**(workspace.settings or {}), "language": "es"}


def test_a_spanish_team_reads_the_probably_away_line_in_spanish(bot, clock, slack):
    team_in_panama(bot, slack)
    team_speaks_spanish(bot)
    with bot.atento.sessions.begin() as session:
        ensure_channel(session, OUR_TEAM, "CSHARED", shared=True, now=clock.now()).triage_channel_id = "CTRIAGE"
    clock.set(datetime(2026, 12, 16, 10, tzinfo=PANAMA))
    customer_says(bot, clock, "can we talk on Monday instead?")
    (triage,) = [p["text"] for p in slack.posts("CTRIAGE")]
    assert triage.endswith("_Probablemente ausente hasta el lun 21 de dic_")


def test_a_spanish_team_is_nudged_about_a_silent_customer_in_spanish(bot, clock, slack):
    team_in_panama(bot, slack)
    team_speaks_spanish(bot)
    slack.add_user("UANA", name="Ana García", locale=None)
    clock.set(datetime(2026, 12, 14, 10, tzinfo=PANAMA))  # Monday
    thread = customer_says(bot, clock, "Export broken")
    bot.send.command("/claim", "1", user="UANA")
    staff_replies(bot, clock, thread, "¿Qué navegador usan?")
    clock.set(datetime(2026, 12, 16, 10, 1, 30, tzinfo=PANAMA))  # two of their business days later
    bot.drain()
    (nudge,) = [p["text"] for p in slack.posts("UANA") if "esperando" in p["text"]]
    assert nudge == (
        "REQ-1 lleva 2 días laborables (de su calendario) esperando la respuesta de Carla Pérez."
        " ¿Un recordatorio amable?"
    )
