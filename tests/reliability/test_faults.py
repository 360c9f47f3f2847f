"""Faults (issue 8), on real processes and one PostgreSQL: the database restarted in the middle of a
burst, a worker killed with SIGKILL mid-sweep, Slack answering 429, 500 and timeouts for a while, and
the bot restarted while timers are due. After each: nothing lost, nothing sent twice, the bot healthy."""

from __future__ import annotations

import threading
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.platform.db import make_engine, make_session_factory, upgrade
from bot.platform.models import Request
from bot.sandbox.simulator import message_event
from tests.conftest import Database
from tests.reliability.cluster import Cluster
from tests.reliability.test_scale_out import REF, START, prepare
from tests.support import own_postgres

# Clusters of real processes run one after another on one pytest-xdist worker (`--dist loadgroup`):
# started side by side on 2 cores, their start-ups starve each other and the real-time bounds.
pytestmark = pytest.mark.xdist_group("clusters")

BURST = 120


def like_slack(sender, payload, attempts: int = 30) -> None:
    """Send until a 2xx, as Slack retries refused events (compressed: it waits minutes, we wait a moment)."""
    pause = threading.Event()
    for attempt in range(attempts):
        try:
            reply = sender.event(payload, retry=attempt or None)
            if reply.status == 200:
                return
        except OSError:
            pass  # the replica's port refused or reset: retried like any non-2xx
        pause.wait(0.5)
    raise AssertionError("an event was never accepted")


def events(cluster: Cluster, first: int, count: int) -> list[dict]:
    return [
        message_event(
            text=f"Export {n} fails with error 500",
            user=f"UC{n:05d}",
            ts=f"{int(cluster.now().timestamp())}.{n:06d}",
            channel=f"C{n % 20:04d}",
        )
        for n in range(first, first + count)
    ]


def acks(slack) -> Counter:
    return Counter((p["channel"], p["thread_ts"]) for p in slack.delivered() if p["text"].startswith("Logged as"))


def healthy(cluster: Cluster) -> bool:
    for process in cluster.processes:
        if process.role == "replica":
            with urllib.request.urlopen(f"{process.url}/healthz", timeout=5) as reply:
                if reply.status != 200:
                    return False
    return True


def requests_count(cluster: Cluster) -> int:
    with cluster.sessions() as session:
        return session.scalar(select(func.count()).select_from(Request))


def two_replicas_two_workers(db, slack, folder: Path):
    prepare(db, slack)
    cluster = Cluster(db.url, slack.api_url, folder, START)
    cluster.replica()
    cluster.replica()
    cluster.worker()
    cluster.worker()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def cluster(postgres_db, slack, tmp_path):
    yield from two_replicas_two_workers(postgres_db, slack, tmp_path)


@pytest.fixture
def own_server():
    """A PostgreSQL server of this test's own, so restarting it disturbs no other test or session."""
    reason = own_postgres.why_not_available()
    if reason:
        pytest.skip(reason)
    server = own_postgres.OwnPostgres()
    try:
        yield server.start()
    finally:
        server.stop()


@pytest.fixture
def cluster_on_own_server(own_server, slack, tmp_path):
    upgrade(own_server.url)
    engine = make_engine(own_server.url)
    try:
        yield from two_replicas_two_workers(
            Database(own_server.url, engine, make_session_factory(engine)), slack, tmp_path
        )
    finally:
        engine.dispose()


def test_database_restarted_in_the_middle_of_a_burst_loses_nothing(cluster_on_own_server, own_server, slack):
    cluster = cluster_on_own_server
    batch = events(cluster, 0, BURST)
    senders = cluster.senders()
    with ThreadPoolExecutor(max_workers=6) as pool:
        sent = [pool.submit(like_slack, senders[n % 2], batch[n]) for n in range(BURST // 3)]
        restart = pool.submit(own_server.restart)
        sent += [pool.submit(like_slack, senders[n % 2], batch[n]) for n in range(BURST // 3, BURST)]
        for future in [*sent, restart]:
            future.result()
    cluster.advance(timedelta(minutes=6))  # work cut off by the restart stays leased until its lease lapses
    cluster.catch_up(lambda: requests_count(cluster) == BURST and len(acks(slack)) == BURST)
    assert requests_count(cluster) == BURST
    assert set(acks(slack).values()) == {1}
    assert healthy(cluster)


def test_a_worker_killed_mid_sweep_leaves_nothing_undone_or_doubled(cluster, slack):
    batch = events(cluster, 0, BURST)
    senders = cluster.senders()
    with ThreadPoolExecutor(max_workers=6) as pool:
        list(pool.map(lambda n: like_slack(senders[n % 2], batch[n]), range(BURST)))
    victim = next(p for p in cluster.processes if p.role == "worker")
    assert slack.wait_until(lambda _: len(acks(slack)) >= BURST // 4, timeout=60)
    cluster.kill(victim)  # SIGKILL: no goodbye, its leases stay taken
    cluster.worker()
    cluster.advance(timedelta(minutes=6))  # the dead worker's five-minute leases lapse
    cluster.catch_up(lambda: requests_count(cluster) == BURST and len(acks(slack)) == BURST)
    assert requests_count(cluster) == BURST
    assert len(acks(slack)) == BURST and set(acks(slack).values()) == {1}
    assert healthy(cluster)


def test_slack_answering_429_500_and_timeouts_for_a_while(cluster, slack):
    slack.fail("chat.postMessage", times=15, status=429, retry_after=1)
    slack.fail("chat.postMessage", times=40, status=500, retry_after=None, error="internal_error")
    slack.fail("chat.postMessage", times=5, status=500, retry_after=None, error="internal_error", delay=2.5)
    batch = events(cluster, 0, BURST)
    senders = cluster.senders()
    with ThreadPoolExecutor(max_workers=6) as pool:
        list(pool.map(lambda n: like_slack(senders[n % 2], batch[n]), range(BURST)))
    for _ in range(100):  # retries are due on the shared clock: let it run, half a minute at a time
        # (each 429 holds the workspace for its Retry-After, 1 s: a step each, as the clock stands still)
        if len(acks(slack)) >= BURST:
            break
        cluster.advance(timedelta(seconds=30))
        cluster.settle()
    assert len(acks(slack)) == BURST and set(acks(slack).values()) == {1}
    assert not slack.state.failures.get("chat.postMessage"), "the failures were not all met"
    assert healthy(cluster)


def test_restarted_while_timers_are_due_fires_each_once(cluster, slack):
    batch = events(cluster, 0, BURST)
    senders = cluster.senders()
    with ThreadPoolExecutor(max_workers=6) as pool:
        list(pool.map(lambda n: like_slack(senders[n % 2], batch[n]), range(BURST)))
    cluster.catch_up(lambda: len(acks(slack)) >= BURST, step=timedelta(seconds=20))
    for worker in [p for p in cluster.processes if p.role == "worker"]:
        cluster.kill(worker)  # the bot is down…
    cluster.advance(timedelta(days=1))  # …while every escalation falls due
    cluster.worker()  # and back
    cluster.worker()
    cluster.settle()
    escalated = Counter(
        int(m[1]) for p in slack.delivered("ULEAD") if "with no owner" in p["text"] and (m := REF.search(p["text"]))
    )
    assert len(escalated) == BURST and set(escalated.values()) == {1}
    assert healthy(cluster)
