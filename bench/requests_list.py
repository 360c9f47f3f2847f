"""bench/requests_list: `/requests mine` answered within Slack's 3-second ack, with 100,000 requests.

Fills the database with 100,000 requests (2,000 of them open and owned by the caller), then sends
signed `/requests mine` commands to the real HTTP endpoint and prints p50/p99 of the answer.
Target (issue 3): p99 under 200 ms. SQLite, and PostgreSQL with --postgres or ATENTO_TEST_POSTGRES_URL.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert

from bench.databases import on_each_database
from bot.app import build
from bot.platform.clock import SystemClock
from bot.platform.config import Settings
from bot.platform.db import unit_of_work, upgrade
from bot.platform.models import Person, Request
from bot.sandbox.simulator import OUR_TEAM, SIGNING_SECRET, SlackSender
from bot.sandbox.standin import StandinSlack
from bot.slack.http import HttpServer


def fill(atento, total: int, mine: int) -> None:
    now = datetime.now(UTC)
    with unit_of_work(atento.sessions) as session:
        session.add(Person(workspace_id=OUR_TEAM, user_id="UANA", role="staff", display_name="Ana", fetched_at=now))
    rows = []
    for n in range(1, total + 1):
        owner = "UANA" if n % (total // mine) == 0 else f"U{n % 40}"
        state = "open" if n % 5 == 0 or owner == "UANA" else "resolved"
        rows.append(
            dict(
                workspace_id=OUR_TEAM,
                number=n,
                channel_id=f"C{n % 300}",
                thread_ts=f"{n}.000100",
                customer_user_id=f"UC{n % 997}",
                excerpt=f"Problem {n}",
                language="en",
                state=state,
                owner_user_id=owner,
                handoff_count=0,
                created_at=now - timedelta(minutes=total - n),
            )
        )
        if len(rows) == 10_000:
            with unit_of_work(atento.sessions) as session:
                session.execute(insert(Request), rows)
            rows = []


def run(name: str, url: str, total: int, mine: int, calls: int) -> None:
    upgrade(url)
    with StandinSlack() as slack:
        settings = Settings(
            SLACK_BOT_TOKEN="xoxb", SLACK_SIGNING_SECRET=SIGNING_SECRET, SLACK_API_URL=slack.api_url, DATABASE_URL=url
        )
        atento = build(settings, SystemClock())
        started = time.perf_counter()
        fill(atento, total, mine)
        print(f"{name}: filled {total:,} requests in {time.perf_counter() - started:.1f} s")
        server = HttpServer(atento.http, "127.0.0.1", 0, threads=4).start()
        send = SlackSender(f"http://127.0.0.1:{server.port}", SystemClock())
        timings = []
        for _ in range(calls):
            began = time.perf_counter()
            reply = send.command("/requests", "mine", user="UANA")
            timings.append((time.perf_counter() - began) * 1000)
            assert reply.status == 200 and reply.json()["text"] == "Your open requests", reply.body[:200]
        server.stop()
        atento.close()
    timings.sort()
    p99 = timings[int(0.99 * (len(timings) - 1))]
    verdict = "meets" if p99 < 200 else "MISSES"
    figures = f"p50 {statistics.median(timings):.1f} ms, p99 {p99:.1f} ms, max {timings[-1]:.1f} ms"
    print(f"{name}: /requests mine x{calls}: {figures} ({verdict} p99 < 200 ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--mine", type=int, default=2_000)
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--postgres", default=os.environ.get("ATENTO_TEST_POSTGRES_URL"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.ERROR)
    on_each_database(run, args.postgres, args.requests, args.mine, args.calls, migrate=False)


if __name__ == "__main__":
    main()
