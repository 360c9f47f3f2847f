"""The HTTP surface: POST /slack/events, GET /healthz, GET /metrics, a WSGI application (served by granian
under `atento serve`, by waitress beside Socket Mode and in tests).

Slack's signature is checked here, on the raw bytes and against the injected clock, before
anything is parsed or stored; malformed bodies are refused with 400 and one log line.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import threading
import time
from collections.abc import Callable, Iterable
from urllib.parse import parse_qs

from slack_bolt import App, BoltRequest

from bot.platform import metrics
from bot.platform.clock import Clock

log = logging.getLogger("atento.http")

MAX_BODY_BYTES = 2 * 1024 * 1024
REPLAY_WINDOW_SECONDS = 60 * 5


def signature_is_valid(secret: str, timestamp: str | None, signature: str | None, body: bytes, now: float) -> bool:
    """Slack's v0 scheme: HMAC-SHA256 of b"v0:{timestamp}:{raw body}", within five minutes."""
    if not timestamp or not signature:
        return False
    try:
        sent_at = int(timestamp)
    except ValueError:
        return False
    if abs(now - sent_at) > REPLAY_WINDOW_SECONDS:
        return False
    digest = hmac.new(secret.encode(), b"v0:" + timestamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(f"v0={digest}", signature)


def parse_body(body: str, content_type: str) -> dict:
    """Slack's three shapes: JSON events, form-encoded commands, and form `payload=<json>`."""
    if "json" in content_type:
        parsed = json.loads(body)
    else:
        form = {k: v[-1] for k, v in parse_qs(body, keep_blank_values=True, strict_parsing=bool(body)).items()}
        parsed = json.loads(form["payload"]) if "payload" in form else form
    if not isinstance(parsed, dict):
        raise ValueError("not an object")
    return parsed


class SlackHttp:
    """A WSGI application in front of the Bolt app."""

    def __init__(
        self,
        bolt: App,
        signing_secret: str,
        clock: Clock,
        health: Callable[[], bool],
        shortcut: Callable[[dict], int | None] = lambda body: None,
    ):
        """`shortcut` answers the payloads it knows (an HTTP status) before Bolt routes the rest."""
        self.bolt = bolt
        self.shortcut = shortcut
        self.secret = signing_secret
        self.clock = clock
        self.health = health

    def __call__(self, environ: dict, start_response) -> Iterable[bytes]:
        path, method = environ.get("PATH_INFO", ""), environ.get("REQUEST_METHOD", "GET")
        if path == "/slack/events" and method == "POST":
            started = time.perf_counter()
            try:
                status, headers, body = self.slack(environ)
            finally:
                metrics.ACK_SECONDS.observe(time.perf_counter() - started)
            return respond(start_response, status, headers, body)
        if path == "/healthz" and method == "GET":
            ok = self.health()
            body = json.dumps({"status": "ok" if ok else "degraded", "database": "ok" if ok else "unavailable"})
            return respond(
                start_response,
                200 if ok else 503,
                {"Content-Type": "application/json"},
                body.encode(),
            )
        if path in OAUTH_PATHS and method == "GET" and self.bolt.oauth_flow is not None:
            return respond(start_response, *self.oauth(path, environ))
        if path == "/metrics" and method == "GET":
            content_type, text = metrics.exposition()
            return respond(start_response, 200, {"Content-Type": content_type}, text)
        return respond(start_response, 404, {"Content-Type": "application/json"}, b'{"error": "not found"}')

    def slack(self, environ: dict) -> tuple[int, dict, bytes]:
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY_BYTES:
            return self.reject(413, "body_too_large", "request body over 2 MiB or without a length")
        raw = environ["wsgi.input"].read(length) if length else b""
        headers = http_headers(environ)
        if not signature_is_valid(
            self.secret,
            headers.get("x-slack-request-timestamp"),
            headers.get("x-slack-signature"),
            raw,
            self.clock.now().timestamp(),
        ):
            return self.reject(401, "bad_signature", "invalid or expired Slack signature")
        try:
            text = raw.decode("utf-8")
            parsed = parse_body(text, headers.get("content-type", ""))
        except (UnicodeDecodeError, ValueError, KeyError) as e:
            return self.reject(400, "malformed", f"malformed body ({type(e).__name__})")
        if problem := shape_problem(parsed):
            return self.reject(400, "malformed", f"malformed payload ({problem})")
        kind = parsed.get("type") or ("command" if "command" in parsed else "unknown")
        metrics.EVENTS_RECEIVED.labels(str(kind)[:40]).inc()
        if kind == "app_rate_limited":
            log.warning(
                "Slack is holding back events: over 30,000 an hour for workspace %s",
                parsed.get("team_id"),
            )
            return 200, {}, b""
        if (status := self.shortcut(parsed)) is not None:
            return status, {}, b""
        try:
            response = self.bolt.dispatch(
                BoltRequest(body=text, query=environ.get("QUERY_STRING", ""), headers=headers)
            )
        except (TypeError, KeyError, AttributeError, ValueError, IndexError) as e:
            # Bolt reading a payload whose shape Slack never sends (listener errors are Bolt's own 500s).
            return self.reject(400, "malformed", f"payload Bolt could not read ({type(e).__name__})")
        body = response.body if isinstance(response.body, bytes) else str(response.body or "").encode()
        return (
            response.status,
            {k: v[0] if isinstance(v, list) else v for k, v in response.headers.items()},
            body,
        )

    def oauth(self, path: str, environ: dict) -> tuple[int, dict, bytes]:
        """/slack/install and /slack/oauth_redirect: Bolt's OAuth flow (state checked against its cookie)."""
        request = BoltRequest(body="", query=environ.get("QUERY_STRING", ""), headers=http_headers(environ))
        flow = self.bolt.oauth_flow
        response = flow.handle_installation(request) if path == OAUTH_PATHS[0] else flow.handle_callback(request)
        body = response.body if isinstance(response.body, bytes) else str(response.body or "").encode()
        return response.status, response.headers, body

    @staticmethod
    def reject(status: int, reason: str, message: str) -> tuple[int, dict, bytes]:
        metrics.HTTP_REJECTED.labels(reason).inc()
        log.warning("refused a Slack request: %s", message)
        return status, {"Content-Type": "application/json"}, json.dumps({"error": reason}).encode()


# The keys Bolt reads to route and authorize, and the shapes Slack sends them in.
SHAPES: dict[str, tuple[type, ...]] = {
    "type": (str,),
    "team_id": (str,),
    "api_app_id": (str,),
    "event_id": (str,),
    "enterprise_id": (str, type(None)),
    "event": (dict,),
    "authorizations": (list,),
    "team": (dict, str, type(None)),
    "enterprise": (dict, str, type(None)),
    "user": (dict, str),
    "channel": (dict, str),
    "view": (dict,),
    "actions": (list,),
    "container": (dict,),
    "message": (dict,),
    "command": (str,),
    "callback_id": (str,),
}


EVENT_SHAPES: dict[str, tuple[type, ...]] = {
    "type": (str,),
    "subtype": (str, type(None)),
    "ts": (str, type(None)),
    "thread_ts": (str, type(None)),
    "text": (str, type(None)),
    "user": (str, dict, type(None)),  # user_change and team_join carry the whole user
    "channel": (str, dict, type(None)),  # channel_created carries the whole channel
    "team": (str, dict, type(None)),
    "user_team": (str, type(None)),
}


def shape_problem(parsed) -> str | None:
    """Why a signed payload cannot be a Slack request (a wrong type where Bolt expects a shape), or None."""
    if not isinstance(parsed, dict):
        return "not an object"
    for key, allowed in SHAPES.items():
        if key in parsed and not isinstance(parsed[key], allowed):
            return f"{key} is a {type(parsed[key]).__name__}"
    for key in ("authorizations", "actions"):
        if any(not isinstance(item, dict) for item in parsed.get(key) or []):
            return f"{key} holds a non-object"
    event = parsed.get("event") or {}
    for key, allowed in EVENT_SHAPES.items():
        if key in event and not isinstance(event[key], allowed):
            return f"event.{key} is a {type(event[key]).__name__}"
    return None


def http_headers(environ: dict) -> dict[str, str]:
    headers = {k[5:].replace("_", "-").lower(): v for k, v in environ.items() if k.startswith("HTTP_")}
    if environ.get("CONTENT_TYPE"):
        headers["content-type"] = environ["CONTENT_TYPE"]
    return headers


OAUTH_PATHS = ("/slack/install", "/slack/oauth_redirect")

REASONS = {
    200: "OK",
    302: "Found",
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    413: "Payload Too Large",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


def respond(start_response, status: int, headers: dict, body: bytes) -> list[bytes]:
    header_list = [
        (k, str(one))
        for k, v in headers.items()
        if k.lower() != "content-length"
        for one in (v if isinstance(v, list) else [v])
    ]
    header_list.append(("Content-Length", str(len(body))))
    start_response(f"{status} {REASONS.get(status, 'Status')}", header_list)
    return [body]


class HttpServer:
    """A production WSGI server (waitress) run in a thread, and stopped from inside its own loop."""

    def __init__(self, wsgi_app, host: str, port: int, threads: int):
        from waitress import create_server

        self.server = create_server(
            wsgi_app,
            host=host,
            port=port,
            threads=threads,
            ident="atento",
            channel_timeout=30,
            clear_untrusted_proxy_headers=True,
        )
        self.thread = threading.Thread(target=self.server.run, name="http", daemon=True)

    @property
    def port(self) -> int:
        return self.server.effective_port

    def start(self) -> HttpServer:
        self.thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        from waitress import wasyncore

        # Closing every channel from inside the loop empties its map, so the loop returns cleanly;
        # closing sockets from another thread would leave it selecting on dead descriptors.
        try:
            self.server.trigger.pull_trigger(lambda: wasyncore.close_all(self.server._map))
        except OSError:
            # The loop already closed its trigger (a channel error took it down): nothing can wake it,
            # so close the map from here; the loop's select times out within a second and returns.
            wasyncore.close_all(self.server._map)
        self.thread.join(timeout)
        self.server.task_dispatcher.shutdown()
