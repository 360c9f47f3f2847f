"""Two ways to drive the real bot (bot.app.build on the test's database, clock and stand-in Slack).

- `served`: over signed HTTP (waitress on a free port): the e2e tier, for signatures, acks,
  retries and what only the HTTP edge does.
- `in_process`: no HTTP server: message events go straight to intake (the handler's reader, then
  `services.intake.receive`), and commands, buttons and views are dispatched to Bolt's listeners in
  this process, as Socket Mode does. The service tier: the same behaviour, without the wire.

Both give `bot.atento`, `bot.send` (same methods, same `Reply`), `bot.sweep` and `bot.drain`.
"""

from __future__ import annotations

import json
from contextlib import contextmanager

from slack_bolt import BoltRequest

from bot.sandbox.simulator import (
    CUSTOMER_TEAM,
    OUR_TEAM,
    SIGNING_SECRET,
    Reply,
    ServedApp,
    SlackSender,
    block_actions,
    command_form,
)


def drain(sweeper, limit: int = 20) -> None:
    """Sweep until nothing due now is left to do (inbox → reads → continuations → outbox)."""
    for _ in range(limit):
        if not sweeper.sweep().did_work:
            return


def settings_for(db_url: str, slack, **overrides):
    from bot.platform.config import Settings

    return Settings(
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=slack.api_url,
        DATABASE_URL=db_url,
        **overrides,
    )


def _equip(driver, atento) -> None:
    driver.sweep = atento.sweeper.sweep
    driver.drain = lambda: drain(atento.sweeper)


@contextmanager
def served(db_url: str, clock, slack, installations=None, **settings):
    from bot.app import build

    with ServedApp(build(settings_for(db_url, slack, **settings), clock, installations)) as app:
        app.send = SlackSender(app.url, clock)
        _equip(app, app.atento)
        yield app


class InProcess:
    """The built bot without its HTTP server."""

    def __init__(self, atento):
        self.atento = atento
        self.services = atento.services
        self.send = DirectSender(atento)
        _equip(self, atento)


@contextmanager
def in_process(db_url: str, clock, slack, installations=None, **settings):
    from bot.app import build

    atento = build(settings_for(db_url, slack, **settings), clock, installations)
    try:
        yield InProcess(atento)
    finally:
        atento.close()


class DirectSender:
    """SlackSender's methods, delivered in-process: no signature, no HTTP, no waitress."""

    def __init__(self, atento):
        import handlers.messages

        self.atento = atento
        self.to_intake = handlers.messages.inbox_shortcut(atento.services)

    def event(self, payload: dict) -> Reply:
        """No signature, timestamp or retry header here: those are the HTTP edge's (tests/e2e)."""
        status = self.to_intake(payload)
        if status is not None:
            return Reply(status, b"")
        return self._dispatch(payload)

    def command(self, command: str, text: str = "", *, user="USTAFF", channel="CSHARED", team_id=OUR_TEAM) -> Reply:
        return self._dispatch(command_form(command, text, user=user, channel=channel, team_id=team_id))

    def action(self, action_id: str, value: str, *, user: str, team_id=OUR_TEAM, channel="CSHARED", ephemeral=False):
        return self._dispatch(
            block_actions(action_id, value, user=user, team_id=team_id, channel=channel, ephemeral=ephemeral)
        )

    def shortcut(self, callback_id: str, *, user: str, channel: str, message_ts: str, thread_ts=None) -> Reply:
        message = {"type": "message", "text": "…", "user": "UCARLA", "ts": message_ts, "team": CUSTOMER_TEAM}
        if thread_ts:
            message["thread_ts"] = thread_ts
        return self._dispatch(
            {
                "type": "message_action",
                "team": {"id": OUR_TEAM, "domain": "atento-support"},
                "user": {"id": user, "name": user.lower()},
                "channel": {"id": channel, "name": "acme-support"},
                "callback_id": callback_id,
                "trigger_id": "111.222.xxx",
                "message_ts": message_ts,
                "message": message,
            }
        )

    def view_submission(self, callback_id: str, values: dict, *, user: str, private_metadata: str = "") -> Reply:
        return self._dispatch(
            {
                "type": "view_submission",
                "team": {"id": OUR_TEAM, "domain": "atento-support"},
                "user": {"id": user, "username": user.lower(), "team_id": OUR_TEAM},
                "api_app_id": "A0ATENTO",
                "trigger_id": "111.222.xxx",
                "view": {
                    "id": "V0SETTINGS",
                    "team_id": OUR_TEAM,
                    "type": "modal",
                    "callback_id": callback_id,
                    "private_metadata": private_metadata,
                    "state": {"values": values},
                    "app_installed_team_id": OUR_TEAM,
                },
            }
        )

    def _dispatch(self, body: dict) -> Reply:
        response = self.atento.bolt.dispatch(BoltRequest(body=body, mode="socket_mode"))
        payload = response.body
        if isinstance(payload, dict):
            payload = json.dumps(payload)
        return Reply(response.status, payload.encode() if isinstance(payload, str) else (payload or b""))
