"""Timers: every future action is a row; a sweep takes the due ones and settles each.

Taking is a short transaction that leases the rows (state `running`, `due_at` = lease end,
a claim token); on PostgreSQL it locks them with FOR UPDATE SKIP LOCKED so that any number
of workers never take one twice. Firing runs each handler in a savepoint of one transaction
per batch, and settles the row in that same transaction: a handler's writes and "done" are
committed together, so nothing runs twice after its success was recorded. A worker that dies
leaves its lease to lapse; the next sweep after that takes the timers again.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from bot.platform import db, metrics, readahead
from bot.platform.clock import Clock
from bot.platform.db import (
    gathering_of,
    insert_ignoring_conflict,
    insert_ignoring_conflict_statement,
    read_only,
    unit_of_work,
)
from bot.platform.models import Timer
from policies.timers import Done, Outcome, Reschedule, Skip, collapse, retry_at

log = logging.getLogger("atento.timers")

LEASE = timedelta(minutes=5)
TRANSIENT_ATTEMPTS = 10  # a timer meeting database deadlocks or outages is retried this often before it fails
ACTIVE = ("pending", "running")
# A sweep pass's bounds through a backlog (bench/ingest, 2026-12-03: 20 batches of 100 took 5-6 s on PostgreSQL,
# then one outbox pass, a message for each of 211 channels, 1.3 s without a request opened).
TIMERS_SECONDS = 2.0
OUTBOX_SECONDS = 0.5


def schedule(
    session: Session,
    *,
    kind: str,
    subject: str,
    due_at: datetime,
    now: datetime,
    workspace_id: str | None = None,
    payload: dict[str, Any] | None = None,
    dedupe_key: str | None = None,
    priority: int = 5,
    pace_key: str | None = None,
) -> bool:
    """Add a timer. With a `dedupe_key` that exists already, nothing happens (returns False)."""
    values = dict(
        kind=kind,
        subject=subject,
        due_at=due_at,
        state="pending",
        priority=priority,
        pace_key=pace_key,
        attempts=0,
        dedupe_key=dedupe_key,
        payload=payload or {},
        workspace_id=workspace_id,
        created_at=now,
    )
    if gathering_of(session, "timers") is not None:  # the batch's one INSERT: counted as new
        insert_ignoring_conflict(session, Timer, values, ["dedupe_key"])
        return True
    # rowcount is not reliable for INSERT … ON CONFLICT on every driver; RETURNING is.
    return insert_ignoring_conflict(session, Timer, values, ["dedupe_key"], returning=Timer.id).scalar() is not None


def schedule_all(session: Session, timers: list[dict[str, Any]], *, now: datetime) -> None:
    """Add several timers in one statement (each as `schedule` takes it); existing dedupe keys are kept."""
    if not timers:
        return
    defaults = dict(state="pending", priority=5, pace_key=None, attempts=0, dedupe_key=None, workspace_id=None)
    rows = [{**defaults, **timer, "payload": timer.get("payload") or {}, "created_at": now} for timer in timers]
    insert_ignoring_conflict(session, Timer, rows, ["dedupe_key"])


# What the sweep's batch writes together (bot.platform.db.Gathering): the rows intake adds for every message.
# New requests first: the batch's messages and audit entries refer to them.
GATHERED = frozenset({"requests", "timers", "people", "request_messages", "request_events"})


def gathering(session: Session):
    """The batch's inserts of requests (on PostgreSQL, see bot.requests.ids), timers, people sketches, request
    messages and audit entries wait and are written together, one statement each, before anything reads those
    tables and before the commit."""
    return db.gathering(session, GATHERED, first=("requests",))


_CANCEL_PENDING = (
    update(Timer.__table__)
    .where(
        Timer.__table__.c.kind == bindparam("b_kind"),
        Timer.__table__.c.subject == bindparam("b_subject"),
        Timer.__table__.c.state == "pending",
    )
    .values(state="cancelled", result=bindparam("b_reason"))
)


def replace(
    session: Session,
    *,
    kind: str,
    subject: str,
    due_at: datetime,
    now: datetime,
    reason: str,
    workspace_id: str | None = None,
    payload: dict[str, Any] | None = None,
    priority: int = 5,
) -> None:
    """The pending timer of `kind` for `subject` (one at a time) is cancelled and scheduled anew at `due_at`.
    Inside the sweep's batch (a gathering of timers) the pair waits and is written with the batch's others:
    two statements for the batch, the last replacement of a subject winning, rather than an UPDATE per
    message that first had to write the batch's gathered timers (a customer writing in the thread of
    their request: bench/ingest's paced run, whose joins drained at 200 a second)."""
    values = dict(kind=kind, subject=subject, due_at=due_at, state="pending", priority=priority, pace_key=None)
    values.update(attempts=0, dedupe_key=None, payload=payload or {}, workspace_id=workspace_id, created_at=now)
    cancel = {"b_kind": kind, "b_subject": subject, "b_reason": reason}
    gathered = gathering_of(session, "timers")
    if gathered is None:
        session.connection().execute(_CANCEL_PENDING, cancel)
        insert_ignoring_conflict(session, Timer, values, ["dedupe_key"])
        return
    key = ("replace", kind)
    if (*key, "insert") not in gathered.writes:  # none waits (or they were written): start the batch's lists
        gathered.state[key] = ({}, [], [])
    where, cancels, inserts = gathered.state[key]
    if subject in where:
        inserts[where[subject]] = values  # cancelled once: the latest replacement alone is inserted
    else:
        where[subject] = len(inserts)
        cancels.append(cancel)
        inserts.append(values)
    statement = insert_ignoring_conflict_statement(session, Timer, ["dedupe_key"])
    gathered.pending_write((*key, "cancel"), "timers", _CANCEL_PENDING, cancels)
    gathered.pending_write((*key, "insert"), "timers", statement, inserts)


def cancel(session: Session, *, kind: str, subject: str, reason: str) -> int:
    """Cancel the pending timers of `kind` for `subject`; returns how many."""
    result = session.execute(
        update(Timer)
        .where(Timer.kind == kind, Timer.subject == subject, Timer.state == "pending")
        .values(state="cancelled", result=reason)
    )
    return result.rowcount


@dataclass
class FireContext:
    """What a handler gets: the open session, the moment, its timer and the services."""

    session: Session
    now: datetime
    timer: Timer
    services: Any = None


Handler = Callable[[FireContext], Outcome]


@dataclass
class SweepReport:
    fired: dict[str, int] = field(default_factory=dict)
    sent: int = 0
    attempted: int = 0  # messages handed to Slack, whatever it answered (a refusal is settled work too)
    paced: int = 0
    paced_until: datetime | None = None  # when the first message held back by pacing may speak
    next_due: datetime | None = None
    error: str | None = None

    def count(self, outcome: str) -> None:
        self.fired[outcome] = self.fired.get(outcome, 0) + 1

    @property
    def did_work(self) -> bool:
        return bool(self.fired) or self.attempted > 0


class Sweeper:
    """Takes due timers and hands each to the handler registered for its kind."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Clock,
        handlers: dict[str, Handler] | None = None,
        *,
        outbox=None,
        services: Any = None,
        batch_size: int = 500,
        busy_batch_size: int | None = None,
        lease: timedelta = LEASE,
    ):
        self.sessions = sessions
        self.clock = clock
        self.handlers = dict(handlers or {})
        self.outbox = outbox
        self.services = services
        self.batch_size = batch_size
        self.busy_batch_size = busy_batch_size or batch_size
        self.busy: Callable[[], bool] = lambda: False  # acks arriving (atento serve's sweep child): smaller batches
        self.lease = lease
        self.monotonic: Callable[[], float] = time.monotonic  # the pass's time bounds only (tests replace it)
        self.before_batch: Callable[[], None] = lambda: None  # atento serve's sweep process waits for acks here
        # Per kind, what to read once for a batch of its timers before they fire (e.g. their authors).
        self.preparers: dict[str, Callable[[Session, list[Timer]], None]] = {}
        # Per kind, what to work out from a batch of its timers before the batch's transaction, in a read
        # snapshot (on SQLite: outside the write lock the acks wait for); see bot.platform.readahead.
        self.readers: dict[str, Callable[[Session, list[Timer]], None]] = {}
        # Set to stop between timers (a stop request, the parent's death): what was leased and not
        # fired yet goes back to pending at once, with no lease left to lapse.
        self.stopping = threading.Event()

    def register(self, kind: str, handler: Handler) -> None:
        self.handlers[kind] = handler

    def sweep(self, max_batches: int = 20) -> SweepReport:
        """One pass: fire what is due now (batches for up to TIMERS_SECONDS), then drain what the outbox
        may send now (for up to OUTBOX_SECONDS). Both bounded, so that neither keeps the other waiting
        through a backlog: requests open, and their acknowledgements go out, every second of a burst."""
        report = SweepReport()
        now = self.clock.now()
        started = self.monotonic()
        try:
            for _ in range(max_batches):
                if self.monotonic() - started >= TIMERS_SECONDS:
                    break
                self.before_batch()
                if self.stopping.is_set():
                    return report
                size = self.busy_batch_size if self.busy() else self.batch_size
                token, ids = self._take(now, report, size)
                if ids:
                    self._fire(token, ids, now, report)
                if len(ids) < size:
                    break
            if self.outbox is not None:  # while acks arrive, as many messages as a batch holds (each is a write)
                limit = self.busy_batch_size if self.busy() else None
                self.outbox.drain(now, report, self.stopping, limit=limit, budget=OUTBOX_SECONDS)
            # Messages held back by pacing are due already; they wait for their slot, not for due_at.
            report.next_due = earliest(self._next_due(after=now if report.paced else None), report.paced_until)
        except DBAPIError as e:
            metrics.SWEEP_ERRORS.inc()
            report.error = type(e.orig).__name__ if e.orig is not None else type(e).__name__
            log.warning("sweep skipped: database unavailable (%s); retrying on the next tick", report.error)
        return report

    def _take(self, now: datetime, report: SweepReport, size: int | None = None) -> tuple[str, list[int]]:
        size = size or self.batch_size
        token = str(uuid.uuid4())
        self._due_before_lease: dict[int, datetime] = {}
        due = (
            select(Timer.id, Timer.kind, Timer.subject, Timer.due_at)
            .where(Timer.state.in_(ACTIVE), Timer.due_at <= now, Timer.kind != "outbox")
            .order_by(Timer.priority, Timer.due_at, Timer.id)
            .limit(size)
        )
        chosen = None
        if db.single_writer(self.sessions):  # choose in a snapshot; the write lock only to lease (see db)
            with read_only(self.sessions) as session:
                chosen = session.execute(due).all()
            if not chosen:
                return token, []
        with unit_of_work(self.sessions) as session:
            if chosen is None:
                rows = session.execute(due.with_for_update(skip_locked=True)).all()
            else:  # those still due: another sweep may have leased some since
                still = set(
                    session.scalars(
                        select(Timer.id).where(
                            Timer.id.in_([r.id for r in chosen]), Timer.state.in_(ACTIVE), Timer.due_at <= now
                        )
                    )
                )
                rows = [r for r in chosen if r.id in still]
            ids, folded = collapse([tuple(r) for r in rows])
            self._due_before_lease = {r.id: r.due_at for r in rows}
            if ids:
                session.execute(
                    update(Timer)
                    .where(Timer.id.in_(ids))
                    .values(
                        state="running",
                        due_at=now + self.lease,
                        claim_token=token,
                        attempts=Timer.attempts + 1,
                        fired_at=now,
                    )
                )
            for timer_id, into in folded.items():
                session.execute(
                    update(Timer)
                    .where(Timer.id == timer_id)
                    .values(state="skipped", result=f"collapsed into #{into}", fired_at=now)
                )
                report.count("skipped")
                metrics.TIMERS_FIRED.labels("collapsed", "skipped").inc()
        return token, ids

    def _fire(self, token: str, ids: list[int], now: datetime, report: SweepReport) -> None:
        """Fire a leased batch. Handlers only write to the session, so a batch first runs in one
        transaction; if any handler raises, that transaction is rolled back and the batch runs
        again with a savepoint per timer, so that only the failing timer is marked failed. On SQLite
        what the handlers read from the timers' words is worked out first, outside the write lock."""
        readings = self._read_ahead(token, ids)
        try:
            with unit_of_work(self.sessions) as session:
                readahead.keep(session, readings)
                held = self._held(session, token, ids)
                outcomes = []
                with gathering(session):
                    self._prepare(session, held)
                    for timer in held:
                        if self.stopping.is_set():
                            self._release(timer)
                            continue
                        outcomes.append((timer, self._call(session, timer, now)))
                # Settled together at the end: one flush, one UPDATE for the batch, not one per timer
                # flushed by the next handler's first query.
                for timer, outcome in outcomes:
                    settle(timer, outcome, now)
                settled = [(t.kind, t.state) for t, _ in outcomes]
        except (_HandlerFailed, IntegrityError):  # a handler raised, or a row of the batch's gathered INSERTs
            settled = self._fire_one_by_one(token, ids, now, readings)
        for kind, state in settled:
            report.count(state)
            metrics.TIMERS_FIRED.labels(kind, state).inc()

    def _fire_one_by_one(
        self, token: str, ids: list[int], now: datetime, readings: dict | None = None
    ) -> list[tuple[str, str]]:
        with unit_of_work(self.sessions) as session:
            readahead.keep(session, readings)
            held = self._held(session, token, ids)
            fired = []
            for timer in held:
                if self.stopping.is_set():
                    self._release(timer)
                    continue
                fired.append(timer)
                try:
                    with session.begin_nested():
                        settle(timer, self._call(session, timer, now), now)
                except _HandlerFailed as failure:
                    error = failure.__cause__
                    if isinstance(error, OperationalError) and timer.attempts < TRANSIENT_ATTEMPTS:
                        # A deadlock, a serialization failure, a dropped connection: try again shortly.
                        timer.state, timer.claim_token = "pending", None
                        timer.due_at = retry_at(now, timer.attempts, None)
                        timer.last_error = f"{type(error).__name__}: {error}"[:2000]
                        log.warning("timer #%s (%s) met %s; retrying", timer.id, timer.kind, type(error.orig).__name__)
                        continue
                    log.error(
                        "timer #%s (%s %s) failed: %s",
                        timer.id,
                        timer.kind,
                        timer.subject,
                        error,
                        exc_info=not isinstance(error, LookupError),
                    )
                    timer.state, timer.claim_token = "failed", None
                    timer.last_error = f"{type(error).__name__}: {error}"[:2000]
            return [(t.kind, t.state) for t in fired]

    def _read_ahead(self, token: str, ids: list[int]) -> dict | None:
        """SQLite: the readings of the batch's handlers, worked out in a snapshot before its write
        transaction (bot.platform.readahead). A reader that fails only leaves its readings to the handlers."""
        if not self.readers or not db.single_writer(self.sessions):
            return None
        with read_only(self.sessions) as session:
            readings = readahead.collect(session)
            held = session.scalars(select(Timer).where(Timer.id.in_(ids), Timer.claim_token == token)).all()
            for kind, read in self.readers.items():
                if batch := [t for t in held if t.kind == kind]:
                    try:
                        read(session, batch)
                    except Exception:  # the handler meets the same trouble, in its transaction, and says so
                        log.debug("reading ahead for %s failed", kind, exc_info=True)
        return readings

    def _prepare(self, session: Session, held: list[Timer]) -> None:
        for kind, prepare in self.preparers.items():
            if batch := [t for t in held if t.kind == kind]:
                prepare(session, batch)

    def _release(self, timer: Timer) -> None:
        """Give back a leased timer we will not fire (stopping): as it was, due when it was due."""
        timer.state, timer.claim_token = "pending", None
        timer.due_at = self._due_before_lease.get(timer.id, timer.fired_at)
        timer.attempts -= 1

    def _held(self, session: Session, token: str, ids: list[int]) -> list[Timer]:
        """The timers of `ids` this sweep still holds (a lapsed and retaken lease is not ours)."""
        return list(
            session.scalars(
                select(Timer)
                .where(Timer.id.in_(ids), Timer.claim_token == token, Timer.state == "running")
                .order_by(Timer.priority, Timer.id)
                .with_for_update()
            )
        )

    def _call(self, session: Session, timer: Timer, now: datetime) -> Outcome:
        handler = self.handlers.get(timer.kind)
        try:
            if handler is None:
                raise LookupError(f"no handler for timer kind {timer.kind!r}")
            return handler(FireContext(session, now, timer, self.services))
        except Exception as e:  # one failing handler must not stop the sweep
            raise _HandlerFailed() from e

    def _next_due(self, after: datetime | None = None) -> datetime | None:
        """The first moment a timer falls due (only those due after `after`, when given)."""
        with read_only(self.sessions) as session:
            query = select(func.min(Timer.due_at)).where(Timer.state.in_(ACTIVE))
            if after is not None:
                query = query.where(Timer.due_at > after)
            return session.scalar(query)


def earliest(*moments: datetime | None) -> datetime | None:
    known = [m for m in moments if m is not None]
    return min(known) if known else None


class _HandlerFailed(Exception):
    """A handler raised; its cause is the handler's exception."""


def settle(timer: Timer, outcome: Outcome, now: datetime) -> None:
    """Record a handler's decision on its timer row."""
    timer.claim_token = None
    if isinstance(outcome, Done):
        timer.state, timer.result = "done", outcome.note or None
    elif isinstance(outcome, Skip):
        timer.state, timer.result = "skipped", outcome.reason
    elif isinstance(outcome, Reschedule):
        # Never "again right now": that would spin within one sweep.
        timer.state = "pending"
        timer.due_at = max(outcome.at, now + timedelta(seconds=1))
        timer.result = f"rescheduled: {outcome.reason}"
    else:
        raise TypeError(f"handler returned {outcome!r}, not Done, Skip or Reschedule")
