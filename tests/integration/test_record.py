"""A customer's record (issue 19): `atento export` and `build_record`, on SQLite and PostgreSQL.

The story: Acme Corp (Madrid, Spanish) raised three requests in Q4 2026 in #acme-support; Globex,
another customer, raised one. Staff handed one over with an internal note, resolved with another,
posted in triage and wrote DMs: none of that is the customer's to read.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta

import pytest

from bot.cli import main
from bot.platform.models import Channel, Person, Promise, Request, RequestEvent, Timer, Workspace
from bot.record import RecordError, build_record, chart_png, figures_text, load_record, weekly_figures
from bot.requests.retention import purge

NOW = datetime(2027, 1, 10, 12, tzinfo=UTC)
SECRETS = (
    "INTERNAL-HANDOVER-NOTE",
    "INTERNAL-RESOLUTION-NOTE",
    "TRIAGE-POST-TEXT",
    "STAFF-DM-TEXT",
    "PROMISE-SENTENCE",
)


def t(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """A moment of 2026 in UTC (Madrid is UTC+1 in winter)."""
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def arrange(db) -> None:
    with db.sessions.begin() as session:
        session.add(
            Workspace(
                id="T0ACME",
                name="Our support",
                settings={"hours": {"tz": "Europe/Madrid", "start": "09:00", "end": "18:00"}, "language": "en"},
                created_at=t(1, 1, 0),
            )
        )
        session.flush()
        for channel, name, org, tz, language in [
            ("CACME", "acme-support", "Acme Corp", "Europe/Madrid", "es"),
            ("CACME2", "acme-billing", "Acme Corp", None, None),
            ("CGLOBEX", "globex", "Globex", "America/New_York", "en"),
            ("CQUIET", "quiet-co", "Quiet Co", None, None),
        ]:
            session.add(
                Channel(workspace_id="T0ACME", channel_id=channel, name=name, customer_org_name=org, timezone=tz,
                        language=language, is_shared=True, settings={}, created_at=t(1, 1, 0))
            )  # fmt: skip
        for user, role, name in [("UCARLA", "customer", "Carla Pérez"), ("UANA", "staff", "Ana García"),
                                 ("ULUIS", "staff", "Luis Romero"), ("UGLEN", "customer", "Glen")]:  # fmt: skip
            session.add(
                Person(workspace_id="T0ACME", user_id=user, role=role, display_name=name, fetched_at=t(1, 1, 0))
            )
        session.flush()
        requests = [
            # number, channel, created, first reply, resolved, state, excerpt
            (1, "CACME", t(10, 5, 8, 30), t(10, 5, 9, 15), t(10, 7, 10), "resolved", "La factura de octubre no cuadra"),
            (2, "CACME", t(11, 20, 16, 50), t(11, 23, 8, 10), None, "open", "No puedo exportar el informe"),
            (3, "CACME2", t(12, 1, 10), None, None, "open", "¿Podéis enviar el contrato?"),
            (4, "CGLOBEX", t(11, 2, 14), t(11, 2, 14, 30), t(11, 3, 9), "resolved", "Globex cannot log in"),
            (5, "CACME", t(9, 20, 10), t(9, 20, 11), t(9, 21, 10), "resolved", "Antes del periodo"),
        ]
        ids = {}
        for number, channel, created, first, resolved, state, excerpt in requests:
            request = Request(workspace_id="T0ACME", number=number, channel_id=channel, thread_ts=f"{number}.0",
                              customer_user_id="UGLEN" if channel == "CGLOBEX" else "UCARLA", excerpt=excerpt,
                              language="es", state=state, created_at=created, first_staff_reply_at=first,
                              resolved_at=resolved, owner_user_id=None)  # fmt: skip
            session.add(request)
            session.flush()
            ids[number] = request.id
        events = [
            (1, "UCARLA", "opened", {"ts": "1.0"}, t(10, 5, 8, 30)),
            (1, "UANA", "first_response", {"ts": "1.1"}, t(10, 5, 9, 15)),
            (1, "UANA", "claimed", {}, t(10, 5, 9, 16)),
            (1, "UANA", "handed_off", {"from": "UANA", "to": "ULUIS", "note": "INTERNAL-HANDOVER-NOTE"}, t(10, 6, 9)),
            (1, "ULUIS", "resolved", {"note": "INTERNAL-RESOLUTION-NOTE"}, t(10, 7, 10)),
            (2, "ULUIS", "claimed", {"how": "promise"}, t(11, 23, 8, 10)),
            (2, "ULUIS", "reopened", {}, t(11, 25, 9)),
            (4, "UANA", "claimed", {}, t(11, 2, 14, 30)),
            (4, "UANA", "resolved", {}, t(11, 3, 9)),
        ]
        for number, actor, kind, data, at in events:
            session.add(RequestEvent(request_id=ids[number], actor=actor, kind=kind, data=data, at=at))
        promises = [
            # request, made, due, state, closed, how
            (1, t(10, 5, 9, 15), t(10, 6, 17), "renegotiated", t(10, 6, 12), "more_time"),
            (1, t(10, 6, 12), t(10, 8, 17), "cancelled", t(10, 7, 10), "resolved"),  # resolved before due: kept
            (2, t(11, 23, 8, 10), t(11, 24, 17), "missed", t(11, 24, 17), "deadline"),
        ]
        for number, made, due, state, closed, how in promises:
            session.add(
                Promise(workspace_id="T0ACME", request_id=ids[number], promiser_user_id="UANA", owner_user_id="UANA",
                        promised_at=made, due_at=due, tz="Europe/Madrid", sentence="PROMISE-SENTENCE", source="message",
                        state=state, closed_at=closed, closed_how=how, created_at=made)
            )  # fmt: skip
        session.add(Timer(workspace_id="T0ACME", kind="outbox.send", subject="request:1", due_at=t(10, 5, 8, 31),
                          state="done", payload={"method": "chat.postMessage", "args": {"channel": "CTRIAGE",
                          "text": "TRIAGE-POST-TEXT"}}, created_at=t(10, 5, 8, 31)))  # fmt: skip
        session.add(Timer(workspace_id="T0ACME", kind="outbox.send", subject="request:1", due_at=t(10, 6, 9),
                          state="done", payload={"method": "chat.postMessage", "args": {"channel": "ULUIS",
                          "text": "STAFF-DM-TEXT"}}, created_at=t(10, 6, 9)))  # fmt: skip


def record(db, fmt: str, **kwargs) -> bytes:
    kwargs.setdefault("channel_id", "CACME")
    kwargs.setdefault("since", date(2026, 10, 1))
    kwargs.setdefault("until", date(2026, 12, 31))
    return build_record(db.sessions, "T0ACME", fmt=fmt, now=NOW, **kwargs).content


def test_each_request_of_the_period_with_its_lifecycle_in_the_customers_zone(db):
    arrange(db)
    shape = json.loads(record(db, "json"))
    assert (shape["organisation"], shape["timezone"], shape["language"]) == ("Acme Corp", "Europe/Madrid", "es")
    assert [r["reference"] for r in shape["requests"]] == ["REQ-1", "REQ-2"]  # REQ-5 is before, REQ-3 elsewhere
    first, second = shape["requests"]
    assert first["asked_by"] == "Carla Pérez" and first["asked_at"] == "2026-10-05T10:30+02:00"  # Madrid summer time
    assert first["text"] == "La factura de octubre no cuadra"
    assert first["first_response_minutes"] == 45  # 10:30 → 11:15 in Madrid
    assert [(o["owner"], o["how"], o["handover_note"]) for o in first["owners"]] == [
        ("Ana García", "claimed", False),
        ("Luis Romero", "handed_off", True),
    ]
    assert [p["outcome"] for p in first["promises"]] == ["renegotiated", "kept"]
    assert (first["resolved_by"], first["resolved_at"]) == ("Luis Romero", "2026-10-07T12:00+02:00")
    assert second["first_response_minutes"] == 10 + 10  # Fri 17:50 Madrid: 10 min that day, 10 on Monday
    assert [p["outcome"] for p in second["promises"]] == ["missed"]
    assert second["reopened_at"] == ["2026-11-25T10:00+01:00"] and second["resolved_at"] is None
    totals = shape["totals"]
    assert (totals["requests"], totals["resolved"], totals["open"], totals["reopened"]) == (2, 1, 1, 1)
    assert totals["promises"] == {"kept": 1, "missed": 1, "renegotiated": 1}


@pytest.mark.parametrize("fmt", ["csv", "json", "html"])
def test_a_record_never_contains_internal_notes_triage_posts_staff_dms_or_promise_sentences(db, fmt):
    arrange(db)
    content = record(db, fmt).decode("utf-8")
    assert "La factura de octubre no cuadra" in content
    for secret in SECRETS:
        assert secret not in content


def test_a_purged_period_still_exports_its_lifecycle_without_texts_and_says_so(db):
    arrange(db)
    purge(db.sessions, NOW, timedelta(days=30))  # REQ-1 (resolved 7 Oct) loses its text; REQ-2 is open
    shape = json.loads(record(db, "json"))
    first = shape["requests"][0]
    assert first["text"] is None and first["text_removed"] == "purged"
    assert first["asked_at"] == "2026-10-05T10:30+02:00" and first["resolved_by"] == "Luis Romero"
    assert [o["handover_note"] for o in first["owners"]] == [False, True]  # that there was a note survives
    assert [p["outcome"] for p in first["promises"]] == ["renegotiated", "kept"]
    assert shape["texts_removed"] == 1 and any("conservación de datos" in n for n in shape["notices"])
    html = record(db, "html").decode()
    assert "texto eliminado por conservación de datos" in html and "La factura" not in html


def test_an_organisation_covers_all_its_channels_and_csv_reads_in_a_spreadsheet(db):
    arrange(db)
    rows = list(csv.reader(io.StringIO(record(db, "csv", channel_id=None, org="acme corp").decode("utf-8-sig"))))
    assert rows[0][:4] == ["referencia", "canal", "solicitada por", "solicitada el (Europe/Madrid)"]
    assert [(r[0], r[1]) for r in rows[1:]] == [("REQ-1", "#acme-support"), ("REQ-2", "#acme-support"),
                                                ("REQ-3", "#acme-billing")]  # fmt: skip
    assert rows[1][3] == "2026-10-05 10:30" and rows[1][6] == "45"


def test_the_html_is_one_printable_page_in_the_customers_language(db):
    arrange(db)
    html = record(db, "html").decode()
    assert html.count("<table") == 1 and '<html lang="es">' in html
    assert "Registro de solicitudes" in html and "Acme Corp" in html and "del 1 oct al 31 dic 2026" in html
    assert (
        "con nota de traspaso" in html
        and "Resuelta el mié 7 oct, 12:00 por Luis Romero, tras 20 h de horario laboral" in html
    )
    english = record(db, "html", language="en").decode()
    assert "Record of requests" in english and "with a handover note" in english


def test_a_customer_without_requests_gets_a_clear_empty_record(db):
    arrange(db)
    made = build_record(db.sessions, "T0ACME", channel_id="CQUIET", since=date(2026, 10, 1), until=date(2026, 12, 31),
                        fmt="html", now=NOW)  # fmt: skip
    assert "No requests in this period." in made.content.decode() and made.filename.endswith(".html")
    assert made.summary == "Quiet Co, 1 Oct to 31 Dec 2026: No requests in this period."


def test_build_record_names_its_file_and_sums_it_up(db):
    arrange(db)
    made = build_record(db.sessions, "T0ACME", org="Acme Corp", since=date(2026, 10, 1), until=date(2026, 12, 31),
                        fmt="csv", now=NOW)  # fmt: skip
    assert made.filename == "record-acme-corp-2026-10-01-2026-12-31.csv"
    assert made.summary == (
        "Acme Corp, del 1 oct al 31 dic 2026: 3 solicitudes, 1 resuelta, 2 siguen abiertas."
        " Primera respuesta: mediana de 32 minutos. Compromisos: 1 cumplido, 1 incumplido, 1 renegociado."
    )


@pytest.mark.parametrize(
    ("kwargs", "key"),
    [
        ({"channel_id": "CNOPE"}, "unknown_channel"),
        ({"channel_id": None, "org": "Initech"}, "unknown_org"),
        ({"since": date(2026, 12, 1), "until": date(2026, 11, 1)}, "backwards"),
    ],
)
def test_bad_input_is_a_record_error_a_person_can_read(db, kwargs, key):
    arrange(db)
    with pytest.raises(RecordError) as raised:
        record(db, "json", **kwargs)
    assert raised.value.key == key and "\n" not in raised.value.text("es")


# -- the CLI ---------------------------------------------------------------------------------------------
def run(capsys, monkeypatch, db, *args) -> tuple[int, str, str]:
    monkeypatch.setenv("DATABASE_URL", db.url)
    status = main(list(args))
    out = capsys.readouterr()
    return status, out.out, out.err


def test_atento_export_writes_a_file_and_says_what_is_in_it(db, capsys, monkeypatch, tmp_path):
    arrange(db)
    target = tmp_path / "acme.html"
    status, out, _ = run(capsys, monkeypatch, db, "export", "--org", "Acme Corp", "--since", "2026-10-01",
                         "--until", "2026-12-31", "--format", "html", "--out", str(target))  # fmt: skip
    assert status == 0 and out.startswith(f"wrote {target}: Acme Corp, del 1 oct al 31 dic 2026: 3 solicitudes")
    assert "REQ-3" in target.read_text()


def test_atento_export_prints_to_standard_output(db, capsys, monkeypatch):
    arrange(db)
    monkeypatch.setenv("DATABASE_URL", db.url)
    status = main(["export", "--channel", "CGLOBEX", "--format", "json"])
    shape = json.loads(capsys.readouterr().out)
    assert status == 0 and [r["reference"] for r in shape["requests"]] == ["REQ-4"]
    assert shape["timezone"] == "America/New_York" and shape["period"]["since"] is None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--channel", "CNOPE"), "no channel CNOPE is known to Atento"),
        (("--org", "Initech"), "no channel belongs to an organisation named 'Initech'; known: Acme Corp, Globex"),
        (("--channel", "CACME", "--since", "2026-12-01", "--until", "2026-11-01"), "the period ends (2026-11-01)"),
        (("--channel", "CACME", "--since", "last tuesday"), "--since 'last tuesday' is not a date; use YYYY-MM-DD"),
        (("--channel", "CACME", "--until", "2026-02-30"), "--until '2026-02-30' is not a date"),
    ],
)
def test_export_nonsense_gets_one_line_and_status_two(db, capsys, monkeypatch, args, message):
    arrange(db)
    status, out, err = run(capsys, monkeypatch, db, "export", *args)
    assert status == 2 and out == "" and message in err and len(err.strip().splitlines()) == 1


# -- the weekly figures ----------------------------------------------------------------------------------
def test_weekly_figures_per_organisation_with_their_chart_and_words(db):
    arrange(db)
    since, until = datetime(2026, 11, 22, 23, tzinfo=UTC), datetime(2026, 11, 29, 23, tzinfo=UTC)  # Madrid's week
    with db.sessions() as session:
        weekly = weekly_figures(session, "T0ACME", None, since, until, NOW, "Europe/Madrid")
    assert [(org, f.new, f.reopened, f.missed) for org, f in weekly.report.by_org] == [("Acme Corp", 0, 1, 1)]
    assert len(weekly.days) == 7 and weekly.days[0].day == date(2026, 11, 23)
    text = figures_text(weekly.report, "Europe/Madrid", "es")
    assert text.startswith("Del 23 al 29 nov 2026: 0 solicitudes nuevas, 0 resueltas, 1 reabierta; 1 sigue abierta.")
    assert "Compromisos: 0 cumplidos, 1 incumplido, 0 renegociados." in text
    assert chart_png(weekly.days, "es").startswith(b"\x89PNG")


def test_the_record_as_data_for_other_callers(db):
    arrange(db)
    with db.sessions() as session:
        data = load_record(session, "T0ACME", channel_id="CACME", since=date(2026, 11, 1), now=NOW)
    assert [r.reference for r in data.requests] == ["REQ-2"] and data.figures.reopened == 1
