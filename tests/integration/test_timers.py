"""Timers with a fake clock: firing, re-checks, failures, collapse, leases (issue 10)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.platform import timers
from bot.platform.db import WriterLock, unit_of_work
from bot.platform.models import Timer
from bot.platform.readahead import reading
from bot.platform.timers import Sweeper
from bot.requests.rows import record_event
from policies.timers import Done, Reschedule, Skip


def add(db, clock, kind="nudge", subject="request:1", due_in=timedelta(0), **kw) -> None:
    with unit_of_work(db.sessions) as session:
        timers.schedule(session, kind=kind, subject=subject, due_at=clock.now() + due_in, now=clock.now(), **kw)


def states(db) -> dict[str, str]:
    with db.sessions() as session:
        return {t.subject: t.state for t in session.scalars(select(Timer))}


def rows(db) -> list[Timer]:
    with db.sessions() as session:
        return list(session.scalars(select(Timer).order_by(Timer.id)))


def test_due_timers_fire_and_future_ones_wait(db, clock):
    fired = []
    sweeper = Sweeper(db.sessions, clock, {"nudge": lambda ctx: fired.append(ctx.timer.subject) or Done("sent")})
    add(db, clock, subject="now")
    add(db, clock, subject="later", due_in=timedelta(minutes=5))
    sweeper.sweep()
    assert fired == ["now"]
    assert states(db) == {"now": "done", "later": "pending"}
    clock.advance(minutes=5)
    sweeper.sweep()
    assert fired == ["now", "later"]


def test_scheduling_the_same_thing_twice_is_a_no_op(db, clock):
    with unit_of_work(db.sessions) as session:
        first = timers.schedule(session, kind="nudge", subject="r", due_at=clock.now(), now=clock.now(), dedupe_key="k")
        second = timers.schedule(
            session, kind="nudge", subject="r", due_at=clock.now(), now=clock.now(), dedupe_key="k"
        )
    assert (first, second) == (True, False)
    assert len(rows(db)) == 1


def test_skip_and_reschedule_are_recorded(db, clock):
    monday = clock.now() + timedelta(days=5)
    decisions = {"a": Skip("claimed since"), "b": Reschedule(monday, "customer away until Monday")}
    sweeper = Sweeper(db.sessions, clock, {"nudge": lambda ctx: decisions[ctx.timer.subject]})
    add(db, clock, subject="a")
    add(db, clock, subject="b")
    sweeper.sweep()
    a, b = rows(db)
    assert (a.state, a.result) == ("skipped", "claimed since")
    assert (b.state, b.due_at, b.result) == (
        "pending",
        monday,
        "rescheduled: customer away until Monday",
    )
    clock.set(monday)
    decisions["b"] = Done("nudged")
    sweeper.sweep()
    assert rows(db)[1].state == "done"


def test_a_failing_handler_fails_only_its_own_timer(db, clock):
    def handler(ctx):
        if ctx.timer.subject == "bad":
            raise RuntimeError("boom")
        return Done()

    add(db, clock, subject="good1")
    add(db, clock, subject="bad")
    add(db, clock, subject="good2")
    report = Sweeper(db.sessions, clock, {"nudge": handler}).sweep()
    assert states(db) == {"good1": "done", "bad": "failed", "good2": "done"}
    assert [t.last_error for t in rows(db) if t.state == "failed"] == ["RuntimeError: boom"]
    assert report.fired == {"done": 2, "failed": 1}


def test_a_row_of_the_batchs_gathered_inserts_refused_at_its_end_fails_only_its_own_timer(db, clock):
    """The batch's gathered INSERTs are written at its end: when the database refuses one (an audit entry
    of a request that does not exist), the batch runs again one timer at a time and only that one fails."""

    def handler(ctx):
        if ctx.timer.subject == "bad":
            record_event(ctx.session, 999_999, None, "noted", {}, ctx.now)
        else:
            later = ctx.now + timedelta(days=1)
            timers.schedule(ctx.session, kind="later", subject=f"after {ctx.timer.subject}", due_at=later, now=ctx.now)
        return Done()

    add(db, clock, subject="good1")
    add(db, clock, subject="bad")
    add(db, clock, subject="good2")
    report = Sweeper(db.sessions, clock, {"nudge": handler}).sweep()
    assert report.error is None
    assert states(db) == {
        "good1": "done",
        "bad": "failed",
        "good2": "done",
        "after good1": "pending",
        "after good2": "pending",
    }
    assert report.fired == {"done": 2, "failed": 1}


def test_a_timer_without_a_handler_fails_with_a_clear_error(db, clock):
    add(db, clock, kind="mystery")
    Sweeper(db.sessions, clock, {}).sweep()
    assert rows(db)[0].state == "failed"
    assert "no handler for timer kind 'mystery'" in rows(db)[0].last_error


def test_handler_writes_roll_back_with_its_failure(db, clock):
    def handler(ctx):
        timers.schedule(ctx.session, kind="follow", subject="x", due_at=ctx.now, now=ctx.now)
        raise ValueError("after writing")

    add(db, clock)
    Sweeper(db.sessions, clock, {"nudge": handler}).sweep()
    assert [t.kind for t in rows(db)] == ["nudge"]


def test_overdue_duplicates_of_one_subject_collapse_into_one(db, clock):
    fired = []
    for hours in (3, 2, 1):
        add(db, clock, subject="request:7", due_in=timedelta(hours=-hours))
    add(db, clock, subject="request:8", due_in=timedelta(hours=-1))
    Sweeper(db.sessions, clock, {"nudge": lambda ctx: fired.append(ctx.timer.id) or Done()}).sweep()
    assert sorted(fired) == [3, 4]
    assert [t.state for t in rows(db)] == ["skipped", "skipped", "done", "done"]
    assert rows(db)[0].result == "collapsed into #3"


def test_timers_due_during_downtime_fire_once_late(db, clock):
    fired = []
    add(db, clock, subject="s", due_in=timedelta(minutes=1))
    clock.advance(hours=12)  # nothing ran for twelve hours
    sweeper = Sweeper(db.sessions, clock, {"nudge": lambda ctx: fired.append(ctx.now) or Done()})
    sweeper.sweep()
    sweeper.sweep()
    assert fired == [clock.now()]


def test_a_dead_workers_lease_lapses_and_another_worker_fires_it_once(db, clock):
    fired = []
    add(db, clock)
    dead = Sweeper(db.sessions, clock, {"nudge": lambda ctx: Done()})
    dead._take(clock.now(), timers.SweepReport())  # took it, then died before firing
    alive = Sweeper(db.sessions, clock, {"nudge": lambda ctx: fired.append(1) or Done()})
    alive.sweep()
    assert fired == [] and rows(db)[0].state == "running"
    clock.advance(timers.LEASE + timedelta(seconds=1))
    alive.sweep()
    alive.sweep()
    assert fired == [1] and rows(db)[0].state == "done"
    assert rows(db)[0].attempts == 2


def test_a_worker_never_settles_a_timer_it_no_longer_holds(db, clock):
    fired = []
    add(db, clock)
    slow = Sweeper(db.sessions, clock, {"nudge": lambda ctx: fired.append("slow") or Done()})
    token, ids = slow._take(clock.now(), timers.SweepReport())
    clock.advance(timers.LEASE + timedelta(seconds=1))
    Sweeper(db.sessions, clock, {"nudge": lambda ctx: fired.append("fast") or Done()}).sweep()
    slow._fire(token, ids, clock.now(), timers.SweepReport())  # its lease lapsed and was retaken
    assert fired == ["fast"]


def test_cancel_stops_pending_timers(db, clock):
    add(db, clock, subject="request:1", due_in=timedelta(hours=1))
    with unit_of_work(db.sessions) as session:
        assert timers.cancel(session, kind="nudge", subject="request:1", reason="claimed") == 1
    clock.advance(hours=2)
    Sweeper(db.sessions, clock, {"nudge": lambda ctx: Done()}).sweep()
    assert rows(db)[0].state == "cancelled"


def test_a_stop_request_between_timers_gives_back_what_was_not_fired_at_once(db, clock):
    for minutes in (5, 4, 3, 2, 1):
        add(db, clock, subject=f"s{minutes}", due_in=timedelta(minutes=-minutes))
    fired = []
    sweeper = Sweeper(db.sessions, clock, {})

    def nudge(ctx):
        fired.append(ctx.timer.subject)
        if len(fired) == 2:
            sweeper.stopping.set()  # as SIGTERM, or the parent's death, would between two timers
        return Done()

    sweeper.register("nudge", nudge)
    sweeper.sweep()
    assert fired == ["s5", "s4"]
    left = [t for t in rows(db) if t.state != "done"]
    assert [(t.subject, t.state, t.attempts, t.claim_token) for t in left] == [
        ("s3", "pending", 0, None),
        ("s2", "pending", 0, None),
        ("s1", "pending", 0, None),
    ]
    assert [t.due_at for t in left] == [clock.now() - timedelta(minutes=m) for m in (3, 2, 1)]  # order kept
    Sweeper(db.sessions, clock, {"nudge": nudge}).sweep()  # the next worker, with no lease to wait out
    assert fired == ["s5", "s4", "s3", "s2", "s1"]


def test_on_sqlite_a_kinds_reader_works_outside_the_write_lock_and_its_handler_finds_the_readings(db, clock):
    """Issue 20: what handlers read from their timers' words is worked out before the batch's write transaction
    on SQLite (the acks wait for its one writer); elsewhere the handler reads it itself, as before."""
    lock = WriterLock.of(db.engine.url.database) if db.dialect == "sqlite" else None
    read_ahead, computed_in_handler = [], []

    def reader(session, batch):
        for timer in batch:
            read_ahead.append((timer.subject, lock._threads.locked()))
            reading(session, ("words", timer.subject), lambda t=timer: t.subject.upper())

    def handler(ctx):
        def compute():
            computed_in_handler.append(ctx.timer.subject)
            return ctx.timer.subject.upper()

        return Done(reading(ctx.session, ("words", ctx.timer.subject), compute))

    sweeper = Sweeper(db.sessions, clock, {"nudge": handler})
    sweeper.readers["nudge"] = reader
    add(db, clock, subject="first")
    add(db, clock, subject="second")
    sweeper.sweep()
    assert {t.subject: (t.state, t.result) for t in rows(db)} == {
        "first": ("done", "FIRST"),
        "second": ("done", "SECOND"),
    }
    if db.dialect == "sqlite":
        assert sorted(read_ahead) == [("first", False), ("second", False)]
        assert computed_in_handler == []
    else:
        assert (read_ahead, sorted(computed_in_handler)) == ([], ["first", "second"])


def test_a_reader_that_fails_leaves_the_reading_to_the_handler(db, clock):
    def reader(session, batch):
        raise ValueError("unreadable payload")

    sweeper = Sweeper(db.sessions, clock, {"nudge": lambda ctx: Done(reading(ctx.session, "k", lambda: "read now"))})
    sweeper.readers["nudge"] = reader
    add(db, clock, subject="first")
    sweeper.sweep()
    assert [(t.state, t.result) for t in rows(db)] == [("done", "read now")]


def test_a_replaced_timer_leaves_one_pending_the_latest_within_a_batch_and_across_batches(db, clock):
    def replace(session, due_in: timedelta) -> None:
        due = clock.now() + due_in
        timers.replace(session, kind="nudge", subject="request:1:wait", due_at=due, now=clock.now(), reason="moved")

    with unit_of_work(db.sessions) as session, timers.gathering(session):
        for hours in (1, 2, 3):  # one batch: written together, the last one wins
            replace(session, timedelta(hours=hours))
        add_in_batch = list(session.scalars(select(Timer)))  # a read of timers writes what waits first
        replace(session, timedelta(hours=4))
    assert [t.due_at - clock.now() for t in add_in_batch] == [timedelta(hours=3)]
    with unit_of_work(db.sessions) as session:  # outside a batch: at once
        replace(session, timedelta(hours=5))
    assert [(t.state, t.due_at - clock.now()) for t in rows(db)] == [
        ("cancelled", timedelta(hours=3)),
        ("cancelled", timedelta(hours=4)),
        ("pending", timedelta(hours=5)),
    ]
