"""bench/ingest: signed message events through the real HTTP server into the database.

Starts the real bot as `atento serve` runs it (waitress, the Bolt app, intake; the timer sweep in a
child process draining acknowledgements to the stand-in Slack), then HTTP only (--no-scheduler), on
SQLite and on PostgreSQL, and the same server running a bare Bolt app that
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
from bot.platform.clock import SystemClock
from bot.platform.config import Settings
from bot.platform.db import downgrade, upgrade
from bot.platform.models import Request, Timer
from bot.platform.sweep_process import SweepProcess
from bot.sandbox.simulator import SIGNING_SECRET, message_event, sign
from bot.sandbox.standin import StandinSlack
from bot.slack.http import HttpServer

BARE = "bare Bolt (does nothing)"


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


def atento_server(database_url: str, slack_url: str, sweep: str = "process"):
    """The bot as `atento serve` runs it: HTTP here, and the sweep in a child process (`sweep="process"`),
    in a thread of this process (`"thread"`, how serve ran it before), or nowhere (`"none"`, --no-scheduler)."""
    environment = dict(
        SLACK_BOT_TOKEN="xoxb-bench",
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=slack_url,
        DATABASE_URL=database_url,
        ATENTO_SWEEP_SECONDS="1",
        ATENTO_LOG_LEVEL="WARNING",
    )
    os.environ.update(environment)
    settings = Settings(**environment)
    atento = build(settings, SystemClock())
    child = None
    if sweep == "process":
        child = SweepProcess().start()
        atento.wake.target = child.poke
    elif sweep == "thread":
        atento.runner.start()
    return atento, HttpServer(atento.http, "127.0.0.1", 0, threads=settings.http_threads), child


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
    parser.add_argument("--rounds", type=int, default=3, help="runs of each server; the median is shown")
    parser.add_argument("--thread-sweep", action="store_true", help="also run the sweep in a thread of the server")
    parser.add_argument(
        "--postgres",
        default=os.environ.get("ATENTO_TEST_POSTGRES_URL"),
        help="PostgreSQL URL (its tables are dropped and recreated)",
    )
    args = parser.parse_args()
    when = f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    print(f"{args.events} signed message events a run, {args.concurrency} connections, {when}, {os.cpu_count()} cores")
    logging.basicConfig(level=logging.WARNING)
    for quiet in ("apscheduler", "waitress.queue"):
        logging.getLogger(quiet).setLevel(logging.ERROR)

    ready, stop = multiprocessing.Queue(), multiprocessing.Queue()
    standin = multiprocessing.Process(target=standin_process, args=(ready, stop, 997))
    standin.start()
    slack_url = ready.get()
    runs: dict[str, list[tuple[float, float, float, int]]] = {}
    processed: dict[str, list[float]] = {}
    sweeps = [("sweep in a child process", "process"), ("  same, --no-scheduler", "none")]
    if args.thread_sweep:
        sweeps.append(("  same, sweep in a thread", "thread"))
    with tempfile.TemporaryDirectory() as folder:
        # Rounds interleave the servers, so that the machine's drift touches them all alike.
        for round_ in range(args.rounds):
            server = bare_bolt(slack_url).start()
            runs.setdefault(BARE, []).append(measure(f"http://127.0.0.1:{server.port}", args.events, args.concurrency))
            server.stop()
            backends = [
                (f"SQLite {name}", f"sqlite:///{folder}/bench{round_}-{sweep}.db", sweep) for name, sweep in sweeps
            ]
            if args.postgres:
                backends += [(f"PostgreSQL {name}", args.postgres, sweep) for name, sweep in sweeps]
            for name, url, sweep in backends:
                if url.startswith("postgresql"):
                    downgrade(url, "base")
                upgrade(url)
                atento, server, child = atento_server(url, slack_url, sweep)
                server.start()
                started = time.perf_counter()
                runs.setdefault(name, []).append(
                    measure(f"http://127.0.0.1:{server.port}", args.events, args.concurrency)
                )
                server.stop()
                if sweep != "none":
                    opened = wait_until_processed(atento, args.events)
                    assert opened == args.events, f"{name}: {opened} requests opened for {args.events} events"
                    processed.setdefault(name, []).append(time.perf_counter() - started)
                if child is not None:
                    child.stop()
                atento.close()
    stop.put(True)
    sent = ready.get()
    standin.join()

    bare_rate = statistics.median(rate for rate, *_ in runs[BARE])
    print(f"median of {args.rounds} rounds (the run shown is the median one; range of events/s in brackets)")
    print(f"{'server':<36} {'events/s':>9} {'range':>11} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6} {'vs bare':>7}")
    for name, measured in runs.items():
        ordered = sorted(measured)
        rate, p50, p99, errors = ordered[len(ordered) // 2]
        spread = f"{ordered[0][0]:.0f}-{ordered[-1][0]:.0f}"
        print(f"{name:<36} {rate:>9.0f} {spread:>11} {p50:>7.1f} {p99:>7.1f} {errors:>6} {rate / bare_rate:>7.2f}")
    for name, seconds in processed.items():
        median = statistics.median(seconds)
        print(
            f"{name.strip()}: all {args.events} requests opened {median:.1f} s after the first event "
            f"({args.events / median:.0f}/s end to end)"
        )
    print(f"acknowledgements delivered to the stand-in Slack (paced at 500/min per workspace): {sent} in all")
    if args.postgres:
        downgrade(args.postgres, "base")
        upgrade(args.postgres)


if __name__ == "__main__":
    main()
