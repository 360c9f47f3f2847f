"""Readings of a sweep's batch worked out before its transaction (issue 20: SQLite's one writer).

Reading a message (its intent, what it says about time, the requests it names) is CPU work on its
words, about 1 ms a message, half of what a handler does: inside the batch's transaction it held
SQLite's write lock, and the acks waited behind it. On SQLite the sweep first reads its leased batch
in a snapshot and lets each kind's reader work out those readings (`Sweeper.readers`); the batch's
transaction then finds them here instead of reading again.

A reading is kept under a key naming everything it depends on (the text, the moment, the zone, the
language...): one whose inputs changed in between (a channel given a zone meanwhile) is simply read
again under its new key, never reused wrongly. Without a read-ahead (PostgreSQL, a handler run
alone), `reading` computes as before.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

from sqlalchemy.orm import Session

KEY = "atento.readings"

T = TypeVar("T")


def reading(session: Session, key: Hashable, compute: Callable[[], T]) -> T:
    """The value read ahead for `key` in this unit of work, else `compute()` (kept, if readings are)."""
    known = session.info.get(KEY)
    if known is None:
        return compute()
    if key in known:
        return known[key]
    value = known[key] = compute()
    return value


def collect(session: Session) -> dict:
    """Keep this session's readings (the read-ahead's snapshot); returns them, filled as they are read."""
    return session.info.setdefault(KEY, {})


def keep(session: Session, readings: dict | None) -> None:
    """The batch's transaction uses `readings` (made by `collect` in the snapshot)."""
    if readings is not None:
        session.info[KEY] = readings
