"""Interactive payloads read into typed values, from the real payloads in /work/shared/fixtures/slack/."""

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from handlers.payloads import (
    ButtonPress,
    ShortcutUse,
    ViewSubmission,
    flat_values,
    read_button,
    read_shortcut,
    read_submission,
)

FIXTURES = Path("/work/shared/fixtures/slack")


def payload(name: str) -> dict:
    path = FIXTURES / name
    if not path.exists():
        pytest.skip(f"fixture {name} not available")
    return json.loads(path.read_text())


def authorized(team_id: str) -> dict:
    """Bolt's context after authorize: the installing workspace."""
    return {"authorize_result": SimpleNamespace(team_id=team_id), "team_id": team_id}


def test_a_button_on_a_message_attachment():
    press = read_button(payload("interactive_block_actions_button__docs.json"))
    assert press == ButtonPress(
        workspace_id="T9TK3CUKW",
        user_id="UA8RXUSPL",
        user_team="T9TK3CUKW",
        channel_id="CBR2V3XEX",
        message_ts="1548261231.000200",
        thread_ts=None,
        action_id="WaXA",
        value="click_me_123",
        response_url="https://hooks.slack.com/actions/AABA1ABCD/1232321423432/D09sSasdasdAS9091209",
        trigger_id="12321423423.333649436676.d8c1bb837935619ccad0f624c448ffb3",
    )


def test_a_button_on_an_ephemeral_message_in_a_thread_knows_the_thread():
    press = read_button(payload("interactive_block_actions_ephemeral_in_thread_container_thread_ts__javasdk.json"))
    assert (press.channel_id, press.message_ts, press.thread_ts) == ("C111", "1693635296.000500", "1693616242.466609")
    assert (press.action_id, press.value, press.user_id, press.user_team) == ("save", "1", "U111", "T111")


def test_a_button_press_without_the_user_s_team_reads_none_and_the_workspace_from_bolt():
    press = read_button(
        payload("interactive_block_actions_message_button_with_message__boltpy.json"), authorized("TOURS")
    )
    assert (press.workspace_id, press.user_id, press.user_team) == ("TOURS", "U111", None)
    assert (press.channel_id, press.message_ts, press.value) == ("C111", "1678252213.679169", "clicked")


def test_an_enterprise_grid_user_s_press_on_an_ephemeral_message():
    press = read_button(payload("interactive_block_actions_ephemeral_grid__boltpy.json"))
    assert (press.workspace_id, press.user_id, press.user_team, press.channel_id) == ("T111", "W111", "T111", "C111")
    assert press.message_ts == "111.222" and press.trigger_id == "111.222.valid"


def test_a_press_with_nothing_in_it_reads_as_empty_values_not_an_error():
    press = read_button({"type": "block_actions"})
    assert press == ButtonPress("", "", None, None, None, None, "", "", None, "")


@pytest.mark.parametrize(
    "name, user, team, channel, ts",
    [
        ("interactive_message_action__boltpy.json", "W111", None, "C111", "1583636382.000300"),
        ("interactive_message_action__docs.json", "U0D15K92L", None, "D0LFFBKLZ", "1516229207.000133"),
        ("interactive_message_action_bot_msg_with_unfurl__javasdk.json", "U111", "T111", "C111", "1608093938.001200"),
    ],
)
def test_a_message_shortcut_names_the_message_it_was_run_on(name, user, team, channel, ts):
    use = read_shortcut(payload(name), authorized("TOURS"))
    assert isinstance(use, ShortcutUse)
    assert (use.workspace_id, use.user_id, use.user_team, use.channel_id, use.message_ts) == (
        "TOURS",
        user,
        team,
        channel,
        ts,
    )
    assert use.thread_ts is None and use.callback_id


def test_a_shortcut_on_a_reply_names_its_thread():
    body = payload("interactive_message_action__boltpy.json")
    body["message"]["thread_ts"] = "1583636000.000100"
    assert read_shortcut(body).thread_ts == "1583636000.000100"


def test_a_submission_s_values_are_flat():
    sent = read_submission(payload("interactive_view_submission_static_select__javasdk.json"))
    assert sent == ViewSubmission(
        workspace_id="T12345678",
        user_id="U12345678",
        user_team="T12345678",
        callback_id="modal-callback-id",
        private_metadata="",
        values={"date-of-visit": "2019-09-23", "rating": "3", "comment": "Just amazing!"},
    )


def test_a_submission_from_the_other_side_of_slack_connect_acts_in_the_installing_workspace():
    sent = read_submission(payload("interactive_view_submission_slack_connect_other_side__boltpy.json"))
    assert sent.workspace_id == "T-installed-workspace"
    assert (sent.user_id, sent.user_team) == ("W111", "T-other-side")
    assert sent.values == {"zniAM": "Hi there!"}


def test_bolt_s_authorized_workspace_comes_first():
    body = payload("interactive_view_submission_slack_connect_other_side__boltpy.json")
    assert read_submission(body, authorized("T-installed-workspace")).workspace_id == "T-installed-workspace"


@pytest.mark.parametrize(
    "name, metadata, values",
    [
        ("interactive_view_submission__boltpy.json", "This is for you!", {"hspI": "test"}),
        ("interactive_view_submission_response_urls__boltpy.json", "", {}),
    ],
)
def test_other_real_submissions(name, metadata, values):
    sent = read_submission(payload(name))
    assert (sent.workspace_id, sent.callback_id, sent.private_metadata, sent.values) == (
        "T111",
        "view-id",
        metadata,
        values,
    )


def test_every_element_our_modals_use_reads_as_a_plain_value():
    state = {
        "values": {
            "ws_language": {"ws_language": {"type": "static_select", "selected_option": {"value": "es"}}},
            "ws_tz": {"ws_tz": {"type": "plain_text_input", "value": "America/Panama"}},
            "ws_days": {"ws_days": {"type": "checkboxes", "selected_options": [{"value": "0"}, {"value": "4"}]}},
            "ch_triage": {"ch_triage": {"type": "conversations_select", "selected_conversation": "CTRIAGE"}},
            "ws_lead": {"ws_lead": {"type": "users_select", "selected_user": "ULEAD"}},
            "ws_on_duty": {"ws_on_duty": {"type": "multi_users_select", "selected_users": ["UANA"]}},
            "ws_start": {"ws_start": {"type": "timepicker", "selected_time": "08:00"}},
            "resume": {"resume": {"type": "datepicker", "selected_date": "2027-01-05"}},
            "remove": {"remove": {"type": "checkboxes", "selected_options": []}},
            "ch_grouping": {"ch_grouping": {"type": "number_input", "value": "5"}},
            "ch_language": {"ch_language": {"type": "static_select", "selected_option": None}},
            "ws_promise_before": {"ws_promise_before": {"type": "number_input", "value": None}},
        }
    }
    assert flat_values(state) == {
        "ws_language": "es",
        "ws_tz": "America/Panama",
        "ws_days": ["0", "4"],
        "ch_triage": "CTRIAGE",
        "ws_lead": "ULEAD",
        "ws_on_duty": ["UANA"],
        "ws_start": "08:00",
        "resume": "2027-01-05",
        "remove": [],
        "ch_grouping": "5",
        "ch_language": None,
        "ws_promise_before": None,
    }
    assert flat_values({}) == {} and flat_values({"values": None}) == {}
