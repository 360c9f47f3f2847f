"""The other half of the stand-in: Slack-shaped payloads (as in shared/fixtures/slack) and a signed sender."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlencode

SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"  # Slack's documented example secret
OUR_TEAM = "T0ACME"
CUSTOMER_TEAM = "T0CLIENT"
BOT_USER = "UATENTO"

_event_ids = itertools.count(1)
_ts_offsets = itertools.count(1)


def ts_at(moment: datetime) -> str:
    """A Slack message ts at `moment`, unique within the run."""
    return f"{int(moment.timestamp())}.{next(_ts_offsets):06d}"


def message_event(
    *,
    text: str,
    user: str,
    ts: str,
    channel: str = "CSHARED",
    user_team: str | None = CUSTOMER_TEAM,
    thread_ts: str | None = None,
    shared: bool = True,
    envelope_team: str | None = None,
    event_id: str | None = None,
    installed_team: str = OUR_TEAM,
    **event_fields,
) -> dict:
    """An Events API envelope with a `message` event, as in event_message_plain__slackweb_real.json.

    In a Slack Connect channel the envelope's team_id may be the sender's organisation; the
    installing workspace is authorizations[0] (FACTS.md §4).
    """
    event = {
        "client_msg_id": f"msg-{ts}",
        "type": "message",
        "text": text,
        "user": user,
        "ts": ts,
        "blocks": [
            {
                "type": "rich_text",
                "block_id": "b1",
                "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}],
            }
        ],
        "channel": channel,
        "event_ts": ts,
        "channel_type": "channel",
    }
    if user_team:
        event["team"] = user_team
        event["user_team"] = user_team
        event["source_team"] = user_team
    if thread_ts:
        event["thread_ts"] = thread_ts
        event["parent_user_id"] = "UPARENT"
    event.update(event_fields)
    return envelope(
        event,
        shared=shared,
        envelope_team=envelope_team or user_team or installed_team,
        event_id=event_id,
        installed_team=installed_team,
    )


def envelope(
    event: dict,
    *,
    shared: bool = True,
    envelope_team: str = OUR_TEAM,
    event_id: str | None = None,
    installed_team: str = OUR_TEAM,
) -> dict:
    return {
        "token": "deprecated-verification-token",
        "team_id": envelope_team,
        "api_app_id": "A0ATENTO",
        "event": event,
        "type": "event_callback",
        "event_id": event_id or f"Ev{next(_event_ids):08d}",
        "event_time": int(float(event.get("event_ts") or event.get("ts") or 0)),
        "authorizations": [
            {
                "enterprise_id": None,
                "team_id": installed_team,
                "user_id": BOT_USER,
                "is_bot": True,
                "is_enterprise_install": False,
            }
        ],
        "is_ext_shared_channel": shared,
        "event_context": "4-eyJldCI6Im1lc3NhZ2UifQ",
    }


def sign(body: bytes, timestamp: int, secret: str = SIGNING_SECRET) -> str:
    return "v0=" + hmac.new(secret.encode(), b"v0:" + str(timestamp).encode() + b":" + body, hashlib.sha256).hexdigest()


@dataclass
class Reply:
    status: int
    body: bytes

    def json(self):
        return json.loads(self.body or b"null")


class SlackSender:
    """Sends Slack-signed requests to the bot's real HTTP endpoint."""

    def __init__(self, base_url: str, clock):
        self.base_url = base_url.rstrip("/")
        self.clock = clock

    def post(
        self,
        body: bytes,
        content_type: str,
        *,
        timestamp: int | None = None,
        signature: str | None = None,
        headers: dict | None = None,
    ) -> Reply:
        ts = int(self.clock.now().timestamp()) if timestamp is None else timestamp
        request = urllib.request.Request(
            f"{self.base_url}/slack/events",
            data=body,
            method="POST",
            headers={
                "Content-Type": content_type,
                "X-Slack-Request-Timestamp": str(ts),
                "X-Slack-Signature": signature or sign(body, ts),
                **(headers or {}),
            },
        )
        return self._send(request)

    def event(self, payload: dict, *, retry: int | None = None, **kw) -> Reply:
        headers = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"} if retry else None
        return self.post(json.dumps(payload).encode(), "application/json", headers=headers, **kw)

    def command(
        self, command: str, text: str = "", *, user: str = "USTAFF", channel: str = "CSHARED", team_id=OUR_TEAM, **kw
    ) -> Reply:
        form = command_form(command, text, user=user, channel=channel, team_id=team_id)
        return self.post(urlencode(form).encode(), "application/x-www-form-urlencoded", **kw)

    def action(
        self,
        action_id: str,
        value: str,
        *,
        user: str,
        team_id: str = OUR_TEAM,
        channel: str = "CSHARED",
        ephemeral: bool = False,
        **kw,
    ) -> Reply:
        """A button press (block_actions), shaped like interactive_block_actions_button__docs.json."""
        payload = block_actions(action_id, value, user=user, team_id=team_id, channel=channel, ephemeral=ephemeral)
        body = urlencode({"payload": json.dumps(payload)}).encode()
        return self.post(body, "application/x-www-form-urlencoded", **kw)

    def shortcut(
        self, callback_id: str, *, user: str, channel: str, message_ts: str, thread_ts: str | None = None, **kw
    ) -> Reply:
        """A message shortcut (message_action), shaped like interactive_message_action__boltpy.json."""
        message = {"type": "message", "text": "…", "user": "UCARLA", "ts": message_ts, "team": CUSTOMER_TEAM}
        if thread_ts:
            message["thread_ts"] = thread_ts
        payload = {
            "type": "message_action",
            "token": "deprecated",
            "action_ts": "1700000001.207593",
            "team": {"id": OUR_TEAM, "domain": "atento-support"},
            "user": {"id": user, "name": user.lower()},
            "channel": {"id": channel, "name": "acme-support"},
            "callback_id": callback_id,
            "trigger_id": "111.222.xxx",
            "message_ts": message_ts,
            "message": message,
            "response_url": "https://hooks.slack.com/app/T0ACME/1/x",
        }
        return self.post(
            urlencode({"payload": json.dumps(payload)}).encode(), "application/x-www-form-urlencoded", **kw
        )

    def view_submission(self, callback_id: str, values: dict, *, user: str, private_metadata: str = "", **kw) -> Reply:
        """A modal's submission (view_submission), shaped like interactive_view_submission__boltpy.json."""
        payload = {
            "type": "view_submission",
            "team": {"id": OUR_TEAM, "domain": "atento-support"},
            "user": {"id": user, "username": user.lower(), "team_id": OUR_TEAM},
            "api_app_id": "A0ATENTO",
            "token": "deprecated",
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
            "response_urls": [],
        }
        return self.post(
            urlencode({"payload": json.dumps(payload)}).encode(), "application/x-www-form-urlencoded", **kw
        )

    def get(self, path: str) -> Reply:
        return self._send(urllib.request.Request(f"{self.base_url}{path}"))

    @staticmethod
    def _send(request) -> Reply:
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return Reply(response.status, response.read())
        except urllib.error.HTTPError as e:
            return Reply(e.code, e.read())


class ServedApp:
    """The real bot (bot.app.build) served by waitress on a free port, in this process."""

    def __init__(self, atento):
        from bot.slack.http import HttpServer

        self.atento = atento
        self.http = HttpServer(atento.http, "127.0.0.1", 0, threads=4)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http.port}"

    def __enter__(self):
        self.http.start()
        return self

    def __exit__(self, *exc):
        self.http.stop()
        self.atento.close()


def command_form(
    command: str, text: str = "", *, user: str = "USTAFF", channel: str = "CSHARED", team_id: str = OUR_TEAM
) -> dict:
    """A slash command's fields, as in slash_command__boltpy.json (form-encoded over HTTP, JSON in Socket Mode)."""
    return {
        "token": "deprecated",
        "team_id": team_id,
        "team_domain": "atento-support",
        "channel_id": channel,
        "channel_name": "acme-support",
        "user_id": user,
        "user_name": user.lower(),
        "command": command,
        "text": text,
        "api_app_id": "A0ATENTO",
        "response_url": "https://hooks.slack.com/commands/T0ACME/1/x",
        "trigger_id": "1.1.x",
    }


def block_actions(
    action_id: str, value: str, *, user: str, team_id: str = OUR_TEAM, channel: str = "CSHARED", ephemeral: bool = False
) -> dict:
    """A button press (block_actions), shaped like interactive_block_actions_button__docs.json."""
    payload = {
        "type": "block_actions",
        "team": {"id": team_id, "domain": "example"},
        "user": {"id": user, "username": user.lower(), "team_id": team_id},
        "api_app_id": "A0ATENTO",
        "token": "deprecated",
        "container": {
            "type": "message",
            "message_ts": "1700000001.000100",
            "channel_id": channel,
            "is_ephemeral": ephemeral,
        },
        "trigger_id": "12321423423.333649436676.d8c1bb837935619ccad0f624c448ffb3",
        "channel": {"id": channel, "name": "acme-support"},
        "response_url": "https://hooks.slack.com/actions/T0ACME/1/x",
        "actions": [
            {
                "action_id": action_id,
                "block_id": "b",
                "value": value,
                "type": "button",
                "action_ts": "1700000001.1",
                "text": {"type": "plain_text", "text": "Claim"},
            }
        ],
    }
    if not ephemeral:
        payload["message"] = {
            "bot_id": "BATENTO",
            "type": "message",
            "text": "",
            "user": BOT_USER,
            "ts": "1700000001.000100",
        }
    return payload
