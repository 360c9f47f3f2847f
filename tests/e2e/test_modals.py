"""Modal round-trips over signed HTTP: a button opens a view (views.open with the trigger), the
submission's answer (errors in the modal, or it closes) goes back in the HTTP response. The
behaviour around them is tested in tests/service."""

from __future__ import annotations

from datetime import datetime

from bot.sandbox.simulator import CUSTOMER_TEAM
from tests.support.availability import PANAMA, fix_state, stated_window, windows
from tests.support.flow import audit_kinds, dms, settle, sweep_at
from tests.support.promises import MISSED, REMINDER, at, open_request, promises, setup_team, staff_answers


def test_thats_not_right_opens_a_small_modal_to_correct_the_date(bot, clock, slack):
    _, button = stated_window(bot, clock, slack)
    assert (button["action_id"], button["text"]["text"]) == ("away_fix", "That's not right")
    bot.send.action("away_fix", button["value"], user="UCARLA", team_id=CUSTOMER_TEAM)
    (opened,) = slack.calls("views.open")
    assert opened.args["view"]["callback_id"] == "away_fix"
    assert opened.args["view"]["blocks"][0]["element"]["initial_date"] == "2027-01-05"
    reply = bot.send.view_submission(
        "away_fix", fix_state("2026-12-21"), user="UCARLA", private_metadata=button["value"]
    )
    assert reply.status == 200 and reply.body in (b"", b"null")
    (window,) = windows(bot)
    assert window.resume_at == datetime(2026, 12, 21, tzinfo=PANAMA)


def test_a_correction_to_garbage_is_refused_in_the_modal(bot, clock, slack):
    _, button = stated_window(bot, clock, slack)
    for state, fragment in (
        (fix_state("2026-12-01"), "has passed"),
        (fix_state("2027-09-30"), "more than 90 days"),
        (fix_state(None), "Pick the day you are back"),
    ):
        reply = bot.send.view_submission("away_fix", state, user="UCARLA", private_metadata=button["value"]).json()
        assert reply["response_action"] == "errors" and fragment in reply["errors"]["resume"]
    assert windows(bot)[0].resume_at == datetime(2027, 1, 5, tzinfo=PANAMA)


def test_the_customer_can_remove_it_and_nobody_else_outside_the_team_can(bot, clock, slack):
    _, button = stated_window(bot, clock, slack)
    slack.add_user("UOTHER", team_id=CUSTOMER_TEAM, name="Otto Other")
    refused = bot.send.view_submission(
        "away_fix", fix_state(remove=True), user="UOTHER", private_metadata=button["value"]
    ).json()
    assert refused["response_action"] == "errors"
    bot.send.view_submission("away_fix", fix_state(remove=True), user="UCARLA", private_metadata=button["value"])
    assert windows(bot) == []


def test_need_more_time_posts_one_honest_update_in_the_customers_language_and_reschedules(bot, clock, slack):
    setup_team(bot, slack)
    thread = open_request(bot, clock, slack, text="Hola, la exportación de facturas falla")
    staff_answers(bot, clock, thread, "I'll get back to you by Friday EOD")
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
    assert updates == [
        "Novedad de Ana García sobre REQ-1: necesitamos hasta el lunes 21 de diciembre — the fix is in review"
    ]
    old, new = promises(bot)
    assert (old.state, new.state, new.due_at, new.source) == ("renegotiated", "open", at(21, 17), "more_time")
    assert "promise_renegotiated" in audit_kinds(bot)
    sweep_at(bot, clock, at(18, 17, 0, 1))
    assert dms(slack, "UANA", MISSED) == [], "the replaced deadline still fired"
    sweep_at(bot, clock, at(21, 17, 0, 1))
    # Mon 21 Dec is a public holiday in Panama (National Mourning Day, observed): Ana hears on Tuesday
    # at nine, the start of her next working day (issue 17: DMs wait for a staff member's working time).
    assert dms(slack, "UANA", MISSED) == []
    sweep_at(bot, clock, at(22, 9, 0, 1))
    assert len(dms(slack, "UANA", MISSED)) == 1


def test_change_corrects_the_date_without_telling_the_customer(bot, clock, slack):
    setup_team(bot, slack)
    thread = open_request(bot, clock, slack)
    staff_answers(bot, clock, thread, "I'll get back to you by Friday EOD")
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
