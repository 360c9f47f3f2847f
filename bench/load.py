"""bench/load: the highest rate of signed customer messages the HTTP replicas hold with p99 ack under
500 ms and no errors, for one replica and for two (the scale-out ratio).

Real processes on PostgreSQL (a database of its own, `atento_bench`, created if missing):
`atento serve --no-scheduler` replicas and one `atento worker`, all on one clock file, the stand-in
Slack in this process. Each step sends at a fixed rate (open loop: a slow answer does not slow the
sender) for a few seconds, round-robin over the replicas, and measures every ack.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.platform.db import downgrade, upgrade
from bot.sandbox.simulator import message_event, sign  # noqa: E402
from bot.sandbox.standin import StandinSlack  # noqa: E402
from tests.reliability.cluster import Cluster  # noqa: E402

P99_LIMIT_MS = 500


def bench_database(url: str) -> str:
    """`…/test` → `…/atento_bench`, created on first use, so the bench never touches the tests' data."""
    base, _, _ = url.rpartition("/")
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        if not connection.execute(text("SELECT 1 FROM pg_database WHERE datname = 'atento_bench'")).first():
            connection.execute(text("CREATE DATABASE atento_bench"))
    engine.dispose()
    return f"{base}/atento_bench"


def step(cluster: Cluster, rate: int, seconds: float, offset: int) -> tuple[float, float, int, int]:
    """Send `rate` events a second for `seconds`; returns (achieved rate, p99 ms, errors, sent)."""
    ports = [p.port for p in cluster.processes if p.role == "replica"]
    local = threading.local()

    def connection_to(port: int) -> http.client.HTTPConnection:
        """One kept-alive connection per sending thread and replica, as Slack's senders keep theirs."""
        pool = getattr(local, "connections", None)
        if pool is None:
            pool = local.connections = {}
        if port not in pool:
            pool[port] = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        return pool[port]

    total = int(rate * seconds)
    start_ts = int(cluster.now().timestamp())
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    began = time.perf_counter() + 0.2

    def one(i: int) -> None:
        nonlocal errors
        wait = began + i / rate - time.perf_counter()
        if wait > 0:
            time.sleep(wait)
        n = offset + i
        payload = message_event(
            text=f"Load {n}", user=f"UL{n % 5000:05d}", ts=f"{start_ts}.{n:06d}", channel=f"CL{n % 200:03d}"
        )
        body = json.dumps(payload).encode()
        stamp = int(cluster.now().timestamp())
        headers = {
            "Content-Type": "application/json",
            "X-Slack-Request-Timestamp": str(stamp),
            "X-Slack-Signature": sign(body, stamp),
        }
        sent = time.perf_counter()
        try:
            connection = connection_to(ports[n % len(ports)])
            connection.request("POST", "/slack/events", body, headers)
            response = connection.getresponse()
            response.read()
            ok = response.status == 200
        except (OSError, http.client.HTTPException):
            local.connections = {}
            ok = False
        with lock:
            latencies.append((time.perf_counter() - sent) * 1000)
            errors += 0 if ok else 1

    with ThreadPoolExecutor(max_workers=48) as pool:
        list(pool.map(one, range(total)))
    elapsed = time.perf_counter() - began
    latencies.sort()
    p99 = latencies[int(0.99 * (len(latencies) - 1))]
    return total / elapsed, p99, errors, total


def run(url: str, replicas: int, rates: list[int], seconds: float) -> int:
    downgrade(url, "base")
    upgrade(url)
    with tempfile.TemporaryDirectory() as folder, StandinSlack() as slack:
        cluster = Cluster(url, slack.api_url, Path(folder), datetime(2026, 12, 16, 15, tzinfo=UTC))
        try:
            for _ in range(replicas):
                cluster.replica()
            cluster.worker()
            held, offset = 0, 0
            for rate in rates:
                achieved, p99, errors, sent = step(cluster, rate, seconds, offset)
                offset += sent
                ok = p99 < P99_LIMIT_MS and errors == 0 and achieved >= 0.9 * rate
                print(
                    f"  {replicas} replica(s) @ {rate:>5}/s: sent {achieved:7.0f}/s, p99 {p99:7.1f} ms, "
                    f"errors {errors}{'' if ok else '  <- not held'}",
                    flush=True,
                )
                if not ok:
                    break
                held = rate
        finally:
            cluster.stop()
    return held


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", default=os.environ.get("ATENTO_TEST_POSTGRES_URL"))
    parser.add_argument("--rates", default="200,400,600,800,1000,1500,2000,2500,3000")
    parser.add_argument("--seconds", type=float, default=4.0)
    args = parser.parse_args()
    if not args.postgres:
        sys.exit("bench/load needs PostgreSQL: --postgres URL or ATENTO_TEST_POSTGRES_URL")
    url = bench_database(args.postgres)
    rates = [int(r) for r in args.rates.split(",")]
    results = {}
    for replicas in (1, 2):
        print(f"{replicas} replica(s), 1 worker, PostgreSQL, {os.cpu_count()} cores:", flush=True)
        results[replicas] = run(url, replicas, rates, args.seconds)
    held = f"1 replica {results[1]}/s, 2 replicas {results[2]}/s"
    print(f"highest rate held (p99 ack < {P99_LIMIT_MS} ms, no errors): {held}")
    if results[1]:
        print(f"scale-out ratio: {results[2] / results[1]:.2f} (on {os.cpu_count()} cores shared by everything)")


if __name__ == "__main__":
    main()
