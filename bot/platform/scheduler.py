"""APScheduler drives the sweep: one interval job, never two at once, and a poke to run now."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime

from bot.platform.timers import Sweeper

log = logging.getLogger("atento.scheduler")
# A long drain spans ticks; APScheduler would warn of each tick it skips ("maximum number of running
# instances reached"). That is the design, not news; its errors still show.
logging.getLogger("apscheduler.executors.default").setLevel(logging.ERROR)


class SweepRunner:
    """Runs `sweeper.sweep()` every `interval` seconds; between ticks it drains what falls due.

    `wait(seconds)` is how a drain waits for the next due moment (a poke cuts it short); tests
    pass one that moves a fake clock."""

    def __init__(self, sweeper: Sweeper, interval: float, wait: Callable[[float], object] | None = None):
        self.sweeper = sweeper
        self.interval = interval
        self._wake = threading.Event()
        self._wait = wait or self._wake.wait
        self._scheduler = None  # APScheduler, loaded by start(): a process that never sweeps does without
        self._job = None
        self._running = False

    def start(self) -> None:
        from apscheduler.schedulers.background import BackgroundScheduler

        self._scheduler = BackgroundScheduler(timezone=UTC)
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
            from apscheduler.jobstores.base import JobLookupError

            with contextlib.suppress(JobLookupError):
                self._job.modify(next_run_time=datetime.now(UTC))

    def stop(self) -> None:
        """Stops between two timers (the sweep gives back what it leased and has not fired)."""
        self.sweeper.stopping.set()
        self._wake.set()
        if self._scheduler is not None and self._scheduler.running:
            self._scheduler.shutdown(wait=True)

    def _run(self) -> None:
        self._running = True
        try:
            self.drain()
        finally:
            self._running = False

    def drain(self) -> None:
        """Sweep until nothing falls due before the next tick would come. No deadline of its own:
        a drain that ended on the interval missed the moment a channel's pace slot freed (one
        message every two ticks); while it runs, the ticks it spans are skipped."""
        while not self.sweeper.stopping.is_set():
            self._wake.clear()
            report = self.sweeper.sweep()
            if report.error:
                return
            if report.did_work:
                continue
            if report.next_due is None:
                return
            wait = (report.next_due - self.sweeper.clock.now()).total_seconds()
            if wait > self.interval:
                return
            self._wait(max(0.01, wait))
