"""SQLite's one writer: engines of a process share one queue, and processes queue on an flock."""

from __future__ import annotations

import fcntl
import subprocess
import sys
import threading

import pytest
from sqlalchemy import text

from bot.platform.db import WriterLock, make_engine, upgrade, urgent_writes

INSERT = (
    "INSERT INTO workspaces (id, name, active, last_request_number, settings, created_at)"
    " VALUES ('{}', 'acme', 1, 0, '{{}}', '2026-12-02 00:00:00')"
)
OTHER_PROCESS = (
    f"INSERT = {INSERT!r}"
    + """
import sys
from sqlalchemy import event
from bot.platform.db import make_engine
engine = make_engine(sys.argv[1])
# No busy handler: had it not queued on the flock, BEGIN IMMEDIATE would fail with "database is locked".
event.listen(engine, "connect", lambda dbapi, _: dbapi.execute("PRAGMA busy_timeout=0"))
with engine.begin() as connection:
    connection.exec_driver_sql(INSERT.format("T2"))
print("wrote", flush=True)
"""
)


def blocked_on_flock(process: subprocess.Popen, within: float = 30.0) -> None:
    """Until `process` waits for an flock (a `->` line of /proc/locks names it), however slow its start."""
    for _ in range(int(within / 0.05)):
        if any(f" {process.pid} " in line and "->" in line for line in open("/proc/locks")):  # noqa: SIM115
            return
        with pytest.raises(subprocess.TimeoutExpired):
            process.wait(timeout=0.05)
    raise AssertionError(f"process {process.pid} never waited for the writer")


def test_engines_of_one_process_share_the_writer_queue(tmp_path):
    path = tmp_path / "a.db"
    assert WriterLock.of(str(path)) is WriterLock.of(str(tmp_path / "." / "a.db"))
    assert WriterLock.of(str(path)) is not WriterLock.of(str(tmp_path / "b.db"))


def migrated_engine(tmp_path):
    url = f"sqlite:///{tmp_path / 'atento.db'}"
    upgrade(url)
    return url, make_engine(url)


def another_process_writing(url: str) -> subprocess.Popen:
    """A process of its own that writes workspace T2 and says "wrote"."""
    return subprocess.Popen([sys.executable, "-c", OTHER_PROCESS, url], stdout=subprocess.PIPE, text=True)


def test_another_process_waits_for_the_writer_and_writes_as_soon_as_it_is_free(tmp_path):
    url, engine = migrated_engine(tmp_path)
    with engine.begin() as connection:
        connection.execute(text(INSERT.format("T1")))
        other = another_process_writing(url)
        with pytest.raises(subprocess.TimeoutExpired):
            other.wait(timeout=1.0)  # queued on the flock while this transaction holds the writer
    assert other.wait(timeout=20) == 0
    assert other.stdout.read() == "wrote\n"
    with engine.connect() as connection:
        assert connection.execute(text("SELECT id FROM workspaces ORDER BY id")).scalars().all() == ["T1", "T2"]
    engine.dispose()


def test_a_process_waiting_for_the_writer_has_it_before_the_one_that_let_it_go_takes_it_again(tmp_path):
    url, engine = migrated_engine(tmp_path)
    with engine.begin() as connection:
        connection.execute(text(INSERT.format("T1")))
        other = another_process_writing(url)
        blocked_on_flock(other)  # queued for the writer
    with engine.begin() as connection:  # at once again: behind the process that waited (the sweep behind the acks)
        connection.execute(text(INSERT.format("T3")))
    assert other.wait(timeout=20) == 0
    with engine.connect() as connection:
        written = connection.execute(text("SELECT id FROM workspaces ORDER BY rowid")).scalars().all()
    assert written == ["T1", "T2", "T3"]
    engine.dispose()


def test_acks_piling_up_take_the_writer_without_waiting_for_the_sweeps_turn(tmp_path):
    url, engine = migrated_engine(tmp_path)
    with engine.begin() as connection:  # the lock files exist
        connection.execute(text(INSERT.format("T0")))
    turn = open(f"{tmp_path / 'atento.db'}-writer.turn", "a+b")  # noqa: SIM115
    fcntl.flock(turn.fileno(), fcntl.LOCK_EX)  # the sweep waits for the writer: its turn comes next

    def urgent() -> None:
        with urgent_writes(), engine.begin() as connection:
            connection.execute(text(INSERT.format("T1")))

    writer = threading.Thread(target=urgent)
    writer.start()
    writer.join(timeout=10)
    fcntl.flock(turn.fileno(), fcntl.LOCK_UN)
    turn.close()
    writer.join()
    engine.dispose()
    assert not writer.is_alive() and writer.ident is not None
