"""A workspace's and a channel's stored settings read into typed values: defaults in one place,
missing keys and values that cannot be read fall back to them."""

from datetime import time

import pytest

from policies.business_time import Schedule
from policies.escalation import Ladder
from policies.promises import Plan
from policies.stored_settings import ChannelSettings, WorkspaceSettings


@pytest.mark.parametrize("stored", [None, {}, [], "garbage", 42])
def test_a_workspace_that_set_nothing_reads_every_default(stored):
    settings = WorkspaceSettings.from_json(stored)
    assert settings == WorkspaceSettings()
    assert settings.hours == Schedule(tz="UTC", days=frozenset(range(5)), start=time(9), end=time(18))
    assert settings.tz == "UTC"
    assert settings.language == "en"
    assert (settings.lead, settings.url, settings.on_duty) == (None, None, ())
    assert settings.ladder == Ladder(triage_after=15, lead_after=60, first_response_target=30)
    assert settings.promises == Plan(at_half_time=True, before_due_business_minutes=120)


def test_what_the_settings_modal_stores_is_read_back():
    stored = {
        "hours": {"tz": "America/Panama", "days": [0, 1, 2, 3], "start": "08:30", "end": "17:00", "country": "pa"},
        "lead": "ULOLA",
        "language": "es",
        "on_duty": ["UANA", "UBEA"],
        "ladder": {"triage_after": 5, "lead_after": 45, "first_response_target": 20},
        "promises": {"at_half_time": False, "before_due_business_minutes": 0},
        "url": "https://acme.slack.com/",
    }
    settings = WorkspaceSettings.from_json(stored)
    assert settings.hours == Schedule(
        tz="America/Panama", days=frozenset({0, 1, 2, 3}), start=time(8, 30), end=time(17), country="PA"
    )
    assert settings.tz == "America/Panama"
    assert (settings.language, settings.lead, settings.on_duty) == ("es", "ULOLA", ("UANA", "UBEA"))
    assert settings.ladder == Ladder(triage_after=5, lead_after=45, first_response_target=20)
    assert settings.promises == Plan(at_half_time=False, before_due_business_minutes=0)
    assert settings.url == "https://acme.slack.com/"


def test_each_value_that_cannot_be_read_falls_back_to_its_own_default():
    stored = {
        "hours": {"tz": "Mars/Olympus", "days": [1, 9], "start": "nine", "end": 18, "country": ""},
        "lead": 7,
        "language": "fr",
        "on_duty": "UANA",
        "ladder": {"triage_after": "soon", "lead_after": "90", "first_response_target": -5, "unknown": 3},
        "promises": {"at_half_time": "yes", "before_due_business_minutes": "lots"},
        "url": "",
    }
    settings = WorkspaceSettings.from_json(stored)
    assert settings.hours == Schedule(tz="UTC", days=frozenset(range(5)), start=time(9), end=time(18))
    assert (settings.language, settings.lead, settings.on_duty, settings.url) == ("en", None, (), None)
    assert settings.ladder == Ladder(triage_after=15, lead_after=90, first_response_target=30)
    assert settings.promises == Plan()


def test_only_the_missing_parts_of_the_hours_take_defaults():
    settings = WorkspaceSettings.from_json({"hours": {"tz": "Europe/Madrid"}})
    assert settings.hours == Schedule(tz="Europe/Madrid", days=frozenset(range(5)), start=time(9), end=time(18))


def test_a_channel_that_set_nothing_keeps_the_workspace_ladder_and_a_nine_to_six_customer_day():
    channel = ChannelSettings.from_json(None)
    assert channel == ChannelSettings()
    assert channel.customer_hours == {"start": "09:00", "end": "18:00"}
    workspace = WorkspaceSettings.from_json({"ladder": {"triage_after": 10}})
    assert workspace.ladder_for(channel) == Ladder(triage_after=10, lead_after=60, first_response_target=30)


def test_a_channel_s_own_targets_go_on_top_of_the_workspace_s():
    channel = ChannelSettings.from_json(
        {"ladder": {"lead_after": 30, "triage_after": "later"}, "customer_hours": {"start": "07:00", "end": "15:30"}}
    )
    assert channel.ladder == {"lead_after": 30}
    assert channel.customer_hours == {"start": "07:00", "end": "15:30"}
    workspace = WorkspaceSettings.from_json({"ladder": {"triage_after": 10, "lead_after": 120}})
    assert workspace.ladder_for(channel) == Ladder(triage_after=10, lead_after=30, first_response_target=30)
    assert workspace.ladder_for(None) == Ladder(triage_after=10, lead_after=120, first_response_target=30)


def test_customer_hours_that_cannot_be_read_are_nine_to_six():
    channel = ChannelSettings.from_json({"customer_hours": {"start": "25:00", "end": None}, "ladder": "x"})
    assert channel == ChannelSettings()
