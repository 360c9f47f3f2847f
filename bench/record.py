"""bench/record: a customer's record of 10,000 requests, and the weekly figures with their chart.

Seeds with bulk inserts: one customer with 10,000 requests over a quarter (every request with its
audit events, a third with a promise, a fifth handed over), and a workspace whose week saw 10,000
requests over 300 customers. Times `build_record` in each format and `weekly_figures` + `figures_text`
+ `chart_png`. Target (issue 19): each under 2 s. Run alone or from bench/digest.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert, select

from bench.databases import on_each_database
from bot.platform.db import make_engine, make_session_factory, read_only, unit_of_work, upgrade
from bot.platform.models import Channel, Person, Promise, Request, RequestEvent, Workspace
from bot.record import build_record, chart_png, figures_text, weekly_figures

NOW = datetime(2026, 12, 31, 12, tzinfo=UTC)
HOURS = {"tz": "Europe/Madrid", "country": "ES"}


def seed(sessions, workspace: str, channels: int, requests: int, days: int) -> None:
    """`requests` over the last `days` across `channels` customers, in bulk."""
    start = NOW - timedelta(days=days)
    step = timedelta(days=days) / requests
    with unit_of_work(sessions) as session:
        session.add(Workspace(id=workspace, name=workspace, settings={"hours": HOURS}, created_at=start))
        session.flush()
        session.execute(
            insert(Channel),
            [dict(workspace_id=workspace, channel_id=f"C{workspace}{c}", name=f"customer-{c}",
                  customer_org_name=f"Customer {c}" if channels > 1 else "Acme Corp", timezone="Europe/Madrid",
                  language="es", is_shared=True, ack_mode="reply", grouping_minutes=10, settings={}, created_at=start)
             for c in range(channels)],
        )  # fmt: skip
        session.execute(
            insert(Person),
            [dict(workspace_id=workspace, user_id=f"U{n}", role="customer" if n >= 40 else "staff",
                  display_name=f"Person {n}", fetched_at=start) for n in range(500)],
        )  # fmt: skip
    rows = []
    for n in range(1, requests + 1):
        created = start + step * (n - 1)
        resolved = created + timedelta(hours=2 + n % 50) if n % 5 else None
        rows.append(
            dict(workspace_id=workspace, number=n, channel_id=f"C{workspace}{n % channels}", thread_ts=f"{n}.0001",
                 customer_user_id=f"U{40 + n % 460}", excerpt=f"Problem number {n} with the export of invoices",
                 language="es", state="resolved" if resolved and resolved < NOW else "open",
                 owner_user_id=f"U{n % 40}", handoff_count=int(n % 5 == 1), created_at=created,
                 first_staff_reply_at=created + timedelta(minutes=5 + n % 240) if n % 7 else None,
                 claimed_at=created + timedelta(minutes=5),
                 resolved_at=resolved if resolved and resolved < NOW else None)
        )  # fmt: skip
    with unit_of_work(sessions) as session:
        session.execute(insert(Request), rows)
    with unit_of_work(sessions) as session:
        found = session.execute(
            select(Request.id, Request.number, Request.created_at, Request.resolved_at).where(
                Request.workspace_id == workspace
            )
        ).all()
        events, promises = [], []
        for r in found:
            events.append(dict(request_id=r.id, actor="U99", kind="opened", data={"ts": "1"}, at=r.created_at))
            events.append(dict(request_id=r.id, actor=f"U{r.number % 40}", kind="claimed", data={},
                               at=r.created_at + timedelta(minutes=5)))  # fmt: skip
            if r.number % 5 == 1:
                handover = dict(request_id=r.id, actor=f"U{r.number % 40}", kind="handed_off",
                                data={"to": "U1", "note": "x"}, at=r.created_at + timedelta(hours=1))  # fmt: skip
                events.append(handover)
            if r.resolved_at:
                events.append(dict(request_id=r.id, actor="U1", kind="resolved", data={}, at=r.resolved_at))
            if r.number % 3 == 0:
                due = r.created_at + timedelta(hours=24)
                state = ("kept", "missed", "renegotiated")[r.number % 9 // 3]
                promises.append(dict(workspace_id=workspace, request_id=r.id, promiser_user_id="U1", owner_user_id="U1",
                                     promised_at=r.created_at, due_at=due, tz="Europe/Madrid", sentence="by friday",
                                     source="message", state=state, closed_at=due - timedelta(hours=1),
                                     created_at=r.created_at))  # fmt: skip
        session.execute(insert(RequestEvent), events)
        session.execute(insert(Promise), promises)


def timed(work, repeats: int) -> tuple[float, float, object]:
    timings, result = [], None
    for _ in range(repeats):
        began = time.perf_counter()
        result = work()
        timings.append((time.perf_counter() - began) * 1000)
    return statistics.median(timings), max(timings), result


def run(name: str, url: str, requests: int = 10_000, repeats: int = 3) -> None:
    upgrade(url)
    engine = make_engine(url)
    sessions = make_session_factory(engine)
    began = time.perf_counter()
    seed(sessions, "TREC", 1, requests, 90)
    seed(sessions, "TWEEK", 300, requests, 7)
    print(f"{name}: seeded 2 x {requests:,} requests in {time.perf_counter() - began:.1f} s")
    for fmt in ("csv", "json", "html"):
        p50, worst, made = timed(
            lambda fmt=fmt: build_record(sessions, "TREC", org="Acme Corp", since=date(2026, 10, 1),
                                         until=date(2026, 12, 31), fmt=fmt, now=NOW),
            repeats,
        )  # fmt: skip
        verdict = "meets" if worst < 2000 else "MISSES"
        print(
            f"{name}: export of {requests:,} requests as {fmt}: p50 {p50:.0f} ms, max {worst:.0f} ms"
            f" ({verdict} < 2 s); {len(made.content) / 1e6:.1f} MB"
        )

    def weekly():
        with read_only(sessions) as session:
            figures = weekly_figures(session, "TWEEK", None, NOW - timedelta(days=7), NOW, NOW, "Europe/Madrid")
        return figures, figures_text(figures.report, "Europe/Madrid", "es"), chart_png(figures.days, "es")

    chart_png((), "en")  # matplotlib's first import is a one-off cost of the process, not of a digest
    p50, worst, (figures, text, png) = timed(weekly, repeats)
    verdict = "meets" if worst < 2000 else "MISSES"
    print(
        f"{name}: weekly figures + text + chart over {figures.report.total.new:,} requests of the week"
        f" ({len(figures.report.by_org)} customers): p50 {p50:.0f} ms, max {worst:.0f} ms ({verdict} < 2 s);"
        f" text {len(text)} chars, PNG {len(png) // 1024} KB"
    )
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--postgres", default=os.environ.get("ATENTO_TEST_POSTGRES_URL"))
    args = parser.parse_args()
    on_each_database(run, args.postgres, args.requests, args.repeats, migrate=False)


if __name__ == "__main__":
    main()
