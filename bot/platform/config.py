"""Configuration from the environment (and an optional `.env` file).

Read by hand rather than through pydantic-settings: every process of `atento serve` (the HTTP
supervisor, its worker, the sweep child) reads it, and pydantic alone took 23 MB of each one's
memory, against 150 MB for all of them at rest (issue 20). The names are DESIGN.md's contract.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from typing import Any

SLACK_DEFAULT_API_URL = "https://slack.com/api/"


class MissingSetting(Exception):
    """A variable the chosen mode needs is not set."""

    def __init__(self, names: list[str]):
        super().__init__(", ".join(names))
        self.names = names


class InvalidSettings(Exception):
    """Values that cannot be read, each as 'NAME: what is wrong'."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class _Knob:
    name: str  # the environment variable
    kind: type  # str, int or float
    default: Any
    above: float | None = None  # the value must be greater than this
    at_least: float | None = None  # ... or at least this


KNOBS: dict[str, _Knob] = {
    "slack_bot_token": _Knob("SLACK_BOT_TOKEN", str, None),
    "slack_signing_secret": _Knob("SLACK_SIGNING_SECRET", str, None),
    "slack_app_token": _Knob("SLACK_APP_TOKEN", str, None),
    "slack_client_id": _Knob("SLACK_CLIENT_ID", str, None),
    "slack_client_secret": _Knob("SLACK_CLIENT_SECRET", str, None),
    "slack_api_url": _Knob("SLACK_API_URL", str, SLACK_DEFAULT_API_URL),
    "database_url": _Knob("DATABASE_URL", str, "sqlite:///atento.db"),
    "port": _Knob("PORT", int, 3000, at_least=0),
    "sweep_seconds": _Knob("ATENTO_SWEEP_SECONDS", float, 10.0, above=0),
    "log_level": _Knob("ATENTO_LOG_LEVEL", str, "INFO"),
    "http_threads": _Knob("ATENTO_HTTP_THREADS", int, 8, at_least=1),
    # PostgreSQL: HTTP worker processes of `atento serve` (bot/slack/granian_server.py); SQLite has one.
    "http_workers": _Knob("ATENTO_HTTP_WORKERS", int, 2, at_least=1),
    "outbox_channel_interval": _Knob("ATENTO_OUTBOX_CHANNEL_SECONDS", float, 1.0, at_least=0),
    "outbox_workspace_per_minute": _Knob("ATENTO_OUTBOX_WORKSPACE_PER_MINUTE", int, 500, above=0),
    # 20 attempts with backoff doubling from 2 s to a 15-minute cap: a message outlives about 3 h of Slack trouble.
    "outbox_max_attempts": _Knob("ATENTO_OUTBOX_MAX_ATTEMPTS", int, 20, at_least=1),
    "slack_timeout": _Knob("ATENTO_SLACK_TIMEOUT", float, 10.0, above=0),
    # Testing only: every process reads the time from this file (see bot.platform.clock.FileClock).
    "clock_file": _Knob("ATENTO_CLOCK_FILE", str, None),
}
_BY_NAME = {knob.name: field for field, knob in KNOBS.items()}


@dataclass
class Settings:
    """Every knob of the bot. `Settings(**given)` takes field or variable names (PORT=8080 or port=8080);
    what is not given comes from the environment, then from `.env` in the working folder, then the default."""

    slack_bot_token: str | None = field(repr=False)
    slack_signing_secret: str | None = field(repr=False)
    slack_app_token: str | None = field(repr=False)
    slack_client_id: str | None
    slack_client_secret: str | None = field(repr=False)
    slack_api_url: str
    database_url: str
    port: int
    sweep_seconds: float
    log_level: str
    http_threads: int
    http_workers: int
    outbox_channel_interval: float
    outbox_workspace_per_minute: int
    outbox_max_attempts: int
    slack_timeout: float
    clock_file: str | None

    def __init__(self, **given):
        unknown = [key for key in given if key not in KNOBS and key not in _BY_NAME]
        if unknown:
            raise TypeError(f"unknown settings: {', '.join(unknown)}")
        given = {_BY_NAME.get(key, key): value for key, value in given.items()}
        written = {**_dotenv(".env"), **os.environ}
        problems = []
        for knob_field in fields(self):
            knob = KNOBS[knob_field.name]
            if knob_field.name in given:
                value = given[knob_field.name]
            elif knob.name in written:
                try:
                    value = knob.kind(written[knob.name])
                except ValueError:
                    kind = "a whole number" if knob.kind is int else "a number"
                    problems.append(f"{knob.name}: not {kind} ({written[knob.name]!r})")
                    continue
            else:
                value = knob.default
            if knob.above is not None and value <= knob.above:
                problems.append(f"{knob.name}: must be greater than {knob.above:g} (is {value})")
            elif knob.at_least is not None and value < knob.at_least:
                problems.append(f"{knob.name}: must be at least {knob.at_least:g} (is {value})")
            setattr(self, knob_field.name, value)
        if problems:
            raise InvalidSettings(problems)

    @property
    def socket_mode(self) -> bool:
        return bool(self.slack_app_token)

    @property
    def oauth(self) -> bool:
        """Multi-workspace install (OAuth v2): tokens come from installations, not SLACK_BOT_TOKEN."""
        return bool(self.slack_client_id or self.slack_client_secret)

    def require_for_serving(self) -> None:
        """Raise MissingSetting naming every variable `atento serve` needs and lacks."""
        if self.oauth:
            needed = {"SLACK_CLIENT_ID": self.slack_client_id, "SLACK_CLIENT_SECRET": self.slack_client_secret}
        else:
            needed = {"SLACK_BOT_TOKEN": self.slack_bot_token}
        if self.socket_mode:
            needed["SLACK_APP_TOKEN"] = self.slack_app_token
        else:
            needed["SLACK_SIGNING_SECRET"] = self.slack_signing_secret
        missing = [name for name, value in needed.items() if not value]
        if missing:
            raise MissingSetting(missing)

    def require_for_worker(self) -> None:
        """The worker talks to Slack but serves nothing: it needs only the bot token."""
        if not self.slack_bot_token and not (self.slack_client_id and self.slack_client_secret):
            raise MissingSetting(["SLACK_BOT_TOKEN"])


def _dotenv(path: str) -> dict[str, str]:
    """`.env`'s assignments, if the file is there (python-dotenv's reading of quotes, comments, `export`)."""
    if not os.path.isfile(path):
        return {}
    from dotenv import dotenv_values

    return {key: value for key, value in dotenv_values(path).items() if value is not None}


def load_settings(**overrides) -> Settings:
    """Read settings from the environment; keyword overrides win (used by tests and the demo)."""
    return Settings(**overrides)
