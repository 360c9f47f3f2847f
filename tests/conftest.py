"""Shared fixtures: a migrated database per test (SQLite, and PostgreSQL when
ATENTO_TEST_POSTGRES_URL is set), a fake clock, and the stand-in Slack."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from bot.platform.clock import FakeClock
from bot.platform.db import make_engine, make_session_factory, upgrade
from bot.platform.models import Base
from bot.sandbox.standin import StandinSlack
from tests.support.drivers import served

POSTGRES_URL = os.environ.get("ATENTO_TEST_POSTGRES_URL")
SLACK_SDK_TABLES = ("slack_installations", "slack_bots", "slack_oauth_states")  # slack_sdk's stores (0007)
BACKENDS = ["sqlite"] + (["postgres"] if POSTGRES_URL else [])


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("template") / "atento.db"
    upgrade(f"sqlite:///{path}")
    return str(path)


@pytest.fixture(scope="session")
def postgres_url() -> str | None:
    """A database of this test session's own on ATENTO_TEST_POSTGRES_URL's server, dropped at the end.

    Several sessions (engineers, CI jobs) share one server: on one shared database their clusters'
    workers took each other's timers and their truncates removed each other's rows, which read as
    lost or doubled messages (a worker posting another session's acks to its own stand-in Slack).
    """
    if not POSTGRES_URL:
        yield None
        return
    base, _, name = POSTGRES_URL.rpartition("/")
    private = f"{name}_{os.getpid()}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        names = connection.scalars(text("SELECT datname FROM pg_database WHERE datname LIKE :p"), {"p": f"{name}_%"})
        for left in list(names):
            if left.rpartition("_")[2].isdigit() and not process_alive(int(left.rpartition("_")[2])):
                connection.execute(text(f'DROP DATABASE IF EXISTS "{left}" WITH (FORCE)'))  # a killed session's
        connection.execute(text(f'DROP DATABASE IF EXISTS "{private}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{private}"'))
    try:
        yield f"{base}/{private}"
    finally:
        try:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{private}" WITH (FORCE)'))
        except OperationalError:
            pass  # the server is restarting (a fault test elsewhere): the next session drops it
        admin.dispose()


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@pytest.fixture(scope="session")
def postgres_ready(postgres_url) -> bool:
    if not postgres_url:
        return False
    upgrade(postgres_url)
    return True


def truncate_postgres(engine: Engine) -> None:
    tables = ", ".join([t.name for t in Base.metadata.sorted_tables] + list(SLACK_SDK_TABLES))
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=BACKENDS)
def database_url(request, tmp_path, sqlite_template) -> str:
    if request.param == "sqlite":
        path = tmp_path / "atento.db"
        shutil.copy(sqlite_template, path)
        return f"sqlite:///{path}"
    request.getfixturevalue("postgres_ready")
    url = request.getfixturevalue("postgres_url")
    engine = make_engine(url)
    truncate_postgres(engine)
    engine.dispose()
    return url


@pytest.fixture
def db(database_url):
    engine = make_engine(database_url)
    yield Database(database_url, engine, make_session_factory(engine))
    engine.dispose()


@pytest.fixture
def clock() -> FakeClock:
    # Wednesday 16 December 2026, 15:00 UTC (10:00 in Panama): the corpus's moment.
    return FakeClock(datetime(2026, 12, 16, 15, 0, tzinfo=UTC))


@pytest.fixture
def slack():
    with StandinSlack() as standin:
        yield standin


@pytest.fixture
def postgres_db(postgres_ready, postgres_url):
    """PostgreSQL only: for what exists only there (several workers, SKIP LOCKED)."""
    if not postgres_ready:
        pytest.skip("ATENTO_TEST_POSTGRES_URL is not set: PostgreSQL-only test")
    engine = make_engine(postgres_url)
    truncate_postgres(engine)
    yield Database(postgres_url, engine, make_session_factory(engine))
    engine.dispose()


@pytest.fixture
def bot(db, clock, slack):
    """The real bot on `db` over signed HTTP, talking to the stand-in Slack; sweeps are driven by the test.
    tests/service overrides it with the same bot driven in-process (tests/support/drivers.py)."""
    slack.add_channel("CSHARED", name="acme-support", shared=True)
    with served(db.url, clock, slack) as app:
        yield app
