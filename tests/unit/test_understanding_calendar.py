"""Named days on the speaker's calendar, named time zones and countries of time zones (issue 18)."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from policies.understanding import as_json, understand
from policies.understanding.calendar import holiday_cluster
from policies.understanding.zones import country_of

NOW = datetime(2026, 12, 16, 10, tzinfo=ZoneInfo("Europe/Madrid"))


def away(text: str, country: str | None = None, now: datetime = NOW) -> tuple[str, str] | None:
    result = understand(text, now, now.tzinfo, role="customer", country=country).unavailable
    return None if result is None else (result.start.isoformat(), result.resume.isoformat())


def test_country_of_a_zone_comes_from_the_zone_table_then_the_language():
    assert country_of("Europe/Madrid") == "ES"
    assert country_of("America/Bogota") == "CO"
    assert country_of("Etc/GMT+2", "es") == "ES"
    assert country_of("Etc/GMT+2", "en") == "US"


@pytest.mark.parametrize(
    ("text", "resume"),
    [
        ("estoy fuera hasta después de Reyes", "2027-01-07"),
        ("I'm away until Christmas", "2026-12-25"),
        ("hasta Año Nuevo no estoy", "2027-01-01"),
        ("vuelvo pasada Semana Santa", "2027-03-29"),
        ("back after Carnival", "2027-02-10"),
    ],
)
def test_named_days_resume_on_the_countrys_calendar(text, resume):
    assert away(text) == ("2026-12-16", resume)


def test_epiphany_moves_where_the_country_moves_it():
    assert away("vuelvo después de Reyes", country="CO") == ("2026-12-16", "2027-01-12")


def test_after_the_holidays_is_the_first_working_day_after_the_next_cluster():
    assert holiday_cluster(date(2026, 12, 16), "ES") == (date(2026, 12, 25), date(2027, 1, 6))
    assert away("I'm out until after the holidays", country="US") == ("2026-12-16", "2027-01-04")
    assert away("I'm out until after the holidays", country="ES") == ("2026-12-16", "2027-01-07")


@pytest.mark.parametrize(
    "text", ["¡Feliz Navidad a todos!", "we're closed for the holidays, see the banner", "Happy new year"]
)
def test_a_named_day_without_a_time_word_is_no_moment(text):
    assert away(text) is None


def test_a_clock_in_a_named_zone_is_converted_and_says_so():
    now = datetime(2027, 1, 5, 10, tzinfo=ZoneInfo("America/New_York"))
    result = understand("I'll send it by 5pm CET Friday.", now, "America/New_York", role="staff")
    assert result.promise.due == datetime(2027, 1, 8, 11, tzinfo=ZoneInfo("America/New_York"))
    assert as_json(result, "America/New_York")["promise"]["converted_from"] == "Europe/Paris"
