"""Scale-out (issue 8): two HTTP replicas and two workers on one PostgreSQL take a burst of signed
customer messages over many channels, a tenth of them retried by "Slack" through the other replica;
then the shared clock moves a day. One request per opening message, one acknowledgement each, every
escalation, promise reminder and missed-promise message exactly once."""

from __future__ import annotations

import os
import re
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from bot.platform.models import Promise, Request, Workspace
from bot.sandbox.simulator import CUSTOMER_TEAM, OUR_TEAM, message_event
from tests.reliability.cluster import Cluster

# Clusters of real processes run one after another on one pytest-xdist worker (`--dist loadgroup`):
# started side by side on 2 cores, their start-ups starve each other and the real-time bounds.
pytestmark = pytest.mark.xdist_group("clusters")

PANAMA = ZoneInfo("America/Panama")
START = datetime(2026, 12, 16, 10, 0, tzinfo=PANAMA)  # a Wednesday morning
MESSAGES = int(os.environ.get("ATENTO_SCALE_MESSAGES", "600"))  # bench/scale_out.py runs 5,000
CHANNELS = max(1, MESSAGES // 10)
PROMISES = max(1, MESSAGES // 50)
REF = re.compile(r"REQ-(\d+)")


def prepare(db, slack) -> None:
    """The workspace (lead, on-duty person, hours), its channels and people, as Slack knows them."""
    with db.sessions.begin() as session:
        session.add(
            Workspace(
                id=OUR_TEAM,
                name="Atento Support",
                active=True,
                last_request_number=0,
                settings={
                    "lead": "ULEAD",
                    "on_duty": ["UDUTY"],
                    "hours": {"tz": "America/Panama", "start": "09:00", "end": "18:00"},
                },
                created_at=START,
            )
        )
    for n in range(CHANNELS):
        slack.add_channel(f"C{n:04d}", name=f"customer-{n}", shared=True)
    for n in range(MESSAGES):
        slack.add_user(f"UC{n:05d}", team_id=CUSTOMER_TEAM, name=f"Customer {n}")
    for user in ("UANA", "ULEAD", "UDUTY"):
        slack.add_user(user, name=user.title())


def burst(cluster: Cluster) -> list[dict]:
    """Every message once, split across the replicas; a tenth again, as Slack's retry, through the other."""
    senders = cluster.senders()
    events = [
        message_event(
            text=f"Problem number {n}: the export fails",
            user=f"UC{n:05d}",
            ts=f"{int(cluster.now().timestamp())}.{n:06d}",
            channel=f"C{n % CHANNELS:04d}",
        )
        for n in range(MESSAGES)
    ]

    def deliver(n: int) -> None:
        first = senders[n % len(senders)].event(events[n])
        assert first.status == 200, first
        if n % 10 == 0:
            again = senders[(n + 1) % len(senders)].event(events[n], retry=1)
            assert again.status == 200, again

    with ThreadPoolExecutor(max_workers=12) as pool:
        list(pool.map(deliver, range(MESSAGES)))
    return events


def posts_with(slack, channel: str | None, marker: str) -> Counter:
    """How many messages with `marker` each REQ got (in `channel`, or in any thread when None)."""
    found: Counter = Counter()
    for post in slack.posts(channel):
        if marker in post["text"] and (match := REF.search(post["text"])):
            found[int(match[1])] += 1
    return found


@pytest.fixture
def cluster(postgres_db, slack, tmp_path):
    prepare(postgres_db, slack)
    cluster = Cluster(postgres_db.url, slack.api_url, tmp_path, START)
    for _ in range(2):
        cluster.replica()
    for _ in range(2):
        cluster.worker()
    yield cluster
    cluster.stop()


def test_two_replicas_and_two_workers_nothing_lost_nothing_twice(cluster, postgres_db, slack):
    events = burst(cluster)
    started = time.monotonic()
    cluster.settle(timeout=600)
    # Work that met a deadlock between the two workers is retried a few seconds later on the shared clock.
    cluster.catch_up(
        lambda: sum(1 for p in slack.delivered() if p["text"].startswith("Logged as")) >= MESSAGES,
        step=timedelta(seconds=20),
    )
    print(f"{MESSAGES} messages (+{MESSAGES // 10} retries) acknowledged in {time.monotonic() - started:.1f} s")

    with postgres_db.sessions() as session:
        opened = session.execute(select(Request.channel_id, Request.thread_ts, Request.number)).all()
    assert len(opened) == MESSAGES
    assert {(c, t) for c, t, _ in opened} == {(e["event"]["channel"], e["event"]["ts"]) for e in events}
    acks = Counter((p["channel"], p["thread_ts"]) for p in slack.posts() if p["text"].startswith("Logged as REQ-"))
    assert len(acks) == MESSAGES and set(acks.values()) == {1}, "a request was acknowledged twice or not at all"

    # Staff promise an update on some of them: "by 5pm" today.
    number_of = {(c, t): n for c, t, n in opened}
    promised = []
    for n in range(PROMISES):
        opening = events[n * 7]["event"]
        reply = message_event(
            text="Thanks, I'll get back to you by 5pm today",
            user="UANA",
            ts=f"{int(cluster.now().timestamp()) + 60}.{n:06d}",
            channel=opening["channel"],
            thread_ts=opening["ts"],
            user_team=OUR_TEAM,
        )
        assert cluster.senders()[n % 2].event(reply).status == 200
        promised.append(number_of[(opening["channel"], opening["ts"])])

    def promised_count() -> int:
        with postgres_db.sessions() as session:
            return session.scalar(select(func.count()).select_from(Promise))

    cluster.catch_up(lambda: promised_count() == PROMISES, step=timedelta(seconds=20))
    assert promised_count() == PROMISES

    # The shared clock moves a day, in the steps a day has: reminders, escalations, the deadline.
    for moment in (START.replace(hour=14), START.replace(hour=15, minute=30), START + timedelta(days=1)):
        began = time.monotonic()
        cluster.advance(moment - cluster.now())
        cluster.settle(timeout=600)
        print(f"clock to {moment:%a %H:%M}: settled in {time.monotonic() - began:.1f} s")

    unclaimed = {n for _, _, n in opened} - set(promised)
    for who in ("UDUTY", "ULEAD"):
        escalated = posts_with(slack, who, "with no owner")
        assert set(escalated) == unclaimed, f"{who}: escalations missing or for claimed requests"
        assert set(escalated.values()) == {1}, f"{who}: an escalation was sent twice"
    reminders = posts_with(slack, "UANA", "Reminder: you told")
    assert set(reminders) == set(promised) and set(reminders.values()) == {2}, "two reminders per promise, once each"
    missed = posts_with(slack, "UANA", "has passed")
    assert set(missed) == set(promised) and set(missed.values()) == {1}
    told_lead = posts_with(slack, "ULEAD", "passed without an update")
    assert set(told_lead) == set(promised) and set(told_lead.values()) == {1}
