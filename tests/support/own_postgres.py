"""A PostgreSQL server of one test's own: initdb into a temporary folder, started on a free port.

For the fault test that restarts the database: restarting the machine's shared server dropped the
connections of every other test session (and of the other pytest-xdist worker) using it.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def initdb_binary() -> Path | None:
    """Debian keeps the server's tools out of PATH, under /usr/lib/postgresql/<version>/bin."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve()  # beside it: pg_ctl and createdb (a symlink in PATH may stand alone)
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(candidates[-1]) if candidates else None


def why_not_available() -> str | None:
    """None when a private server can be started here; otherwise the reason, for a skip."""
    if initdb_binary() is None:
        return "needs PostgreSQL's initdb (Debian: /usr/lib/postgresql/*/bin) to start a server of its own"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root needs the `postgres` OS user: initdb refuses to run as root"
        if shutil.which("runuser") is None:
            return "running as root needs `runuser` to start PostgreSQL as the `postgres` OS user"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class OwnPostgres:
    """Start with `start()`, restart with `restart()` (every connection dropped), end with `stop()`."""

    def __init__(self) -> None:
        self.bin = initdb_binary().parent
        self.folder = Path(tempfile.mkdtemp(prefix="atento-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self.log = self.folder / "server.log"
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres")
            os.chown(self.folder, owner.pw_uid, owner.pw_gid)
            self.prefix = ["runuser", "-u", "postgres", "--"]
        else:
            self.prefix = []

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/atento"

    def _run(self, *args: str, timeout: float = 60) -> None:
        done = subprocess.run([*self.prefix, *args], capture_output=True, text=True, timeout=timeout)
        if done.returncode:
            log = self.log.read_text() if self.log.exists() else ""
            raise subprocess.SubprocessError(f"{args[0]} failed ({done.returncode}): {done.stderr}\n{log[-2000:]}")

    def _pg_ctl(self, *args: str) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", *args)

    def start(self) -> OwnPostgres:
        self._run(
            str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"
        )
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._pg_ctl("-o", options, "start")  # the options are kept in postmaster.opts for restart
        self._run(str(self.bin / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "atento")
        return self

    def restart(self) -> None:
        """What an operator's restart looks like to the bot: every connection dropped, refused for a moment."""
        self._pg_ctl("-m", "fast", "restart")

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError):  # never started, or already gone
            self._pg_ctl("-m", "immediate", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)
