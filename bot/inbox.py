"""The inbox write on the ack path, with group commit.

Every Slack event is one inbox row (a timer due now) committed before Slack gets its 200. When
several HTTP threads arrive together, the first becomes the writer and stores everything queued
meanwhile in one INSERT … ON CONFLICT DO NOTHING and one commit; the others wait for that commit.
Alone, a thread writes its own row at once: no hand-off, no added latency. Under load the cost of
a transaction (and SQLite's single writer, PostgreSQL's WAL flush) is shared by the batch.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from sqlalchemy import Engine

from .models import Timer

MAX_BATCH = 64


@dataclass
class _Slot:
    values: dict
    done: bool = False
    fresh: bool = False
    error: BaseException | None = None


class InboxWriter:
    """`write(values)` stores one inbox row unless its dedupe key is already there."""

    def __init__(self, engine: Engine, max_batch: int = MAX_BATCH):
        self.engine = engine
        self.max_batch = max_batch
        self.statement = inbox_insert(engine.dialect.name)
        self._turn = threading.Condition()
        self._queued: list[_Slot] = []
        self._writing = False

    @property
    def queued(self) -> int:
        """Rows waiting behind the write in progress."""
        with self._turn:
            return len(self._queued)

    def write(self, values: dict) -> bool:
        """True when the row is new; False when its dedupe key was stored before (a Slack retry).
        Raises what the database raised, for this row's whole batch: nothing of it was stored."""
        slot = _Slot(values)
        with self._turn:
            self._queued.append(slot)
        while True:
            with self._turn:
                while not slot.done and self._writing:
                    self._turn.wait()
                if slot.done:
                    break
                self._writing = True
                batch, self._queued = self._queued[: self.max_batch], self._queued[self.max_batch :]
            try:
                self._store(batch)
            finally:
                with self._turn:
                    self._writing = False
                    self._turn.notify_all()
        if slot.error is not None:
            raise slot.error
        return slot.fresh

    def _store(self, batch: list[_Slot]) -> None:
        # A retry in the same batch as its original is stored once and answered as a duplicate.
        first: dict[str, _Slot] = {}
        for slot in batch:
            first.setdefault(slot.values["dedupe_key"], slot)
        try:
            with self.engine.begin() as connection:
                stored = set(connection.scalars(self.statement, [s.values for s in first.values()]))
        except BaseException as e:
            for slot in batch:
                slot.error = e
        else:
            for key, slot in first.items():
                slot.fresh = key in stored
        finally:
            for slot in batch:
                slot.done = True


def inbox_insert(dialect: str):
    """INSERT INTO timers … ON CONFLICT (dedupe_key) DO NOTHING RETURNING dedupe_key, built once."""
    from sqlalchemy.dialects.postgresql import insert as pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    return insert(Timer).on_conflict_do_nothing(index_elements=["dedupe_key"]).returning(Timer.dedupe_key)
