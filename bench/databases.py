"""Run one bench on a fresh SQLite file, then on PostgreSQL when a URL is given (its tables dropped before and
recreated after, so the test database is left at the head revision)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable

from bot.platform.db import downgrade, upgrade


def on_each_database(run: Callable[..., None], postgres: str | None, *args, migrate: bool = True) -> None:
    """`run(name, url, *args)` on SQLite, then on PostgreSQL; `migrate`: bring the schema up first (else `run` does)."""
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/bench.db"
        if migrate:
            upgrade(url)
        run("SQLite", url, *args)
    if not postgres:
        print("PostgreSQL: skipped (set ATENTO_TEST_POSTGRES_URL or pass --postgres URL)")
        return
    downgrade(postgres, "base")
    if migrate:
        upgrade(postgres)
    run("PostgreSQL", postgres, *args)
    downgrade(postgres, "base")
    upgrade(postgres)
