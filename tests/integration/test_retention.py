"""`atento purge` and `atento forget` (issue 7), run as an operator runs them, on both databases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from bot.cli import main
from bot.platform.models import Person, Promise, Request, RequestEvent, Unavailability, Workspace
from policies.retention import parse_age, parse_user


def arrange(db) -> datetime:
    now = datetime.now(UTC)
    long_ago = now - timedelta(days=400)
    with db.sessions.begin() as session:
        session.add(Workspace(id="T0ACME", name="Acme", settings={}, created_at=long_ago))
        session.flush()
        for number, (state, resolved, customer) in enumerate(
            [
                ("resolved", long_ago, "UCARLA"),
                ("resolved", now - timedelta(days=10), "UCARLA"),
                ("open", None, "UDORA"),
            ],
            start=1,
        ):
            session.add(
                Request(
                    workspace_id="T0ACME",
                    number=number,
                    channel_id="CSHARED",
                    thread_ts=f"{number}.0",
                    customer_user_id=customer,
                    excerpt=f"secret text {number}",
                    state=state,
                    created_at=long_ago,
                    resolved_at=resolved,
                )
            )
        session.flush()
        session.add(
            RequestEvent(
                request_id=1, actor="UANA", kind="resolved", data={"note": "told her the password"}, at=long_ago
            )
        )
        session.add(
            Promise(
                workspace_id="T0ACME",
                request_id=1,
                promiser_user_id="UANA",
                owner_user_id="UANA",
                promised_at=long_ago,
                due_at=long_ago,
                tz="UTC",
                sentence="I'll send the file by Friday",
                source="message",
                state="kept",
                created_at=long_ago,
            )
        )
        session.add(
            Person(
                workspace_id="T0ACME",
                user_id="UCARLA",
                role="customer",
                display_name="Carla Pérez",
                real_name="Carla Pérez",
                tz="Europe/Madrid",
                status_text="On holiday",
                fetched_at=now,
            )
        )
        session.add(
            Unavailability(
                workspace_id="T0ACME",
                user_id="UCARLA",
                scope="person",
                start_at=now,
                resume_at=now + timedelta(days=3),
                source="statement",
                matched="I'm at my grandmother's funeral until Friday",
                confidence=0.9,
                created_by="UCARLA",
                created_at=now,
            )
        )
    return now


def run(capsys, monkeypatch, db, *args) -> tuple[int, str, str]:
    monkeypatch.setenv("DATABASE_URL", db.url)
    status = main(list(args))
    out = capsys.readouterr()
    return status, out.out, out.err


def test_purge_drops_old_texts_and_keeps_numbers_and_times(db, capsys, monkeypatch):
    arrange(db)
    status, out, _ = run(capsys, monkeypatch, db, "purge", "--older-than", "365d")
    assert status == 0 and out.startswith("purged the texts of 1 request(s) resolved over 365 days ago")
    with db.sessions() as session:
        requests = {r.number: r for r in session.scalars(select(Request))}
        assert requests[1].excerpt == "" and requests[1].resolved_at is not None and requests[1].number == 1
        assert requests[2].excerpt == "secret text 2" and requests[3].excerpt == "secret text 3"
        assert session.scalars(select(Promise.sentence)).all() == [""]
        events = {e.kind: e.data for e in session.scalars(select(RequestEvent).where(RequestEvent.request_id == 1))}
    assert events["resolved"] == {} and events["purged"] == {"older_than_days": 365}


def test_forget_erases_a_persons_texts_and_profile_and_records_it(db, capsys, monkeypatch):
    arrange(db)
    status, out, _ = run(capsys, monkeypatch, db, "forget", "<@UCARLA|carla>")
    assert status == 0 and out.startswith("forgot UCARLA: profile in 1 workspace(s), texts of 2 request(s)")
    with db.sessions() as session:
        carla = session.get(Person, ("T0ACME", "UCARLA"))
        assert (carla.display_name, carla.real_name, carla.tz, carla.status_text) == (None, None, None, None)
        excerpts = {r.customer_user_id: r.excerpt for r in session.scalars(select(Request).order_by(Request.number))}
        assert excerpts == {"UCARLA": "", "UDORA": "secret text 3"}
        assert session.scalars(select(Unavailability.matched)).all() == [None]
        kinds = session.scalars(select(RequestEvent.kind).where(RequestEvent.kind == "forgotten")).all()
    assert kinds == ["forgotten", "forgotten"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("purge", "--older-than", "forever"), "--older-than 'forever': give a number and d, w, m or y"),
        (("purge", "--older-than", "0d"), "--older-than '0d'"),
        (("forget", "carla"), "'carla' is not a Slack user id"),
    ],
)
def test_nonsense_gets_one_line_and_status_two(db, capsys, monkeypatch, args, message):
    status, _, err = run(capsys, monkeypatch, db, *args)
    assert status == 2 and message in err and len(err.strip().splitlines()) == 1


def test_reading_ages_and_users():
    assert parse_age("365d") == timedelta(days=365) and parse_age("2y") == timedelta(days=730)
    assert parse_age("52W") == timedelta(weeks=52) and parse_age("18m") == timedelta(days=540)
    assert parse_age("-3d") is None and parse_age("") is None
    assert parse_user("@U0123ABC") == parse_user("<@U0123ABC|ana>") == parse_user("U0123ABC") == "U0123ABC"
    assert parse_user("ana") is None and parse_user("C0123ABC") is None
