"""Configuration from the environment (and an optional `.env` file)."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

SLACK_DEFAULT_API_URL = "https://slack.com/api/"


class MissingSetting(Exception):
    """A variable the chosen mode needs is not set."""

    def __init__(self, names: list[str]):
        super().__init__(", ".join(names))
        self.names = names


class Settings(BaseSettings):
    """Every knob of the bot; names are the contract in DESIGN.md."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    slack_bot_token: str | None = Field(default=None, alias="SLACK_BOT_TOKEN")
    slack_signing_secret: str | None = Field(default=None, alias="SLACK_SIGNING_SECRET")
    slack_app_token: str | None = Field(default=None, alias="SLACK_APP_TOKEN")
    slack_client_id: str | None = Field(default=None, alias="SLACK_CLIENT_ID")
    slack_client_secret: str | None = Field(default=None, alias="SLACK_CLIENT_SECRET")
    slack_api_url: str = Field(default=SLACK_DEFAULT_API_URL, alias="SLACK_API_URL")
    database_url: str = Field(default="sqlite:///atento.db", alias="DATABASE_URL")
    port: int = Field(default=3000, alias="PORT")
    sweep_seconds: float = Field(default=10.0, alias="ATENTO_SWEEP_SECONDS", gt=0)
    log_level: str = Field(default="INFO", alias="ATENTO_LOG_LEVEL")
    http_threads: int = Field(default=8, alias="ATENTO_HTTP_THREADS", ge=1)
    # PostgreSQL: HTTP worker processes of `atento serve` (bot/slack/prefork.py); SQLite keeps one process.
    http_workers: int = Field(default=2, alias="ATENTO_HTTP_WORKERS", ge=1)
    outbox_channel_interval: float = Field(default=1.0, alias="ATENTO_OUTBOX_CHANNEL_SECONDS", ge=0)
    outbox_workspace_per_minute: int = Field(default=500, alias="ATENTO_OUTBOX_WORKSPACE_PER_MINUTE", gt=0)
    # 20 attempts with backoff doubling from 2 s to a 15-minute cap: a message outlives about 3 h of Slack trouble.
    outbox_max_attempts: int = Field(default=20, alias="ATENTO_OUTBOX_MAX_ATTEMPTS", ge=1)
    slack_timeout: float = Field(default=10.0, alias="ATENTO_SLACK_TIMEOUT", gt=0)
    # Testing only: every process reads the time from this file (see bot.platform.clock.FileClock).
    clock_file: str | None = Field(default=None, alias="ATENTO_CLOCK_FILE")

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


def load_settings(**overrides) -> Settings:
    """Read settings from the environment; keyword overrides win (used by tests and the demo)."""
    return Settings(**overrides)
