"""A stand-in for Slack's Web API over real HTTP, for tests, benches and `atento demo`.

It answers the methods Atento uses in Slack's shapes, records every call, and can be told to
fail: HTTP 429 with Retry-After, 5xx, a Slack error, or a slow answer.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl


@dataclass
class Call:
    method: str
    args: dict[str, Any]
    token: str | None
    at: float  # time.monotonic() when it arrived
    failed: bool = False  # answered with an arranged failure (see fail()): nothing was posted


@dataclass
class Failure:
    status: int = 429
    retry_after: float | None = 1
    error: str = "ratelimited"
    delay: float = 0.0


@dataclass
class StandinState:
    team_id: str = "T0ACME"
    team: str = "Atento Support"
    bot_user_id: str = "UATENTO"
    bot_id: str = "BATENTO"
    url: str = "https://atento-support.slack.com/"
    users: dict[str, dict[str, Any]] = field(default_factory=dict)
    channels: dict[str, dict[str, Any]] = field(default_factory=dict)
    socket_url: str | None = None  # what apps.connections.open answers (a local Socket Mode server)
    # Other workspaces (multi-workspace install): bot token → {"team_id", "team", "bot_user_id", "bot_id"};
    # an OAuth code → the bot token oauth.v2.access hands out for it.
    workspaces: dict[str, dict[str, str]] = field(default_factory=dict)
    oauth_codes: dict[str, str] = field(default_factory=dict)
    users_by_token: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    messages: list[dict[str, Any]] = field(default_factory=list)  # what chat.postMessage posted (for history)
    refuse_history: dict[str, str] = field(default_factory=dict)  # channel → error conversations.history answers
    calls: list[Call] = field(default_factory=list)
    failures: dict[str, list[Failure]] = field(default_factory=dict)
    lock: threading.Condition = field(default_factory=threading.Condition)
    ts_counter: itertools.count = field(default_factory=lambda: itertools.count(1))
    # When set (a callable giving epoch seconds), chat.postMessage keeps Slack's per-channel
    # limit like Slack does: a second message within a second in one channel gets a 429.
    channel_rate_clock: Any = None
    last_post: dict[str, float] = field(default_factory=dict)
    # files.uploadV2: file id → {"filename", "length", "title", "content" (bytes, once uploaded),
    # "channel", "initial_comment" (once completed)}; the upload URL is this server's /upload/<id>.
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    base_url: str = ""


class StandinSlack:
    """Start with `StandinSlack().start()`; point SLACK_API_URL at `.api_url`."""

    def __init__(self, state: StandinState | None = None):
        self.state = state or StandinState()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> StandinSlack:
        handler = _make_handler(self.state)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        # A short poll: stop() waits for the loop to notice, and every test and bench stops one.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, name="standin-slack", daemon=True
        )
        self._thread.start()
        host, port = self._server.server_address[:2]
        self.state.base_url = f"http://{host}:{port}"
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> StandinSlack:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def api_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/api/"

    # -- arranging -------------------------------------------------------------------------
    def add_user(
        self, user_id: str, *, team_id: str | None = None, name: str | None = None, token: str | None = None, **fields
    ) -> dict:
        """A user as users.info shows it; `team_id` other than ours makes a Slack Connect stranger.

        With `token`, the user is as another workspace (add_workspace) sees them: ids may collide."""
        home = self.state.workspaces[token]["team_id"] if token else self.state.team_id
        team = team_id or home
        stranger = team != home
        name = name or user_id.lower()
        user = {
            "id": user_id,
            "team_id": team,
            "name": name,
            "deleted": False,
            "real_name": name,
            "is_bot": False,
            "is_restricted": False,
            "is_ultra_restricted": False,
            "profile": {
                "real_name": name,
                "display_name": name,
                "status_text": "",
                "status_emoji": "",
                "status_expiration": 0,
                "team": team,
            },
        }
        if stranger:
            user["is_stranger"] = True
        else:
            user.update(
                {
                    "tz": "America/Panama",
                    "tz_label": "Eastern Standard Time",
                    "tz_offset": -18000,
                    "locale": "en-US",
                }
            )
        profile = fields.pop("profile", {})
        user.update(fields)
        user["profile"].update(profile)
        if token:
            self.state.users_by_token.setdefault(token, {})[user_id] = user
        else:
            self.state.users[user_id] = user
        return user

    def add_channel(self, channel_id: str, *, name: str = "support", shared: bool = True, **fields) -> dict:
        """A channel as conversations.info shows it; `members=[...]` limits users.conversations (default: all)."""
        channel = {
            "id": channel_id,
            "name": name,
            "is_channel": True,
            "is_shared": shared,
            "is_ext_shared": shared,
            "is_org_shared": False,
            "is_member": True,
            "context_team_id": self.state.team_id,
            **fields,
        }
        self.state.channels[channel_id] = channel
        return channel

    def add_history(self, channel_id: str, *messages: dict[str, Any]) -> None:
        """Messages people wrote before the bot was there (conversations.history shows them)."""
        with self.state.lock:
            self.state.messages.extend({**m, "channel": channel_id} for m in messages)

    def add_workspace(self, team_id: str, name: str, *, token: str, code: str | None = None) -> None:
        """Another workspace: auth.test answers for its `token`; oauth.v2.access exchanges `code` for it."""
        suffix = team_id[-4:]
        self.state.workspaces[token] = {
            "team_id": team_id,
            "team": name,
            "bot_user_id": f"UBOT{suffix}",
            "bot_id": f"BBOT{suffix}",
        }
        if code:
            self.state.oauth_codes[code] = token

    def fail(self, method: str, times: int = 1, **failure) -> None:
        """The next `times` calls of `method` fail as described (default: 429, Retry-After 1)."""
        with self.state.lock:
            self.state.failures.setdefault(method, []).extend(Failure(**failure) for _ in range(times))

    # -- asserting -------------------------------------------------------------------------
    def calls(self, method: str | None = None) -> list[Call]:
        with self.state.lock:
            return [c for c in self.state.calls if method is None or c.method == method]

    def posts(self, channel: str | None = None) -> list[dict[str, Any]]:
        return [c.args for c in self.calls("chat.postMessage") if channel is None or c.args.get("channel") == channel]

    def delivered(self, channel: str | None = None) -> list[dict[str, Any]]:
        """Messages Slack accepted (posts() also lists the attempts answered with an arranged failure)."""
        return [
            c.args
            for c in self.calls("chat.postMessage")
            if not c.failed and (channel is None or c.args.get("channel") == channel)
        ]

    def wait_for(self, method: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        """Block until `count` calls of `method` arrived (or `timeout` real seconds passed)."""
        with self.state.lock:
            self.state.lock.wait_for(lambda: len([c for c in self.state.calls if c.method == method]) >= count, timeout)
            return [c for c in self.state.calls if c.method == method]

    def wait_until(self, predicate, timeout: float = 60.0, every: float = 0.25) -> bool:
        """Block until `predicate(calls)` holds, or `timeout`: checked when calls arrive, at most every `every` s
        (a burst of thousands of calls must not re-run the predicate thousands of times)."""
        deadline = time.monotonic() + timeout
        with self.state.lock:
            while not predicate(self.state.calls):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self.state.lock.wait(min(every, left))
            return True

    def uploads(self, channel: str | None = None) -> list[dict[str, Any]]:
        """Files completed (files.completeUploadExternal) with their bytes, in order; `channel` a D… id."""
        with self.state.lock:
            return [
                dict(f)
                for f in self.state.files.values()
                if f.get("channel") and (channel is None or f["channel"] == channel)
            ]

    def clear(self) -> None:
        with self.state.lock:
            self.state.calls.clear()


def _make_handler(state: StandinState):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # quiet
            pass

        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            method = self.path.rsplit("/", 1)[-1]
            length = int(self.headers.get("Content-Length") or 0)
            if self.path.startswith("/upload/"):  # the URL files.getUploadURLExternal handed out
                return self._upload(method, self.rfile.read(length))
            raw = self.rfile.read(length).decode("utf-8") if length else ""
            if "json" in (self.headers.get("Content-Type") or ""):
                args = json.loads(raw or "{}")
            else:
                args = dict(parse_qsl(raw))
            auth = self.headers.get("Authorization") or ""
            token = auth.removeprefix("Bearer ") or args.get("token")
            with state.lock:
                queued = state.failures.get(method) or []
                failure = queued.pop(0) if queued else None
                state.calls.append(Call(method, args, token, time.monotonic(), failed=failure is not None))
                state.lock.notify_all()
            if failure is not None:
                if failure.delay:
                    time.sleep(failure.delay)
                headers = {"Retry-After": str(int(failure.retry_after))} if failure.retry_after is not None else {}
                return self._send(failure.status, {"ok": False, "error": failure.error}, headers)
            if not token:
                return self._send(200, {"ok": False, "error": "not_authed"})
            if method == "chat.postMessage" and state.channel_rate_clock is not None:
                now, channel = state.channel_rate_clock(), args.get("channel", "")
                with state.lock:
                    too_soon = now - state.last_post.get(channel, float("-inf")) < 1.0
                    if not too_soon:
                        state.last_post[channel] = now
                if too_soon:
                    return self._send(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "1"})
            return self._send(200, _answer(state, method, args, token))

        def _upload(self, file_id: str, content: bytes) -> None:
            with state.lock:
                file = state.files.get(file_id)
                if file is not None:
                    file["content"] = content
                state.calls.append(Call("upload", {"file": file_id, "bytes": len(content)}, None, time.monotonic()))
                state.lock.notify_all()
            if file is None:
                return self._send(404, {"ok": False, "error": "unknown_upload"})
            data = f"OK - {len(content)}".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _send(self, status: int, body: dict, headers: dict | None = None) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

    return Handler


def _answer(state: StandinState, method: str, args: dict[str, Any], token: str = "") -> dict[str, Any]:
    if method == "auth.test" and token in state.workspaces:
        other = state.workspaces[token]
        return {
            "ok": True,
            "url": f"https://{other['team_id'].lower()}.slack.com/",
            "team": other["team"],
            "user": "atento",
            "team_id": other["team_id"],
            "user_id": other["bot_user_id"],
            "bot_id": other["bot_id"],
            "is_enterprise_install": False,
        }
    if method == "oauth.v2.access":
        token = state.oauth_codes.pop(args.get("code", ""), None)  # a code is good once
        if token is None:
            return {"ok": False, "error": "invalid_code"}
        other = state.workspaces[token]
        return {
            "ok": True,
            "app_id": "A0ATENTO",
            "authed_user": {"id": "UINSTALLER"},
            "scope": "channels:history,chat:write,commands",
            "token_type": "bot",
            "access_token": token,
            "bot_user_id": other["bot_user_id"],
            "team": {"id": other["team_id"], "name": other["team"]},
            "enterprise": None,
            "is_enterprise_install": False,
        }
    if method == "auth.test":
        return {
            "ok": True,
            "url": state.url,
            "team": state.team,
            "user": "atento",
            "team_id": state.team_id,
            "user_id": state.bot_user_id,
            "bot_id": state.bot_id,
            "is_enterprise_install": False,
        }
    if method == "users.info":
        user = state.users_by_token.get(token, {}).get(args.get("user", "")) or state.users.get(args.get("user", ""))
        return {"ok": True, "user": user} if user else {"ok": False, "error": "user_not_found"}
    if method == "conversations.info":
        channel = state.channels.get(args.get("channel", ""))
        return {"ok": True, "channel": channel} if channel else {"ok": False, "error": "channel_not_found"}
    if method == "chat.postMessage":
        ts = f"{1_700_000_000 + next(state.ts_counter)}.000100"
        message = {
            "type": "message",
            "user": state.bot_user_id,
            "bot_id": state.bot_id,
            "text": args.get("text", ""),
            "ts": ts,
        }
        if args.get("thread_ts"):
            message["thread_ts"] = args["thread_ts"]
        if args.get("metadata"):
            message["metadata"] = args["metadata"]
        with state.lock:
            state.messages.append({**message, "channel": args.get("channel")})
        return {"ok": True, "channel": args.get("channel"), "ts": ts, "message": message}
    if method in ("conversations.history", "conversations.replies"):
        wanted = args.get("channel", "")
        thread = args.get("ts") if method == "conversations.replies" else None
        if wanted in state.refuse_history:
            return {"ok": False, "error": state.refuse_history[wanted]}
        oldest = float(args.get("oldest") or 0)
        with state.lock:
            found = [
                m
                for m in state.messages
                if wanted in (m["channel"], "D" + str(m["channel"]))
                and (m.get("thread_ts") == thread if thread else not m.get("thread_ts") or m["thread_ts"] == m["ts"])
                and float(m.get("ts") or 0) >= oldest
            ]
        keep_metadata = str(args.get("include_all_metadata")).lower() in ("true", "1")
        shown = [{k: v for k, v in m.items() if k != "channel" and (k != "metadata" or keep_metadata)} for m in found]
        newest_first = sorted(shown, key=lambda m: float(m.get("ts") or 0), reverse=True)
        start = int(args.get("cursor") or 0)  # Slack's cursors are opaque; ours is an offset
        limit = int(args.get("limit") or 100)
        page = newest_first[start : start + limit]
        more = start + limit < len(newest_first)
        answer = {"ok": True, "messages": page, "has_more": more}
        if more:
            answer["response_metadata"] = {"next_cursor": str(start + limit)}
        return answer
    if method == "chat.postEphemeral":
        return {"ok": True, "message_ts": f"{1_700_000_000 + next(state.ts_counter)}.000200"}
    if method == "chat.scheduleMessage":
        return {
            "ok": True,
            "channel": args.get("channel"),
            "scheduled_message_id": f"Q{next(state.ts_counter):08d}",
            "post_at": str(args.get("post_at")),
            "message": {"type": "delayed_message", "text": args.get("text", "")},
        }
    if method == "chat.update":
        return {
            "ok": True,
            "channel": args.get("channel"),
            "ts": args.get("ts"),
            "text": args.get("text", ""),
        }
    if method in ("reactions.add", "chat.delete", "views.publish", "views.update"):
        return {"ok": True}
    if method == "views.open":
        return {
            "ok": True,
            "view": {"id": f"V{next(state.ts_counter):08d}", "state": {"values": {}}},
        }
    if method == "apps.connections.open":
        if not state.socket_url:
            return {"ok": False, "error": "socket_mode_not_enabled"}
        return {"ok": True, "url": state.socket_url}
    if method == "users.conversations":
        user = args.get("user", "")
        mine = [
            {"id": c["id"], "name": c["name"], "is_channel": True, "is_member": True}
            for c in state.channels.values()
            if c.get("members") is None or user in c["members"]
        ]
        return {"ok": True, "channels": mine, "response_metadata": {"next_cursor": ""}}
    if method == "files.getUploadURLExternal":
        if not args.get("filename") or not str(args.get("length", "")).isdigit():
            return {"ok": False, "error": "invalid_arguments"}
        file_id = f"F{next(state.ts_counter):08d}"
        with state.lock:
            state.files[file_id] = {"id": file_id, "filename": args["filename"], "length": int(args["length"])}
        return {"ok": True, "upload_url": f"{state.base_url}/upload/{file_id}", "file_id": file_id}
    if method == "files.completeUploadExternal":
        listed = json.loads(args.get("files") or "[]")
        channel = args.get("channel_id")
        with state.lock:
            files = [state.files.get(f.get("id", "")) for f in listed]
            if not listed or any(f is None or "content" not in f for f in files):
                return {"ok": False, "error": "file_not_found"}
            if channel and not channel.startswith(("C", "D", "G")):
                return {"ok": False, "error": "invalid_channel"}  # Slack wants a conversation, not a user
            for file, wanted in zip(files, listed, strict=True):
                file.update(title=wanted.get("title"), channel=channel, initial_comment=args.get("initial_comment"))
        return {"ok": True, "files": [{"id": f["id"], "name": f["filename"], "title": f["title"]} for f in files]}
    if method == "conversations.open":
        return {"ok": True, "channel": {"id": "D" + str(args.get("users", "X")).split(",")[0]}}
    return {"ok": False, "error": "unknown_method"}
