"""bench/digest: build a lead's digest for a workspace with 10,000 open requests.

Fills the database (10,000 open requests over 300 channels, a third unclaimed, 2,000 opened in the
last day, 1,000 promises, 300 customers on hold), then times what a digest timer does once Slack
has said which channels the lead is in: read the facts, decide the sections, render Block Kit.
Target (issue 6): under 1 s. SQLite, and PostgreSQL with --postgres or ATENTO_TEST_POSTGRES_URL.
Then bench/record (issue 19): an export of 10,000 requests, and the weekly figures with their chart.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert, select, text

from bench import record
from bot.digests import blocks as digest_blocks
from bot.digests.service import gather
from bot.platform.db import downgrade, make_engine, make_session_factory, read_only, unit_of_work, upgrade
from bot.platform.models import Channel, Person, Promise, Request, Unavailability, Workspace

WORKSPACE = "T0BENCH"
CHANNELS = [f"C{n:04d}" for n in range(300)]


def fill(sessions, now: datetime, open_requests: int) -> None:
    with unit_of_work(sessions) as session:
        session.add(Workspace(id=WORKSPACE, name="Bench", settings={"hours": {"tz": "America/Panama"}}, created_at=now))
        session.flush()
        session.execute(
            insert(Channel),
            [dict(workspace_id=WORKSPACE, channel_id=c, name=f"acme-{c}", customer_org_name=f"Org {c}",
                  is_shared=True, ack_mode="reply", grouping_minutes=10, settings={}, created_at=now)
             for c in CHANNELS],
        )  # fmt: skip
        session.execute(
            insert(Person),
            [dict(workspace_id=WORKSPACE, user_id=f"UC{n}", role="customer", display_name=f"Customer {n}",
                  fetched_at=now) for n in range(2000)],
        )  # fmt: skip
    rows = []
    for n in range(1, open_requests + 1):
        rows.append(
            dict(
                workspace_id=WORKSPACE,
                number=n,
                channel_id=CHANNELS[n % len(CHANNELS)],
                thread_ts=f"{n}.000100",
                customer_user_id=f"UC{n % 2000}",
                excerpt=f"Problem number {n} with the export of invoices",
                language="en",
                state="open",
                owner_user_id=None if n % 3 == 0 else f"U{n % 40}",
                handoff_count=n % 5,
                created_at=now - timedelta(minutes=(open_requests - n) * 3),
                first_staff_reply_at=None if n % 4 == 0 else now - timedelta(minutes=(open_requests - n) * 3 - 20),
            )
        )
    with unit_of_work(sessions) as session:
        session.execute(insert(Request), rows)
    with unit_of_work(sessions) as session:
        ids = session.scalars(select(Request.id).order_by(Request.id).limit(1000)).all()
        session.execute(
            insert(Promise),
            [dict(workspace_id=WORKSPACE, request_id=i, promiser_user_id="U1", owner_user_id="U1", promised_at=now,
                  due_at=now + timedelta(hours=i % 48), tz="America/Panama", sentence="by friday", source="message",
                  state="open" if i % 5 else "missed", closed_at=None if i % 5 else now - timedelta(hours=1),
                  created_at=now) for i in ids],
        )  # fmt: skip
        session.execute(
            insert(Unavailability),
            [dict(workspace_id=WORKSPACE, user_id=f"UC{n}", scope="person", start_at=now - timedelta(days=1),
                  resume_at=now + timedelta(days=n % 20 + 1), source="statement", confidence=0.9, created_at=now)
             for n in range(300)],
        )  # fmt: skip


def run(name: str, url: str, open_requests: int, repeats: int, analyze: bool = True) -> None:
    upgrade(url)
    engine = make_engine(url)
    sessions = make_session_factory(engine)
    now = datetime(2026, 12, 17, 14, tzinfo=UTC)
    started = time.perf_counter()
    fill(sessions, now, open_requests)
    print(f"{name}: filled {open_requests:,} open requests in {time.perf_counter() - started:.1f} s")
    if engine.dialect.name == "postgresql" and analyze:
        with engine.begin() as connection:  # as autovacuum would have, on a table that grew over months
            connection.execute(text("ANALYZE"))
    timings, sizes = [], None
    for _ in range(repeats):
        began = time.perf_counter()
        with read_only(sessions) as session:
            digest = gather(session, WORKSPACE, CHANNELS, now - timedelta(days=1), now)
        _, blocks = digest_blocks.blocks(
            digest, every="daily", scheduled=now, late=False, tz="Europe/Madrid", language="en", workspace_url=None
        )
        timings.append((time.perf_counter() - began) * 1000)
        sizes = (
            len(digest.sections),
            len(blocks),
            max(len(b["text"]["text"]) for b in blocks if b["type"] == "section"),
        )
    engine.dispose()
    timings.sort()
    worst = timings[-1]
    verdict = "meets" if worst < 1000 else "MISSES"
    print(
        f"{name}: digest over {open_requests:,} open requests x{repeats}: p50 {statistics.median(timings):.0f} ms,"
        f" max {worst:.0f} ms ({verdict} < 1 s); {sizes[0]} sections, {sizes[1]} blocks, longest text {sizes[2]} chars"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--open", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--postgres", default=os.environ.get("ATENTO_TEST_POSTGRES_URL"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        run("SQLite", f"sqlite:///{folder}/bench.db", args.open, args.repeats)
    with tempfile.TemporaryDirectory() as folder:  # issue 19: the record and the weekly figures with their chart
        record.run("SQLite", f"sqlite:///{folder}/record.db")
    if args.postgres:
        downgrade(args.postgres, "base")
        run("PostgreSQL, fresh tables (no statistics yet)", args.postgres, args.open, args.repeats, analyze=False)
        downgrade(args.postgres, "base")
        run("PostgreSQL", args.postgres, args.open, args.repeats)
        downgrade(args.postgres, "base")
        record.run("PostgreSQL", args.postgres)
        downgrade(args.postgres, "base")
        upgrade(args.postgres)


if __name__ == "__main__":
    main()
