"""Shared fixtures: a migrated database per test (SQLite, and PostgreSQL when
ATENTO_TEST_POSTGRES_URL is set), a fake clock, and the stand-in Slack."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, text
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
def postgres_ready() -> bool:
    if not POSTGRES_URL:
        return False
    upgrade(POSTGRES_URL)
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
    engine = make_engine(POSTGRES_URL)
    truncate_postgres(engine)
    engine.dispose()
    return POSTGRES_URL


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
def postgres_db(postgres_ready):
    """PostgreSQL only: for what exists only there (several workers, SKIP LOCKED)."""
    if not postgres_ready:
        pytest.skip("ATENTO_TEST_POSTGRES_URL is not set: PostgreSQL-only test")
    engine = make_engine(POSTGRES_URL)
    truncate_postgres(engine)
    yield Database(POSTGRES_URL, engine, make_session_factory(engine))
    engine.dispose()


@pytest.fixture
def bot(db, clock, slack):
    """The real bot on `db` over signed HTTP, talking to the stand-in Slack; sweeps are driven by the test.
    tests/service overrides it with the same bot driven in-process (tests/support/drivers.py)."""
    slack.add_channel("CSHARED", name="acme-support", shared=True)
    with served(db.url, clock, slack) as app:
        yield app
