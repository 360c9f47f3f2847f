"""May we follow up now, else when (pure policy for issue 4)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from policies.availability import (
    CustomerFacts,
    Window,
    customer_schedule,
    is_allowed,
    next_allowed,
    paused_by,
    status_reads_as_away,
)
from policies.business_time import Schedule

PANAMA, MADRID = ZoneInfo("America/Panama"), ZoneInfo("Europe/Madrid")
CARLA = Schedule(tz="America/Panama", country="PA")


def at(*args, tz=PANAMA) -> datetime:
    return datetime(*args, tzinfo=tz)


def test_closed_24_to_31_december_resurfaces_on_the_first_working_morning_after_panamas_new_year():
    closed = Window(at(2026, 12, 24), at(2027, 1, 1), "closed until Fri 1 Jan")
    facts = CustomerFacts(hours=CARLA, windows=(closed,))
    assert next_allowed(facts, at(2026, 12, 24, 10)) == at(2027, 1, 4, 9)  # 1 Jan holiday, then the weekend
    assert paused_by(facts, at(2026, 12, 28, 11)) == "closed until Fri 1 Jan"
    assert is_allowed(facts, at(2026, 12, 23, 11))


def test_outside_working_hours_waits_for_their_morning_in_their_timezone():
    pilar = CustomerFacts(hours=Schedule(tz="Europe/Madrid"))
    # 16:00 in Panama is 22:00 in Madrid: wait for 09:00 Madrid, which is 03:00 in Panama.
    assert next_allowed(pilar, at(2026, 12, 16, 16)) == at(2026, 12, 17, 9, tz=MADRID)
    assert paused_by(pilar, at(2026, 12, 16, 16)) == "outside their working hours"


def test_working_hours_follow_madrids_daylight_saving_change():
    pilar = CustomerFacts(hours=Schedule(tz="Europe/Madrid"))
    friday_evening = at(2027, 3, 26, 19, tz=MADRID)
    allowed = next_allowed(pilar, friday_evening)
    assert allowed == at(2027, 3, 29, 9, tz=MADRID)
    assert allowed.astimezone(UTC).hour == 7  # CEST: UTC+2 after the change (it was UTC+1 on Friday)


def test_an_away_status_pauses_until_it_expires():
    facts = CustomerFacts(hours=CARLA, status_away_until=at(2026, 12, 17, 0))
    assert next_allowed(facts, at(2026, 12, 15, 10)) == at(2026, 12, 17, 9)
    assert paused_by(facts, at(2026, 12, 15, 10)) == "Slack status says away"


def test_panamas_national_mourning_day_is_observed_on_monday_21_december_2026():
    # Found by the test above: 20 December falls on a Sunday in 2026, so Monday 21 is off.
    facts = CustomerFacts(hours=CARLA, status_away_until=at(2026, 12, 21, 0))
    assert next_allowed(facts, at(2026, 12, 17, 10)) == at(2026, 12, 22, 9)


def test_an_opt_out_pauses_until_they_write_again():
    facts = CustomerFacts(hours=CARLA, opted_out=True)
    assert next_allowed(facts, at(2026, 12, 17, 10)) is None
    assert paused_by(facts, at(2026, 12, 17, 10)) == "asked not to be chased until they write again"


def test_overlapping_windows_chain():
    first = Window(at(2026, 12, 21), at(2026, 12, 24))
    second = Window(at(2026, 12, 23), at(2026, 12, 29))
    assert next_allowed(CustomerFacts(hours=CARLA, windows=(second, first)), at(2026, 12, 21, 10)) == at(
        2026, 12, 29, 9
    )


def test_status_words_and_emoji_in_english_and_spanish():
    assert status_reads_as_away("Vacation until Monday", "")
    assert status_reads_as_away("De vacaciones 🌴", None)
    assert status_reads_as_away("", ":palm_tree:")
    assert status_reads_as_away("Out of office", ":calendar:")
    assert status_reads_as_away("enferma", "")
    assert not status_reads_as_away("In a meeting", ":calendar:")
    assert not status_reads_as_away("Working remotely", ":house:")


def test_without_their_timezone_the_channels_then_the_teams():
    assert customer_schedule(None, "Europe/Madrid", "America/Panama", "ES").tz == "Europe/Madrid"
    assert customer_schedule(None, None, "America/Panama", None).tz == "America/Panama"
    assert customer_schedule("Nowhere/Land", None, "UTC", None).tz == "UTC"


windows = st.lists(
    st.tuples(st.integers(0, 60 * 24 * 30), st.integers(1, 60 * 24 * 14)).map(
        lambda t: Window(at(2026, 12, 1) + timedelta(minutes=t[0]), at(2026, 12, 1) + timedelta(minutes=t[0] + t[1]))
    ),
    max_size=5,
)


@given(
    windows=windows,
    minutes=st.integers(0, 60 * 24 * 40),
    zone=st.sampled_from(["America/Panama", "Europe/Madrid", "Asia/Tokyo"]),
)
def test_the_answer_is_never_early_never_inside_a_window_and_stable(windows, minutes, zone):
    facts = CustomerFacts(hours=Schedule(tz=zone, country="PA"), windows=tuple(windows))
    now = at(2026, 12, 1) + timedelta(minutes=minutes)
    allowed = next_allowed(facts, now)
    assert allowed is not None and allowed >= now
    assert not any(w.start <= allowed < w.resume for w in windows)
    assert next_allowed(facts, allowed) == allowed
    assert paused_by(facts, allowed) is None
