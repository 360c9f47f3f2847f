"""Engine, sessions and the unit of work; schema upgrades through Alembic."""

from __future__ import annotations

import fcntl
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"


def normalise_url(url: str) -> str:
    """Accept the common `postgres://` and `postgresql://` spellings and use psycopg 3."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def make_engine(url: str, *, pool_size: int = 10) -> Engine:
    """An engine tuned per backend: SQLite in WAL with immediate write transactions."""
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 30, "factory": WriterAwareConnection}
        )
        _tune_sqlite(engine)
        return engine
    return create_engine(url, pool_size=pool_size, max_overflow=pool_size, pool_pre_ping=True, pool_recycle=1800)


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record):
        # Let SQLAlchemy own transaction boundaries, so that BEGIN IMMEDIATE below takes the
        # write lock up front: a read that later writes would otherwise fail with SQLITE_BUSY.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    writer = WriterLock.of(engine.url.database)

    @event.listens_for(engine, "begin")
    def on_begin(connection):
        if connection.get_execution_options().get("sqlite_read_only", False):
            connection.exec_driver_sql("BEGIN")
            return
        writer.acquire()
        dbapi_connection = connection.connection.dbapi_connection
        dbapi_connection.writer = writer
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            dbapi_connection.release_writer()
            raise


class WriterAwareConnection(sqlite3.Connection):
    """Gives the writer lock back once COMMIT or ROLLBACK has really happened. (SQLAlchemy's commit
    event comes before it: the next writer would meet a transaction still open, and sleep.)"""

    writer: WriterLock | None = None

    def commit(self) -> None:
        try:
            super().commit()
        finally:
            self.release_writer()

    def rollback(self) -> None:
        try:
            super().rollback()
        finally:
            self.release_writer()

    def close(self) -> None:
        try:
            super().close()
        finally:
            self.release_writer()

    def release_writer(self) -> None:
        writer, self.writer = self.writer, None
        if writer is not None:
            writer.release()


class WriterLock:
    """SQLite has one writer. Writers queue for it here, and the lock hands over at once: left to
    SQLite's busy handler they would sleep in growing steps of up to 100 ms, and a burst of acks
    would wait behind the sweep. Threads of this process queue on a lock; processes on the same
    file (`atento serve` and its sweep process) on an flock of `<database>-writer.lock` beside it,
    taken through a turnstile (an flock of `<database>-writer.turn`, held only while waiting for the
    writer): flock wakes its waiters in no order, and the process that has just let the writer go
    took it straight back; under a steady stream of acks the sweep (at nice 10) waited 0.1-0.3 s for
    every transaction, and more than 3 s for an outbox drain. Through the turnstile, a process waiting
    for the writer is the next to have it: the two take turns while both want it. Writes that may not
    wait their turn (acks piling up behind the writer: `urgent_writes`) go straight for the writer, as
    before: the acks keep their priority when the sweep, at a lower CPU priority, is slow to finish.
    One per database file and process, shared by its engines."""

    _urgent = threading.local()

    _by_database: dict[str, WriterLock] = {}
    _made = threading.Lock()

    @classmethod
    def of(cls, database: str | None) -> WriterLock:
        key = os.path.abspath(database) if database and database != ":memory:" else None
        if key is None or database.startswith("file:"):
            return cls(None)
        with cls._made:
            if key not in cls._by_database:
                cls._by_database[key] = cls(key)
            return cls._by_database[key]

    def __init__(self, database: str | None):
        self._threads = threading.Lock()
        self._file = self._turn = None
        if database:
            self._file = open(f"{database}-writer.lock", "a+b")  # noqa: SIM115 - held for the process's life
            self._turn = open(f"{database}-writer.turn", "a+b")  # noqa: SIM115 - held for the process's life

    def acquire(self) -> None:
        self._threads.acquire()
        if self._file is None:
            return
        try:
            if getattr(WriterLock._urgent, "on", False):
                fcntl.flock(self._file.fileno(), fcntl.LOCK_EX)
                return
            fcntl.flock(self._turn.fileno(), fcntl.LOCK_EX)
            try:
                fcntl.flock(self._file.fileno(), fcntl.LOCK_EX)
            finally:
                fcntl.flock(self._turn.fileno(), fcntl.LOCK_UN)
        except BaseException:
            self._threads.release()
            raise

    def release(self) -> None:
        if self._file is not None:
            fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
        self._threads.release()


@contextmanager
def urgent_writes() -> Iterator[None]:
    """This thread's SQLite write transactions in the block take the writer without waiting their turn
    (see WriterLock)."""
    WriterLock._urgent.on = True
    try:
        yield
    finally:
        WriterLock._urgent.on = False


# A forked child shares the parent's open lock files, and flock would not keep the two apart.
os.register_at_fork(after_in_child=WriterLock._by_database.clear)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def unit_of_work(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """One transaction: committed when the block ends, rolled back if it raises."""
    session = sessions()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def held(session: Session, model, key):
    """`session.get`, kept for the rest of the unit of work. The identity map holds rows weakly, so a
    settings row read once per message was read from the database again for every message of a batch."""
    rows = session.info.setdefault("held", {})
    row = rows.get((model, key))
    if row is None:
        row = rows[(model, key)] = session.get(model, key)
    return row


def single_writer(sessions: sessionmaker[Session]) -> bool:
    """SQLite: one writer for the whole file. Whatever can be read before taking the write lock (which
    timers to lease, in what order) is read in a snapshot beside it, so that the acks are not kept waiting."""
    bind = sessions.kw.get("bind")
    return bind is not None and bind.dialect.name == "sqlite"


@contextmanager
def read_only(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """A session for reads: on SQLite its transaction does not take the write lock."""
    session = sessions()
    try:
        session.connection(execution_options={"sqlite_read_only": True})
        yield session
    finally:
        session.close()  # ends the transaction; loaded objects stay readable, detached


def alembic_config(url: str):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", normalise_url(url).replace("%", "%%"))
    return config


def upgrade(url: str, revision: str = "head") -> None:
    """Bring the schema to `revision` (Alembic upgrade)."""
    from alembic import command

    command.upgrade(alembic_config(url), revision)


def downgrade(url: str, revision: str = "base") -> None:
    from alembic import command

    command.downgrade(alembic_config(url), revision)


_UPSERTS: dict[tuple, object] = {}


def insert_ignoring_conflict(session: Session, model, values: dict | list[dict], keys: list[str], returning=None):
    """INSERT … ON CONFLICT (keys) DO NOTHING on PostgreSQL and SQLite; returns the Core result.

    The statement is built once per model and dialect and run with parameters on the session's
    connection (no ORM bulk path): this is the hot path of intake and of the timers. Inside a
    `gathering` of the model's table (the sweep's batch), a row without `returning` joins the batch's
    one INSERT instead, and None is returned.
    """
    statement = insert_ignoring_conflict_statement(session, model, keys, returning)
    return insert_or_gather(session, statement, model.__tablename__, values)


def insert_ignoring_conflict_statement(session: Session, model, keys: list[str], returning=None):
    """INSERT … ON CONFLICT (keys) DO NOTHING for the session's dialect, built once."""
    from sqlalchemy.dialects.postgresql import insert as pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    dialect = session.get_bind().dialect.name
    key = (dialect, model, tuple(keys), returning)
    statement = _UPSERTS.get(key)
    if statement is None:
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        statement = insert(model).on_conflict_do_nothing(index_elements=keys)
        if returning is not None:
            statement = statement.returning(returning)
        _UPSERTS[key] = statement
    return statement


def gathering_of(session: Session, table: str) -> Gathering | None:
    """The gathering in progress on this session's connection that holds `table`'s inserts, if any."""
    gathered = session.connection().info.get(Gathering.KEY)
    return gathered if gathered is not None and table in gathered.tables else None


def insert_or_gather(session: Session, statement, table: str, values: dict | list[dict]):
    """Run an INSERT now, or, inside a gathering of `table`, keep its rows for the batch's one INSERT."""
    connection = session.connection()
    gathered = connection.info.get(Gathering.KEY)
    if gathered is not None and table in gathered.tables and not statement._returning:
        gathered.add(statement, table, values)
        return None
    return connection.execute(statement, values)


class Gathering:
    """Rows whose INSERT waits: the sweep's batch writes the timers, sketches, messages and audit entries
    of its hundred messages in one statement each instead of one each (issue 20: statements per message).

    Nothing reads a gathered row before it is written: any statement that names a gathered table (or a
    table a pending write touches) first writes what waits for it, on the same connection and in the
    same transaction (a `before_execute` listener). The batch's end writes the rest before its commit;
    a batch that fails writes nothing (its transaction is rolled back anyway)."""

    KEY = "atento.gathering"

    def __init__(self, connection, tables: frozenset[str], first: tuple[str, ...] = ()):
        self.connection = connection
        self.tables = tables
        self.first = first  # tables whose rows are written before any other's (the others refer to them)
        self.waiting: dict[tuple, tuple[object, str, list[dict]]] = {}  # (statement, columns) -> rows, in order
        self.writes: dict[object, tuple[str, object, dict]] = {}  # a single pending write per key (last wins)
        self.finishers: list = []  # called with True or False (the batch failed) once the block ends
        self.state: dict = {}  # what a caller keeps for the batch (request numbers handed out)
        # table -> (what to call before another write to it, the statements that do not count): how a
        # batch's read-ahead of a table (intake's latest request per customer) knows it went stale.
        self.watchers: dict[str, tuple] = {}
        self.writing = False

    def add(self, statement, table: str, values: dict | list[dict]) -> None:
        for row in values if isinstance(values, list) else [values]:
            key = (statement, tuple(row))
            if key not in self.waiting:
                self.waiting[key] = (statement, table, [])
            self.waiting[key][2].append(row)

    def pending_write(self, key, table: str, statement, params: dict) -> None:
        """A write whose latest value alone matters (a counter): done once, before the commit or before
        anything reads `table`."""
        self.writes[key] = (table, statement, params)

    def names(self) -> set[str]:
        return {table for _, table, _ in self.waiting.values()} | {table for table, _, _ in self.writes.values()}

    def write(self, tables: set[str] | None = None) -> None:
        """Write what waits (for `tables` only, when given)."""
        if self.writing:
            return
        self.writing = True
        try:
            if tables is not None and tables & self.names():
                tables = {*tables, *self.first}
            waiting = sorted(self.waiting.items(), key=lambda item: item[1][1] not in self.first)  # stable
            for key, (statement, table, rows) in waiting:
                if tables is None or table in tables:
                    del self.waiting[key]
                    self.connection.execute(statement, rows)
            for key, (table, statement, params) in list(self.writes.items()):
                if tables is None or table in tables:
                    del self.writes[key]
                    self.connection.execute(statement, params)
        finally:
            self.writing = False

    def watch(self, table: str, stale, known=()) -> None:
        """Call `stale()` before any write to `table` but the `known` statements (kept up to date by hand)."""
        self.watchers[table] = (stale, tuple(known))

    def _notice_writes(self, clause) -> None:
        for table, (stale, known) in list(self.watchers.items()):
            if any(clause is statement for statement in known):
                continue
            if isinstance(clause, str):
                hit = table in clause and not clause.lstrip().upper().startswith("SELECT")
            else:
                target = getattr(clause, "table", None)
                hit = getattr(clause, "is_dml", False) and getattr(target, "name", None) == table
            if hit:
                del self.watchers[table]
                stale()

    def before_execute(self, clause) -> None:
        if self.watchers:
            self._notice_writes(clause)
        if self.writing or not (self.waiting or self.writes):
            return
        waiting = self.names()
        named = tables_named(clause, waiting)
        if named:
            self.write(named)


_NAMED: dict[int, tuple[object, frozenset[str]]] = {}


def tables_named(clause, among: set[str]) -> set[str]:
    """The tables of `among` that a statement reads or writes (a plain SQL string: by its words)."""
    if isinstance(clause, str):
        return {name for name in among if name in clause}
    held = _NAMED.get(id(clause))
    if held is not None and held[0] is clause:
        return among & held[1]
    from sqlalchemy.sql.util import find_tables

    try:
        tables = find_tables(clause, include_crud=True, include_joins=True, include_selects=True)
        names = frozenset(getattr(t, "name", "") for t in tables)
    except Exception:  # anything we cannot read: write everything first
        return set(among)
    if len(_NAMED) > 4096:
        _NAMED.clear()
    _NAMED[id(clause)] = (clause, names)
    return among & names


def _before_execute(connection, clause, *_args):
    gathering = connection.info.get(Gathering.KEY)
    if gathering is not None:
        gathering.before_execute(clause)


@contextmanager
def gathering(session: Session, tables: frozenset[str], first: tuple[str, ...] = ()) -> Iterator[Gathering]:
    """Within the block, inserts into `tables` on this session wait and are written together (see Gathering);
    the rows of `first` go before the others' whenever anything is written."""
    connection = session.connection()
    engine = connection.engine
    if not event.contains(engine, "before_execute", _before_execute):
        event.listen(engine, "before_execute", _before_execute)
    gathered = Gathering(connection, tables, first)
    connection.info[Gathering.KEY] = gathered
    try:
        yield gathered
        gathered.write()
        for finish in gathered.finishers:
            finish(True)
    except BaseException:
        for finish in gathered.finishers:
            finish(False)
        raise
    finally:
        connection.info.pop(Gathering.KEY, None)
