"""PostgreSQL: two workers racing over due digests send each subscription's digest exactly once (issue 6)."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import timedelta

from bot.app import build
from bot.digests.service import schedule_next
from bot.platform.config import Settings
from bot.platform.models import DigestSubscription
from bot.sandbox.simulator import OUR_TEAM, SIGNING_SECRET

SUBSCRIPTIONS = 30


def test_two_workers_one_digest_per_subscription_per_day(postgres_db, clock, slack):
    settings = Settings(
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=slack.api_url,
        DATABASE_URL=postgres_db.url,
    )
    workers = [build(settings, clock), build(settings, clock)]
    for atento in workers:
        atento.sweeper.batch_size = 4  # small batches, so that both workers get a share
    with postgres_db.sessions.begin() as session:
        for n in range(SUBSCRIPTIONS):
            subscription = DigestSubscription(
                workspace_id=OUR_TEAM,
                subscriber_user_id=f"U{n:04d}",
                target_id=f"U{n:04d}",
                every="daily",
                at_time=(clock.now() - timedelta(minutes=1)).strftime("%H:%M"),
                tz="UTC",
                language="en",
                active=True,
                created_at=clock.now(),
            )
            session.add(subscription)
            session.flush()
            schedule_next(session, subscription, clock.now() - timedelta(hours=1), clock.now())
    start = threading.Barrier(len(workers))
    done = Counter()

    def work(atento) -> None:
        start.wait()
        for _ in range(50):
            report = atento.sweeper.sweep()
            done[id(atento)] += sum(report.fired.values()) + report.attempted
            if not report.did_work:
                break  # nothing it could take: the rest is due later, or leased by the other worker

    def race() -> int:
        """Both workers sweep at once until neither finds work; what they did between them."""
        before = sum(done.values())
        threads = [threading.Thread(target=work, args=(w,)) for w in workers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return sum(done.values()) - before

    for _day in range(2):
        for _round in range(20):  # again while either did something: a pass may find all leased by the other
            if not race():
                break
        clock.advance(days=1)
    try:
        posts = Counter(p["channel"] for p in slack.posts() if p.get("blocks"))
        assert len(posts) == SUBSCRIPTIONS
        assert set(posts.values()) == {2}, "a digest was sent twice, or a day was skipped"
        assert len(slack.calls("users.conversations")) == 2 * SUBSCRIPTIONS
        assert all(done[id(w)] > 0 for w in workers), "one worker did everything: the race was not a race"
    finally:
        for atento in workers:
            atento.close()
