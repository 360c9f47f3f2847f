"""A local stand-in for Slack's Socket Mode server: it says hello, delivers envelopes (events,
slash commands, interactivity) over a real WebSocket and records each acknowledgement by envelope_id."""

from __future__ import annotations

import itertools
import json
import threading
from typing import Any

from websockets.sync.server import serve


class SocketModeServer:
    def __init__(self):
        self.acks: dict[str, Any] = {}
        self.connected = threading.Event()
        self._ids = itertools.count(1)
        self._cond = threading.Condition()
        self._socket = None
        self._server = serve(self._handle, "127.0.0.1", 0)
        self.url = f"ws://127.0.0.1:{self._server.socket.getsockname()[1]}/link/?ticket=test"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> SocketModeServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()

    def _handle(self, websocket) -> None:
        self._socket = websocket
        websocket.send(json.dumps({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A0ATENTO"}}))
        self.connected.set()
        for message in websocket:
            data = json.loads(message)
            if "envelope_id" in data:
                with self._cond:
                    self.acks[data["envelope_id"]] = data.get("payload")
                    self._cond.notify_all()

    def deliver(self, kind: str, payload: dict, *, retry_attempt: int = 0) -> str:
        """Send one envelope (`events_api`, `slash_commands` or `interactive`); returns its envelope_id."""
        envelope_id = f"env-{next(self._ids)}"
        envelope = {
            "envelope_id": envelope_id,
            "type": kind,
            "payload": payload,
            "accepts_response_payload": kind != "events_api",
            "retry_attempt": retry_attempt,
            "retry_reason": "timeout" if retry_attempt else "",
        }
        self._socket.send(json.dumps(envelope))
        return envelope_id

    def ack_of(self, envelope_id: str, timeout: float = 10.0) -> Any:
        """The acknowledgement's payload (None when acked without one); fails if it never came."""
        with self._cond:
            if not self._cond.wait_for(lambda: envelope_id in self.acks, timeout):
                raise AssertionError(f"envelope {envelope_id} was never acknowledged")
            return self.acks[envelope_id]
