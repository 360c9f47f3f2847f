"""`atento serve` over HTTP: granian (a Rust HTTP server) in front of the bot's WSGI application.

The acks are bound by one core: waitress and gunicorn parse HTTP in Python, under the same GIL as
the signature check, the JSON and the inbox INSERT. granian parses HTTP, keeps connections and
writes answers in Rust threads outside the GIL, and calls the application from a few Python threads:
one process acknowledged a bare Bolt app 3,200 times a second against waitress's 1,560 (bench/ingest).

SQLite has one writer, and one worker is enough for it: `atento serve` is that worker (`here=True`),
with no supervisor beside it (a process less is 28 MB less at rest, issue 20); if it dies, it is the
process manager that starts it again, as for any single-process server. PostgreSQL takes
`ATENTO_HTTP_WORKERS`: this process is then their supervisor, builds no bot, serves nothing, and
starts them (forked: each builds its bot after the fork, connections and threads are never shared
across it), and starts one again if it dies. Each worker pokes the sweep child through the pipe it
inherited, and leaves within a second of its supervisor's death (granian's workers would otherwise
keep serving, orphaned).
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections.abc import Callable

log = logging.getLogger("atento.http")

ORPHAN_CHECK_SECONDS = 0.5


class _NotTheThreadsAdvice(logging.Filter):
    """granian advises against more Python threads than 2 cores + 1; ours mostly wait for the database
    (the group commit of bot.slack.inbox needs several at once), so the advice is left out."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "Python threads" not in record.getMessage()


# granian's own lines go through the bot's logging (its format, its level), not a handler of granian's.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"threads_advice": {"()": _NotTheThreadsAdvice}},
    "loggers": {
        "_granian": {"filters": ["threads_advice"], "propagate": True},
        "granian.access": {"level": "WARNING", "propagate": True},
    },
}


class GranianServer:
    """`run()` serves until SIGTERM or SIGINT, then stops the workers and returns."""

    def __init__(
        self,
        build: Callable[[], Callable],
        *,
        port: int,
        workers: int,
        threads: int,
        log_level: str,
        listening: Callable[[], None] = lambda: None,
        fatal: type[Exception] = RuntimeError,
        here: bool = False,
    ):
        """`build` makes the WSGI application in each worker; `listening` runs there once it accepts.
        A worker whose `build` raises `fatal` (a configuration Slack refused) stops the server: `run()`
        raises it again, instead of granian starting that worker again and again. `here`: one worker,
        this process (`workers` must be 1)."""
        from granian import Granian
        from granian.constants import Interfaces
        from granian.log import LogLevels

        if here and workers != 1:
            raise ValueError("a server in this process has one worker")
        self.build, self.listening, self.port, self.fatal, self.here = build, listening, port, fatal, here
        self.server = Granian(
            "atento",  # a name only: the application is built by `load` in each worker
            address="0.0.0.0",
            port=port,
            interface=Interfaces.WSGI,
            workers=workers,
            blocking_threads=threads,
            log_level=LogLevels(log_level.lower()),
            log_dictconfig=LOGGING,
            respawn_failed_workers=True,
            workers_kill_timeout=10,
        )

    def run(self) -> None:
        if self.here:
            return self._run_here()
        self._refusals, self._refused = os.pipe()  # a worker's `fatal` message, to the supervisor
        refusal: list[str] = []

        def hear_refusals() -> None:
            message = os.read(self._refusals, 65536)
            if message:
                refusal.append(message.decode(errors="replace"))
                os.kill(os.getpid(), signal.SIGTERM)  # granian's own way to stop

        threading.Thread(target=hear_refusals, name="worker-refusals", daemon=True).start()
        try:
            self.server.serve(target_loader=self.load, wrap_loader=False)
        except SystemExit:
            if not refusal:
                raise
        finally:
            os.close(self._refused)
        if refusal:
            raise self.fatal(refusal[0])

    def _run_here(self) -> None:
        """granian's own `serve` (it settles the options), with the step that would start the workers
        replaced: the worker's function runs in this process instead of a child's. granian has no public
        call for it; these are the pinned version's internals, exercised by tests/e2e/test_serve_process.py.
        It returns on SIGTERM or SIGINT."""
        server = self.server

        def serve_here(spawn_target: Callable, target_loader: Callable) -> None:
            server._init_shared_socket()
            process = server._spawn_worker(0, spawn_target, target_loader).inner  # never started
            try:
                process._target(*process._args)
            finally:
                server._drop_shared_socket()

        server._serve = serve_here
        server.serve(target_loader=self._load_here, wrap_loader=False)

    def _load_here(self) -> Callable:
        application = self.build()  # `fatal` goes up to run()'s caller as it is
        threading.Thread(target=self._tell_when_listening, name="listening", daemon=True).start()
        return application

    def _tell_when_listening(self) -> None:
        for _ in range(3000):  # 30 s; a port chosen by the system (0) is never found
            if listens(self.port):
                break
            threading.Event().wait(0.01)
        self.listening()

    def load(self) -> Callable:
        """In each worker, after the fork: the bot's WSGI application."""
        supervisor = os.getppid()

        def watch_supervisor() -> None:
            while os.getppid() == supervisor:
                threading.Event().wait(ORPHAN_CHECK_SECONDS)
            log.warning("the HTTP supervisor (process %s) is gone: worker %s exits", supervisor, os.getpid())
            logging.shutdown()
            os._exit(1)

        threading.Thread(target=watch_supervisor, name="supervisor-watch", daemon=True).start()
        try:
            application = self.build()
        except self.fatal as e:
            os.write(self._refused, str(e).encode())
            os._exit(2)
        threading.Thread(target=self._tell_when_listening, name="listening", daemon=True).start()
        return application


def listens(port: int) -> bool:
    """Whether this process holds a socket listening on `port`. On Linux each granian worker binds a
    socket of its own (SO_REUSEPORT) once its application is built: until then connections to it are refused."""
    mine = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            mine.add(target[8:-1])
    for table in ("/proc/self/net/tcp", "/proc/self/net/tcp6"):
        try:
            lines = open(table).read().splitlines()[1:]  # noqa: SIM115 - read at once
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port and fields[9] in mine:
                return True
    return False
