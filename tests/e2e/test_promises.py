"""Promises: reminders before the deadline, Done, Need more time, missed, handoff (issue 5)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.platform.models import Channel, Promise, RequestEvent, Timer, Workspace
from bot.sandbox.simulator import CUSTOMER_TEAM, OUR_TEAM, message_event, ts_at

PANAMA = ZoneInfo("America/Panama")
REMINDER, MISSED = "Reminder: you told", "has passed"


def at(day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, second, tzinfo=PANAMA)


def setup_team(bot, slack, *, customer_tz: str | None = "Europe/Madrid") -> None:
    """Ana (Panama, English) and Bea (Panama, Spanish locale) support Carla; Lola leads; 9 to 6 in Panama."""
    slack.add_user("UANA", name="Ana García")
    slack.add_user("UBEA", name="Bea Ruiz", locale="es-ES")
    slack.add_user("ULEAD", name="Lola Lead")
    slack.add_user("UCARLA", team_id=CUSTOMER_TEAM, name="Carla Pérez")
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


def open_request(bot, clock, slack, text="The invoice export is broken", *, customer_tz="Europe/Madrid") -> str:
    clock.set(at(16, 9, 50))
    ts = ts_at(clock.now())
    bot.send.event(message_event(text=text, user="UCARLA", ts=ts))
    settle(bot, clock)
    if customer_tz:
        with bot.atento.sessions.begin() as session:
            session.get(Channel, (OUR_TEAM, "CSHARED")).timezone = customer_tz
    return ts


def staff_says(bot, clock, thread: str, text: str, *, user="UANA", moment: datetime | None = None) -> None:
    clock.set(moment or at(16, 10))
    bot.send.event(message_event(text=text, user=user, ts=ts_at(clock.now()), thread_ts=thread, user_team=OUR_TEAM))
    settle(bot, clock)


def settle(bot, clock, seconds: int = 3) -> None:
    for _ in range(seconds):
        bot.drain()
        clock.advance(seconds=1)
    bot.drain()


def sweep_at(bot, clock, moment: datetime) -> None:
    clock.set(moment)
    bot.drain()


def confirmations(slack, user: str) -> list[str]:
    return [
        c.args["text"]
        for c in slack.calls("chat.postEphemeral")
        if c.args.get("user") == user
        and "REQ-" in c.args["text"]
        and ("Tracked" in c.args["text"] or "Anotado" in c.args["text"])
    ]


def dms(slack, user: str, marker: str) -> list[str]:
    return [p["text"] for p in slack.posts(user) if marker in p["text"]]


def promises(bot) -> list[Promise]:
    with bot.atento.sessions() as session:
        return list(session.scalars(select(Promise).order_by(Promise.id)))


def audit(bot) -> list[str]:
    with bot.atento.sessions() as session:
        return [e.kind for e in session.scalars(select(RequestEvent).order_by(RequestEvent.id))]


def test_friday_eod_is_tracked_reminded_twice_then_missed_once(bot, clock, slack):
    setup_team(bot, slack)
    thread = open_request(bot, clock, slack)
    staff_says(bot, clock, thread, "Thanks Carla, I'll get back to you by Friday EOD")

    (confirmation,) = confirmations(slack, "UANA")
    assert confirmation.startswith(
        "Tracked: update REQ-1 by Fri 18 Dec 17:00 (Carla Pérez's time: 23:00). "
        "I'll remind you Thu 13:30 and Fri 15:00."
    )
    (ephemeral,) = [c for c in slack.calls("chat.postEphemeral") if "Tracked" in c.args["text"]]
    assert ephemeral.args["thread_ts"] == thread
    assert [b["action_id"] for b in ephemeral.args["blocks"][1]["elements"]] == ["promise_undo", "promise_change"]
    # Nobody owned REQ-1: the promiser does now, and the customer is told who.
    (promise,) = promises(bot)
    assert (promise.owner_user_id, promise.due_at) == ("UANA", at(18, 17))
    assert "Ana García is taking care of REQ-1." in [p["text"] for p in slack.posts("CSHARED")]

    sweep_at(bot, clock, at(17, 13, 29))
    assert dms(slack, "UANA", REMINDER) == []
    sweep_at(bot, clock, at(17, 13, 30, 1))
    (first,) = dms(slack, "UANA", REMINDER)
    assert first.startswith("Reminder: you told Carla Pérez you'd update REQ-1 by Fri 18 Dec 17:00 (28 h from now).")
    sweep_at(bot, clock, at(18, 14, 59))
    assert len(dms(slack, "UANA", REMINDER)) == 1
    sweep_at(bot, clock, at(18, 15, 0, 1))
    assert len(dms(slack, "UANA", REMINDER)) == 2
    sweep_at(bot, clock, at(18, 16, 59, 59))
    assert dms(slack, "UANA", MISSED) == []

    sweep_at(bot, clock, at(18, 17, 0, 0))
    for later in (at(18, 17, 5), at(19, 9), at(21, 9)):
        sweep_at(bot, clock, later)
    assert dms(slack, "UANA", MISSED) == [
        "The time you gave Carla Pérez on REQ-1 (Fri 18 Dec 17:00) has passed: tell them now where things stand."
    ]
    assert dms(slack, "ULEAD", "passed without an update") == [
        "<@UANA>'s promise to Carla Pérez on REQ-1 (Fri 18 Dec 17:00) passed without an update."
    ]
    (missed_dm,) = [p for p in slack.posts("UANA") if MISSED in p["text"]]
    assert missed_dm["channel"] == "UANA" and "Carla" in missed_dm["text"]
    assert promises(bot)[0].state == "missed"
    assert audit(bot).count("promise_missed") == 1
    assert len(dms(slack, "UANA", REMINDER)) == 2, "a reminder after the deadline"


def test_done_cancels_the_remaining_reminders_and_the_deadline_check(bot, clock, slack):
    setup_team(bot, slack)
    thread = open_request(bot, clock, slack)
    staff_says(bot, clock, thread, "I'll get back to you by Friday EOD")
    sweep_at(bot, clock, at(17, 13, 30, 1))
    (reminder,) = [p for p in slack.posts("UANA") if REMINDER in p["text"]]
    done = reminder["blocks"][1]["elements"][0]
    assert done["action_id"] == "promise_done"
    assert bot.send.action("promise_done", done["value"], user="UANA", channel="DANA").status == 200
    settle(bot, clock)
    assert "Kept: REQ-1's promise is closed." in [
        c.args["text"] for c in slack.calls("chat.postEphemeral") if c.args["user"] == "UANA"
    ]
    for later in (at(18, 15, 0, 1), at(18, 17, 0, 1), at(21, 9)):
        sweep_at(bot, clock, later)
    assert len(dms(slack, "UANA", REMINDER)) == 1
    assert dms(slack, "UANA", MISSED) == [] and dms(slack, "ULEAD", "passed") == []
    assert (promises(bot)[0].state, promises(bot)[0].closed_how) == ("kept", "done")


def test_a_staff_update_in_the_thread_before_the_deadline_keeps_the_promise(bot, clock, slack):
    setup_team(bot, slack)
    thread = open_request(bot, clock, slack)
    staff_says(bot, clock, thread, "I'll get back to you by Friday EOD")
    staff_says(bot, clock, thread, "Found it: the export skipped credit notes. Fixed now.", moment=at(17, 11))
    for later in (at(17, 13, 30, 1), at(18, 15, 0, 1), at(18, 17, 0, 1)):
        sweep_at(bot, clock, later)
    assert dms(slack, "UANA", REMINDER) == [] and dms(slack, "UANA", MISSED) == []
    assert (promises(bot)[0].state, promises(bot)[0].closed_how) == ("kept", "reply")


def test_need_more_time_posts_one_honest_update_in_the_customers_language_and_reschedules(bot, clock, slack):
    setup_team(bot, slack)
    thread = open_request(bot, clock, slack, text="Hola, la exportación de facturas falla")
    staff_says(bot, clock, thread, "I'll get back to you by Friday EOD")
    sweep_at(bot, clock, at(18, 15, 0, 1))
    reminder = [p for p in slack.posts("UANA") if REMINDER in p["text"]][-1]
    more = reminder["blocks"][1]["elements"][1]
    assert more["action_id"] == "promise_more_time"
    bot.send.action("promise_more_time", more["value"], user="UANA", channel="DANA")
    (opened,) = slack.calls("views.open")
    view = opened.args["view"]
    assert view["callback_id"] == "promise_edit"

    def submit(when: str, note: str = ""):
        values = {"when": {"when": {"type": "plain_text_input", "value": when}}}
        values["note"] = {"note": {"type": "plain_text_input", "value": note}}
        return bot.send.view_submission("promise_edit", values, user="UANA", private_metadata=view["private_metadata"])

    earlier = submit("today 12:00").json()
    assert earlier["response_action"] == "errors"
    assert earlier["errors"]["when"].startswith("“today 12:00” reads as Fri 18 Dec 12:00, which has passed.")
    not_later = submit("today 16:00").json()
    assert not_later["errors"]["when"] == (
        "That's not later than the current deadline (Fri 18 Dec 17:00): pick a later moment."
    )
    assert submit("monday 17:00", "the fix is in review").status == 200
    settle(bot, clock)
    updates = [p["text"] for p in slack.posts("CSHARED") if p.get("thread_ts") == thread and "REQ-1:" in p["text"]]
    assert updates == ["Novedad de Ana García sobre REQ-1: necesitamos hasta el lun 21 de dic — the fix is in review"]
    old, new = promises(bot)
    assert (old.state, new.state, new.due_at, new.source) == ("renegotiated", "open", at(21, 17), "more_time")
    assert "promise_renegotiated" in audit(bot)
    sweep_at(bot, clock, at(18, 17, 0, 1))
    assert dms(slack, "UANA", MISSED) == [], "the replaced deadline still fired"
    sweep_at(bot, clock, at(21, 17, 0, 1))
    assert len(dms(slack, "UANA", MISSED)) == 1


def test_spanish_promise_first_thing_thursday_is_handled_the_same_way(bot, clock, slack):
    setup_team(bot, slack)
    thread = open_request(bot, clock, slack, text="Hola, no podemos exportar las facturas", customer_tz=None)
    staff_says(bot, clock, thread, "Carla, te lo tengo listo el jueves a primera hora", user="UBEA")
    (confirmation,) = confirmations(slack, "UBEA")
    assert confirmation.startswith(
        "Anotado: novedades de REQ-1 antes del jue 17 de dic 09:00. Te lo recordaré el mié 14:00 y el mié 16:00."
    )
    sweep_at(bot, clock, at(16, 14, 0, 1))
    (reminder,) = dms(slack, "UBEA", "Recordatorio")
    assert reminder.startswith("Recordatorio: le dijiste a Carla Pérez que tendría novedades de REQ-1 antes del jue 17")
    sweep_at(bot, clock, at(16, 16, 0, 1))
    sweep_at(bot, clock, at(17, 9, 0, 1))
    assert len(dms(slack, "UBEA", "Recordatorio")) == 2
    assert dms(slack, "UBEA", "ha pasado") == [
        "El plazo que le diste a Carla Pérez en REQ-1 (jue 17 de dic 09:00) ha pasado: cuéntale ahora cómo va."
    ]


def test_handoff_moves_the_open_promise_and_tells_the_new_owner(bot, clock, slack):
    setup_team(bot, slack)
    thread = open_request(bot, clock, slack)
    staff_says(bot, clock, thread, "I'll get back to you by Friday EOD")
    clock.set(at(17, 10))
    bot.send.command("/handoff", "REQ-1 <@UBEA|bea> she knows the exporter", user="UANA")
    settle(bot, clock)
    (handed,) = [p["text"] for p in slack.posts("UBEA") if "handed REQ-1" in p["text"]]
    assert "Pendiente: a Carla Pérez se le prometieron novedades antes del vie 18 de dic 17:00" in handed
    assert promises(bot)[0].owner_user_id == "UBEA"
    sweep_at(bot, clock, at(17, 13, 30, 1))
    assert dms(slack, "UANA", REMINDER) == [] and len(dms(slack, "UBEA", "Recordatorio")) == 1
    assert "promise_moved" in audit(bot)


def test_promise_command_sets_and_a_newer_one_supersedes(bot, clock, slack):
    setup_team(bot, slack)
    open_request(bot, clock, slack, customer_tz=None)
    clock.set(at(16, 10))
    first = bot.send.command("/promise", "12", user="UANA").json()["text"]
    assert first.startswith("Usage: `/promise REQ-12")
    answer = bot.send.command("/promise", "1 friday 5pm send the corrected file", user="UANA").json()
    assert answer["text"].startswith("You own REQ-1 now. Tracked: update REQ-1 by Fri 18 Dec 17:00. I'll remind you")
    assert answer["response_type"] == "ephemeral"
    assert promises(bot)[0].sentence == "send the corrected file"
    again = bot.send.command("/promise", "REQ-1 mañana 12:00", user="UANA").json()["text"]
    assert again.startswith("Tracked: update REQ-1 by Thu 17 Dec 12:00.")
    old, new = promises(bot)
    assert (old.state, new.state, new.supersedes_id) == ("renegotiated", "open", old.id)
    settle(bot, clock)
    with bot.atento.sessions() as session:
        pending = session.scalars(
            select(Timer.subject).where(Timer.kind.like("promise.%"), Timer.state == "pending")
        ).all()
    assert set(pending) == {f"promise:{new.id}"}


def test_undo_stops_tracking_and_brings_back_the_promise_it_replaced(bot, clock, slack):
    setup_team(bot, slack)
    open_request(bot, clock, slack, customer_tz=None)
    clock.set(at(16, 10))
    bot.send.command("/promise", "1 friday 17:00", user="UANA")
    bot.send.command("/promise", "1 monday 17:00", user="UANA")
    _, second = promises(bot)
    bot.send.action("promise_undo", str(second.id), user="UANA", ephemeral=True)
    settle(bot, clock)
    told = [c.args["text"] for c in slack.calls("chat.postEphemeral") if c.args["user"] == "UANA"]
    assert "Stopped tracking that promise on REQ-1. Back to the one before: Fri 18 Dec 17:00." in told
    first, second = promises(bot)
    assert (first.state, second.state) == ("open", "cancelled")
    sweep_at(bot, clock, at(18, 17, 0, 1))
    assert len(dms(slack, "UANA", MISSED)) == 1


def test_the_confirmation_says_when_the_customer_is_away_then_and_warns_an_owner_who_is_away(bot, clock, slack):
    setup_team(bot, slack)
    slack.add_user(
        "UANA",
        name="Ana García",
        profile={
            "status_text": "Vacation",
            "status_emoji": ":palm_tree:",
            "status_expiration": int(at(21, 9).timestamp()),
        },
    )
    thread = open_request(bot, clock, slack, customer_tz=None)
    clock.set(at(16, 9, 55))
    bot.send.event(
        message_event(
            text="I'm on holiday from Friday until Jan 4", user="UCARLA", ts=ts_at(clock.now()), thread_ts=thread
        )
    )
    settle(bot, clock)
    clock.set(at(16, 10))
    text = bot.send.command("/promise", "1 friday 17:00", user="UANA").json()["text"]
    assert "Carla Pérez said they're away until Mon 4 Jan; the deadline still stands: it's ours." in text
    assert "You're away then (Slack status: “Vacation”) — hand off or change the date?" in text


def test_bad_promises_get_a_clear_answer_and_change_nothing(bot, clock, slack):
    setup_team(bot, slack)
    open_request(bot, clock, slack, customer_tz=None)
    clock.set(at(16, 10))

    def promise(text: str, user: str = "UANA") -> str:
        reply = bot.send.command("/promise", text, user=user)
        assert reply.status == 200
        return reply.json()["text"]

    assert promise("1 yesterday 17:00").startswith("“yesterday 17:00” reads as Tue 15 Dec 17:00, which has passed.")
    assert promise("1 when pigs fly").startswith("I couldn't find a moment in “when pigs fly”. Try `friday 17:00`")
    assert promise("99 friday").startswith("I can't find REQ-99 in this workspace.")
    assert promise("1 friday", user="UCARLA") == "Only the support team can make or change promises."
    bot.send.command("/claim", "1", user="UANA")
    bot.send.command("/resolve", "1", user="UANA")
    assert promise("1 friday") == "REQ-1 is resolved: there is nothing to promise on it."
    assert promises(bot) == []
    # A customer pressing a promise button (any id) reaches nothing.
    bot.send.action("promise_done", "1", user="UCARLA", team_id=CUSTOMER_TEAM)
    bot.send.action("promise_more_time", "1", user="UCARLA", team_id=CUSTOMER_TEAM)
    settle(bot, clock)
    assert slack.calls("views.open") == []
    told = [c.args["text"] for c in slack.calls("chat.postEphemeral") if c.args["user"] == "UCARLA"]
    assert told == ["Only the support team can make or change promises."] * 2


def test_change_corrects_the_date_without_telling_the_customer(bot, clock, slack):
    setup_team(bot, slack)
    thread = open_request(bot, clock, slack)
    staff_says(bot, clock, thread, "I'll get back to you by Friday EOD")
    (promise,) = promises(bot)
    bot.send.action("promise_change", str(promise.id), user="UANA", ephemeral=True)
    (opened,) = slack.calls("views.open")
    view = opened.args["view"]
    assert [b.get("block_id") for b in view["blocks"]][1:] == ["when"]  # no note: nothing goes to the customer
    values = {"when": {"when": {"type": "plain_text_input", "value": "thursday 12:00"}}}
    reply = bot.send.view_submission("promise_edit", values, user="UANA", private_metadata=view["private_metadata"])
    assert reply.status == 200 and reply.body in (b"", b"null")
    settle(bot, clock)
    old, new = promises(bot)
    assert (old.state, new.state, new.due_at, new.source) == ("renegotiated", "open", at(17, 12), "change")
    assert not [p for p in slack.posts("CSHARED") if "Update from" in p["text"]]


def test_a_customer_cannot_undo_change_or_submit_a_new_date_for_a_promise(bot, clock, slack):
    setup_team(bot, slack)
    thread = open_request(bot, clock, slack)
    staff_says(bot, clock, thread, "I'll get back to you by Friday EOD")
    (promise,) = promises(bot)
    for action in ("promise_undo", "promise_change"):
        bot.send.action(action, str(promise.id), user="UCARLA", team_id=CUSTOMER_TEAM)
    settle(bot, clock)
    assert slack.calls("views.open") == []
    told = [c.args["text"] for c in slack.calls("chat.postEphemeral") if c.args["user"] == "UCARLA"]
    assert told == ["Only the support team can make or change promises."] * 2
    values = {"when": {"when": {"type": "plain_text_input", "value": "monday 17:00"}}}
    refused = bot.send.view_submission(
        "promise_edit", values, user="UCARLA", private_metadata=f"change:{promise.id}"
    ).json()
    assert refused == {
        "response_action": "errors",
        "errors": {"when": "Only the support team can make or change promises."},
    }
    (still,) = promises(bot)
    assert (still.state, still.due_at) == ("open", promise.due_at)
