"""Promises: reminders before the deadline, Done, Need more time, missed, handoff (issue 5)."""

from __future__ import annotations

from sqlalchemy import select

from bot.platform.models import Timer
from bot.sandbox.simulator import CUSTOMER_TEAM, message_event, ts_at
from tests.support.flow import audit_kinds, dms, settle, sweep_at
from tests.support.promises import (
    MISSED,
    REMINDER,
    at,
    confirmations,
    open_request,
    promises,
    setup_team,
    staff_answers,
)


def test_friday_eod_is_tracked_reminded_twice_then_missed_once(bot, clock, slack):
    setup_team(bot, slack)
    thread = open_request(bot, clock, slack)
    staff_answers(bot, clock, thread, "Thanks Carla, I'll get back to you by Friday EOD")

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
    assert audit_kinds(bot).count("promise_missed") == 1
    assert len(dms(slack, "UANA", REMINDER)) == 2, "a reminder after the deadline"


def test_done_cancels_the_remaining_reminders_and_the_deadline_check(bot, clock, slack):
    setup_team(bot, slack)
    thread = open_request(bot, clock, slack)
    staff_answers(bot, clock, thread, "I'll get back to you by Friday EOD")
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
    staff_answers(bot, clock, thread, "I'll get back to you by Friday EOD")
    staff_answers(bot, clock, thread, "Found it: the export skipped credit notes. Fixed now.", moment=at(17, 11))
    for later in (at(17, 13, 30, 1), at(18, 15, 0, 1), at(18, 17, 0, 1)):
        sweep_at(bot, clock, later)
    assert dms(slack, "UANA", REMINDER) == [] and dms(slack, "UANA", MISSED) == []
    assert (promises(bot)[0].state, promises(bot)[0].closed_how) == ("kept", "reply")


def test_spanish_promise_first_thing_thursday_is_handled_the_same_way(bot, clock, slack):
    setup_team(bot, slack)
    thread = open_request(bot, clock, slack, text="Hola, no podemos exportar las facturas", customer_tz=None)
    staff_answers(bot, clock, thread, "Carla, te lo tengo listo el jueves a primera hora", user="UBEA")
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
    staff_answers(bot, clock, thread, "I'll get back to you by Friday EOD")
    clock.set(at(17, 10))
    bot.send.command("/handoff", "REQ-1 <@UBEA|bea> she knows the exporter", user="UANA")
    settle(bot, clock)
    (handed,) = [p["text"] for p in slack.posts("UBEA") if "handed REQ-1" in p["text"]]
    assert "Pendiente: a Carla Pérez se le prometieron novedades antes del vie 18 de dic 17:00" in handed
    assert promises(bot)[0].owner_user_id == "UBEA"
    sweep_at(bot, clock, at(17, 13, 30, 1))
    assert dms(slack, "UANA", REMINDER) == [] and len(dms(slack, "UBEA", "Recordatorio")) == 1
    assert "promise_moved" in audit_kinds(bot)


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


def test_a_customer_cannot_undo_change_or_submit_a_new_date_for_a_promise(bot, clock, slack):
    setup_team(bot, slack)
    thread = open_request(bot, clock, slack)
    staff_answers(bot, clock, thread, "I'll get back to you by Friday EOD")
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
