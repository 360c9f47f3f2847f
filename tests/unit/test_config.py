"""The configuration reader: DESIGN.md's variable names, `.env`, precedence, and values it refuses."""

from __future__ import annotations

from dataclasses import fields

import pytest

from bot.platform.config import KNOBS, InvalidSettings, Settings


@pytest.fixture(autouse=True)
def clean(monkeypatch, tmp_path):
    """No variable of ours from the machine running the tests, and a working folder without `.env`."""
    for knob in KNOBS.values():
        monkeypatch.delenv(knob.name, raising=False)
    monkeypatch.chdir(tmp_path)


def test_defaults_are_the_documented_ones():
    settings = Settings()
    assert (settings.port, settings.http_threads, settings.http_workers) == (3000, 8, 2)
    assert settings.database_url == "sqlite:///atento.db"
    assert settings.sweep_seconds == 10.0 and settings.slack_bot_token is None


def test_the_environment_is_read_and_typed(monkeypatch):
    monkeypatch.setenv("PORT", "8080")
    monkeypatch.setenv("ATENTO_SWEEP_SECONDS", "0.5")
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    settings = Settings()
    assert (settings.port, settings.sweep_seconds, settings.slack_bot_token) == (8080, 0.5, "xoxb-1")


def test_given_values_win_over_the_environment_which_wins_over_dotenv(monkeypatch, tmp_path):
    (tmp_path / ".env").write_text(
        '# local\nPORT=4000\nexport SLACK_BOT_TOKEN="xoxb-from-file"\nDATABASE_URL=sqlite:///x.db\n'
    )
    monkeypatch.setenv("DATABASE_URL", "sqlite:///from-env.db")
    settings = Settings(PORT=5000)
    assert settings.port == 5000
    assert settings.database_url == "sqlite:///from-env.db"
    assert settings.slack_bot_token == "xoxb-from-file"
    assert Settings(port=6000).port == 6000  # field names work as well as variable names


def test_every_bad_value_is_named_at_once(monkeypatch):
    monkeypatch.setenv("PORT", "eighty")
    monkeypatch.setenv("ATENTO_SWEEP_SECONDS", "0")
    monkeypatch.setenv("ATENTO_HTTP_WORKERS", "0")
    monkeypatch.setenv("ATENTO_SLACK_TIMEOUT", "soon")
    with pytest.raises(InvalidSettings) as refused:
        Settings()
    assert refused.value.problems == [
        "PORT: not a whole number ('eighty')",
        "ATENTO_SWEEP_SECONDS: must be greater than 0 (is 0.0)",
        "ATENTO_HTTP_WORKERS: must be at least 1 (is 0)",
        "ATENTO_SLACK_TIMEOUT: not a number ('soon')",
    ]


def test_an_unknown_keyword_is_a_mistake_in_code_not_a_setting():
    with pytest.raises(TypeError, match="SLACK_TOKEN"):
        Settings(SLACK_TOKEN="xoxb")


def test_secrets_stay_out_of_the_representation():
    shown = repr(Settings(SLACK_BOT_TOKEN="xoxb-secret", SLACK_SIGNING_SECRET="sign-secret"))
    assert "secret" not in shown and "database_url" in shown


def test_every_field_has_its_variable_and_every_variable_its_field():
    assert [f.name for f in fields(Settings)] == list(KNOBS)
