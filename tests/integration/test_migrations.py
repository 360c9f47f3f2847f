"""`atento migrate` on empty databases, and Alembic's downgrade to base (issue 2)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import inspect

from bot.platform.db import downgrade, make_engine, upgrade
from bot.platform.models import Base

TABLES = {t.name for t in Base.metadata.sorted_tables} | {"slack_installations", "slack_bots", "slack_oauth_states"}


def tables(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        return set(inspect(engine).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()


def head_revision() -> str:
    """The newest migration, read from migrations/versions (a new migration needs no edit here)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).resolve().parents[2] / "migrations"))
    return ScriptDirectory.from_config(config).get_current_head()


def test_migrate_creates_the_schema_on_an_empty_sqlite_file(tmp_path):
    url = f"sqlite:///{tmp_path}/fresh.db"
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "migrate"],
        env={**os.environ, "DATABASE_URL": url},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert f"revision {head_revision()}" in result.stdout
    assert tables(url) == TABLES


def test_downgrade_to_base_and_up_again(db):
    downgrade(db.url, "base")
    assert tables(db.url) == set()
    upgrade(db.url)
    assert tables(db.url) == TABLES


def test_postgres_migrates_from_empty_through_the_cli(postgres_db):
    downgrade(postgres_db.url, "base")
    assert tables(postgres_db.url) == set()
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "migrate"],
        env={**os.environ, "DATABASE_URL": postgres_db.url},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert tables(postgres_db.url) == TABLES


def test_sqlite_runs_in_wal_mode(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path}/wal.db")
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        engine.dispose()
