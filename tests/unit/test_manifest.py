"""manifest.yml and the code agree: the OAuth scopes, the slash commands, the events we listen to."""

from __future__ import annotations

import re
from pathlib import Path

from bot.slack.installs import SCOPES

MANIFEST = (Path(__file__).resolve().parents[2] / "manifest.yml").read_text()


def listed_under(key: str) -> list[str]:
    """The `- item` lines right under `key:` (a tiny reader for this one file; no YAML parser needed)."""
    block = re.search(rf"^(\s*){key}:\n((?:\1\s+- .*\n)+)", MANIFEST, re.MULTILINE)
    assert block, f"{key} not found in manifest.yml"
    return [line.split("- ", 1)[1].split("#")[0].strip() for line in block.group(2).splitlines()]


def test_oauth_asks_for_exactly_the_manifests_bot_scopes():
    assert listed_under("bot") == SCOPES


def test_every_contract_slash_command_is_in_the_manifest():
    commands = re.findall(r"- command: (/\w+)", MANIFEST)
    assert commands == ["/claim", "/release", "/handoff", "/resolve", "/promise", "/away", "/requests", "/atento"]


def test_the_events_we_handle_are_subscribed():
    events = listed_under("bot_events")
    for needed in ("message.channels", "member_joined_channel", "app_home_opened", "app_uninstalled", "tokens_revoked"):
        assert needed in events


def test_direct_messages_reach_the_bot_and_the_messages_tab_is_open():
    assert "message.im" in listed_under("bot_events")
    assert re.search(r"^\s*messages_tab_enabled: true", MANIFEST, re.MULTILINE)
    assert "im:history" in SCOPES  # message.im needs it


def test_reactions_reach_the_bot():
    assert "reaction_added" in listed_under("bot_events") and "reactions:read" in SCOPES
