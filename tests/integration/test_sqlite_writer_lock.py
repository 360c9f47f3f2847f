"""SQLite's one writer: engines of a process share one queue, and processes queue on an flock."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import text

from bot.platform.db import WriterLock, make_engine, upgrade

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


def test_engines_of_one_process_share_the_writer_queue(tmp_path):
    path = tmp_path / "a.db"
    assert WriterLock.of(str(path)) is WriterLock.of(str(tmp_path / "." / "a.db"))
    assert WriterLock.of(str(path)) is not WriterLock.of(str(tmp_path / "b.db"))


def test_another_process_waits_for_the_writer_and_writes_as_soon_as_it_is_free(tmp_path):
    url = f"sqlite:///{tmp_path / 'atento.db'}"
    upgrade(url)
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text(INSERT.format("T1")))
        other = subprocess.Popen([sys.executable, "-c", OTHER_PROCESS, url], stdout=subprocess.PIPE, text=True)
        with pytest.raises(subprocess.TimeoutExpired):
            other.wait(timeout=1.0)  # queued on the flock while this transaction holds the writer
    assert other.wait(timeout=20) == 0
    assert other.stdout.read() == "wrote\n"
    with engine.connect() as connection:
        assert connection.execute(text("SELECT id FROM workspaces ORDER BY id")).scalars().all() == ["T1", "T2"]
    engine.dispose()


def test_a_process_waiting_for_the_writer_has_it_before_the_one_that_let_it_go_takes_it_again(tmp_path):
    url = f"sqlite:///{tmp_path / 'atento.db'}"
    upgrade(url)
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text(INSERT.format("T1")))
        other = subprocess.Popen([sys.executable, "-c", OTHER_PROCESS, url], stdout=subprocess.PIPE, text=True)
        with pytest.raises(subprocess.TimeoutExpired):
            other.wait(timeout=1.0)  # queued for the writer
    with engine.begin() as connection:  # at once again: behind the process that waited (the sweep behind the acks)
        connection.execute(text(INSERT.format("T3")))
    assert other.wait(timeout=20) == 0
    with engine.connect() as connection:
        written = connection.execute(text("SELECT id FROM workspaces ORDER BY rowid")).scalars().all()
    assert written == ["T1", "T2", "T3"]
    engine.dispose()
