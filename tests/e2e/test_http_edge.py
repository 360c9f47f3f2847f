"""The HTTP edge (issue 2): Slack's signatures, retries, malformed bodies, challenges, health and
metrics — what only the signed HTTP endpoint does. Intake's behaviour is in tests/service/test_intake.py."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import func, select

from bot.platform.models import RequestMessage, Timer
from bot.sandbox.simulator import OUR_TEAM, envelope, message_event, ts_at
from tests.support.flow import requests_of, says


def stored_event_count(bot) -> int:
    with bot.atento.sessions() as session:
        inbox = select(func.count()).select_from(Timer).where(Timer.kind.like("intake.%"))
        return session.scalar(inbox) + session.scalar(select(func.count()).select_from(RequestMessage))


def test_slack_retries_of_one_event_give_one_request_and_one_acknowledgement(bot, clock, slack):
    payload = message_event(text="Login fails for all our users", user="UCARLA", ts=ts_at(clock.now()))
    assert bot.send.event(payload).status == 200
    bot.drain()
    for attempt in (1, 2, 3):
        assert bot.send.event(payload, retry=attempt).status == 200
        bot.drain()
    assert len(requests_of(bot)) == 1
    assert len(slack.posts("CSHARED")) == 1


def test_unknown_event_types_and_subtypes_are_acknowledged_and_ignored(bot, clock, slack):
    weird = envelope({"type": "brand_new_event", "event_ts": ts_at(clock.now())})
    pinned = message_event(text="pinned", user="UCARLA", ts=ts_at(clock.now()), subtype="pinned_item")
    mystery = message_event(text="?", user="UCARLA", ts=ts_at(clock.now()), subtype="totally_new_subtype")
    rate_limited = {
        "token": "x",
        "type": "app_rate_limited",
        "team_id": OUR_TEAM,
        "minute_rate_limited": 1518467820,
        "api_app_id": "A0ATENTO",
    }
    for payload in (weird, pinned, mystery, rate_limited):
        assert bot.send.event(payload).status == 200
    bot.drain()
    assert requests_of(bot) == []


def test_a_forged_signature_is_refused_and_nothing_is_stored(bot, clock, slack):
    payload = message_event(text="I am not Slack", user="UCARLA", ts=ts_at(clock.now()))
    reply = bot.send.event(payload, signature="v0=" + "0" * 64)
    assert reply.status == 401
    assert stored_event_count(bot) == 0 and requests_of(bot) == []


def test_a_signature_older_than_five_minutes_is_refused(bot, clock, slack):
    payload = message_event(text="replayed", user="UCARLA", ts=ts_at(clock.now()))
    old = int((clock.now() - timedelta(minutes=5, seconds=1)).timestamp())
    assert bot.send.event(payload, timestamp=old).status == 401
    assert requests_of(bot) == []


def test_a_body_signed_with_another_secret_is_refused(bot, clock, slack):
    from bot.sandbox.simulator import sign

    body = json.dumps(message_event(text="x", user="UCARLA", ts=ts_at(clock.now()))).encode()
    now = int(clock.now().timestamp())
    assert bot.send.post(body, "application/json", signature=sign(body, now, secret="not-our-secret")).status == 401


def test_malformed_json_and_forms_get_400_and_nothing_is_stored(bot, clock, slack):
    assert bot.send.post(b'{"type": "event_callback", "event": ', "application/json").status == 400
    assert bot.send.post(b"[1, 2, 3]", "application/json").status == 400
    assert bot.send.post(b"payload=%7Bnot-json", "application/x-www-form-urlencoded").status == 400
    assert bot.send.post(b"\xff\xfe\x00garbage", "application/json").status == 400
    assert stored_event_count(bot) == 0


def test_an_oversized_body_is_refused(bot, clock, slack):
    assert bot.send.post(b"x" * (3 * 1024 * 1024), "application/json").status == 413


def test_url_verification_answers_the_challenge(bot, clock, slack):
    reply = bot.send.event(
        {
            "token": "x",
            "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
            "type": "url_verification",
        }
    )
    assert reply.status == 200 and reply.json() == {"challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}


def test_an_unknown_command_gets_a_clear_answer(bot, clock, slack):
    reply = bot.send.command("/frobnicate", "now")
    assert reply.status == 200 and b"/frobnicate" in reply.body


def test_health_and_metrics_show_no_secrets(bot, clock, slack):
    says(bot, clock, "hello")
    health, metrics = bot.send.get("/healthz"), bot.send.get("/metrics")
    assert health.status == 200 and health.json() == {"status": "ok", "database": "ok"}
    assert metrics.status == 200 and b"atento_requests_opened_total" in metrics.body
    assert b"atento_ack_seconds_bucket" in metrics.body
    for secret in (b"xoxb-test", b"8f742231b10e8888abcd99yyyzzz85a5"):
        assert secret not in health.body and secret not in metrics.body
