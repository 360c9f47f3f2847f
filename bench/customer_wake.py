"""bench/customer_wake: what a customer's message costs the gate (issue 17): looking at what is held for them.

Each unit of work that takes customer messages reads the held customer notices of the workspace once
(bot.requests.customer_notices.wake). With 50,000 other pending timers (a burst in the outbox) and 200
held notices, it times that look-up per unit of work, on SQLite and (with --postgres or
ATENTO_TEST_POSTGRES_URL; the database is emptied: use a scratch one) PostgreSQL. Prints figures only.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert

from bench.databases import on_each_database
from bot.platform.db import make_engine, make_session_factory
from bot.platform.models import Timer
from bot.requests import customer_notices

NOW = datetime(2026, 12, 16, 15, 0, tzinfo=UTC)


def run(name: str, url: str, others: int, held: int, rounds: int = 30) -> None:
    engine = make_engine(url)
    sessions = make_session_factory(engine)
    rows = [
        dict(kind="outbox", subject=f"s{i}", due_at=NOW + timedelta(seconds=i), state="pending", priority=5,
             attempts=0, payload={"method": "chat.postMessage"}, workspace_id="T1", created_at=NOW)
        for i in range(others)
    ] + [
        dict(kind=customer_notices.NOTICE, subject=f"request:{i}:notice", due_at=NOW + timedelta(days=3),
             state="pending", priority=1, attempts=0, payload={"request": i, "customer": f"U{i}", "notices": []},
             workspace_id="T1", created_at=NOW)
        for i in range(held)
    ]  # fmt: skip
    with sessions.begin() as session:
        session.execute(insert(Timer), rows)
    took = []
    for n in range(rounds):
        with sessions.begin() as session:
            started = time.perf_counter()
            customer_notices.wake(session, "T1", f"U{n}", NOW, NOW)  # a customer with a held notice
            customer_notices.wake(session, "T1", "UNOBODY", NOW, NOW)  # and one without, in the same unit
            took.append((time.perf_counter() - started) * 1000)
    engine.dispose()
    print(
        f"{name}: {others:,} pending timers and {held} held notices: wake per unit of work "
        f"median {statistics.median(took):.2f} ms, worst {max(took):.2f} ms ({rounds} units)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--others", type=int, default=50_000)
    parser.add_argument("--held", type=int, default=200)
    parser.add_argument("--postgres", default=os.environ.get("ATENTO_TEST_POSTGRES_URL"))
    args = parser.parse_args()
    on_each_database(run, args.postgres, args.others, args.held)


if __name__ == "__main__":
    main()
