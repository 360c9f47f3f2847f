"""Real `atento` processes on one PostgreSQL: HTTP replicas (`serve --no-scheduler`) and workers,
all reading one clock file, talking to the stand-in Slack. Used by the reliability suite and bench/load."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import and_, exists, func, literal, not_, or_, select

from bot.platform.clock import FileClock
from bot.platform.db import make_engine, make_session_factory
from bot.platform.models import Pace, Timer
from bot.sandbox.simulator import SIGNING_SECRET, SlackSender

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Process:
    role: str
    popen: subprocess.Popen
    port: int | None = None
    lines: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


class Cluster:
    def __init__(self, database_url: str, slack_url: str, folder: Path, start: datetime, **env: str):
        self.database_url = database_url
        self.clock_path = str(folder / "clock")
        FileClock.write(self.clock_path, start)
        self.clock = FileClock(self.clock_path)
        self.env = {
            **os.environ,
            "SLACK_BOT_TOKEN": "xoxb-test",
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_API_URL": slack_url,
            "DATABASE_URL": database_url,
            "ATENTO_CLOCK_FILE": self.clock_path,
            "ATENTO_SWEEP_SECONDS": "0.2",
            "ATENTO_OUTBOX_CHANNEL_SECONDS": "0",
            "ATENTO_OUTBOX_WORKSPACE_PER_MINUTE": "1000000",
            "ATENTO_SLACK_TIMEOUT": "2",
            "ATENTO_LOG_LEVEL": "INFO",
            **env,
        }
        self.env.pop("SLACK_APP_TOKEN", None)
        self.folder = folder
        self.processes: list[Process] = []
        self.engine = make_engine(database_url, pool_size=2)
        self.sessions = make_session_factory(self.engine)

    # -- processes -------------------------------------------------------------------------------
    def replica(self) -> Process:
        port = free_port()
        return self._start("replica", ["serve", "--no-scheduler"], "serving Slack", port)

    def worker(self) -> Process:
        return self._start("worker", ["worker"], "worker running")

    def _start(self, role: str, args: list[str], ready: str, port: int | None = None) -> Process:
        env = {**self.env, "PORT": str(port or free_port())}
        popen = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", *args],
            env=env,
            cwd=self.folder,
            stderr=subprocess.PIPE,
            text=True,
        )
        process = Process(role, popen, port)
        for line in popen.stderr:
            process.lines.append(line)
            if ready in line:
                break
        else:
            raise AssertionError(f"{role} exited before it was ready:\n{''.join(process.lines)}")
        threading.Thread(target=lambda: process.lines.extend(popen.stderr), daemon=True).start()
        self.processes.append(process)
        return process

    def kill(self, process: Process, how: int = signal.SIGKILL) -> None:
        process.popen.send_signal(how)
        process.popen.wait(timeout=30)
        self.processes.remove(process)
        self.keep_log(process)

    def keep_log(self, process: Process) -> None:
        """Each process's stderr, kept beside the test's files (pytest keeps the last runs' tmp_path)."""
        (self.folder / f"{process.role}-{process.popen.pid}.log").write_text("".join(process.lines))

    def stop(self) -> None:
        for process in list(self.processes):
            process.popen.terminate()
        for process in self.processes:
            try:
                process.popen.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.popen.kill()
            self.keep_log(process)
        self.processes.clear()
        self.engine.dispose()

    def senders(self) -> list[SlackSender]:
        return [SlackSender(p.url, self.clock) for p in self.processes if p.role == "replica"]

    # -- time ----------------------------------------------------------------------------------------
    def now(self) -> datetime:
        return self.clock.now()

    def advance(self, delta: timedelta) -> None:
        FileClock.write(self.clock_path, self.clock.now() + delta)

    # -- waiting (processes run on their own; we wait for the database to say they are done) ----------
    def busy(self) -> int:
        """Timers due now and not yet settled (inbox, reads, continuations, outbox, escalations…),
        and those a worker holds right now (running: their due_at is the end of the lease). Messages
        to a workspace Slack asked to wait (429) are not due before the wait ends, on the shared clock."""
        now = self.clock.now()
        held = exists().where(
            Pace.key == literal("hold:ws:") + Timer.workspace_id, Pace.next_at > now, Timer.kind == "outbox"
        )
        with self.sessions() as session:
            return session.scalar(
                select(func.count())
                .select_from(Timer)
                .where(or_(Timer.state == "running", and_(Timer.state == "pending", Timer.due_at <= now, not_(held))))
            )

    def catch_up(self, done, step: timedelta = timedelta(minutes=2), rounds: int = 8) -> None:
        """Let time pass (in `step`s) until `done()`: work that failed on a fault is retried with backoff,
        and backoff is measured on the shared clock."""
        self.settle()
        for _ in range(rounds):
            if done():
                return
            self.advance(step)
            self.settle()

    def settle(self, timeout: float = 180.0, quiet_checks: int = 3) -> None:
        """Wait until nothing due is left, seen `quiet_checks` times in a row (real time, bounded)."""
        pause = threading.Event()
        quiet, waited = 0, 0.0
        while quiet < quiet_checks:
            quiet = quiet + 1 if self.busy() == 0 else 0
            if waited > timeout:
                raise AssertionError(f"still {self.busy()} due timers after {timeout:.0f} s")
            pause.wait(0.25)
            waited += 0.25
