"""The service tier: the real bot (bot.app.build) on the real database, the fake clock and the
stand-in Slack, driven in-process — message events straight to intake, commands, buttons and views
to Bolt's listeners as Socket Mode would — with no HTTP server. Signatures, acks over HTTP, retries
and Socket Mode itself are tested in tests/e2e."""

from __future__ import annotations

import pytest

from tests.support.drivers import in_process


@pytest.fixture
def bot(db, clock, slack):
    slack.add_channel("CSHARED", name="acme-support", shared=True)
    with in_process(db.url, clock, slack) as app:
        yield app
