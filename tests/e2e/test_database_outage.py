"""PostgreSQL goes away and comes back: Slack is told to retry, nothing is half-written (issue 2, 10)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from bot.app import build
from bot.platform.config import Settings
from bot.platform.models import Request, Timer
from bot.sandbox.simulator import SIGNING_SECRET, ServedApp, SlackSender, message_event, ts_at
from tests.tcpproxy import TcpProxy


@pytest.fixture
def bot_behind_proxy(postgres_db, clock, slack):
    real = make_url(postgres_db.url)
    proxy = TcpProxy(real.host, real.port or 5432).start()
    proxied = real.set(port=proxy.port).render_as_string(hide_password=False)
    settings = Settings(
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=slack.api_url,
        DATABASE_URL=proxied,
    )
    with ServedApp(build(settings, clock)) as served:
        served.send = SlackSender(served.url, clock)
        yield served, proxy, postgres_db
    proxy.cut()


def inbox(db) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(Timer).where(Timer.kind.like("intake.%")))


def count(db, model) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_an_event_during_an_outage_gets_a_non_2xx_and_its_retry_is_stored_once(bot_behind_proxy, clock, slack):
    served, proxy, db = bot_behind_proxy
    payload = message_event(text="Checkout is down", user="UCARLA", ts=ts_at(clock.now()))
    proxy.cut()
    reply = served.send.event(payload)
    assert reply.status >= 500
    assert served.send.get("/healthz").status == 503
    assert count(db, Request) == 0 and inbox(db) == 0

    proxy.start()
    assert served.send.event(payload, retry=1).status == 200
    assert served.send.get("/healthz").status == 200
    for _ in range(3):  # the inbox, then the acknowledgement
        served.atento.sweeper.sweep()
    assert count(db, Request) == 1
    assert len(slack.posts("CSHARED")) == 1


def test_a_sweep_without_its_database_logs_and_recovers_on_the_next_tick(bot_behind_proxy, clock, slack, caplog):
    served, proxy, db = bot_behind_proxy
    served.send.event(message_event(text="Checkout fails again", user="UCARLA", ts=ts_at(clock.now())))
    proxy.cut()
    report = served.atento.sweeper.sweep()
    assert report.error is not None
    assert [r.message for r in caplog.records if "sweep skipped" in r.message]
    proxy.start()
    assert served.atento.sweeper.sweep().sent == 1  # the inbox and the acknowledgement, in one sweep
