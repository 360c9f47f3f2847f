"""Bad input at scale (issue 8): property-based fuzzing of the real HTTP endpoint. Never a 5xx; never a
stored row from an unsigned request; every slash command answers any text with a usage line or an answer."""

from __future__ import annotations

import json
import os
from urllib.parse import urlencode

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from bot.platform.models import Base
from bot.sandbox.simulator import OUR_TEAM, SIGNING_SECRET, command_form, sign

FUZZ = settings(
    max_examples=int(os.environ.get("ATENTO_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
CONTENT_TYPES = st.sampled_from(
    ["application/json", "application/x-www-form-urlencoded", "text/plain", "", "application/json; charset=utf-8"]
)
JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=20,
)
EVENT_KEYS = st.fixed_dictionaries(
    {},
    optional={
        "type": st.sampled_from(["event_callback", "url_verification", "block_actions", "view_submission", "x"]),
        "team_id": st.sampled_from([OUR_TEAM, "T0OTHER", ""]),
        "event": st.dictionaries(
            st.sampled_from(["type", "subtype", "user", "text", "ts", "thread_ts", "channel", "user_team", "files"]),
            JSONISH,
            max_size=8,
        ),
        "event_id": st.text(max_size=80),
        "authorizations": JSONISH,
        "challenge": JSONISH,
    },
)


def counts(bot) -> dict[str, int]:
    with bot.atento.sessions() as session:
        return {t.name: session.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}


def test_unsigned_wrongly_signed_replayed_or_oversized_bodies_store_nothing(bot, clock):
    before = counts(bot)

    @FUZZ
    @given(
        body=st.binary(max_size=3000),
        content_type=CONTENT_TYPES,
        how=st.sampled_from(["none", "garbage", "other secret", "replayed", "oversized"]),
    )
    def check(body, content_type, how):
        now = int(clock.now().timestamp())
        timestamp, signature = now, {"none": "", "garbage": "v0=deadbeef"}.get(how)
        if how == "other secret":
            signature = sign(body, now, secret=SIGNING_SECRET + "x")
        elif how == "replayed":
            timestamp = now - 3600
            signature = sign(body, timestamp)
        elif how == "oversized":
            body = body + b" " * (2 * 1024 * 1024 + 1)
            signature = sign(body, now)
        reply = bot.send.post(body, content_type, timestamp=timestamp, signature=signature or "v0=")
        assert reply.status in (401, 413), reply.status

    check()
    bot.drain()
    assert counts(bot) == before


def test_signed_nonsense_never_gets_a_5xx(bot, clock):
    @FUZZ
    @given(payload=EVENT_KEYS | JSONISH, as_form=st.booleans())
    def check(payload, as_form):
        if as_form:
            body = urlencode({"payload": json.dumps(payload)}).encode()
            reply = bot.send.post(body, "application/x-www-form-urlencoded")
        else:
            reply = bot.send.post(json.dumps(payload).encode(), "application/json")
        assert reply.status < 500, (reply.status, payload)

    check()
    report = bot.atento.sweeper.sweep()  # whatever was stored, the sweep survives it
    assert report.error is None


COMMANDS = ["/claim", "/release", "/handoff", "/resolve", "/promise", "/away", "/requests", "/atento", "/nope"]


def test_any_command_text_gets_an_answer_never_an_exception(bot, clock, slack, caplog):
    slack.add_user("UANA", name="Ana García")

    @FUZZ
    @given(command=st.sampled_from(COMMANDS), text=st.text(max_size=120))
    def check(command, text):
        form = command_form(command, text, user="UANA")
        reply = bot.send.post(urlencode(form).encode(), "application/x-www-form-urlencoded")
        assert reply.status == 200, (command, text, reply.status)
        answer = reply.json() if reply.body else None
        assert answer is None or answer.get("text"), (command, text)

    check()
    assert not [r for r in caplog.records if r.levelname == "ERROR" and "listener failed" in r.getMessage()]
