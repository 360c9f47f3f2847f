"""Business time and the escalation ladder (pure policies)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from policies.business_time import Schedule, add_business_minutes, business_minutes_between
from policies.escalation import Ladder, RequestFacts, first_response_still_due, unclaimed_steps, unclaimed_still_due
from policies.timers import Skip

PANAMA = ZoneInfo("America/Panama")
TEAM = Schedule(tz="America/Panama", country="PA")


def at(*args) -> datetime:
    return datetime(*args, tzinfo=PANAMA)


def test_friday_evening_plus_fifteen_business_minutes_is_monday_ten_past_nine():
    assert add_business_minutes(at(2026, 12, 11, 17, 55), 15, TEAM) == at(2026, 12, 14, 9, 10)


def test_a_public_holiday_is_not_business_time():
    # 8 December is a public holiday in Panama (Mothers' Day): Monday 7 at 17:55 → Wednesday 9 at 09:10.
    assert not TEAM.is_working_day(at(2026, 12, 8, 12).date())
    assert add_business_minutes(at(2026, 12, 7, 17, 55), 15, TEAM) == at(2026, 12, 9, 9, 10)


def test_before_opening_counts_from_opening():
    assert add_business_minutes(at(2026, 12, 16, 6, 0), 15, TEAM) == at(2026, 12, 16, 9, 15)


def test_across_daylight_saving_in_madrid():
    madrid = Schedule(tz="Europe/Madrid")
    friday = datetime(2027, 3, 26, 17, 55, tzinfo=ZoneInfo("Europe/Madrid"))
    assert add_business_minutes(friday, 15, madrid) == datetime(2027, 3, 29, 9, 10, tzinfo=ZoneInfo("Europe/Madrid"))


def test_a_schedule_that_never_works_gives_none_not_a_hang():
    assert add_business_minutes(at(2026, 12, 16, 10), 15, Schedule(days=frozenset())) is None


def test_an_unknown_country_has_no_holidays():
    assert Schedule(country="XX").is_working_day(at(2026, 12, 16, 10).date())


@given(
    start=st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2028, 12, 31), timezones=st.just(UTC)),
    minutes=st.integers(min_value=0, max_value=5000),
)
def test_adding_then_measuring_business_time_agrees(start, minutes):
    end = add_business_minutes(start, minutes, TEAM)
    assert end is not None and end >= start
    assert abs(business_minutes_between(start, end, TEAM) - minutes) < 1e-6
    local = end.astimezone(PANAMA)
    if minutes:
        assert TEAM.is_working_day(local.date()) and time(9) < local.time() <= time(18)


def test_the_ladder_goes_to_triage_then_the_lead():
    steps = unclaimed_steps(at(2026, 12, 11, 17, 55), TEAM, Ladder())
    assert steps == [("triage", at(2026, 12, 14, 9, 10)), ("lead", at(2026, 12, 14, 9, 55))]


def test_escalation_is_skipped_once_claimed_or_closed():
    now = at(2026, 12, 14, 9, 10)
    assert unclaimed_still_due(RequestFacts("open", None, None, None)) is None
    assert unclaimed_still_due(RequestFacts("open", "UANA", None, now)) == Skip("claimed since")
    assert unclaimed_still_due(RequestFacts("withdrawn", None, None, None)) == Skip("request withdrawn")


def test_first_response_reminder_only_for_the_same_unanswered_claim():
    claimed = at(2026, 12, 14, 10)
    assert first_response_still_due(RequestFacts("open", "UANA", None, claimed), claimed) is None
    assert first_response_still_due(
        RequestFacts("open", "UANA", claimed + timedelta(minutes=5), claimed), claimed
    ) == Skip("answered since")
    later = claimed + timedelta(minutes=20)
    assert first_response_still_due(RequestFacts("open", "UBEA", None, later), claimed) == Skip("owner changed since")
