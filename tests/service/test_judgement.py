"""What each message means in a real shared channel (issue 16, P8): the bot acts on the conversation."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.platform.models import Request, RequestEvent, Workspace
from bot.sandbox.simulator import CUSTOMER_TEAM, OUR_TEAM, envelope, message_event, ts_at
from bot.slack.workspaces import ensure_channel

PANAMA = ZoneInfo("America/Panama")


def busy_channel(bot, slack, clock) -> None:
    """Acme's shared channel, a triage channel, a lead; the team works 9–18 weekdays in Panama."""
    slack.add_user("UANA", name="Ana García")
    slack.add_user("UBEA", name="Bea Ruiz")
    slack.add_user("ULEAD", name="Lola Lead")
    slack.add_user("UCARLA", team_id=CUSTOMER_TEAM, name="Carla Pérez")
    slack.add_user("UDIEGO", team_id=CUSTOMER_TEAM, name="Diego Díaz")
    clock.set(datetime(2026, 12, 16, 9, 0, tzinfo=PANAMA))  # a Wednesday
    with bot.atento.sessions.begin() as session:
        workspace = session.get(Workspace, OUR_TEAM)
        workspace.settings = {
            **workspace.settings,
            "lead": "ULEAD",
            "hours": {
                "tz": "America/Panama",
                "days": [0, 1, 2, 3, 4],
                "start": "09:00",
                "end": "18:00",
                "country": "PA",
            },
        }
        channel = ensure_channel(session, OUR_TEAM, "CSHARED", shared=True, now=clock.now())
        channel.triage_channel_id, channel.country = "CTRIAGE", "PA"


def says(bot, clock, user: str, text: str, thread_ts: str | None = None) -> str:
    """A message in the shared channel; the sweep settles it (one message a second per channel)."""
    ts = ts_at(clock.now())
    team = CUSTOMER_TEAM if user in ("UCARLA", "UDIEGO") else OUR_TEAM
    bot.send.event(message_event(text=text, user=user, user_team=team, ts=ts, thread_ts=thread_ts))
    settle(bot, clock)
    return ts


def settle(bot, clock, seconds: int = 3) -> None:
    for _ in range(seconds):
        bot.drain()
        clock.advance(seconds=1)
    bot.drain()


def at(clock, bot, moment: datetime) -> None:
    clock.set(moment)
    settle(bot, clock)


def day(d: int, hour: int, minute: int = 0, month: int = 12, year: int = 2026) -> datetime:
    return datetime(year, month, d, hour, minute, 1, tzinfo=PANAMA)


def references(bot) -> list[str]:
    with bot.atento.sessions() as session:
        return [r.reference for r in session.scalars(select(Request).order_by(Request.number))]


def request_of(bot, number: int = 1) -> Request:
    with bot.atento.sessions() as session:
        return session.scalars(select(Request).where(Request.number == number)).one()


def audit(bot, number: int = 1) -> list[str]:
    with bot.atento.sessions() as session:
        request = session.scalars(select(Request).where(Request.number == number)).one()
        return list(session.scalars(select(RequestEvent.kind).where(RequestEvent.request_id == request.id)))


def texts(slack, channel: str) -> list[str]:
    return [p["text"] for p in slack.posts(channel)]


def in_thread(slack, thread: str) -> list[str]:
    return [p["text"] for p in slack.posts("CSHARED") if p.get("thread_ts") == thread]


def claimed_by_ana(bot, clock, number: int = 1) -> None:
    bot.send.command("/claim", str(number), user="UANA")
    settle(bot, clock)


def resolved_by_ana(bot, clock, number: int = 1) -> None:
    bot.send.command("/resolve", str(number), user="UANA")
    settle(bot, clock)


# -- a thanks, a greeting or an FYI is not a request ---------------------------------------------
def test_a_thanks_a_greeting_and_an_fyi_get_no_reference_and_nobody_is_told(bot, clock, slack):
    busy_channel(bot, slack, clock)
    says(bot, clock, "UCARLA", "ok, thanks!")
    clock.advance(minutes=15)
    says(bot, clock, "UDIEGO", "Happy holidays everyone! 🎄")
    clock.advance(minutes=15)
    says(bot, clock, "UCARLA", "FYI we're closed 24–31 Dec")
    at(clock, bot, day(16, 12))
    assert references(bot) == []
    assert texts(slack, "CTRIAGE") == [] and texts(slack, "ULEAD") == []


def test_a_day_in_a_busy_channel_only_genuine_requests_get_a_reference(bot, clock, slack):
    busy_channel(bot, slack, clock)
    says(bot, clock, "UDIEGO", "Good morning team!")
    clock.advance(minutes=12)
    says(bot, clock, "UCARLA", "The CSV export fails with error 502 since this morning")
    clock.advance(minutes=12)
    says(bot, clock, "UDIEGO", "Happy holidays everyone! 🎄")
    clock.advance(minutes=12)
    says(bot, clock, "UCARLA", "ok, thanks!")
    clock.advance(minutes=12)
    says(bot, clock, "UDIEGO", "Our SSO login loops back to the start page, can you check?")
    clock.advance(minutes=12)
    says(bot, clock, "UCARLA", "FYI we're closed 24–31 Dec")
    at(clock, bot, day(16, 17))
    assert references(bot) == ["REQ-1", "REQ-2"]
    opened = [t.split(" from ")[0] for t in texts(slack, "CTRIAGE") if t.startswith("New request")]
    assert opened == ["New request REQ-1", "New request REQ-2"]
    assert not [t for t in texts(slack, "ULEAD") if "REQ-3" in t]


def test_a_thanks_in_the_thread_is_not_the_customer_answering(bot, clock, slack):
    busy_channel(bot, slack, clock)
    thread = says(bot, clock, "UCARLA", "The CSV export fails with error 502")
    claimed_by_ana(bot, clock)
    clock.advance(minutes=5)
    asked = says(bot, clock, "UANA", "Could you send us the file you tried to export?", thread_ts=thread)
    clock.advance(minutes=5)
    says(bot, clock, "UCARLA", "thanks!", thread_ts=thread)
    request = request_of(bot)
    assert request.last_staff_at.timestamp() == float(asked)  # still waiting on the customer
    assert request.last_customer_at.timestamp() == float(thread)
    at(clock, bot, day(17, 17))
    assert not [t for t in texts(slack, "UANA") if "is waiting for an answer" in t]
    assert "aside" in audit(bot)


# -- "any update?" is urgent ---------------------------------------------------------------------
def test_a_status_ping_reaches_the_owner_at_once_with_the_thread_link(bot, clock, slack):
    busy_channel(bot, slack, clock)
    thread = says(bot, clock, "UCARLA", "The CSV export fails with error 502")
    claimed_by_ana(bot, clock)
    says(bot, clock, "UANA", "Looking into it", thread_ts=thread)
    at(clock, bot, day(16, 14))
    says(bot, clock, "UCARLA", "any update?", thread_ts=thread)
    (ping,) = [t for t in texts(slack, "UANA") if "asking for an update" in t]
    assert ping.startswith("Carla Pérez is asking for an update on REQ-1: “any update?”")
    assert f"/archives/CSHARED/p{thread.replace('.', '')}" in ping
    request = request_of(bot)
    assert request.last_customer_at > request.last_staff_at  # the customer is waiting
    assert "chased" in audit(bot)


def test_a_top_level_chase_in_spanish_is_urgent_on_the_customers_latest_request(bot, clock, slack):
    busy_channel(bot, slack, clock)
    says(bot, clock, "UCARLA", "No podemos exportar las facturas")
    claimed_by_ana(bot, clock)
    at(clock, bot, day(16, 15))
    says(bot, clock, "UCARLA", "¿novedades?")
    assert references(bot) == ["REQ-1"]
    assert [t for t in texts(slack, "UANA") if "REQ-1" in t and "“¿novedades?”" in t]


def test_a_status_ping_on_an_unclaimed_request_goes_to_triage_at_once(bot, clock, slack):
    busy_channel(bot, slack, clock)
    thread = says(bot, clock, "UCARLA", "The CSV export fails with error 502")
    clock.advance(minutes=5)
    says(bot, clock, "UCARLA", "??", thread_ts=thread)
    (ping,) = [t for t in texts(slack, "CTRIAGE") if "asking for an update" in t]
    assert "REQ-1, which nobody has claimed" in ping


def test_a_message_naming_its_request_is_activity_on_it_and_an_unknown_one_is_no_reference(bot, clock, slack):
    busy_channel(bot, slack, clock)
    says(bot, clock, "UCARLA", "The CSV export fails with error 502")
    claimed_by_ana(bot, clock)
    at(clock, bot, day(16, 14))
    says(bot, clock, "UCARLA", "Is REQ-1 being worked on?")
    assert references(bot) == ["REQ-1"]
    assert [t for t in texts(slack, "UANA") if "asking for an update on REQ-1" in t]
    clock.advance(minutes=30)
    says(bot, clock, "UCARLA", "REQ-77 is still broken: the PDF export is empty")
    assert references(bot) == ["REQ-1", "REQ-2"]


# -- staff answering top-level -------------------------------------------------------------------
def test_a_staff_answer_posted_top_level_counts_and_nobody_is_told_it_went_unanswered(bot, clock, slack):
    busy_channel(bot, slack, clock)
    says(bot, clock, "UCARLA", "The CSV export fails with error 502")
    claimed_by_ana(bot, clock)
    clock.advance(minutes=10)
    says(bot, clock, "UANA", "<@UCARLA> we found it, a fix goes out this afternoon")
    says(bot, clock, "UANA", "<@UCARLA> and the PDF export too")
    at(clock, bot, day(16, 17))
    request = request_of(bot)
    assert request.first_staff_reply_at is not None
    assert not [t for t in texts(slack, "UANA") + texts(slack, "ULEAD") if "first reply" in t or "Nobody has" in t]
    hints = [c.args["text"] for c in slack.calls("chat.postEphemeral") if c.args.get("user") == "UANA"]
    # "a fix goes out this afternoon" is also a promise (issue 18: a plan with a future moment), tracked by its own hint
    counted = [h for h in hints if h.startswith("Counted as your answer")]
    assert counted and counted[0].startswith("Counted as your answer to Carla Pérez on REQ-1")
    assert len(counted) == 1  # one hint a day


def test_a_staff_message_right_after_the_one_waiting_customer_answers_them(bot, clock, slack):
    busy_channel(bot, slack, clock)
    says(bot, clock, "UCARLA", "The CSV export fails with error 502")
    clock.advance(minutes=20)
    says(bot, clock, "UBEA", "Checking the export service now")
    assert request_of(bot).first_staff_reply_at is not None
    assert "answered_top_level" in audit(bot)


def test_a_staff_message_long_after_the_customer_answers_nobody(bot, clock, slack):
    busy_channel(bot, slack, clock)
    says(bot, clock, "UCARLA", "The CSV export fails with error 502")
    clock.advance(minutes=45)
    says(bot, clock, "UBEA", "Deploy finished, all green")
    assert request_of(bot).first_staff_reply_at is None


# -- a resolved request reopens when the problem comes back --------------------------------------
def test_a_thanks_in_a_resolved_thread_does_nothing(bot, clock, slack):
    busy_channel(bot, slack, clock)
    thread = says(bot, clock, "UCARLA", "The CSV export fails with error 502")
    claimed_by_ana(bot, clock)
    resolved_by_ana(bot, clock)
    posts_before, dms_before = len(slack.posts()), len(texts(slack, "UANA"))
    clock.advance(hours=1)
    says(bot, clock, "UCARLA", "thanks a lot, works now!", thread_ts=thread)
    assert request_of(bot).state == "resolved"
    assert len(slack.posts()) == posts_before and len(texts(slack, "UANA")) == dms_before


def test_the_problem_back_in_a_resolved_thread_reopens_it_and_reaches_the_owner_within_one_sweep(bot, clock, slack):
    busy_channel(bot, slack, clock)
    thread = says(bot, clock, "UCARLA", "The CSV export fails with error 502")
    claimed_by_ana(bot, clock)
    resolved_by_ana(bot, clock)
    # Tuesday: Monday 21 Dec is a public holiday in Panama, where Ana's DM would wait for Tuesday (issue 17).
    at(clock, bot, day(22, 10))
    bot.send.event(message_event(text="the problem is back", user="UCARLA", ts=ts_at(clock.now()), thread_ts=thread))
    bot.drain()  # one sweep
    request = request_of(bot)
    assert (request.state, request.owner_user_id) == ("open", "UANA")
    (told,) = [t for t in texts(slack, "UANA") if "the problem is back" in t]
    assert told.startswith("Carla Pérez says the problem is back: REQ-1 is open again, and still yours.")
    assert "reopened" in audit(bot)


def test_the_problem_back_weeks_later_is_a_new_request_that_follows_the_old_one(bot, clock, slack):
    busy_channel(bot, slack, clock)
    says(bot, clock, "UCARLA", "The CSV export fails with error 502")
    claimed_by_ana(bot, clock)
    resolved_by_ana(bot, clock)
    at(clock, bot, day(11, 10, month=1, year=2027))
    says(bot, clock, "UCARLA", "REQ-1 is happening again: the export fails")
    assert request_of(bot).state == "resolved"
    assert references(bot) == ["REQ-1", "REQ-2"]
    assert [t for t in texts(slack, "CTRIAGE") if t.startswith("New request REQ-2") and "Follows REQ-1" in t]


# -- a holiday is not an answer ------------------------------------------------------------------
def test_a_customer_stating_a_holiday_after_staff_asked_for_a_file_resurfaces_once_when_back(bot, clock, slack):
    busy_channel(bot, slack, clock)
    thread = says(bot, clock, "UCARLA", "The CSV export fails with error 502")
    claimed_by_ana(bot, clock)
    at(clock, bot, day(22, 10))
    says(bot, clock, "UANA", "Could you send us the file you tried to export?", thread_ts=thread)
    clock.advance(minutes=30)
    says(bot, clock, "UCARLA", "Thanks. Heads up: we're closed 24–31 Dec", thread_ts=thread)
    request = request_of(bot)
    assert request.last_staff_at > request.last_customer_at  # the ball is still with the customer
    dms_before = len(texts(slack, "UANA"))
    for d in (23, 24, 28, 31):
        at(clock, bot, day(d, 12))
    for d in (1, 2, 3):
        at(clock, bot, day(d, 12, month=1, year=2027))
    assert texts(slack, "UANA")[dms_before:] == [], "the owner was nudged while the customer was closed"
    at(clock, bot, day(4, 9, month=1, year=2027))
    at(clock, bot, day(4, 17, month=1, year=2027))
    assert texts(slack, "UANA")[dms_before:] == [
        "Carla Pérez is back (away until Fri 1 Jan): REQ-1 is waiting on their answer."
    ]


def test_an_fyi_in_the_thread_is_the_customer_answering(bot, clock, slack):
    busy_channel(bot, slack, clock)
    thread = says(bot, clock, "UCARLA", "The CSV export fails with error 502")
    claimed_by_ana(bot, clock)
    says(bot, clock, "UANA", "Could you send us the file you tried to export?", thread_ts=thread)
    clock.advance(minutes=10)
    answered = says(bot, clock, "UCARLA", "Here is the file you asked for", thread_ts=thread)
    assert request_of(bot).last_customer_at.timestamp() == float(answered)


# -- closing the loop ----------------------------------------------------------------------------
def test_resolving_tells_the_customer_in_their_thread_and_language(bot, clock, slack):
    busy_channel(bot, slack, clock)
    thread = says(bot, clock, "UCARLA", "No podemos exportar las facturas")
    claimed_by_ana(bot, clock)
    resolved_by_ana(bot, clock)
    assert in_thread(slack, thread)[-1] == "REQ-1 está resuelta. Si queda algo pendiente, responda aquí mismo."


def test_a_channel_can_turn_the_resolved_note_off(bot, clock, slack):
    busy_channel(bot, slack, clock)
    with bot.atento.sessions.begin() as session:  # as the settings modal's "tell the customer: No" stores it
        ensure_channel(session, OUR_TEAM, "CSHARED", shared=True, now=clock.now()).settings = {"tell_resolved": False}
    thread = says(bot, clock, "UCARLA", "The CSV export fails with error 502")
    claimed_by_ana(bot, clock)
    resolved_by_ana(bot, clock)
    assert request_of(bot).state == "resolved"
    assert in_thread(slack, thread) == [
        "Logged as REQ-1. A named person from our team will take it.",
        "Ana García is taking care of REQ-1.",
    ]


# -- the bot addressed ---------------------------------------------------------------------------
def test_a_customer_asking_the_bot_who_handles_it_hears_the_owner_and_the_promised_time(bot, clock, slack):
    busy_channel(bot, slack, clock)
    thread = says(bot, clock, "UCARLA", "The CSV export fails with error 502")
    claimed_by_ana(bot, clock)
    bot.send.command("/promise", "REQ-1 friday 17:00", user="UANA")
    settle(bot, clock)
    clock.advance(hours=1)
    says(bot, clock, "UCARLA", "<@UATENTO> who is handling this?", thread_ts=thread)
    assert in_thread(slack, thread)[-1] == (
        "Ana García is taking care of REQ-1. Ana García said they'd get back to you by Friday 18 December, 17:00."
    )


def test_a_customer_asking_the_bot_about_an_unclaimed_request_hears_it_is_logged(bot, clock, slack):
    busy_channel(bot, slack, clock)
    thread = says(bot, clock, "UCARLA", "No podemos exportar las facturas")
    says(bot, clock, "UCARLA", "<@UATENTO> ¿quién se encarga de esto?", thread_ts=thread)
    assert in_thread(slack, thread)[-1] == "REQ-1 está registrada; una persona de nuestro equipo se hará cargo."


def test_staff_mentioning_the_bot_get_a_private_help(bot, clock, slack):
    busy_channel(bot, slack, clock)
    says(bot, clock, "UANA", "<@UATENTO> what can you do?")
    (hint,) = [c.args["text"] for c in slack.calls("chat.postEphemeral") if c.args.get("user") == "UANA"]
    assert hint.startswith("I read this channel on my own: no need to mention me.")
    assert references(bot) == []


def test_a_direct_message_to_the_bot_gets_a_short_help(bot, clock, slack):
    busy_channel(bot, slack, clock)
    ts = ts_at(clock.now())
    bot.send.event(
        message_event(text="hello?", user="UANA", user_team=OUR_TEAM, ts=ts, channel="DANA", channel_type="im")
    )
    settle(bot, clock)
    (answer,) = texts(slack, "DANA")
    assert answer.startswith("Hi! I'm Atento.")
    assert references(bot) == []


# -- reactions -----------------------------------------------------------------------------------
def reacts(bot, clock, user: str, emoji: str, ts: str) -> None:
    event = {
        "type": "reaction_added",
        "user": user,
        "item": {"type": "message", "channel": "CSHARED", "ts": ts},
        "reaction": emoji,
        "item_user": "UCARLA",
        "event_ts": ts_at(clock.now()),
    }
    team = CUSTOMER_TEAM if user in ("UCARLA", "UDIEGO") else OUR_TEAM
    assert bot.send.event(envelope(event, envelope_team=team)).status == 200
    settle(bot, clock)


def test_a_staff_members_eyes_on_a_customer_message_claims_its_request(bot, clock, slack):
    busy_channel(bot, slack, clock)
    thread = says(bot, clock, "UCARLA", "The CSV export fails with error 502")
    reacts(bot, clock, "UBEA", "eyes", thread)
    assert request_of(bot).owner_user_id == "UBEA"
    assert in_thread(slack, thread)[-1] == "Bea Ruiz is taking care of REQ-1."


def test_the_owners_check_mark_resolves_it_and_a_customers_reactions_do_nothing(bot, clock, slack):
    busy_channel(bot, slack, clock)
    thread = says(bot, clock, "UCARLA", "The CSV export fails with error 502")
    reacts(bot, clock, "UCARLA", "eyes", thread)
    reacts(bot, clock, "UCARLA", "white_check_mark", thread)
    assert (request_of(bot).owner_user_id, request_of(bot).state) == (None, "open")
    claimed_by_ana(bot, clock)
    reacts(bot, clock, "UBEA", "white_check_mark", thread)  # not hers
    assert request_of(bot).state == "open"
    reacts(bot, clock, "UANA", "white_check_mark", thread)
    assert request_of(bot).state == "resolved"


def test_the_reaction_emoji_are_a_workspace_setting(bot, clock, slack):
    busy_channel(bot, slack, clock)
    with bot.atento.sessions.begin() as session:
        workspace = session.get(Workspace, OUR_TEAM)
        workspace.settings = {**workspace.settings, "reactions": {"claim": "raising_hand"}}
    thread = says(bot, clock, "UCARLA", "The CSV export fails with error 502")
    reacts(bot, clock, "UBEA", "eyes", thread)
    assert request_of(bot).owner_user_id is None
    reacts(bot, clock, "UBEA", "raising_hand", thread)
    assert request_of(bot).owner_user_id == "UBEA"


# -- history when joining ------------------------------------------------------------------------
def joins(bot, clock, channel: str = "CNEW") -> None:
    event = {
        "type": "member_joined_channel",
        "user": "UATENTO",
        "channel": channel,
        "channel_type": "C",
        "team": OUR_TEAM,
        "inviter": "UANA",
        "event_ts": ts_at(clock.now()),
    }
    assert bot.send.event(envelope(event)).status == 200
    settle(bot, clock, 5)


def written(moment: datetime, user: str, text: str, **fields) -> dict:
    team = CUSTOMER_TEAM if user in ("UCARLA", "UDIEGO") else OUR_TEAM
    return {
        "type": "message",
        "user": user,
        "user_team": team,
        "team": team,
        "text": text,
        "ts": ts_at(moment),
        **fields,
    }


def a_week_of_history(slack) -> None:
    slack.add_channel("CNEW", name="acme", shared=True)
    slack.add_history(
        "CNEW",
        written(day(7, 10), "UCARLA", "The invoices page is blank"),  # nine days ago: not read
        written(day(9, 11), "UCARLA", "The CSV export fails with error 502"),
        written(day(10, 9), "UDIEGO", "Our SSO login is broken, it loops back to the start page"),
        written(day(10, 10), "UDIEGO", "thanks!"),
        written(day(11, 15), "UCARLA", "Can you add two seats to our plan?", reply_users=["UBEA"], reply_count=1),
        written(day(14, 9), "UANA", "Maintenance tonight at 22:00"),
        written(day(15, 16), "UCARLA", "any update on the export?"),
        *[written(day(16, 8) + timedelta(seconds=i), "UDIEGO", "ok") for i in range(205)],  # more than a page
    )


def test_joining_a_channel_offers_its_unanswered_week_once_in_triage_and_posts_nothing_to_the_customer(
    bot, clock, slack
):
    busy_channel(bot, slack, clock)
    a_week_of_history(slack)
    joins(bot, clock)
    (offer,) = [p for p in slack.posts("ULEAD") if "unanswered" in p["text"]]
    assert offer["text"].startswith("3 unanswered customer messages in <#CNEW> since Wed 9 Dec")
    assert [c.args.get("cursor") for c in slack.calls("conversations.history")] == [None, "200"]
    assert [p for p in slack.posts("CNEW") if "Atento" not in p["text"]] == []  # only the introduction
    assert references(bot) == []


def test_importing_opens_them_with_their_original_times_once_and_only_for_staff(bot, clock, slack):
    busy_channel(bot, slack, clock)
    a_week_of_history(slack)
    joins(bot, clock)
    bot.send.action("history_import", "CNEW", user="UCARLA", team_id=CUSTOMER_TEAM, channel="ULEAD")
    settle(bot, clock)
    assert references(bot) == []
    bot.send.action("history_import", "CNEW", user="UANA", channel="ULEAD")
    settle(bot, clock, 8)
    bot.send.action("history_import", "CNEW", user="UBEA", channel="ULEAD")
    settle(bot, clock)
    assert references(bot) == ["REQ-1", "REQ-2", "REQ-3"]
    assert abs((request_of(bot, 1).created_at - day(9, 11)).total_seconds()) < 1  # its original time
    assert not [t for t in texts(slack, "ULEAD") if "with no owner" in t]  # their ladder starts at the import
    acks = [p for p in slack.posts("CNEW") if p.get("thread_ts") and p["text"].startswith("Logged as")]
    assert len(acks) == 3
    answers = [c.args["text"] for c in slack.calls("chat.postEphemeral")]
    assert "Only the support team can import." in answers
    assert "Imported 3: REQ-1, REQ-2, REQ-3." in answers and "Already imported." in answers


def test_a_refused_history_read_is_one_log_line_naming_the_fix(bot, clock, slack, caplog):
    busy_channel(bot, slack, clock)
    a_week_of_history(slack)
    slack.state.refuse_history["CNEW"] = "not_in_channel"
    joins(bot, clock)
    refused = [r.getMessage() for r in caplog.records if "conversations.history" in r.getMessage()]
    assert len(refused) == 1 and "invite the bot to the channel" in refused[0]
    assert not [p for p in slack.posts("ULEAD") if "unanswered" in p["text"]]


# -- what the first judgement missed ----------------------------------------------------------------
def test_news_of_the_problem_in_a_resolved_thread_reopens_it_and_plain_news_does_not(bot, clock, slack):
    busy_channel(bot, slack, clock)
    thread = says(bot, clock, "UCARLA", "The CSV export fails with error 502")
    claimed_by_ana(bot, clock)
    resolved_by_ana(bot, clock)
    at(clock, bot, day(17, 10))
    says(bot, clock, "UCARLA", "fyi we're moving offices next month", thread_ts=thread)
    assert request_of(bot).state == "resolved"
    says(bot, clock, "UCARLA", "fyi the nightly export came out empty again, we re-ran it by hand", thread_ts=thread)
    request = request_of(bot)
    assert (request.state, request.owner_user_id) == ("open", "UANA")
    assert audit(bot).count("reopened") == 1
    assert [t for t in texts(slack, "UANA") if "REQ-1 is open again" in t]


def test_weeks_later_the_old_thread_talks_about_the_request_that_follows_it(bot, clock, slack):
    busy_channel(bot, slack, clock)
    thread = says(bot, clock, "UCARLA", "The CSV export fails with error 502")
    claimed_by_ana(bot, clock)
    resolved_by_ana(bot, clock)
    at(clock, bot, day(11, 10, month=1, year=2027))
    says(bot, clock, "UCARLA", "it's failing again, same 502", thread_ts=thread)
    says(bot, clock, "UCARLA", "and now the PDF export too", thread_ts=thread)
    assert references(bot) == ["REQ-1", "REQ-2"], "a second line in the old thread opened a duplicate"
    follower = request_of(bot, 2)
    assert follower.follows_id == request_of(bot, 1).id
    says(bot, clock, "UBEA", "Looking at it now", thread_ts=thread)
    follower = request_of(bot, 2)
    assert follower.first_staff_reply_at is not None  # the staff answer in the old thread counts on REQ-2
    assert request_of(bot, 1).state == "resolved"


def test_history_counts_a_top_level_staff_answer(bot, clock, slack):
    busy_channel(bot, slack, clock)
    slack.add_channel("CNEW", name="acme", shared=True)
    slack.add_history(
        "CNEW",
        written(day(9, 11), "UCARLA", "The CSV export fails with error 502"),
        written(day(9, 11, 20), "UANA", "We're on it, it was a timeout on our side"),  # the one waiting, in 20 min
        written(day(10, 9), "UDIEGO", "Our SSO login loops back to the start page"),
        written(day(10, 9, 5), "UCARLA", "Can you add two seats to our plan?"),
        written(day(10, 14), "UBEA", "<@UDIEGO> SSO fixed: the certificate had expired"),  # names its customer
        written(day(15, 16), "UCARLA", "the invoices page is blank"),
    )
    joins(bot, clock)
    (offer,) = [p for p in slack.posts("ULEAD") if "unanswered" in p["text"]]
    assert offer["text"].startswith("2 unanswered customer messages in <#CNEW> since Thu 10 Dec")
    bot.send.action("history_import", "CNEW", user="UANA", channel="ULEAD")
    settle(bot, clock, 5)
    with bot.atento.sessions() as session:
        excerpts = list(session.scalars(select(Request.excerpt).order_by(Request.number)))
    assert excerpts == ["Can you add two seats to our plan?", "the invoices page is blank"]
