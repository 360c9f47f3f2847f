"""`atento serve` as a new user runs it: a real process, the stand-in Slack, signed requests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from bot.clock import SystemClock
from bot.db import make_engine, make_session_factory
from bot.models import Request, Timer
from bot.simulator import SIGNING_SECRET, SlackSender, message_event, ts_at


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def served(database_url, slack, tmp_path):
    port = free_port()
    env = {
        **os.environ,
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": slack.api_url,
        "DATABASE_URL": database_url,
        "PORT": str(port),
        "ATENTO_SWEEP_SECONDS": "1",
    }
    env.pop("SLACK_APP_TOKEN", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "serve"],
        env=env,
        cwd=tmp_path,
        stderr=subprocess.PIPE,
        text=True,
    )
    for line in process.stderr:  # wait for the line that says it is serving; no sleeps
        if "serving Slack" in line:
            break
        if process.poll() is not None:
            pytest.fail(f"atento serve exited: {line}")
    lines = threading_drain(process)

    def stop() -> int:
        process.terminate()
        status = process.wait(timeout=20)
        if status != 0:
            print("atento serve said:\n" + "".join(lines[-40:]))
        return status

    yield SlackSender(f"http://127.0.0.1:{port}", SystemClock()), database_url, stop
    if process.poll() is None:
        stop()


def threading_drain(process) -> list[str]:
    """Keep reading the process's stderr (so it never blocks), and keep the lines for a failure's report."""
    import threading

    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(process.stderr), daemon=True).start()
    return lines


def test_serve_logs_one_request_and_one_acknowledgement_even_when_slack_retries(served, slack):
    send, database_url, stop = served
    payload = message_event(text="Our SSO login loops forever", user="UCARLA", ts=ts_at(datetime.now(UTC)))
    assert send.event(payload).status == 200
    for attempt in (1, 2, 3):
        assert send.event(payload, retry=attempt).status == 200
    (ack,) = slack.wait_for("chat.postMessage", 1)
    assert (ack.args["channel"], ack.args["thread_ts"]) == ("CSHARED", payload["event"]["ts"])
    assert ack.args["text"] == "Logged as REQ-1. A named person from our team will take it."
    assert stop() == 0  # a clean stop lets the sweep settle what it sent

    engine = make_engine(database_url)
    with make_session_factory(engine)() as session:
        assert session.scalar(select(func.count()).select_from(Request)) == 1
        posts = (
            session.execute(
                select(Timer.state).where(
                    Timer.kind == "outbox",
                    Timer.payload["method"].as_string() == "chat.postMessage",
                )
            )
            .scalars()
            .all()
        )
    engine.dispose()
    assert posts == ["done"]
    assert len(slack.calls("chat.postMessage")) == 1


def atento(*args: str, cwd, **env: str) -> subprocess.CompletedProcess:
    """Run the CLI as a new user would: no Slack or database settings but those given."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DATABASE_URL"))}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        env={**clean, **env},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_serve_without_its_settings_says_what_is_missing_and_exits_2(tmp_path):
    result = atento("serve", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "atento: missing required setting SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET (environment or .env)"
    ]
    assert "Traceback" not in result.stderr


def test_serve_reads_a_dot_env_file(tmp_path):
    (tmp_path / ".env").write_text("SLACK_BOT_TOKEN=xoxb-from-dotenv\n")
    result = atento("serve", cwd=tmp_path)
    assert result.returncode == 2
    assert "missing required setting SLACK_SIGNING_SECRET " in result.stderr


def test_serve_with_a_rejected_token_says_how_to_fix_it(tmp_path, slack):
    slack.fail("auth.test", times=1, status=200, retry_after=None, error="invalid_auth")
    result = atento(
        "serve",
        cwd=tmp_path,
        SLACK_BOT_TOKEN="xoxb-wrong",
        SLACK_SIGNING_SECRET="s",
        SLACK_API_URL=slack.api_url,
        DATABASE_URL=f"sqlite:///{tmp_path}/a.db",
    )
    assert result.returncode == 2
    assert "invalid_auth" in result.stderr and "Bot User OAuth Token" in result.stderr
    assert "Traceback" not in result.stderr
