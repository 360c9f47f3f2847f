"""APScheduler drives the sweep: one interval job, never two at once, and a poke to run now."""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from datetime import UTC, datetime

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.background import BackgroundScheduler

from bot.platform.timers import Sweeper

log = logging.getLogger("atento.scheduler")


class SweepRunner:
    """Runs `sweeper.sweep()` every `interval` seconds; between ticks it drains what falls due."""

    def __init__(self, sweeper: Sweeper, interval: float):
        self.sweeper = sweeper
        self.interval = interval
        self._wake = threading.Event()
        self._scheduler = BackgroundScheduler(timezone=UTC)
        self._job = None
        self._running = False

    def start(self) -> None:
        self._job = self._scheduler.add_job(
            self._run,
            "interval",
            seconds=self.interval,
            id="sweep",
            max_instances=1,
            coalesce=True,
            next_run_time=datetime.now(UTC),
        )
        self._scheduler.start()
        log.info("timer sweep every %ss", self.interval)

    def poke(self) -> None:
        """Something was queued in this process: sweep now rather than at the next tick."""
        self._wake.set()
        if self._job is not None and not self._running:
            with contextlib.suppress(JobLookupError):
                self._job.modify(next_run_time=datetime.now(UTC))

    def stop(self) -> None:
        self._wake.set()
        if self._scheduler.running:
            self._scheduler.shutdown(wait=True)

    def _run(self) -> None:
        self._running = True
        try:
            self._drain()
        finally:
            self._running = False

    def _drain(self) -> None:
        deadline = time.monotonic() + self.interval
        while time.monotonic() < deadline:
            self._wake.clear()
            report = self.sweeper.sweep()
            if report.error:
                return
            if report.did_work:
                continue
            if report.next_due is None:
                return
            wait = (report.next_due - self.sweeper.clock.now()).total_seconds()
            if wait > deadline - time.monotonic():
                return
            self._wake.wait(timeout=max(0.01, wait))
