"""bench/timers: 1,000,000 pending timers, 1,000 of them due; how long the sweep takes the due ones.

For SQLite and (with --postgres or ATENTO_TEST_POSTGRES_URL) PostgreSQL: fills the table, shows
the query plan of the "due" lookup (it must use the index, never scan the table), then times the
sweep that takes and fires the 1,000 due timers, and the worker's peak memory.
Target (issue 10): under 1 s for the 1,000 on PostgreSQL.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import time
import tracemalloc
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, text

from bench.databases import on_each_database
from bot.platform.clock import FakeClock
from bot.platform.db import make_engine, make_session_factory
from bot.platform.models import Timer
from bot.platform.timers import Sweeper
from policies.timers import Done

NOW = datetime(2026, 12, 16, 15, 0, tzinfo=UTC)


def fill(engine, rows: int, due: int) -> None:
    """`rows` pending timers; the first `due` of them due now, the rest spread over 30 days ahead."""
    started = time.perf_counter()
    columns = "kind, subject, due_at, state, priority, attempts, payload, created_at"
    if engine.dialect.name == "postgresql":
        raw = engine.raw_connection()
        try:
            with raw.cursor() as cursor, cursor.copy(f"COPY timers ({columns}) FROM STDIN") as copy:
                buffer = io.StringIO()
                for i in range(rows):
                    at = NOW - timedelta(seconds=1) if i < due else NOW + timedelta(seconds=1 + (i * 2.6) % 2_592_000)
                    buffer.write(f"bench.noop\trequest:{i}\t{at.isoformat()}\tpending\t5\t0\t{{}}\t{NOW.isoformat()}\n")
                    if i % 50_000 == 0:
                        copy.write(buffer.getvalue())
                        buffer = io.StringIO()
                copy.write(buffer.getvalue())
            raw.commit()
        finally:
            raw.close()
        with engine.begin() as connection:
            connection.execute(text("ANALYZE timers"))
    else:

        def as_sqlite(moment):
            return moment.replace(tzinfo=None).isoformat(sep=" ")

        with engine.begin() as connection:
            batch = []
            for i in range(rows):
                at = NOW - timedelta(seconds=1) if i < due else NOW + timedelta(seconds=1 + (i * 2.6) % 2_592_000)
                batch.append((f"request:{i}", as_sqlite(at), as_sqlite(NOW)))
                if len(batch) == 50_000 or i == rows - 1:
                    connection.exec_driver_sql(
                        f"INSERT INTO timers ({columns}) VALUES ('bench.noop', ?, ?, 'pending', 5, 0, '{{}}', ?)", batch
                    )
                    batch = []
            connection.exec_driver_sql("ANALYZE")
    print(f"  filled {rows:,} timers in {time.perf_counter() - started:.1f} s")


def explain(engine) -> None:
    due = (
        select(Timer.id, Timer.kind, Timer.subject, Timer.due_at)
        .where(Timer.state.in_(("pending", "running")), Timer.due_at <= NOW, Timer.kind != "outbox")
        .order_by(Timer.priority, Timer.due_at, Timer.id)
        .limit(500)
    )
    compiled = due.compile(engine, compile_kwargs={"literal_binds": True})
    prefix = "EXPLAIN" if engine.dialect.name == "postgresql" else "EXPLAIN QUERY PLAN"
    with engine.connect() as connection:
        plan = [" | ".join(str(c) for c in row) for row in connection.exec_driver_sql(f"{prefix} {compiled}")]
    scans = [line for line in plan if "Seq Scan" in line or ("SCAN timers" in line and "INDEX" not in line)]
    print("  plan of the due lookup:")
    for line in plan:
        print(f"    {line}")
    print(f"  full table scan: {'YES — investigate' if scans else 'no'}")


def sweep(engine, due: int) -> None:
    fired = 0

    def noop(ctx):
        nonlocal fired
        fired += 1
        return Done()

    sweeper = Sweeper(make_session_factory(engine), FakeClock(NOW), {"bench.noop": noop}, batch_size=500)
    tracemalloc.start()
    started = time.perf_counter()
    while fired < due:
        if not sweeper.sweep().fired:
            break
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"  took and fired {fired:,} due timers in {elapsed * 1000:.0f} ms ({fired / elapsed:,.0f}/s); "
        f"peak Python memory during the sweep {peak / 1e6:.1f} MB; process max RSS {rss:.0f} MB"
    )


def run(name: str, url: str, rows: int, due: int) -> None:
    print(f"{name}:")
    engine = make_engine(url)
    fill(engine, rows, due)
    explain(engine)
    sweep(engine, due)
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--due", type=int, default=1_000)
    parser.add_argument(
        "--postgres",
        default=os.environ.get("ATENTO_TEST_POSTGRES_URL"),
        help="a PostgreSQL URL (its tables are dropped and recreated)",
    )
    args = parser.parse_args()
    on_each_database(run, args.postgres, args.rows, args.due)


if __name__ == "__main__":
    main()
