"""The inbox write on the ack path, with group commit.

Every Slack event is one inbox row (a timer due now) committed before Slack gets its 200. When
several HTTP threads arrive together, the first becomes the writer and stores everything queued
meanwhile in one INSERT … ON CONFLICT DO NOTHING and one commit; the others wait for that commit.
Alone, a thread writes its own row at once: no hand-off, no added latency. Under load the cost of
a transaction (and SQLite's single writer, PostgreSQL's WAL flush) is shared by the batch.

SQLite has one writer, so one batch is written at a time. PostgreSQL takes several: a commit there
waits for its WAL flush (milliseconds of fdatasync), and commits in flight together share one flush,
so up to WRITERS batches are written at once, each on a connection of its own.
"""

from __future__ import annotations

import threading

from sqlalchemy import Engine, create_engine

from bot.platform.db import urgent_writes
from bot.platform.models import Timer

MAX_BATCH = 64
WRITERS = 3  # PostgreSQL: batches written at once (see above)
# SQLite: a batch this large means acks wait behind the writer; it takes the writer without waiting for
# the sweep's turn (bot.platform.db.WriterLock), which a steady stream's batches of one or two do.
URGENT_BATCH = 4


class _Slot:
    __slots__ = ("values", "done", "fresh", "error", "wake")

    def __init__(self, values: dict):
        self.values = values
        self.done = self.fresh = False
        self.error: BaseException | None = None
        self.wake: threading.Lock | None = None  # held while waiting; released when done or when it leads


class InboxWriter:
    """`write(values)` stores one inbox row unless its dedupe key is already there."""

    def __init__(self, engine: Engine, max_batch: int = MAX_BATCH, writers: int | None = None):
        self.max_batch = max_batch
        self.statement = inbox_insert(engine.dialect.name)
        postgres = engine.dialect.name == "postgresql"
        self.writers = writers or (WRITERS if postgres else 1)
        self.engine = own_connection(engine, self.writers) if postgres else engine
        self._own_engine = self.engine is not engine
        self._mutex = threading.Lock()
        self._queued: list[_Slot] = []
        self._writing = 0  # batches being written

    def close(self) -> None:
        if self._own_engine:
            self.engine.dispose()

    @property
    def queued(self) -> int:
        """Rows waiting behind the write in progress."""
        with self._mutex:
            return len(self._queued)

    def write(self, values: dict) -> bool:
        """True when the row is new; False when its dedupe key was stored before (a Slack retry).
        Raises what the database raised, for this row's whole batch: nothing of it was stored."""
        slot = _Slot(values)
        with self._mutex:
            if self._writing >= self.writers:
                slot.wake = threading.Lock()
                slot.wake.acquire()
                self._queued.append(slot)
            else:
                self._writing += 1
        if slot.wake is not None:
            slot.wake.acquire()  # until a writer stored our row, or handed us the turn
        if not slot.done:
            self._lead(slot)
        if slot.error is not None:
            raise slot.error
        return slot.fresh

    def _lead(self, slot: _Slot) -> None:
        """Our turn: store our row and those queued behind it, wake them, and hand the turn on."""
        with self._mutex:
            batch, self._queued = [slot, *self._queued[: self.max_batch - 1]], self._queued[self.max_batch - 1 :]
        try:
            if len(batch) >= URGENT_BATCH:  # acks are piling up: no turn for the sweep (bot.platform.db)
                with urgent_writes():
                    self._store(batch)
            else:
                self._store(batch)
        finally:
            for other in batch:
                if other is not slot and other.wake is not None:
                    other.wake.release()
            with self._mutex:
                if self._queued:
                    self._queued.pop(0).wake.release()  # the next writer; it takes the queue
                else:
                    self._writing -= 1

    def _insert(self, rows: list[dict]) -> set[str]:
        """The dedupe keys that were new."""
        with self.engine.begin() as connection:
            return set(connection.scalars(self.statement, rows))

    def _store(self, batch: list[_Slot]) -> None:
        # A retry in the same batch as its original is stored once and answered as a duplicate.
        first: dict[str, _Slot] = {}
        for slot in batch:
            first.setdefault(slot.values["dedupe_key"], slot)
        try:
            stored = self._insert([s.values for s in first.values()])
        except BaseException as e:
            for slot in batch:
                slot.error = e
        else:
            for key, slot in first.items():
                slot.fresh = key in stored
        finally:
            for slot in batch:
                slot.done = True


def own_connection(engine: Engine, writers: int = WRITERS) -> Engine:
    """PostgreSQL: the inbox writes through one connection of its own (one writer at a time needs no
    more), in autocommit, where the INSERT is its own transaction: one round trip a batch instead of
    four (ping, BEGIN, INSERT, COMMIT). A dropped connection fails one batch, answered 500 and retried
    by Slack, and the pool reconnects."""
    return create_engine(engine.url, isolation_level="AUTOCOMMIT", pool_size=writers, max_overflow=2, pool_recycle=1800)


def inbox_insert(dialect: str):
    """INSERT INTO timers … ON CONFLICT (dedupe_key) DO NOTHING RETURNING dedupe_key, built once."""
    from sqlalchemy.dialects.postgresql import insert as pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    return insert(Timer).on_conflict_do_nothing(index_elements=["dedupe_key"]).returning(Timer.dedupe_key)
