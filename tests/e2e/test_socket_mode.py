"""`atento serve` in Socket Mode (issue 7): a real process, the stand-in Web API, and a local
WebSocket server that delivers Slack's envelopes and checks each is acknowledged by envelope_id."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from bot.platform.db import make_engine, make_session_factory
from bot.platform.models import Request
from bot.sandbox.simulator import CUSTOMER_TEAM, block_actions, command_form, message_event, ts_at
from tests.e2e.test_serve_process import free_port
from tests.socketmode import SocketModeServer


@pytest.fixture
def socket_bot(database_url, slack, tmp_path):
    slack.add_channel("CSHARED", name="acme-support", shared=True)
    slack.add_user("UANA", name="Ana García")
    slack.add_user("UCARLA", team_id=CUSTOMER_TEAM, name="Carla Pérez")
    with SocketModeServer() as server:
        slack.state.socket_url = server.url
        env = {
            **os.environ,
            "SLACK_BOT_TOKEN": "xoxb-test",
            "SLACK_APP_TOKEN": "xapp-1-test",
            "SLACK_API_URL": slack.api_url,
            "DATABASE_URL": database_url,
            "PORT": str(free_port()),
            "ATENTO_SWEEP_SECONDS": "0.2",  # a local process: short polls keep the waits short
        }
        env.pop("SLACK_SIGNING_SECRET", None)  # not needed in Socket Mode
        process = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "serve"], env=env, cwd=tmp_path, stderr=subprocess.PIPE, text=True
        )
        lines = []
        give_up = threading.Timer(30, process.kill)  # bounded: a process that never connects is ended
        give_up.start()
        for line in process.stderr:
            lines.append(line)
            if "Socket Mode connected" in line:
                break
        else:
            pytest.fail("atento serve exited (or never connected in 30 s):\n" + "".join(lines))
        give_up.cancel()
        threading.Thread(target=lambda: [None for _ in process.stderr], daemon=True).start()
        assert server.connected.wait(10)
        yield server, database_url
        process.terminate()
        assert process.wait(timeout=20) == 0


def requests_in(database_url: str) -> int:
    engine = make_engine(database_url)
    try:
        with make_session_factory(engine)() as session:
            return session.scalar(select(func.count()).select_from(Request))
    finally:
        engine.dispose()


def test_events_commands_and_buttons_arrive_over_the_socket_and_are_acknowledged(socket_bot, slack):
    server, database_url = socket_bot
    assert [c.token for c in slack.calls("apps.connections.open")] == ["xapp-1-test"]

    event = message_event(text="Our SSO login loops forever", user="UCARLA", ts=ts_at(datetime.now(UTC)))
    first = server.deliver("events_api", event)
    assert server.ack_of(first) is None
    again = server.deliver("events_api", event, retry_attempt=1)  # Slack's retry of the same event id
    assert server.ack_of(again) is None
    (logged,) = slack.wait_for("chat.postMessage")
    assert logged.args["text"].startswith("Logged as REQ-1.")
    assert requests_in(database_url) == 1

    claim = server.deliver("slash_commands", command_form("/claim", "REQ-1", user="UANA"))
    answer = server.ack_of(claim)
    assert answer["text"].startswith("You own REQ-1 now.") and answer["response_type"] == "ephemeral"

    press = server.deliver("interactive", block_actions("claim_request", "1", user="UCARLA", team_id=CUSTOMER_TEAM))
    assert server.ack_of(press) is None
    (refused,) = slack.wait_for("chat.postEphemeral")
    assert refused.args["user"] == "UCARLA" and refused.args["text"] == "Only the support team can take requests."
    assert len([c for c in slack.calls("chat.postMessage") if c.args["text"].startswith("Logged as")]) == 1
