"""Learning from corrections (issue 18): every "That's not right" is kept with the words the bot read, what
it understood and what the person chose; `atento corrections --json` exports them, with no user ids."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import select

from bot.cli import main
from bot.platform.models import Correction
from bot.requests.retention import forget, purge
from bot.sandbox.simulator import CUSTOMER_TEAM
from tests.support.availability import fix_state, stated_window
from tests.support.flow import settle
from tests.support.promises import open_request, promises, setup_team, staff_answers


def exported(bot, capsys, monkeypatch) -> list[dict]:
    monkeypatch.setenv("DATABASE_URL", bot.atento.settings.database_url)
    assert main(["corrections", "--json"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_a_customers_correction_of_their_return_day_is_kept_and_exported(bot, clock, slack, capsys, monkeypatch):
    _, button = stated_window(bot, clock, slack, "I'm out of office until Jan 5")
    bot.send.view_submission("away_fix", fix_state("2026-12-21"), user="UCARLA", private_metadata=button["value"])
    (shown,) = exported(bot, capsys, monkeypatch)
    assert shown == {
        "kind": "unavailable",
        "text": shown["text"],
        "understood": {
            "unavailable": {
                "start": "2026-12-16T00:00:00-05:00",
                "resume": "2027-01-05T00:00:00-05:00",
                "scope": "person",
                "matched": shown["text"],
            },
            "opt_out": False,
            "promise": None,
        },
        "chosen": {"resume": "2026-12-21T00:00:00-05:00"},
        "language": "en",
        "said_at": "2026-12-16T10:00:00-05:00",
        "tz": "America/Panama",
        "created_at": shown["created_at"],
    }
    assert "until Jan 5" in shown["text"]
    assert "UCARLA" not in json.dumps(shown)  # no user ids leave the database


def test_im_not_away_is_kept_too(bot, clock, slack, capsys, monkeypatch):
    _, button = stated_window(bot, clock, slack, "I'm on holiday until Jan 5")
    bot.send.view_submission("away_fix", fix_state(remove=True), user="UCARLA", private_metadata=button["value"])
    (shown,) = exported(bot, capsys, monkeypatch)
    assert (shown["kind"], shown["chosen"], shown["language"]) == ("unavailable", {"not_away": True}, "en")


def test_a_refused_correction_keeps_nothing(bot, clock, slack, capsys, monkeypatch):
    _, button = stated_window(bot, clock, slack)
    slack.add_user("UOTHER", team_id=CUSTOMER_TEAM, name="Otto Other")
    bot.send.view_submission("away_fix", fix_state("2026-12-01"), user="UCARLA", private_metadata=button["value"])
    bot.send.view_submission("away_fix", fix_state(remove=True), user="UOTHER", private_metadata=button["value"])
    assert exported(bot, capsys, monkeypatch) == []


def test_changing_a_promise_the_bot_read_is_a_correction(bot, clock, slack, capsys, monkeypatch):
    setup_team(bot, slack)
    thread = open_request(bot, clock, slack)
    staff_answers(bot, clock, thread, "I'll get back to you by Friday EOD")
    (promise,) = promises(bot)
    bot.send.action("promise_change", str(promise.id), user="UANA", ephemeral=True)
    (opened,) = slack.calls("views.open")
    values = {"when": {"when": {"type": "plain_text_input", "value": "thursday 12:00"}}}
    bot.send.view_submission(
        "promise_edit", values, user="UANA", private_metadata=opened.args["view"]["private_metadata"]
    )
    settle(bot, clock)
    (shown,) = exported(bot, capsys, monkeypatch)
    assert shown["kind"] == "promise" and shown["text"] == promise.sentence != ""
    assert shown["understood"]["promise"]["due"].startswith("2026-12-18T")
    assert shown["chosen"]["said"] == "thursday 12:00" and shown["chosen"]["due"].startswith("2026-12-17T12:00")
    assert "UANA" not in json.dumps(shown)


def test_corrections_go_with_the_texts_on_purge_and_with_their_speaker_on_forget(bot, clock, slack):
    _, button = stated_window(bot, clock, slack)
    bot.send.view_submission("away_fix", fix_state("2026-12-21"), user="UCARLA", private_metadata=button["value"])
    sessions = bot.atento.sessions

    def kept() -> int:
        with sessions() as session:
            return len(session.scalars(select(Correction)).all())

    assert purge(sessions, clock.now() + timedelta(days=364), timedelta(days=365)).corrections == 0
    assert kept() == 1
    assert forget(sessions, clock.now(), "UOTHER").corrections == 0 and kept() == 1
    assert purge(sessions, clock.now() + timedelta(days=366), timedelta(days=365)).corrections == 1
    assert kept() == 0


def test_without_json_each_correction_is_one_readable_line(bot, clock, slack, capsys, monkeypatch):
    _, button = stated_window(bot, clock, slack)
    bot.send.view_submission("away_fix", fix_state("2026-12-21"), user="UCARLA", private_metadata=button["value"])
    monkeypatch.setenv("DATABASE_URL", bot.atento.settings.database_url)
    assert main(["corrections"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert line.startswith("2026-12-16 unavailable: “") and line.endswith('→ {"resume": "2026-12-21T00:00:00-05:00"}')
