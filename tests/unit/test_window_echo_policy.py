"""What to echo when a customer states a window (issue 17): days away and the day we write again."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policies.business_time import Schedule
from policies.understanding import understand
from policies.window_echo import Echo, NoEcho, echo

MADRID, PANAMA = ZoneInfo("Europe/Madrid"), ZoneInfo("America/Panama")
SPAIN = Schedule(tz="Europe/Madrid", country="ES")
MONDAY_21 = datetime(2026, 12, 21, 10, tzinfo=MADRID)


def test_el_jueves_said_on_monday_21_december_is_away_thursday_24_and_back_monday_28_in_spain():
    heard = understand("El jueves no estaré disponible", MONDAY_21, "Europe/Madrid", role="customer").unavailable
    result = echo(heard.start, heard.resume, SPAIN, MONDAY_21)
    assert result == Echo(
        first_day=date(2026, 12, 24),
        last_day=date(2026, 12, 24),
        resume=date(2026, 12, 25),
        write_again_from=date(2026, 12, 28),
        write_again_at=datetime(2026, 12, 28, 9, tzinfo=MADRID),
        future=True,
        skipped=((date(2026, 12, 25), "holiday"), (date(2026, 12, 26), "day_off"), (date(2026, 12, 27), "day_off")),
    )
    assert result.days_away == 1


def test_a_window_starting_today_is_not_in_the_future():
    result = echo(date(2026, 12, 21), date(2026, 12, 23), SPAIN, MONDAY_21)
    assert isinstance(result, Echo)
    assert not result.future
    assert (result.first_day, result.last_day, result.write_again_from) == (
        date(2026, 12, 21),
        date(2026, 12, 22),
        date(2026, 12, 23),
    )
    assert result.skipped == ()


def test_a_resume_on_a_working_day_is_the_day_we_write_again():
    result = echo(date(2026, 12, 14), date(2026, 12, 16), SPAIN, MONDAY_21 - timedelta(days=8))
    assert isinstance(result, Echo) and result.write_again_from == date(2026, 12, 16)


def test_the_new_year_in_panama_skips_its_holiday_and_the_weekend():
    panama = Schedule(tz="America/Panama", country="PA")
    now = datetime(2026, 12, 28, 10, tzinfo=PANAMA)
    result = echo(date(2026, 12, 29), date(2027, 1, 1), panama, now)
    assert isinstance(result, Echo)
    assert (result.last_day, result.write_again_from, result.days_away) == (date(2026, 12, 31), date(2027, 1, 4), 3)
    assert result.write_again_at == datetime(2027, 1, 4, 9, tzinfo=PANAMA)


def test_today_is_the_customers_today_in_their_timezone():
    # 23:30 on Sunday in Panama is already Monday in Madrid: a window from Monday has started for her.
    panama_sunday_night = datetime(2026, 12, 20, 23, 30, tzinfo=PANAMA)
    result = echo(date(2026, 12, 21), date(2026, 12, 22), SPAIN, panama_sunday_night)
    assert isinstance(result, Echo) and not result.future


def test_a_window_already_over_echoes_nothing():
    assert echo(date(2026, 12, 14), date(2026, 12, 21), SPAIN, MONDAY_21) == NoEcho("past")


def test_a_resume_not_after_the_start_echoes_nothing():
    assert echo(date(2026, 12, 24), date(2026, 12, 24), SPAIN, MONDAY_21) == NoEcho("resume_not_after_start")


def test_a_schedule_that_never_works_gives_no_day_rather_than_a_guess():
    never = Schedule(tz="Europe/Madrid", days=frozenset())
    assert echo(date(2026, 12, 24), date(2026, 12, 25), never, MONDAY_21) == NoEcho("no_working_day")


def test_a_naive_now_is_refused():
    with pytest.raises(ValueError):
        echo(date(2026, 12, 24), date(2026, 12, 25), SPAIN, datetime(2026, 12, 21, 10))


@given(
    start=st.integers(0, 60).map(lambda n: date(2026, 12, 1) + timedelta(days=n)),
    length=st.integers(1, 30),
    now=st.integers(0, 60 * 24 * 60).map(lambda m: datetime(2026, 12, 1, tzinfo=MADRID) + timedelta(minutes=m)),
    country=st.sampled_from(["ES", "PA", "US", None]),
)
def test_we_write_again_on_the_first_working_day_on_or_after_the_resume(start, length, now, country):
    schedule = Schedule(tz="Europe/Madrid", country=country)
    resume = start + timedelta(days=length)
    result = echo(start, resume, schedule, now)
    if resume <= now.date():
        assert result == NoEcho("past")
        return
    assert isinstance(result, Echo)
    assert result.first_day <= result.last_day < result.resume <= result.write_again_from
    assert result.days_away == length
    assert schedule.is_working_day(result.write_again_from)
    between = [result.resume + timedelta(days=n) for n in range((result.write_again_from - result.resume).days)]
    assert [day for day, _ in result.skipped] == between
    assert not any(schedule.is_working_day(day) for day in between)
    assert result.future == (start > now.date())
