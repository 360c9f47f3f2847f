"""Reading a moment typed in a command or a modal ("friday 5pm send the logs"), for /promise (issue 5)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from policies.understanding import moment

PANAMA = ZoneInfo("America/Panama")
NOW = datetime(2026, 12, 16, 10, tzinfo=PANAMA)  # a Wednesday


@pytest.mark.parametrize(
    ("said", "at", "matched", "rest"),
    [
        ("friday 5pm send the logs", datetime(2026, 12, 18, 17), "friday 5pm", "send the logs"),
        ("mañana 12:00", datetime(2026, 12, 17, 12), "mañana 12:00", ""),
        ("by friday eod", datetime(2026, 12, 18, 17), "friday eod", ""),
        ("send the logs by dec 21", datetime(2026, 12, 21, 17), "dec 21", "send the logs"),
        ("in 2 hours", datetime(2026, 12, 16, 12), "in 2 hours", ""),
        ("para el lunes", datetime(2026, 12, 21, 17), "lunes", ""),
        ("yesterday 17:00", datetime(2026, 12, 15, 17), "yesterday 17:00", ""),  # past: the caller says so
    ],
)
def test_a_moment_typed_in_a_command(said, at, matched, rest):
    found = moment(said, NOW, "America/Panama")
    assert (found.at, found.matched, found.rest) == (at.replace(tzinfo=PANAMA), matched, rest)


@pytest.mark.parametrize("said", ["", "when pigs fly", "asap", "soon"])
def test_no_moment_in_nonsense(said):
    assert moment(said, NOW, "America/Panama") is None
