"""`atento understand` (issue 9's CLI contract) and `atento timers`, as a user runs them."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from bot.cli import main
from bot.platform import timers
from bot.platform.db import make_engine, make_session_factory, unit_of_work, upgrade


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out = capsys.readouterr()
    return status, out.out, out.err


def test_json_is_exactly_one_object_in_the_contracts_shape(capsys):
    status, out, _ = run(
        capsys,
        "understand",
        "estaremos cerrados del 24 al 31 de diciembre",
        "--now",
        "2026-12-16T10:00",
        "--tz",
        "America/Panama",
        "--json",
    )
    assert status == 0
    assert json.loads(out) == {
        "unavailable": {
            "start": "2026-12-24T00:00:00-05:00",
            "resume": "2027-01-01T00:00:00-05:00",
            "scope": "company",
            "matched": "cerrados del 24 al 31 de diciembre",
        },
        "opt_out": False,
        "promise": None,
        "intent": "info",
        "references": [],
    }


def test_json_says_what_a_customer_message_means_and_which_requests_it_names(capsys):
    args = ("--now", "2026-12-16T10:00", "--tz", "America/Panama", "--json")
    _, out, _ = run(capsys, "understand", "any news on REQ-77? we need it before the 31st", *args, "--role", "customer")
    assert json.loads(out)["intent"] == "status" and json.loads(out)["references"] == [77]
    _, out, _ = run(capsys, "understand", "invoice #4471 is wrong, can you fix it?", *args, "--role", "customer")
    assert json.loads(out)["intent"] == "request" and json.loads(out)["references"] == []


def test_staff_and_unknown_roles_still_get_intent_and_references_as_read(capsys):
    args = ("--now", "2026-12-16T10:00", "--tz", "America/Panama", "--json")
    _, staff, _ = run(capsys, "understand", "thanks! closing REQ-12", *args, "--role", "staff")
    _, anyone, _ = run(capsys, "understand", "gracias!", *args)
    assert json.loads(staff)["intent"] == "thanks" and json.loads(staff)["references"] == [12]
    assert json.loads(anyone)["intent"] == "thanks" and json.loads(anyone)["references"] == []


def test_role_staff_reads_the_promise_with_its_offset(capsys):
    _, out, _ = run(
        capsys,
        "understand",
        "I'll get back to you by Friday EOD",
        "--now",
        "2026-12-16T10:00",
        "--tz",
        "America/Panama",
        "--role",
        "staff",
        "--json",
    )
    assert json.loads(out)["promise"] == {"due": "2026-12-18T17:00:00-05:00", "matched": "Friday EOD"}


def test_without_json_one_readable_line(capsys):
    _, out, _ = run(capsys, "understand", "please stop pinging me", "--tz", "Europe/Madrid")
    assert out.count("\n") == 1 and "not to be chased" in out
    _, out, _ = run(capsys, "understand", "thanks!", "--tz", "Europe/Madrid")
    assert out.strip() == "nothing about time: no absence, opt-out or promise"


def test_locale_orders_day_and_month(capsys):
    args = ("understand", "out of office until 5/1", "--now", "2026-12-16T10:00", "--tz", "UTC", "--json")
    _, us, _ = run(capsys, *args, "--locale", "en-US")
    _, gb, _ = run(capsys, *args, "--locale", "en-GB")
    assert json.loads(us)["unavailable"]["resume"].startswith("2027-05-01")
    assert json.loads(gb)["unavailable"]["resume"].startswith("2027-01-05")


def test_bad_timezone_and_moment_are_one_line_and_exit_2(capsys):
    status, _, err = run(capsys, "understand", "hola", "--tz", "Mars/Olympus")
    assert (
        status == 2
        and err.strip() == "atento: unknown timezone 'Mars/Olympus'; use an IANA name such as America/Panama"
    )
    status, _, err = run(capsys, "understand", "hola", "--now", "yesterday-ish", "--tz", "UTC")
    assert status == 2 and "not an ISO 8601 moment" in err


def test_timers_lists_pending_ones_in_the_viewers_timezone(capsys, tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path}/t.db"
    upgrade(url)
    engine = make_engine(url)
    now = datetime(2026, 12, 16, 15, tzinfo=UTC)
    with unit_of_work(make_session_factory(engine)) as session:
        timers.schedule(session, kind="escalation", subject="request:12", due_at=now + timedelta(hours=1), now=now)
    engine.dispose()
    monkeypatch.setenv("DATABASE_URL", url)
    status, out, _ = run(capsys, "timers", "--tz", "America/Panama")
    assert status == 0
    assert "Wed 16 Dec 2026 11:00:00" in out and "escalation" in out and "request:12" in out
