"""The one port for outgoing Slack calls: a thin wrapper of slack_sdk's WebClient.

It sorts failures into transient ones (429, 5xx, timeouts: try again later, honouring
Retry-After) and permanent ones (not_in_channel, missing_scope…: retrying will not help),
and logs each permanent one once with the fix.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackRequestError

from bot.platform import metrics

log = logging.getLogger("atento.slack")

FIXES = {
    "not_in_channel": "invite the bot to the channel (/invite @Atento)",
    "channel_not_found": "the channel is gone or private to the bot: invite the bot, or fix the channel setting",
    "missing_scope": "add the missing scope in the Slack app settings (see manifest.yml) and reinstall",
    "invalid_auth": "SLACK_BOT_TOKEN is wrong or revoked: copy the Bot User OAuth Token again",
    "not_authed": "SLACK_BOT_TOKEN is not set",
    "account_inactive": "the app was uninstalled or its token revoked: reinstall the app",
    "token_revoked": "the app was uninstalled or its token revoked: reinstall the app",
    "is_archived": "the channel is archived: unarchive it or change the setting that points to it",
    "user_not_found": "the person left the workspace",
}


class SlackTransient(Exception):
    """Try again later: rate limited, Slack down, or the network failed."""

    def __init__(self, error: str, retry_after: float | None = None):
        super().__init__(error)
        self.error = error
        self.retry_after = retry_after


class SlackPermanent(Exception):
    """Slack said no for a reason retrying will not fix."""

    def __init__(self, error: str, needed: str | None = None):
        super().__init__(error)
        self.error = error
        self.needed = needed  # missing_scope: the scope Slack named

    @property
    def fix(self) -> str:
        if self.error == "missing_scope" and self.needed:
            return f"add the {self.needed} scope in the Slack app settings (see manifest.yml) and reinstall"
        return FIXES.get(self.error, "see https://api.slack.com/methods for this error")


@dataclass
class SlackPort:
    """Calls Slack's Web API with the workspace's bot token; base URL from SLACK_API_URL."""

    base_url: str
    timeout: float = 10.0

    def client(self, token: str) -> WebClient:
        # No built-in retry handlers: the outbox owns retries, so nothing blocks a thread.
        return WebClient(token=token, base_url=self.base_url, timeout=self.timeout, retry_handlers=[])

    def call(self, token: str, method: str, **args: Any) -> dict[str, Any]:
        """Call `method` (e.g. 'chat.postMessage'); raise SlackTransient or SlackPermanent."""
        metrics.SLACK_CALLS.labels(method).inc()
        try:
            response = self.client(token).api_call(method, json=args)
            return dict(response.data)
        except SlackApiError as e:
            raise _refusal(method, e, args.get("channel")) from None
        except (SlackRequestError, OSError, TimeoutError) as e:
            metrics.SLACK_ERRORS.labels(method, "connection").inc()
            raise SlackTransient(f"connection: {type(e).__name__}") from None

    def upload(
        self, token: str, *, to: str, filename: str, content: bytes, title: str, comment: str | None = None
    ) -> dict[str, Any]:
        """A file into a channel, or into one person's DM (files.uploadV2). For a person, conversations.open
        gives the DM's D… id (the upload wants a conversation, not a user id); then slack_sdk's
        `files_upload_v2` makes the three steps: files.getUploadURLExternal, the bytes to the URL it
        names, files.completeUploadExternal."""
        channel = to
        if to.startswith(("U", "W")):
            channel = self.call(token, "conversations.open", users=to)["channel"]["id"]
        metrics.SLACK_CALLS.labels(UPLOAD).inc()
        try:
            response = self.client(token).files_upload_v2(
                channel=channel, content=content, filename=filename, title=title, initial_comment=comment
            )
            return {"ok": True, "channel": channel, "files": [{"id": f.get("id")} for f in response.get("files") or []]}
        except SlackApiError as e:
            raise _refusal(UPLOAD, e, channel) from None
        except (SlackRequestError, OSError, TimeoutError) as e:  # the upload URL failed, or the network
            metrics.SLACK_ERRORS.labels(UPLOAD, "connection").inc()
            raise SlackTransient(f"upload: {type(e).__name__}: {e}") from None


UPLOAD = "files.uploadV2"  # not one Web API method: slack_sdk's name for the three-step upload


def _refusal(method: str, e: SlackApiError, channel: Any) -> SlackTransient | SlackPermanent:
    """Slack's answer as one of our two failures; a permanent one is logged once, with its fix."""
    status = e.response.status_code
    data = e.response.data
    error = (data or {}).get("error", f"http_{status}") if isinstance(data, dict) else f"http_{status}"
    metrics.SLACK_ERRORS.labels(method, error).inc()
    if status == 429 or error in ("ratelimited", "rate_limited"):
        return SlackTransient("ratelimited", _retry_after(e.response.headers))
    if status >= 500 or error in ("internal_error", "fatal_error", "service_unavailable", "request_timeout"):
        return SlackTransient(error)
    failure = SlackPermanent(error, data.get("needed") if isinstance(data, dict) else None)
    where = f" in {channel}" if isinstance(channel, str) else ""
    log.error("Slack refused %s%s: %s. Fix: %s", method, where, error, failure.fix)
    return failure


def _retry_after(headers: dict[str, Any]) -> float | None:
    for name, value in (headers or {}).items():
        if name.lower() == "retry-after":
            try:
                return max(0.0, float(value if not isinstance(value, list) else value[0]))
            except (TypeError, ValueError):
                return None
    return None
