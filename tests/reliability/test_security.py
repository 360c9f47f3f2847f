"""Security (issue 8): signatures on every path, nothing secret in logs or endpoints, SQL only through
SQLAlchemy, and no staff action reachable by a customer through any payload."""

from __future__ import annotations

import ast
import json
import logging
import re
from pathlib import Path
from urllib.parse import urlencode

import pytest
from sqlalchemy import func, select

from bot.platform.models import Base, Promise, Request, Workspace
from bot.sandbox.simulator import (
    CUSTOMER_TEAM,
    OUR_TEAM,
    SIGNING_SECRET,
    block_actions,
    command_form,
    message_event,
    sign,
    ts_at,
)

ROOT = Path(__file__).resolve().parents[2]
SECRET_TEXT = "Our VAT number is ES-B12345678 and the password is hunter2"


def row_counts(bot) -> dict[str, int]:
    with bot.atento.sessions() as session:
        return {t.name: session.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}


def payloads() -> dict[str, tuple[bytes, str]]:
    """One request of each kind Slack sends to /slack/events, as (body, content type)."""
    form = "application/x-www-form-urlencoded"
    view = {
        "type": "view_submission",
        "team": {"id": OUR_TEAM},
        "user": {"id": "UANA", "team_id": OUR_TEAM},
        "view": {"callback_id": "atento_settings", "private_metadata": "", "state": {"values": {}}},
    }
    shortcut = {
        "type": "message_action",
        "callback_id": "claim_request",
        "team": {"id": OUR_TEAM},
        "user": {"id": "UANA"},
        "channel": {"id": "CSHARED"},
        "message": {"ts": "1.0"},
    }
    event = message_event(text=SECRET_TEXT, user="UCARLA", ts="1797000000.000001")
    return {
        "event": (json.dumps(event).encode(), "application/json"),
        "command": (urlencode(command_form("/claim", "REQ-1", user="UANA")).encode(), form),
        "button": (urlencode({"payload": json.dumps(block_actions("claim_request", "1", user="UANA"))}).encode(), form),
        "modal": (urlencode({"payload": json.dumps(view)}).encode(), form),
        "shortcut": (urlencode({"payload": json.dumps(shortcut)}).encode(), form),
    }


@pytest.mark.parametrize("kind", ["event", "command", "button", "modal", "shortcut"])
@pytest.mark.parametrize(
    "forgery", ["unsigned", "wrong secret", "tampered body", "five minutes old", "from the future"]
)
def test_every_kind_of_request_needs_a_valid_fresh_signature(bot, clock, slack, kind, forgery):
    body, content_type = payloads()[kind]
    now = int(clock.now().timestamp())
    timestamp, signature = now, sign(body, now)
    if forgery == "unsigned":
        signature = ""
    elif forgery == "wrong secret":
        signature = sign(body, now, secret="not-" + SIGNING_SECRET)
    elif forgery == "tampered body":
        body = body.replace(b"UANA", b"UBOB").replace(b"Our VAT", b"Your VAT")
    elif forgery == "five minutes old":
        timestamp = now - 301
        signature = sign(body, timestamp)
    else:
        timestamp = now + 301
        signature = sign(body, timestamp)
    before = row_counts(bot)
    reply = bot.send.post(body, content_type, timestamp=timestamp, signature=signature or "v0=")
    assert reply.status == 401
    bot.drain()
    assert row_counts(bot) == before and slack.calls("chat.postMessage") == []


def test_no_token_secret_or_message_text_in_logs_at_info(bot, clock, slack, caplog):
    slack.add_user("UANA", name="Ana García")
    slack.add_user("UCARLA", team_id=CUSTOMER_TEAM, name="Carla Pérez")
    slack.fail("chat.postMessage", times=1, status=200, retry_after=None, error="not_in_channel")
    with caplog.at_level(logging.INFO):
        bot.send.event(message_event(text=SECRET_TEXT, user="UCARLA", ts=ts_at(clock.now())))
        bot.send.event(message_event(text=SECRET_TEXT + " again", user="UCARLA", ts=ts_at(clock.now())), retry=1)
        bot.send.command("/claim", "REQ-1", user="UANA")
        bot.send.command("/promise", f"1 friday 17:00 {SECRET_TEXT}", user="UANA")
        bot.send.post(b'{"broken', "application/json")
        bot.drain()
    assert caplog.records, "nothing was logged: the test would prove nothing"
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    for secret in ("hunter2", "ES-B12345678", "xoxb-test", SIGNING_SECRET):
        assert secret not in logged


def test_health_and_metrics_carry_no_secrets_nor_texts(bot, clock, slack):
    bot.send.event(message_event(text=SECRET_TEXT, user="UCARLA", ts=ts_at(clock.now())))
    bot.drain()
    for path in ("/healthz", "/metrics"):
        body = bot.send.get(path).body.decode()
        for secret in ("hunter2", "xoxb-test", SIGNING_SECRET):
            assert secret not in body, path


def test_sql_is_built_only_through_sqlalchemy():
    """No string-built SQL: text() and exec_driver_sql() only ever take a literal (or a whitelisted join)."""
    offenders = []
    for path in [*ROOT.glob("bot/**/*.py"), *ROOT.glob("handlers/**/*.py"), *ROOT.glob("policies/**/*.py")]:
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
                if name in ("text", "exec_driver_sql") and node.args and not isinstance(node.args[0], ast.Constant):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


# -- a customer reaches no staff action -------------------------------------------------------------

STAFF_ACTIONS = {
    "claim_request": "1",
    "claim_confirm": "1",
    "claim_takeover": "2",
    "remind_when_back": "2|1797000000.000001|1899999999",
    "send_later": "2|1797000000.000001|1899999999",
    "away_confirm": "person|UCARLA|1797000000|1899999999|CSHARED",
    "promise_done": "1",
    "promise_undo": "1",
    "promise_more_time": "1",
    "promise_change": "1",
    "history_import": "CSHARED",
    "claim_away": "1",
    "handoff_away": '{"n": 2, "to": "UCARLA", "note": ""}',
}
# What anyone may press: a link, and correcting one's own availability note.
NOT_STAFF_ONLY = {"promise_open", "away_fix"}
STAFF_COMMANDS = [
    ("/claim", "REQ-1"),
    ("/release", "REQ-2"),
    ("/resolve", "REQ-2"),
    ("/handoff", "REQ-2 <@UCARLA>"),
    ("/promise", "2 friday 17:00"),
    ("/away", "<@UCARLA> until Jan 5"),
    ("/requests", "open"),
    ("/atento", "settings"),
    ("/atento", "digest daily 09:00"),
    ("/away", "me until Jan 5"),
    ("/atento", "me hours 08:00-16:00"),
    ("/atento", "digest me 17:00"),
]


def test_the_lists_below_cover_every_action_and_command_the_bot_registers():
    source = "\n".join(p.read_text() for p in ROOT.glob("handlers/*.py"))
    actions = set(re.findall(r'@app\.action\("([^"]+)"\)', source))
    commands = set(re.findall(r'@app\.command\("([^"]+)"\)', source))
    assert actions == set(STAFF_ACTIONS) | NOT_STAFF_ONLY
    assert commands == {c for c, _ in STAFF_COMMANDS}


def test_a_customer_reaches_no_staff_action_through_any_payload(bot, clock, slack):
    slack.add_user("UANA", name="Ana García")
    slack.add_user("UCARLA", team_id=CUSTOMER_TEAM, name="Carla Pérez")
    slack.add_user("UGUEST", name="Gina Guest", is_restricted=True)  # a guest of ours is a customer too
    for text in ("Exports fail", "Invoices are wrong"):
        bot.send.event(message_event(text=text, user="UCARLA", ts=ts_at(clock.now())))
        bot.drain()
        clock.advance(minutes=11)
    bot.send.command("/promise", "2 friday 17:00", user="UANA")  # Ana owns REQ-2 and promised
    bot.drain()
    with bot.atento.sessions() as session:
        settings_before = dict(session.get(Workspace, OUR_TEAM).settings)
    before = row_counts(bot)

    for user, team in (("UCARLA", CUSTOMER_TEAM), ("UGUEST", OUR_TEAM)):
        for action_id, value in STAFF_ACTIONS.items():
            assert bot.send.action(action_id, value, user=user, team_id=team).status == 200
        for command, text in STAFF_COMMANDS:
            reply = bot.send.command(command, text, user=user)
            assert reply.status == 200 and reply.json()["text"].startswith("Only ")
        for view in ("atento_settings", "promise_edit"):
            reply = bot.send.view_submission(view, {}, user=user, private_metadata="more:1")
            assert reply.json()["response_action"] == "errors"
        bot.drain()

    with bot.atento.sessions() as session:
        owners = {r.number: r.owner_user_id for r in session.scalars(select(Request))}
        promises = [(p.state, p.due_at) for p in session.scalars(select(Promise))]
        assert session.get(Workspace, OUR_TEAM).settings == settings_before
    assert owners == {1: None, 2: "UANA"} and [state for state, _ in promises] == ["open"]
    after = row_counts(bot)
    grew = {t for t in after if after[t] != before[t]}
    assert grew <= {"timers", "people"}, grew  # the refusals themselves (ephemerals) and profile look-ups
    assert slack.calls("views.open") == [] and slack.calls("chat.scheduleMessage") == []
    refusals = [c.args["text"] for c in slack.calls("chat.postEphemeral") if c.args["user"] in ("UCARLA", "UGUEST")]
    assert len(refusals) == 2 * len(STAFF_ACTIONS)
    assert all(r.startswith(("Only ", "That button has expired")) for r in refusals), refusals
