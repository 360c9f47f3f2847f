"""`atento serve`'s timer sweep, run as a child process beside the HTTP server.

Acknowledging Slack is urgent (3 seconds, or Slack retries and eventually disables the app's
events); deciding what a message means and posting the answer can wait a second. In one process
they share the GIL, and a burst of messages makes the sweep take turns with the acks. As a child,
the sweep gets a core of its own when there is one, and a lower CPU priority when there is not.

The parent pokes the child through its stdin (one byte: something was queued, sweep now). The pipe
is made once and outlives a restarted child, so that HTTP worker processes forked from the parent
(bot/slack/granian_server.py) poke through the same pipe. The child stops when its stdin closes or when its
parent changes (a parent killed with SIGKILL: the child is handed to init at once, while forked HTTP
workers may still hold the pipe for a moment), so it never outlives its parent: the sweep stops
between two timers (or two outgoing messages), gives back what it leased and had not done, and the
process is gone within about a second (tests/e2e/test_serve_process.py). /metrics is
served by the parent and adds the child's counters (prometheus_client's multiprocess mode).
"""

from __future__ import annotations

import contextlib
import logging
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable

log = logging.getLogger("atento.sweep")

# Acks first; on an idle machine the sweep still has a whole core. A sweep at nice 10 may lose the CPU while
# it holds SQLite's write lock, the acks waiting behind it; nice 0 was tried against 10 (bench/ingest, three
# rounds each, 2026-12-03): ack p99 at 1,000/s 22/120/20 ms against 36/143/20 ms, the sweep further behind
# after the paced run (15.9 s against 14.3 s, medians): no clear gain within the machine's noise; kept at 10,
# the lock being held less since the messages are read before it is taken (bot.platform.readahead).
NICENESS = 10
RESTART_AFTER_SECONDS = (1, 2, 5, 10, 30)
POKES_TOGETHER_SECONDS = 0.005
METRICS_DIR = "PROMETHEUS_MULTIPROC_DIR"


def share_metrics_with_children() -> str | None:
    """Before prometheus_client is imported: keep metrics in files that the parent's /metrics adds up.
    Returns the folder this process created (to remove at exit), or None if one was already set."""
    if os.environ.get(METRICS_DIR):
        return None
    if "prometheus_client" in sys.modules:
        raise RuntimeError("share_metrics_with_children() must run before prometheus_client is imported")
    folder = tempfile.mkdtemp(prefix="atento-metrics-")
    os.environ[METRICS_DIR] = folder
    return folder


class SweepProcess:
    """Starts `atento worker --child`, pokes it, restarts it if it dies, and stops it."""

    def __init__(self, argv: list[str] | None = None, monotonic: Callable[[], float] = time.monotonic):
        self.argv = argv or [sys.executable, "-m", "bot.cli", "worker", "--child"]
        self.monotonic = monotonic
        self._poked_at = float("-inf")
        self._child: subprocess.Popen | None = None
        self._pokes_read, self._pokes = os.pipe()  # one pipe for every child this object starts
        os.set_blocking(self._pokes, False)
        self._spawned_at = 0.0
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._watcher = threading.Thread(target=self._watch, name="sweep-watcher", daemon=True)

    def start(self) -> SweepProcess:
        self._spawn()
        self._watcher.start()
        return self

    def poke(self) -> None:
        """Something was queued: ask the child to sweep now. Never blocks the caller. A poke within
        POKES_TOGETHER_SECONDS of the last is left out (the child reads pokes that close together at once,
        and wakes once more when they stop: see become_child): under a stream of acks, a write to the pipe
        per ack cost the HTTP process a system call and a turn of the GIL each."""
        now = self.monotonic()
        if now - self._poked_at < POKES_TOGETHER_SECONDS:
            return
        self._poked_at = now
        # A full pipe means pokes are already waiting; a closed one means we are stopping.
        with contextlib.suppress(BlockingIOError, BrokenPipeError, ValueError, OSError):
            os.write(self._pokes, b".")

    def stop(self, timeout: float = 30.0) -> None:
        self._stopping.set()
        if self._watcher.is_alive():
            self._watcher.join(timeout)  # it may be starting a child this moment: let it finish
        with self._lock:
            child = self._child
        if child is None:
            return
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
            try:
                child.wait(timeout)
            except subprocess.TimeoutExpired:
                log.warning("the timer sweep did not stop within %ss; killing it", timeout)
                child.kill()
                child.wait()
        self._reap(child)
        for fd in (self._pokes, self._pokes_read):
            with contextlib.suppress(OSError):
                os.close(fd)

    def _spawn(self) -> None:
        child = subprocess.Popen(self.argv, stdin=self._pokes_read)
        with self._lock:
            self._child, self._spawned_at = child, time.monotonic()
        log.info("timer sweep running in process %s", child.pid)

    def _watch(self) -> None:
        failures = 0
        while not self._stopping.wait(0.5):
            child = self._child
            if child is None or child.poll() is None:
                continue
            self._reap(child)
            if time.monotonic() - self._spawned_at > 60:
                failures = 0  # it had been running fine: a fresh start, not a crash loop
            delay = RESTART_AFTER_SECONDS[min(failures, len(RESTART_AFTER_SECONDS) - 1)]
            failures += 1
            log.error(
                "the timer sweep (process %s) exited with status %s; restarting it in %ss",
                child.pid,
                child.returncode,
                delay,
            )
            if self._stopping.wait(delay):
                return
            self._spawn()

    @staticmethod
    def _reap(child: subprocess.Popen) -> None:
        if os.environ.get(METRICS_DIR):
            from prometheus_client import multiprocess

            multiprocess.mark_process_dead(child.pid)


class IngestFirst:
    """The sweep's manners beside `atento serve`: while Slack events are arriving (one heard in the
    last `quiet` seconds), wait before taking the next batch, so that the acks get the database first
    (SQLite has one writer, and a batch holds it). A burst is acknowledged at full speed: the sweep
    waits for a quiet moment, at most `patience` a batch, and is processed as soon as it stops. Once
    events have kept arriving for `grace` seconds (a stream, not a burst), the sweep waits no longer
    than its last batch took: it holds the writer at least about half the time, and falls behind a
    steady stream no further than its share allows (before, it waited the whole patience before
    every batch of 5 messages, and lagged 12-30 s behind 1,000 events a second)."""

    def __init__(
        self,
        quiet: float = 0.02,
        patience: float = 0.2,
        grace: float = 1.0,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.quiet, self.patience, self.grace = quiet, patience, grace
        self.monotonic, self.sleep = monotonic, sleep
        self.last_heard = float("-inf")
        self.stream_since = float("-inf")  # when events began arriving without a quiet second
        self._went = float("-inf")  # when the last batch went: the time since is what it took
        self.wake: Callable[[], None] | None = None  # the sweep's poke, once the child's bot is built

    def heard(self) -> None:
        """The parent stored an event."""
        now = self.monotonic()
        if not self.busy():
            self.stream_since = now
        self.last_heard = now

    def busy(self, within: float = 1.0) -> bool:
        """Events arrived in the last `within` seconds: the sweep takes short batches (SQLite's one writer)."""
        return self.monotonic() - self.last_heard < within

    def before_batch(self) -> None:
        now = self.monotonic()
        deadline = now + self.longest_wait(now)
        while now < deadline and now < self.last_heard + self.quiet:
            self.sleep(min(deadline, self.last_heard + self.quiet) - now)
            now = self.monotonic()
        self._went = now

    def longest_wait(self, now: float) -> float:
        """The patience in a burst; in a stream, what the last batch took (after a pause between two
        sweeps that is longer than the patience, so the first batch of a sweep waits as in a burst)."""
        if now - self.stream_since < self.grace:
            return self.patience
        return min(self.patience, now - self._went)


def become_child(stop: threading.Event, check_every: float = 0.2) -> IngestFirst:
    """In the child, first thing: a lower priority; SIGINT is the parent's to handle (it stops us with
    SIGTERM); every byte on stdin is a stored event (mind the acks, and sweep now through
    `manners.wake` once the bot is built); end of input, or a new parent (ours died: init adopted us),
    stops the child: at once while it is still starting, else between two timers."""
    os.nice(NICENESS)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    manners = IngestFirst()
    parent = os.getppid()

    def orphaned() -> None:
        if manners.wake is None:  # still starting: nothing leased, nothing to give back
            os._exit(0)
        stop.set()

    def read() -> None:
        fd = sys.stdin.fileno()
        quiet = True
        while True:
            if not quiet and not select.select([fd], [], [], 2 * POKES_TOGETHER_SECONDS)[0]:
                # The pokes stopped: sweep once more. The parent leaves out a poke that follows its last
                # within POKES_TOGETHER_SECONDS, so the event it stored is in the database by now.
                quiet = True
                if manners.wake is not None:
                    manners.wake()
                continue
            try:
                data = os.read(fd, 4096)
            except OSError:
                data = b""
            if not data:
                orphaned()
                return
            quiet = False
            manners.heard()
            if manners.wake is not None:
                manners.wake()
            # One wake-up per poke would take the GIL from the sweep hundreds of times a second under a
            # stream of acks; pokes of the next few milliseconds are read together (heard() needs no more).
            time.sleep(POKES_TOGETHER_SECONDS)

    def watch_parent() -> None:
        while not stop.wait(check_every):
            if os.getppid() != parent:
                log.warning("atento serve (process %s) is gone: the sweep stops", parent)
                orphaned()
                return

    threading.Thread(target=read, name="parent-pokes", daemon=True).start()
    threading.Thread(target=watch_parent, name="parent-watch", daemon=True).start()
    return manners


def remove_metrics_folder(folder: str | None) -> None:
    if folder:
        shutil.rmtree(folder, ignore_errors=True)
