"""Staff have hours and holidays too: when a DM may reach them, who is reminded, who is escalated to (issue 17)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policies.availability import Window
from policies.business_time import Schedule
from policies.claims import Allowed
from policies.staff_availability import (
    Away,
    Confirm,
    Reachable,
    Recheck,
    Remind,
    StaffFacts,
    Targets,
    Unreachable,
    away_me,
    escalation_targets,
    is_away,
    may_claim_while_away,
    may_hand_off_to,
    next_reachable,
    reachable_at,
    who_gets_reminder,
)
from policies.staff_hours import Hours, Invalid, StaffHours, parse_hours, parse_zone, staff_hours
from policies.timers import Skip

MADRID, PANAMA = ZoneInfo("Europe/Madrid"), ZoneInfo("America/Panama")
WORKSPACE = Schedule(tz="Europe/Madrid", country="ES")  # 09:00–18:00 Mon–Fri


def madrid(*args) -> datetime:
    return datetime(*args, tzinfo=MADRID)


def panama(*args) -> datetime:
    return datetime(*args, tzinfo=PANAMA)


ANA = StaffFacts("UANA", staff_hours(WORKSPACE, "Europe/Madrid"))
BEA = StaffFacts("UBEA", staff_hours(WORKSPACE, "America/Panama", country="PA"))
LEO = StaffFacts("ULEO", staff_hours(WORKSPACE, "Europe/Madrid"))  # the lead
WEDNESDAY_NOON = madrid(2026, 12, 16, 12)  # 06:00 in Panama
VACATION = Window(madrid(2026, 12, 14), madrid(2027, 1, 7), "away")


def on_vacation(person: StaffFacts) -> StaffFacts:
    return StaffFacts(person.user_id, person.hours, away=(VACATION,))


# -- parsing hours and zones -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("08:00-16:00", Hours(time(8), time(16), False)),
        ("8-16", Hours(time(8), time(16), False)),
        (" 08:30 – 17:15 ", Hours(time(8, 30), time(17, 15), False)),
        ("8:00 a 16:00", Hours(time(8), time(16), False)),
    ],
)
def test_hours_read_as_typed(text, hours):
    assert parse_hours(text) == hours


def test_hours_unpack_as_start_end_overnight():
    start, end, overnight = parse_hours("08:00-16:00")
    assert (start, end, overnight) == (time(8), time(16), False)
    assert parse_hours("08:00-16:00").note is None


def test_hours_that_end_before_they_start_are_an_overnight_shift_and_say_so():
    hours = parse_hours("22:00-06:00")
    assert hours == Hours(time(22), time(6), True)
    assert hours.note == "overnight"


def test_hours_read_on_a_24_hour_clock_so_9_to_5_is_a_night_shift_said_so_for_the_confirmation_to_show():
    assert parse_hours("9 to 5") == Hours(time(9), time(5), True)


@pytest.mark.parametrize("text", ["", "08:00", "8am-4pm", "25:00-06:00", "08:60-16:00", "08:00-16:00-18:00", "abc"])
def test_malformed_hours_are_a_code(text):
    assert parse_hours(text) == Invalid("malformed_hours")


def test_a_shift_that_starts_when_it_ends_is_a_code():
    assert parse_hours("09:00-09:00") == Invalid("empty_shift")


@pytest.mark.parametrize("name", ["Nowhere/Land", "europe/madrid", "", None, "../etc/passwd", "America"])
def test_unknown_time_zones_are_a_code(name):
    assert parse_zone(name) == Invalid("unknown_zone")


def test_a_known_zone_reads_as_itself():
    assert parse_zone(" Europe/Madrid ") == "Europe/Madrid"


# -- their hours -----------------------------------------------------------------------------------
def test_by_default_the_workspaces_hours_in_their_own_zone_with_their_countrys_holidays():
    assert BEA.hours == StaffHours(tz="America/Panama", start=time(9), end=time(18), country="PA")


def test_a_staff_member_with_no_time_zone_in_their_profile_gets_the_workspaces():
    hours = staff_hours(WORKSPACE, None)
    assert (hours.tz, hours.zone_from, hours.country) == ("Europe/Madrid", "workspace", "ES")
    assert staff_hours(WORKSPACE, "Nowhere/Land").zone_from == "workspace"
    assert staff_hours(WORKSPACE, "America/Panama").zone_from == "profile"


def test_their_own_hours_replace_the_workspaces():
    hours = staff_hours(WORKSPACE, "Europe/Madrid", parse_hours("08:00-16:00"))
    assert (hours.start, hours.end, hours.overnight) == (time(8), time(16), False)


# -- next_reachable --------------------------------------------------------------------------------
def test_a_reminder_due_at_01_40_madrid_is_held_to_09_00_madrid():
    assert next_reachable(ANA, madrid(2026, 12, 17, 1, 40)) == Reachable(madrid(2026, 12, 17, 9), "outside_hours")


def test_panama_and_madrid_each_get_dms_only_inside_their_own_hours():
    night_in_madrid = madrid(2026, 12, 17, 1, 40)  # 19:40 on Wednesday in Panama
    assert next_reachable(BEA, night_in_madrid) == Reachable(panama(2026, 12, 17, 9), "outside_hours")
    assert next_reachable(ANA, WEDNESDAY_NOON) == Reachable(WEDNESDAY_NOON)
    assert next_reachable(BEA, WEDNESDAY_NOON) == Reachable(panama(2026, 12, 16, 9), "outside_hours")
    panama_afternoon = panama(2026, 12, 16, 15)  # 21:00 in Madrid
    assert next_reachable(BEA, panama_afternoon) == Reachable(panama_afternoon)
    assert next_reachable(ANA, panama_afternoon) == Reachable(madrid(2026, 12, 17, 9), "outside_hours")


def test_their_countrys_public_holiday_holds_a_dm_to_the_next_working_day():
    christmas = madrid(2026, 12, 25, 10)
    assert next_reachable(ANA, christmas) == Reachable(madrid(2026, 12, 28, 9), "holiday")
    # Panama's national mourning day, observed on Monday 21 December 2026
    assert next_reachable(BEA, panama(2026, 12, 21, 10)) == Reachable(panama(2026, 12, 22, 9), "holiday")


def test_away_me_holds_dms_until_their_first_working_moment_back():
    assert next_reachable(on_vacation(ANA), WEDNESDAY_NOON) == Reachable(madrid(2027, 1, 7, 9), "away")


def test_an_away_status_with_an_expiry_holds_dms_until_it_expires_then_their_hours():
    facts = StaffFacts("UANA", ANA.hours, status_away=True, status_until=madrid(2026, 12, 17, 14))
    assert next_reachable(facts, WEDNESDAY_NOON) == Reachable(madrid(2026, 12, 17, 14), "status")
    assert is_away(facts, WEDNESDAY_NOON) == Away("status", madrid(2026, 12, 17, 14))


def test_an_expired_away_status_is_not_away():
    facts = StaffFacts("UANA", ANA.hours, status_away=True, status_until=madrid(2026, 12, 16, 11))
    assert is_away(facts, WEDNESDAY_NOON) is None


def test_a_status_with_no_expiry_is_away_until_it_changes_and_is_read_again_daily():
    facts = StaffFacts("UANA", ANA.hours, status_away=True)
    assert is_away(facts, WEDNESDAY_NOON) == Away("status_no_expiry", None, madrid(2026, 12, 17, 9))
    assert next_reachable(facts, WEDNESDAY_NOON) == Recheck(madrid(2026, 12, 17, 9))
    friday_evening = madrid(2026, 12, 18, 19)  # next shift is Monday: still read it again within a day
    assert next_reachable(facts, friday_evening) == Recheck(friday_evening + timedelta(days=1))
    before_opening = madrid(2026, 12, 16, 8)
    assert next_reachable(facts, before_opening) == Recheck(madrid(2026, 12, 16, 9))


def test_a_status_that_does_not_read_as_away_is_ignored():
    facts = StaffFacts("UANA", ANA.hours, status_away=False, status_until=madrid(2026, 12, 20))
    assert is_away(facts, WEDNESDAY_NOON) is None


def test_away_windows_and_a_status_chain():
    window = Window(madrid(2026, 12, 16), madrid(2026, 12, 18), "away")
    facts = StaffFacts("UANA", ANA.hours, away=(window,), status_away=True, status_until=madrid(2026, 12, 22))
    assert is_away(facts, WEDNESDAY_NOON) == Away("away", madrid(2026, 12, 22))
    assert next_reachable(facts, WEDNESDAY_NOON) == Reachable(madrid(2026, 12, 22, 9), "away")


def test_outside_hours_and_holidays_are_not_away():
    assert is_away(ANA, madrid(2026, 12, 25, 3)) is None


def test_hours_that_never_open_are_unreachable_not_a_hang():
    never = StaffFacts("UX", StaffHours(tz="Europe/Madrid", days=frozenset()))
    assert next_reachable(never, WEDNESDAY_NOON) == Unreachable("no_working_time")
    assert reachable_at(never, WEDNESDAY_NOON) is None


# -- overnight shifts ------------------------------------------------------------------------------
NIGHT = StaffFacts("UNOC", staff_hours(WORKSPACE, "Europe/Madrid", parse_hours("22:00-06:00")))


def test_an_overnight_shift_is_reachable_after_midnight():
    assert next_reachable(NIGHT, madrid(2026, 12, 17, 2)) == Reachable(madrid(2026, 12, 17, 2))
    assert next_reachable(NIGHT, madrid(2026, 12, 17, 7)) == Reachable(madrid(2026, 12, 17, 22), "outside_hours")


def test_an_overnight_shift_belongs_to_the_day_it_starts():
    # Thursday 24's night runs into Christmas morning; no night starts on Christmas or the weekend.
    assert next_reachable(NIGHT, madrid(2026, 12, 25, 3)) == Reachable(madrid(2026, 12, 25, 3))
    assert next_reachable(NIGHT, madrid(2026, 12, 25, 23)) == Reachable(madrid(2026, 12, 28, 22), "holiday")
    assert next_reachable(NIGHT, madrid(2026, 12, 26, 3)) == Reachable(madrid(2026, 12, 28, 22), "outside_hours")


# -- /away me --------------------------------------------------------------------------------------
def test_away_me_until_a_date_is_away_from_now_to_the_start_of_that_day_in_their_zone():
    assert away_me(date(2027, 1, 7), ANA.hours, WEDNESDAY_NOON) == Window(WEDNESDAY_NOON, madrid(2027, 1, 7), "away")


def test_away_me_from_a_later_day():
    window = away_me(date(2026, 12, 28), ANA.hours, WEDNESDAY_NOON, start=date(2026, 12, 21))
    assert window == Window(madrid(2026, 12, 21), madrid(2026, 12, 28), "away")


def test_away_me_with_a_date_in_the_past_is_a_code():
    assert away_me(date(2026, 12, 15), ANA.hours, WEDNESDAY_NOON) == Invalid("away_in_past")
    assert away_me(date(2026, 12, 16), ANA.hours, WEDNESDAY_NOON) == Invalid("away_in_past")  # today has begun


def test_away_me_ending_before_it_starts_is_a_code():
    assert away_me(date(2026, 12, 21), ANA.hours, WEDNESDAY_NOON, start=date(2026, 12, 22)) == Invalid(
        "away_ends_before_start"
    )


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError):
        is_away(ANA, datetime(2026, 12, 16, 12))
    with pytest.raises(ValueError):
        away_me(datetime(2026, 12, 20), ANA.hours, WEDNESDAY_NOON)


# -- claim and handoff -----------------------------------------------------------------------------
def test_claiming_while_away_asks_to_confirm_and_says_when_they_are_back():
    assert may_claim_while_away(on_vacation(ANA), WEDNESDAY_NOON) == Confirm("away", madrid(2027, 1, 7, 9))
    assert may_claim_while_away(on_vacation(ANA), WEDNESDAY_NOON, confirmed=True) == Allowed()


def test_claiming_late_in_the_evening_is_just_a_claim():
    assert may_claim_while_away(ANA, madrid(2026, 12, 16, 22)) == Allowed()


def test_claiming_with_a_status_with_no_expiry_confirms_with_no_moment():
    facts = StaffFacts("UANA", ANA.hours, status_away=True)
    assert may_claim_while_away(facts, WEDNESDAY_NOON) == Confirm("status_no_expiry", None)


def test_handing_off_to_someone_away_or_off_asks_to_confirm_saying_when_they_are_back():
    assert may_hand_off_to(on_vacation(BEA), WEDNESDAY_NOON) == Confirm("away", panama(2027, 1, 7, 9))
    assert may_hand_off_to(BEA, WEDNESDAY_NOON) == Confirm("outside_hours", panama(2026, 12, 16, 9))
    assert may_hand_off_to(BEA, WEDNESDAY_NOON, confirmed=True) == Allowed()
    assert may_hand_off_to(ANA, WEDNESDAY_NOON) == Allowed()


def test_handing_off_to_someone_whose_hours_never_open_confirms_with_no_moment():
    never = StaffFacts("UX", StaffHours(days=frozenset()))
    assert may_hand_off_to(never, WEDNESDAY_NOON) == Confirm("no_working_time", None)


# -- who gets a promise's reminder -----------------------------------------------------------------
DUE = madrid(2026, 12, 17, 17)


def test_an_owner_at_work_gets_their_own_reminder():
    assert who_gets_reminder(ANA, [BEA], LEO, DUE, WEDNESDAY_NOON) == Remind(("UANA",), WEDNESDAY_NOON, "owner", "UANA")


def test_an_owner_back_before_the_due_moment_is_reminded_when_back():
    night = madrid(2026, 12, 17, 1, 40)
    assert who_gets_reminder(ANA, [BEA], LEO, DUE, night) == Remind(("UANA",), madrid(2026, 12, 17, 9), "owner", "UANA")


def test_a_promise_due_while_its_owner_is_on_vacation_reminds_the_on_duty_person_once():
    first = who_gets_reminder(on_vacation(ANA), [BEA, LEO], LEO, DUE, WEDNESDAY_NOON)
    assert first == Remind(("ULEO",), WEDNESDAY_NOON, "on_duty", "UANA")  # Bea is asleep in Panama
    assert who_gets_reminder(on_vacation(ANA), [BEA], LEO, DUE, WEDNESDAY_NOON) == Remind(
        ("UBEA",), panama(2026, 12, 16, 9), "on_duty", "UANA"
    )
    again = who_gets_reminder(on_vacation(ANA), [BEA, LEO], LEO, DUE, WEDNESDAY_NOON, already_covered=True)
    assert again == Skip("already_covered")


def test_everyone_reachable_first_is_reminded_together():
    cris = StaffFacts("UCRIS", ANA.hours)
    result = who_gets_reminder(on_vacation(ANA), [cris, BEA, LEO, cris], None, DUE, WEDNESDAY_NOON)
    assert result == Remind(("UCRIS", "ULEO"), WEDNESDAY_NOON, "on_duty", "UANA")


def test_with_nobody_on_duty_reachable_before_the_due_moment_the_lead_is_reminded():
    assert who_gets_reminder(on_vacation(ANA), [on_vacation(BEA)], LEO, DUE, WEDNESDAY_NOON) == Remind(
        ("ULEO",), WEDNESDAY_NOON, "lead", "UANA"
    )


def test_the_lead_is_reminded_at_their_own_first_moment_even_after_the_due_moment():
    night_due = madrid(2026, 12, 17, 2)
    result = who_gets_reminder(on_vacation(ANA), [], LEO, night_due, madrid(2026, 12, 16, 23))
    assert result == Remind(("ULEO",), madrid(2026, 12, 17, 9), "lead", "UANA")


def test_an_owner_is_never_their_own_cover_and_nobody_reachable_is_a_skip():
    away_ana = on_vacation(ANA)
    assert who_gets_reminder(away_ana, [away_ana], away_ana, DUE, WEDNESDAY_NOON) == Skip("nobody_reachable")


# -- escalation targets ----------------------------------------------------------------------------
def test_escalations_skip_people_who_are_off_and_say_why():
    result = escalation_targets([on_vacation(ANA), BEA, LEO], None, WEDNESDAY_NOON)
    assert result == Targets(("ULEO",), WEDNESDAY_NOON, "candidates", (("UANA", "away"), ("UBEA", "outside_hours")))


def test_escalations_with_every_candidate_off_fall_back_to_the_lead():
    result = escalation_targets([on_vacation(ANA), BEA], LEO, WEDNESDAY_NOON)
    assert result == Targets(("ULEO",), WEDNESDAY_NOON, "lead", (("UANA", "away"), ("UBEA", "outside_hours")))


def test_a_lead_who_is_off_gets_it_at_their_first_moment():
    night = madrid(2026, 12, 16, 23)
    assert escalation_targets([ANA], LEO, night) == Targets(
        ("ULEO",), madrid(2026, 12, 17, 9), "lead", (("UANA", "outside_hours"),)
    )


def test_escalations_with_nobody_reachable_and_no_lead_go_nowhere():
    assert escalation_targets([on_vacation(ANA)], None, WEDNESDAY_NOON) == Targets(
        (), None, "nobody", (("UANA", "away"),)
    )


def test_a_candidate_listed_twice_is_escalated_to_once():
    assert escalation_targets([ANA, ANA], LEO, WEDNESDAY_NOON).to == ("UANA",)


# -- properties ------------------------------------------------------------------------------------
START = madrid(2026, 12, 1)
windows = st.lists(
    st.tuples(st.integers(0, 60 * 24 * 30), st.integers(1, 60 * 24 * 10)).map(
        lambda t: Window(START + timedelta(minutes=t[0]), START + timedelta(minutes=t[0] + t[1]), "away")
    ),
    max_size=4,
)
hours = st.builds(
    lambda zone, text, country: staff_hours(Schedule(tz="Europe/Madrid"), zone, parse_hours(text), country),
    st.sampled_from(["Europe/Madrid", "America/Panama", "Asia/Tokyo", None]),
    st.sampled_from(["09:00-18:00", "08:00-16:00", "22:00-06:00", "18:00-02:00"]),
    st.sampled_from(["ES", "PA", None]),
)
staff = st.builds(
    StaffFacts,
    user_id=st.sampled_from(["UANA", "UBEA", "UCRIS"]),
    hours=hours,
    away=windows.map(tuple),
    status_away=st.booleans(),
    status_until=st.none() | st.integers(0, 60 * 24 * 20).map(lambda m: START + timedelta(minutes=m)),
)
moments = st.integers(0, 60 * 24 * 40).map(lambda m: (START + timedelta(minutes=m)).astimezone(UTC))


def _in_shift(person: StaffFacts, moment: datetime) -> bool:
    day = moment.astimezone(ZoneInfo(person.hours.tz)).date()
    shifts = [person.hours.shift(day - timedelta(days=1)), person.hours.shift(day)]
    return any(s is not None and s[0] <= moment < s[1] for s in shifts)


@given(person=staff, now=moments)
def test_a_dm_is_never_early_never_while_away_never_outside_their_shift_and_stable(person, now):
    reach = next_reachable(person, now)
    if isinstance(reach, Recheck):
        assert person.status_away and person.status_until is None
        assert now < reach.at <= now + timedelta(days=1)
        return
    assert isinstance(reach, Reachable)
    assert reach.at >= now and (reach.held_by is None) == (reach.at == now)
    assert is_away(person, reach.at) is None
    assert _in_shift(person, reach.at)
    assert next_reachable(person, reach.at) == Reachable(reach.at)


@given(
    owner=staff,
    others=st.lists(staff, max_size=3),
    lead=st.none() | staff,
    now=moments,
    hours_ahead=st.integers(1, 200),
)
def test_a_reminder_goes_to_one_group_never_to_an_unreachable_owner_and_says_whose_promise(
    owner, others, lead, now, hours_ahead
):
    due = now + timedelta(hours=hours_ahead)
    result = who_gets_reminder(owner, others, lead, due, now)
    if isinstance(result, Skip):
        return
    assert result.owner == owner.user_id and result.at >= now and result.to
    assert len(set(result.to)) == len(result.to)
    if result.reason == "owner":
        assert result.to == (owner.user_id,) and result.at < due
    else:
        assert owner.user_id not in result.to
        owner_back = reachable_at(owner, now)
        assert owner_back is None or owner_back >= due
    covered = who_gets_reminder(owner, others, lead, due, now, already_covered=True)
    assert covered == (result if result.reason == "owner" else Skip("already_covered"))
