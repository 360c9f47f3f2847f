"""`atento serve` on PostgreSQL: the HTTP side in prefork worker processes (gunicorn, gthread).

One Python process acknowledges Slack at the speed one core allows: the GIL serialises signature
checks, JSON and the inbox INSERT of all its threads. PostgreSQL takes writers from any number of
processes, so there `atento serve` is a gunicorn arbiter with `ATENTO_HTTP_WORKERS` worker processes
(default 2), each with `ATENTO_HTTP_THREADS` threads and a bot of its own. SQLite has one writer: a
second process would only queue on its lock, so it keeps waitress in one process (bot.slack.http).

The arbiter stays light: it imports no bot, serves nothing, and only restarts workers that die.
Each worker builds its bot after the fork (no preloading: connections and threads are never
shared across a fork) and pokes the sweep child through the pipe it inherited from the arbiter
(bot.platform.sweep_process). A worker whose arbiter dies notices within a second and exits.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable

from gunicorn.app.base import BaseApplication

log = logging.getLogger("atento.http")


class PreforkServer(BaseApplication):
    """gunicorn, configured in code: `run()` returns when the arbiter stops (SIGTERM, SIGINT)."""

    def __init__(
        self,
        build: Callable[[], Callable],
        *,
        port: int,
        workers: int,
        threads: int,
        log_level: str = "warning",
        on_worker_exit: Callable[[int], None] = lambda pid: None,
    ):
        self.build = build
        self.options = {
            "bind": f"0.0.0.0:{port}",
            "workers": workers,
            "worker_class": "gthread",
            "threads": threads,
            "preload_app": False,
            "timeout": 30,
            "graceful_timeout": 10,
            "keepalive": 5,
            "accesslog": None,
            "loglevel": log_level.lower(),
            "proc_name": "atento",
            "child_exit": lambda _arbiter, worker: on_worker_exit(worker.pid),
        }
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Callable:
        """In each worker, after the fork: the bot and its WSGI application."""
        return self.build()

    def run(self) -> None:
        """Returns in the arbiter when it stops. A worker leaves gunicorn with SystemExit, through this
        frame too: it exits here, before the arbiter's clean-up (stopping the sweep) could run in it."""
        arbiter = os.getpid()
        try:
            super().run()
        except SystemExit as e:
            if os.getpid() != arbiter:
                logging.shutdown()
                os._exit(e.code if isinstance(e.code, int) else 1)
            if e.code not in (0, None):
                raise
