"""bench/ingest: signed message events through the real HTTP server into the database.

Starts the real bot (waitress, the Bolt app, intake, the timer sweep draining acknowledgements to
the stand-in Slack) on SQLite and on PostgreSQL, and the same server running a bare Bolt app that
does nothing (the baseline). A client process sends signed events over keep-alive connections and
prints events/s and p50/p99 ack latency, side by side, with the ratio to the baseline.
Targets (issue 2): >= 500 events/s on each database, p99 ack < 100 ms, >= half the bare throughput.
"""

from __future__ import annotations

import argparse
import http.client
import json
import logging
import multiprocessing
import os
import statistics
import tempfile
import threading
import time
from datetime import UTC, datetime
from urllib.parse import urlparse

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.authorization import AuthorizeResult
from sqlalchemy import func, select

from bot.app import build
from bot.clock import SystemClock
from bot.config import Settings
from bot.db import downgrade, upgrade
from bot.models import Request, Timer
from bot.simulator import SIGNING_SECRET, message_event, sign
from bot.standin import StandinSlack
from bot.web import HttpServer


def drive(url: str, count: int, concurrency: int, results) -> None:
    """Client process: `count` events from many customers in many channels, `concurrency` at a time."""
    target = urlparse(url)
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    counter = iter(range(count))

    def worker(n: int) -> None:
        nonlocal errors
        connection = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                break
            ts = f"{time.time():.6f}"[:-6] + f"{i:06d}"
            payload = message_event(
                text=f"Problem number {i}: the export fails",
                user=f"UCUST{i % 997}",
                channel=f"C{i % 211:04d}",
                ts=ts,
                event_id=f"Ev{os.getpid()}x{i}",
            )
            body = json.dumps(payload).encode()
            stamp = int(time.time())
            headers = {
                "Content-Type": "application/json",
                "X-Slack-Request-Timestamp": str(stamp),
                "X-Slack-Signature": sign(body, stamp),
            }
            started = time.perf_counter()
            connection.request("POST", "/slack/events", body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                errors += response.status != 200

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    results.put((time.perf_counter() - started, latencies, errors))


def measure(url: str, count: int, concurrency: int) -> tuple[float, float, float, int]:
    results = multiprocessing.Queue()
    client = multiprocessing.Process(target=drive, args=(url, count, concurrency, results))
    client.start()
    wall, latencies, errors = results.get()
    client.join()
    ordered = sorted(latencies)
    p99 = ordered[int(0.99 * (len(ordered) - 1))]
    return count / wall, statistics.median(latencies) * 1000, p99 * 1000, errors


def standin_process(ready, stop, customers: int) -> None:
    """Slack lives elsewhere: the stand-in runs in a process of its own, as Slack would."""
    with StandinSlack() as slack:
        for n in range(customers):
            slack.add_user(f"UCUST{n}", team_id="T0CLIENT", name=f"Customer {n}")
        ready.put(slack.api_url)
        stop.get()
        ready.put(len(slack.calls("chat.postMessage")))


def bare_bolt(slack_url: str) -> HttpServer:
    """The baseline: a Bolt app whose message listener does nothing, behind the same server."""
    app = App(
        signing_secret=SIGNING_SECRET,
        authorize=lambda **_: AuthorizeResult(
            enterprise_id=None, team_id="T0ACME", bot_user_id="UATENTO", bot_id="BATENTO", bot_token="xoxb"
        ),
    )
    app.event("message")(lambda: None)
    handler = SlackRequestHandler(app)
    return HttpServer(handler, "127.0.0.1", 0, threads=8)


def atento_server(database_url: str, slack_url: str, sweep: bool = True):
    settings = Settings(
        SLACK_BOT_TOKEN="xoxb-bench",
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=slack_url,
        DATABASE_URL=database_url,
        ATENTO_SWEEP_SECONDS=1,
    )
    atento = build(settings, SystemClock())
    if sweep:
        atento.runner.start()
    return atento, HttpServer(atento.http, "127.0.0.1", 0, threads=settings.http_threads)


def wait_until_processed(atento, expected: int, timeout: float = 120.0) -> int:
    """The inbox drains in the background: wait until it is empty, and count the requests."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with atento.sessions() as session:
            waiting = session.scalar(
                select(func.count()).select_from(Timer).where(Timer.kind == "intake.message", Timer.state != "done")
            )
        if not waiting:
            break
        time.sleep(0.1)
    with atento.sessions() as session:
        return session.scalar(select(func.count()).select_from(Request))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument(
        "--postgres",
        default=os.environ.get("ATENTO_TEST_POSTGRES_URL"),
        help="PostgreSQL URL (its tables are dropped and recreated)",
    )
    args = parser.parse_args()
    when = f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    print(f"{args.events} signed message events, {args.concurrency} connections, {when}, {os.cpu_count()} cores")
    logging.basicConfig(level=logging.WARNING)
    for quiet in ("apscheduler", "waitress.queue"):
        logging.getLogger(quiet).setLevel(logging.ERROR)

    ready, stop = multiprocessing.Queue(), multiprocessing.Queue()
    standin = multiprocessing.Process(target=standin_process, args=(ready, stop, 997))
    standin.start()
    slack_url = ready.get()
    rows, processed = [], []
    server = bare_bolt(slack_url).start()
    rows.append(
        ("bare Bolt (does nothing)", *measure(f"http://127.0.0.1:{server.port}", args.events, args.concurrency))
    )
    server.stop()
    with tempfile.TemporaryDirectory() as folder:
        backends = [
            ("Atento on SQLite", f"sqlite:///{folder}/bench.db", True),
            ("  same, --no-scheduler", f"sqlite:///{folder}/bench2.db", False),
        ]
        if args.postgres:
            backends += [
                ("Atento on PostgreSQL", args.postgres, True),
                ("  same, --no-scheduler", args.postgres, False),
            ]
        for name, url, sweep in backends:
            if url.startswith("postgresql"):
                downgrade(url, "base")
            upgrade(url)
            atento, server = atento_server(url, slack_url, sweep)
            server.start()
            started = time.perf_counter()
            rows.append((name, *measure(f"http://127.0.0.1:{server.port}", args.events, args.concurrency)))
            server.stop()
            if sweep:
                opened = wait_until_processed(atento, args.events)
                elapsed = time.perf_counter() - started
                rate = f"{opened / elapsed:.0f}/s end to end"
                processed.append(
                    f"{name.strip()}: {opened} requests opened {elapsed:.1f} s after the first event ({rate})"
                )
            atento.close()
    stop.put(True)
    sent = ready.get()
    standin.join()

    bare_rate = rows[0][1]
    print(f"{'server':<26} {'events/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'vs bare':>8}")
    for name, rate, p50, p99, errors in rows:
        print(f"{name:<26} {rate:>9.0f} {p50:>8.1f} {p99:>8.1f} {errors:>7} {rate / bare_rate:>8.2f}")
    for line in processed:
        print(line)
    print(f"acknowledgements delivered to the stand-in Slack (paced at 500/min per workspace): {sent}")
    if args.postgres:
        downgrade(args.postgres, "base")
        upgrade(args.postgres)


if __name__ == "__main__":
    main()
