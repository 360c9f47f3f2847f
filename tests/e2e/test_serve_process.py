"""`atento serve` as a new user runs it: a real process, the stand-in Slack, signed requests."""

from __future__ import annotations

import http.client
import os
import re
import select as io_select
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from bot.platform.clock import SystemClock
from bot.platform.db import make_engine, make_session_factory
from bot.platform.models import Request, Timer
from bot.sandbox.simulator import CUSTOMER_TEAM, SIGNING_SECRET, SlackSender, message_event, ts_at


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def served(request, database_url, slack, tmp_path):
    """`atento serve` with a sweep every second (a test may parametrize `served` with more settings)."""
    port = free_port()
    env = {
        **os.environ,
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": slack.api_url,
        "DATABASE_URL": database_url,
        "PORT": str(port),
        "ATENTO_SWEEP_SECONDS": "0.2",  # a local process: short polls keep the waits short
        **getattr(request, "param", {}),
    }
    env.pop("SLACK_APP_TOKEN", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "serve"],
        env=env,
        cwd=tmp_path,
        stderr=subprocess.PIPE,
        text=True,
    )
    log = ProcessLog(process)
    log.wait_for("serving Slack")

    def stop() -> int:
        process.terminate()
        status = process.wait(timeout=20)
        if status != 0:
            print("atento serve said:\n" + "".join(log.lines[-40:]))
        return status

    sender = SlackSender(f"http://127.0.0.1:{port}", SystemClock())
    yield Served(sender, database_url, stop, process, log, f"http://127.0.0.1:{port}")
    if process.poll() is None:
        stop()


@dataclass
class Served:
    send: SlackSender
    database_url: str
    stop: Callable[[], int]
    process: subprocess.Popen
    log: ProcessLog
    url: str

    def __iter__(self):  # send, database_url, stop = served
        return iter((self.send, self.database_url, self.stop))


class ProcessLog:
    """Reads a process's stderr in a thread (so it never blocks) and lets a test wait for a line."""

    def __init__(self, process: subprocess.Popen):
        self.lines: list[str] = []
        self._more = threading.Condition()
        self._process = process
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self._process.stderr:
            with self._more:
                self.lines.append(line)
                self._more.notify_all()
        with self._more:
            self._more.notify_all()

    def wait_for(self, text: str, after: int = 0, timeout: float = 30) -> re.Match:
        """The first line from `after` on that matches the regular expression `text`."""
        deadline = time.monotonic() + timeout
        with self._more:
            while True:
                for line in self.lines[after:]:
                    if found := re.search(text, line):
                        return found
                left = deadline - time.monotonic()
                if left <= 0 or self._process.poll() is not None:
                    pytest.fail(f"no line matching {text!r}; the process said:\n" + "".join(self.lines[-40:]))
                self._more.wait(left)


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


def test_a_clean_start_says_nothing_to_warn_about(served):
    served.log.wait_for(r"timer sweep every")
    assert [line for line in served.log.lines if " WARNING " in line or " ERROR " in line] == []


def test_the_sweep_runs_in_a_child_process_whose_work_shows_in_the_parents_metrics(served, slack):
    served.log.wait_for(r"timer sweep running in process (\d+)")
    payload = message_event(text="Exports fail since Monday", user="UCARLA", ts=ts_at(datetime.now(UTC)))
    assert served.send.event(payload).status == 200
    slack.wait_for("chat.postMessage", 1)
    with urllib.request.urlopen(f"{served.url}/metrics", timeout=10) as response:
        metrics = response.read().decode()
    # Counted by the HTTP process (events) and by the sweep process (requests opened, Slack calls).
    assert re.search(r'^atento_events_received_total\{kind="event_callback"\} 1\.0$', metrics, re.M)
    assert re.search(r"^atento_requests_opened_total 1\.0$", metrics, re.M)
    assert re.search(r'^atento_slack_calls_total\{method="chat.postMessage"\} [1-9]', metrics, re.M)
    assert served.stop() == 0


def wait_for_exit(pid: int, timeout: float) -> bool:
    """Whether the process `pid` (not our child) ends within `timeout`: a pidfd becomes readable."""
    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        return bool(io_select.select([fd], [], [], timeout)[0])
    finally:
        os.close(fd)


def test_a_sweep_process_that_dies_is_restarted_and_work_goes_on(served, slack):
    first = int(served.log.wait_for(r"timer sweep running in process (\d+)")[1])
    mark = len(served.log.lines)
    os.kill(first, signal.SIGKILL)
    served.log.wait_for(rf"timer sweep \(process {first}\) exited with status -9; restarting", after=mark)
    second = int(served.log.wait_for(r"timer sweep running in process (\d+)", after=mark)[1])
    assert second != first
    a_message_is_acknowledged(served, slack, "Still broken")
    assert served.stop() == 0
    assert wait_for_exit(second, 5)


def a_message_is_acknowledged(served, slack, text: str) -> None:
    payload = message_event(text=text, user="UCARLA", ts=ts_at(datetime.now(UTC)))
    assert served.send.event(payload).status == 200
    (ack,) = slack.wait_for("chat.postMessage", 1)
    assert ack.args["thread_ts"] == payload["event"]["ts"]


def test_neither_the_http_worker_nor_the_sweep_outlives_a_killed_server(served):
    worker = int(served.log.wait_for(r"serving Slack at \S+ \(HTTP worker (\d+)\)")[1])
    child = int(served.log.wait_for(r"timer sweep running in process (\d+)")[1])
    # SQLite: the server is its one HTTP worker. PostgreSQL: granian's workers, forked from the server.
    assert (worker == served.process.pid) == served.database_url.startswith("sqlite")
    served.process.kill()
    served.process.wait(10)
    assert wait_for_exit(worker, 3)
    assert wait_for_exit(child, 10)


@pytest.mark.parametrize(
    "database_url", ["postgres"] if os.environ.get("ATENTO_TEST_POSTGRES_URL") else [], indirect=True
)
def test_a_killed_http_worker_is_replaced_and_acks_go_on(served, slack):
    """PostgreSQL's workers have a supervisor; SQLite's one worker is the server itself."""
    worker = int(served.log.wait_for(r"serving Slack at \S+ \(HTTP worker (\d+)\)")[1])
    mark = len(served.log.lines)
    os.kill(worker, signal.SIGKILL)
    replacement = int(served.log.wait_for(r"serving Slack at \S+ \(HTTP worker (\d+)\)", after=mark)[1])
    assert replacement != worker
    a_message_is_acknowledged(served, slack, "The invoice PDF is blank")
    assert served.stop() == 0


def customers_write(served, slack, channels: list[str], each: int) -> list[dict]:
    """`each` customers write in every channel at once (each message opens a request: one ack each)."""
    payloads = []
    for channel in channels:
        slack.add_channel(channel, name=f"customer-{channel}", shared=True)
        for n in range(each):
            slack.add_user(f"U{channel}{n}", team_id=CUSTOMER_TEAM, name=f"Customer {n}")
            payloads.append(
                message_event(
                    text=f"The export {n} fails with a timeout",
                    user=f"U{channel}{n}",
                    ts=ts_at(datetime.now(UTC)),
                    channel=channel,
                )
            )
    for payload in payloads:
        assert served.send.event(payload).status == 200
    return payloads


@pytest.mark.xdist_group("clusters")  # a one-second bound: not while a cluster of processes starts beside it
@pytest.mark.parametrize("served", [{"ATENTO_SWEEP_SECONDS": "10"}], indirect=True)
def test_the_sweep_process_stops_within_a_second_of_its_servers_death_even_mid_drain(served, slack):
    child = int(served.log.wait_for(r"timer sweep running in process (\d+)")[1])
    customers_write(served, slack, ["C1", "C2"], 10)  # paced one a second per channel: a 10-second drain
    slack.wait_for("chat.postMessage", 2)
    served.process.kill()
    died = time.monotonic()
    served.process.wait(10)
    assert wait_for_exit(child, 5)
    assert time.monotonic() - died < 1.5
    posted = len(slack.calls("chat.postMessage"))
    assert posted < 20, "it went on posting after its parent died"


def test_each_channel_hears_one_message_a_second_with_a_one_second_sweep(served, slack):
    served.log.wait_for(r"timer sweep running in process (\d+)")
    customers_write(served, slack, ["C1", "C2", "C3"], 4)
    slack.wait_for("chat.postMessage", 12, timeout=30)
    for channel in ("C1", "C2", "C3"):
        moments = [c.at for c in slack.calls("chat.postMessage") if c.args["channel"] == channel]
        gaps = sorted(b - a for a, b in zip(moments, moments[1:], strict=False))
        assert len(moments) == 4 and gaps[1] < 1.5, (channel, gaps)  # the median gap: about a second, not two
    assert served.stop() == 0


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
    # Every time: the sweep child checks the token too, and may be the first to ask.
    slack.fail("auth.test", times=100, status=200, retry_after=None, error="invalid_auth")
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


def test_serve_with_a_value_it_cannot_read_names_it_and_exits_2(tmp_path):
    result = atento("serve", cwd=tmp_path, SLACK_BOT_TOKEN="xoxb-1", SLACK_SIGNING_SECRET="s", PORT="http")
    assert result.returncode == 2
    assert result.stderr.strip() == "atento: invalid configuration: PORT: not a whole number ('http')"


def test_a_body_over_two_mib_is_refused_by_the_real_server_and_it_serves_on(served, slack):
    # Refused on its length, before a byte of it is read: the body is never sent (a client still writing
    # when the answer comes would race the server's close, and meet a broken pipe).
    connection = http.client.HTTPConnection("127.0.0.1", int(served.url.rsplit(":", 1)[1]), timeout=10)
    connection.putrequest("POST", "/slack/events")
    connection.putheader("Content-Type", "application/json")
    connection.putheader("Content-Length", str(3 * 1024 * 1024))
    connection.endheaders()
    assert connection.getresponse().status == 413
    connection.close()
    a_message_is_acknowledged(served, slack, "The export still fails")
    assert served.stop() == 0
