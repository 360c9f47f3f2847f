"""The ack path's inbox write: group commit, exactly once per event id, all or nothing per batch."""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from sqlalchemy import event, select
from sqlalchemy.exc import IntegrityError

from bot.platform.models import Timer
from bot.slack.inbox import InboxWriter


def row(clock, key: str, **changes) -> dict:
    now = clock.now()
    values = dict(
        kind="intake.message",
        subject=f"message:C1:{key}",
        due_at=now,
        state="pending",
        priority=0,
        pace_key=None,
        attempts=0,
        dedupe_key=f"event:{key}",
        payload={"text": key},
        workspace_id="T0ACME",
        created_at=now,
    )
    return {**values, **changes}


@pytest.fixture
def writer(db):
    made = InboxWriter(db.engine, writers=1)  # one batch at a time: what queues behind it is the point
    yield made
    made.close()


def stored_keys(db) -> Counter[str]:
    with db.sessions() as session:
        return Counter(session.scalars(select(Timer.dedupe_key)))


class HeldFirstBatch:
    """Holds the first transaction open until `release()`, so that the writes behind it queue up."""

    def __init__(self, engine):
        self.started, self.go = threading.Event(), threading.Event()
        self.commits = 0
        event.listen(engine, "begin", self.on_begin)
        event.listen(engine, "commit", self.on_commit)

    def on_begin(self, connection):
        if not self.started.is_set():
            self.started.set()
            assert self.go.wait(10)

    def on_commit(self, connection):
        self.commits += 1

    def release(self):
        self.go.set()


def write_in_threads(writer: InboxWriter, rows: list[dict]) -> tuple[list, list[threading.Thread]]:
    """Each row written by a thread of its own; returns what each write returned or raised."""
    results: list[bool | BaseException] = [False] * len(rows)

    def write(n: int) -> None:
        try:
            results[n] = writer.write(rows[n])
        except BaseException as e:  # noqa: BLE001 - the test looks at what each caller got
            results[n] = e

    threads = [threading.Thread(target=write, args=(n,)) for n in range(len(rows))]
    for t in threads:
        t.start()
    return results, threads


def queue_behind_a_held_batch(db, writer, first: dict, rest: list[dict]):
    """`first` is written alone and held; `rest` queue meanwhile and go in the next batch."""
    held = HeldFirstBatch(writer.engine)
    head, head_threads = write_in_threads(writer, [first])
    assert held.started.wait(10)
    results, threads = write_in_threads(writer, rest)
    while writer.queued < len(rest):
        threading.Event().wait(0.001)
    held.release()
    for t in head_threads + threads:
        t.join(10)
    return head[0], results, held


def test_rows_queued_behind_a_transaction_share_the_next_commit(db, clock, writer):
    head, results, held = queue_behind_a_held_batch(
        db, writer, row(clock, "Ev0"), [row(clock, f"Ev{n}") for n in range(1, 21)]
    )
    assert head is True and results == [True] * 20
    assert held.commits == 2  # one for the first row, one for the twenty behind it
    assert stored_keys(db) == Counter({f"event:Ev{n}": 1 for n in range(21)})


def test_a_retry_in_the_same_batch_is_stored_once_and_answered_as_a_duplicate(db, clock, writer):
    head, results, _ = queue_behind_a_held_batch(
        db, writer, row(clock, "Ev0"), [row(clock, "Ev1"), row(clock, "Ev1"), row(clock, "Ev0")]
    )
    assert head is True
    assert sorted(results[:2]) == [False, True]  # the original and its retry: one of them stored it
    assert results[2] is False  # Ev0 was committed by the batch before
    assert stored_keys(db) == Counter({"event:Ev0": 1, "event:Ev1": 1})


def test_a_failing_batch_fails_every_row_in_it_and_stores_none(db, clock, writer):
    broken = row(clock, "Ev2", kind=None)  # NOT NULL: the whole INSERT fails
    head, results, _ = queue_behind_a_held_batch(db, writer, row(clock, "Ev0"), [row(clock, "Ev1"), broken])
    assert head is True
    assert all(isinstance(r, IntegrityError) for r in results)
    assert stored_keys(db) == Counter({"event:Ev0": 1})
    # The writer is not stuck: Slack's retry of Ev1 is stored.
    assert writer.write(row(clock, "Ev1")) is True
    assert stored_keys(db)["event:Ev1"] == 1


@pytest.mark.parametrize("writers", [1, 3])
def test_sixteen_threads_each_event_stored_once(db, clock, writers):
    writer = InboxWriter(db.engine, max_batch=7, writers=writers)
    rows = [row(clock, f"Ev{n % 150}") for n in range(300)]  # every event arrives twice
    results: list = [None] * len(rows)

    def work(start: int) -> None:
        for n in range(start, len(rows), 16):
            results[n] = writer.write(rows[n])

    workers = [threading.Thread(target=work, args=(start,)) for start in range(16)]
    for t in workers:
        t.start()
    for t in workers:
        t.join(30)
    fresh = Counter(r["dedupe_key"] for r, ok in zip(rows, results, strict=True) if ok is True)
    assert results.count(False) == 150
    assert fresh == Counter({f"event:Ev{n}": 1 for n in range(150)})
    assert stored_keys(db) == fresh
    writer.close()


def test_with_several_writers_a_batch_does_not_wait_for_another_ones_commit(db, clock):
    """PostgreSQL's commits wait for a WAL flush: a second batch is written while the first is held."""
    if db.engine.dialect.name == "sqlite":
        pytest.skip("SQLite has one writer: its inbox writes one batch at a time")
    writer = InboxWriter(db.engine, writers=2)
    held = HeldFirstBatch(writer.engine)
    head, head_threads = write_in_threads(writer, [row(clock, "Ev0")])
    assert held.started.wait(10)
    assert writer.write(row(clock, "Ev1")) is True  # not queued behind the held batch
    held.release()
    for t in head_threads:
        t.join(10)
    assert head == [True]
    assert stored_keys(db) == Counter({"event:Ev0": 1, "event:Ev1": 1})
    writer.close()
