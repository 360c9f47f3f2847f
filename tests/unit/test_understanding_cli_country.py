"""`atento understand --country` names the calendar of named days; a named zone is echoed (issue 18)."""

import json

from bot.cli import main


def understood(capsys, *args: str) -> dict:
    assert main(["understand", *args, "--now", "2026-12-16T10:00", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_country_moves_a_named_day(capsys):
    spain = understood(capsys, "vuelvo después de Reyes", "--tz", "America/Bogota", "--country", "ES")
    colombia = understood(capsys, "vuelvo después de Reyes", "--tz", "America/Bogota")
    assert spain["unavailable"]["resume"].startswith("2027-01-07")
    assert colombia["unavailable"]["resume"].startswith("2027-01-12")  # Epiphany is kept on Monday the 11th


def test_the_readable_echo_says_a_named_zone_was_converted(capsys):
    assert (
        main(["understand", "I'll send it by 5pm CET Friday", "--now", "2026-12-16T10:00", "--tz", "America/New_York"])
        == 0
    )
    assert "converted from Europe/Paris" in capsys.readouterr().out
