"""The figures in words (issue 19): sentences that read well alone, in English and Spanish."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.record import chart_png, figures_text
from policies.business_time import Schedule
from policies.figures import PromiseFacts, RequestFacts, daily, report

MONDAY = datetime(2026, 12, 7, 14, tzinfo=UTC)  # 09:00 in Panama
SINCE, UNTIL = datetime(2026, 12, 7, 5, tzinfo=UTC), datetime(2026, 12, 14, 5, tzinfo=UTC)
HOURS = Schedule(tz="America/Panama")


def week():
    requests = [
        RequestFacts(1, "Acme Corp", MONDAY, MONDAY + timedelta(minutes=35), MONDAY + timedelta(hours=5), "resolved"),
        RequestFacts(2, "Acme Corp", MONDAY + timedelta(days=1), MONDAY + timedelta(days=1, hours=3, minutes=10)),
        RequestFacts(3, "Globex", MONDAY + timedelta(days=2)),
    ]
    promises = [PromiseFacts(1, "Acme Corp", MONDAY, MONDAY + timedelta(hours=4), "kept", MONDAY + timedelta(hours=3))]
    return report(requests, promises, SINCE, UNTIL, HOURS, UNTIL), requests


def test_the_weekly_figures_read_as_sentences_in_english():
    text = figures_text(week()[0], "America/Panama", "en")
    assert text.splitlines() == [
        "7 to 13 Dec 2026: 3 new requests, 1 resolved, 0 reopened; 2 still open."
        " First response: half within 1 hour 52 minutes, nine in ten within 3 hours 10 minutes."
        " Resolution: half within 5 hours, nine in ten within 5 hours. Times count working hours only."
        " Promises: 1 kept, 0 missed, 0 renegotiated.",
        "By customer:",
        "• Acme Corp: 2 new, 1 resolved, first response median 1 hour 52 minutes, promises: 1 of 1 kept.",
        "• Globex: 1 new, 0 resolved.",
    ]


def test_the_weekly_figures_read_as_sentences_in_spanish():
    text = figures_text(week()[0], "America/Panama", "es")
    assert text.startswith("Del 7 al 13 dic 2026: 3 solicitudes nuevas, 1 resuelta, 0 reabiertas; 2 siguen abiertas.")
    assert "• Globex: 1 nueva, 0 resueltas." in text


def test_a_quiet_week_says_so():
    quiet = report([], [], SINCE, UNTIL, HOURS, UNTIL)
    assert figures_text(quiet, "America/Panama", "es") == (
        "Del 7 al 13 dic 2026: sin solicitudes, nada resuelto, ningún compromiso vencido."
    )


def test_the_chart_is_one_png():
    days = daily(week()[1], SINCE, UNTIL, "America/Panama", HOURS)
    png = chart_png(days, "en")
    assert png.startswith(b"\x89PNG") and len(png) > 10_000 and chart_png((), "es").startswith(b"\x89PNG")
