"""`/atento help` and `/atento settings` (issue 3): the modal, its validation, and what it changes."""

from __future__ import annotations

from bot.platform.models import Channel, Workspace
from bot.sandbox.simulator import OUR_TEAM, message_event, ts_at
from tests.support.team import people


def staff(slack):
    people(slack, "UANA", "ULEAD", "UCARLA")


def submission(**overrides) -> dict:
    """view.state.values as Slack sends them for the settings modal."""
    fields = {
        "ch_org": {"type": "plain_text_input", "value": "Acme Corp"},
        "ch_language": {"type": "static_select", "selected_option": {"value": "es"}},
        "ch_country": {"type": "plain_text_input", "value": "pa"},
        "ch_triage": {"type": "conversations_select", "selected_conversation": "CTRIAGE"},
        "ch_ack": {"type": "static_select", "selected_option": {"value": "reaction"}},
        "ch_grouping": {"type": "number_input", "value": "5"},
        "ch_customer_start": {"type": "timepicker", "selected_time": "08:30"},
        "ch_customer_end": {"type": "timepicker", "selected_time": "16:30"},
        "ws_tz": {"type": "plain_text_input", "value": "America/Panama"},
        "ws_days": {"type": "checkboxes", "selected_options": [{"value": str(d)} for d in range(5)]},
        "ws_start": {"type": "timepicker", "selected_time": "08:00"},
        "ws_end": {"type": "timepicker", "selected_time": "17:00"},
        "ws_country": {"type": "plain_text_input", "value": "PA"},
        "ws_lead": {"type": "users_select", "selected_user": "ULEAD"},
        "ws_on_duty": {"type": "multi_users_select", "selected_users": ["UANA"]},
        "ws_triage_after": {"type": "number_input", "value": "20"},
        "ws_lead_after": {"type": "number_input", "value": "90"},
        "ws_first_response": {"type": "number_input", "value": "45"},
        "ws_promise_half": {"type": "checkboxes", "selected_options": []},
        "ws_promise_before": {"type": "number_input", "value": "60"},
    }
    for key, value in overrides.items():
        fields[key] = {**fields[key], **value}
    return {block: {block: element} for block, element in fields.items()}


def test_help_lists_the_commands(bot, clock, slack):
    text = bot.send.command("/atento", "help", user="UANA").json()["text"]
    for command in ("/claim", "/release", "/handoff", "/resolve", "/requests", "/atento settings"):
        assert command in text


def test_settings_opens_a_modal_with_the_trigger(bot, clock, slack):
    staff(slack)
    assert bot.send.command("/atento", "settings", user="UANA", channel="CSHARED").status == 200
    (opened,) = slack.calls("views.open")
    assert opened.args["trigger_id"] == "1.1.x"
    view = opened.args["view"]
    assert view["callback_id"] == "atento_settings" and view["private_metadata"] == "CSHARED"
    blocks = {b.get("block_id") for b in view["blocks"]}
    assert {"ch_triage", "ch_ack", "ws_tz", "ws_days", "ws_lead", "ws_triage_after"} <= blocks


def test_a_valid_submission_changes_the_channel_and_the_workspace(bot, clock, slack):
    staff(slack)
    reply = bot.send.view_submission("atento_settings", submission(), user="UANA", private_metadata="CSHARED")
    assert reply.status == 200 and reply.body in (b"", b"null")
    with bot.atento.sessions() as session:
        channel = session.get(Channel, (OUR_TEAM, "CSHARED"))
        settings = session.get(Workspace, OUR_TEAM).settings
    assert (channel.customer_org_name, channel.language, channel.country) == ("Acme Corp", "es", "PA")
    assert (channel.triage_channel_id, channel.ack_mode, channel.grouping_minutes) == ("CTRIAGE", "reaction", 5)
    assert channel.settings["customer_hours"] == {"start": "08:30", "end": "16:30"}
    assert settings["hours"] == {
        "tz": "America/Panama",
        "days": [0, 1, 2, 3, 4],
        "start": "08:00",
        "end": "17:00",
        "country": "PA",
    }
    assert (settings["lead"], settings["on_duty"]) == ("ULEAD", ["UANA"])
    assert settings["ladder"] == {"triage_after": 20, "lead_after": 90, "first_response_target": 45}
    assert settings["promises"] == {"at_half_time": False, "before_due_business_minutes": 60}


def test_nonsense_is_refused_field_by_field_and_nothing_is_saved(bot, clock, slack):
    staff(slack)
    bad = submission(
        ws_tz={"value": "Mars/Olympus"},
        ws_end={"selected_time": "07:00"},
        ch_country={"value": "Narnia"},
        ws_triage_after={"value": "-3"},
        ws_days={"selected_options": []},
        ws_promise_before={"value": "-1"},
    )
    reply = bot.send.view_submission("atento_settings", bad, user="UANA", private_metadata="CSHARED").json()
    assert reply["response_action"] == "errors"
    assert set(reply["errors"]) == {"ws_tz", "ws_end", "ch_country", "ws_triage_after", "ws_days", "ws_promise_before"}
    assert "IANA" in reply["errors"]["ws_tz"]
    with bot.atento.sessions() as session:
        assert "hours" not in (session.get(Workspace, OUR_TEAM).settings or {})


def test_only_staff_change_settings(bot, clock, slack):
    staff(slack)
    slack.add_user("UGUEST", name="Gina Guest", is_restricted=True)
    assert (
        bot.send.command("/atento", "settings", user="UGUEST").json()["text"]
        == "Only the support team can change settings."
    )
    assert slack.calls("views.open") == []
    reply = bot.send.view_submission("atento_settings", submission(), user="UGUEST", private_metadata="CSHARED").json()
    assert reply["response_action"] == "errors"
    with bot.atento.sessions() as session:
        assert "lead" not in (session.get(Workspace, OUR_TEAM).settings or {})


def test_without_a_triage_channel_the_on_duty_people_hear_of_unclaimed_requests(bot, clock, slack):
    staff(slack)
    bot.send.view_submission(
        "atento_settings",
        submission(ch_triage={"selected_conversation": None}),
        user="UANA",
        private_metadata="CSHARED",
    )
    bot.send.event(message_event(text="Nothing loads since this morning", user="UCARLA", ts=ts_at(clock.now())))
    bot.drain()
    clock.advance(days=3)  # Saturday: Ana is off, her DM waits for her next working day (issue 17)
    bot.drain()
    assert slack.posts("UANA") == []
    clock.advance(days=3)  # Tuesday (Monday 21 Dec is a public holiday in Panama)
    bot.drain()
    assert [p["text"][:42] for p in slack.posts("UANA")] == ["REQ-1 from Carla Pérez has waited 20 busin"]


def test_a_channel_can_have_its_own_escalation_targets(bot, clock, slack):
    staff(slack)
    values = submission(ch_triage={"selected_conversation": "CTRIAGE"})
    values["ch_triage_after"] = {"ch_triage_after": {"type": "number_input", "value": "5"}}
    values["ch_first_response"] = {"ch_first_response": {"type": "number_input", "value": ""}}
    bot.send.view_submission("atento_settings", values, user="UANA", private_metadata="CSHARED")
    with bot.atento.sessions() as session:
        assert session.get(Channel, (OUR_TEAM, "CSHARED")).settings["ladder"] == {"triage_after": 5}
    bot.send.event(message_event(text="Nothing loads since this morning", user="UCARLA", ts=ts_at(clock.now())))
    bot.drain()
    clock.advance(days=3)
    bot.drain()
    assert any("has waited 5 business minutes" in p["text"] for p in slack.posts("CTRIAGE"))


def test_releasing_puts_the_request_back_in_triage_at_once(bot, clock, slack):
    staff(slack)
    bot.send.view_submission("atento_settings", submission(), user="UANA", private_metadata="CSHARED")
    bot.send.event(message_event(text="Nothing loads since this morning", user="UCARLA", ts=ts_at(clock.now())))
    bot.drain()
    bot.send.command("/claim", "1", user="UANA")
    bot.send.command("/release", "1", user="UANA")
    bot.drain()
    clock.advance(seconds=1)  # one message a second per channel: the triage post of the opening went first
    bot.drain()
    assert [p["text"][:44] for p in slack.posts("CTRIAGE") if "unclaimed again" in p["text"]] == [
        "REQ-1 is unclaimed again (released by <@UANA"
    ]


def test_a_spanish_speaking_lead_gets_the_modal_and_its_errors_in_spanish(bot, clock, slack):
    staff(slack)
    slack.add_user("ULUIS", name="Luis Mora", locale="es-MX")
    assert bot.send.command("/atento", "settings", user="ULUIS", channel="CSHARED").status == 200
    (opened,) = slack.calls("views.open")
    view = opened.args["view"]
    assert view["title"]["text"] == "Ajustes de Atento" and view["submit"]["text"] == "Guardar"
    labels = {b["block_id"]: b["label"]["text"] for b in view["blocks"] if b["type"] == "input"}
    assert labels["ws_tz"] == "Zona horaria del equipo"
    assert (
        labels["ch_triage_after"]
        == "Sin responsable: avisar a triaje tras, este canal (vacío: el del espacio de trabajo)"
    )
    days = next(b for b in view["blocks"] if b.get("block_id") == "ws_days")["element"]["options"]
    assert [d["text"]["text"] for d in days] == ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
    bad = submission(ws_tz={"value": "Mars/Olympus"}, ws_days={"selected_options": []})
    reply = bot.send.view_submission("atento_settings", bad, user="ULUIS", private_metadata="CSHARED").json()
    assert reply["errors"] == {
        "ws_tz": "«Mars/Olympus» no es una zona horaria; usa un nombre IANA como America/Panama.",
        "ws_days": "Elige al menos un día laborable.",
    }
