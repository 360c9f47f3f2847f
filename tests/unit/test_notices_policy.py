"""The one gate for the bot's own customer-facing messages, and folding held notices (issue 17)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policies.availability import CustomerFacts, Window, next_allowed
from policies.business_time import Schedule
from policies.notices import (
    KINDS,
    OWN,
    FoldedNotice,
    Hold,
    PendingNotice,
    SendAt,
    SendNow,
    fold_notices,
    gate,
    held_by,
)

MADRID = ZoneInfo("Europe/Madrid")
PILAR = Schedule(tz="Europe/Madrid", country="ES")  # 09:00–18:00 Mon–Fri, Spanish holidays


def at(*args, tz=MADRID) -> datetime:
    return datetime(*args, tzinfo=tz)


WEDNESDAY_NOON = at(2026, 12, 16, 12)
AT_HER_DESK = CustomerFacts(hours=PILAR)


# -- answers go at once ----------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["ack", "window_echo", "intro"])
def test_an_answer_to_what_the_customer_just_said_goes_at_once_even_at_night_on_holiday_and_opted_out(kind):
    christmas_night = at(2026, 12, 25, 23)
    away = CustomerFacts(
        hours=PILAR,
        windows=(Window(at(2026, 12, 24), at(2027, 1, 4)),),
        status_away_until=at(2027, 1, 2),
        opted_out=True,
    )
    assert gate(kind, away, christmas_night, christmas_night) == SendNow()


def test_an_answer_needs_no_facts_but_a_notice_does():
    assert gate("intro", None, None, WEDNESDAY_NOON) == SendNow()  # a channel's introduction: no customer yet
    with pytest.raises(ValueError):
        gate("claim", None, None, WEDNESDAY_NOON)


# -- notices the bot sends on its own --------------------------------------------------------------
@pytest.mark.parametrize("kind", sorted(OWN))
def test_a_notice_goes_at_once_in_her_working_hours(kind):
    assert gate(kind, AT_HER_DESK, None, WEDNESDAY_NOON) == SendNow()


def test_a_claim_notice_waits_for_the_end_of_a_stated_window_then_her_first_working_moment():
    # Out Thu 24 Dec (resume Fri 25): Christmas, then the weekend, so Monday 28 at 09:00.
    facts = CustomerFacts(hours=PILAR, windows=(Window(at(2026, 12, 24), at(2026, 12, 25)),))
    assert gate("claim", facts, None, at(2026, 12, 24, 11)) == SendAt(at(2026, 12, 28, 9), "window")


def test_a_company_window_holds_a_notice_like_her_own():
    company_closed = Window(at(2026, 12, 21), at(2026, 12, 23), "company")
    facts = CustomerFacts(hours=PILAR, windows=(company_closed,))
    assert gate("handoff", facts, None, at(2026, 12, 21, 10)) == SendAt(at(2026, 12, 23, 9), "window")


def test_a_stated_window_holds_a_notice_even_when_she_just_wrote():
    facts = CustomerFacts(hours=PILAR, windows=(Window(at(2026, 12, 16), at(2026, 12, 18)),))
    just_now = WEDNESDAY_NOON - timedelta(minutes=2)
    assert gate("claim", facts, just_now, WEDNESDAY_NOON) == SendAt(at(2026, 12, 18, 9), "window")


def test_an_opted_out_customer_gets_no_notice_and_no_moment_until_she_writes_again():
    facts = CustomerFacts(hours=PILAR, opted_out=True)
    for kind in OWN:
        assert gate(kind, facts, WEDNESDAY_NOON, WEDNESDAY_NOON) == Hold("opted_out")


def test_outside_her_hours_a_notice_waits_for_her_morning_in_her_timezone():
    panama_afternoon = datetime(2026, 12, 16, 16, tzinfo=ZoneInfo("America/Panama"))  # 22:00 in Madrid
    assert gate("resolution", AT_HER_DESK, None, panama_afternoon) == SendAt(at(2026, 12, 17, 9), "outside_hours")


def test_on_a_weekend_a_notice_waits_for_monday():
    saturday = at(2026, 12, 19, 11)
    assert gate("claim", AT_HER_DESK, None, saturday) == SendAt(at(2026, 12, 21, 9), "outside_hours")


def test_on_her_countrys_public_holiday_a_notice_waits_and_says_holiday():
    immaculate_conception = at(2026, 12, 8, 11)  # a Tuesday
    assert gate("claim", AT_HER_DESK, None, immaculate_conception) == SendAt(at(2026, 12, 9, 9), "holiday")


def test_a_customer_who_wrote_in_the_last_30_minutes_gets_the_notice_at_night():
    late = at(2026, 12, 16, 22)
    assert gate("claim", AT_HER_DESK, late - timedelta(minutes=30), late) == SendNow()
    assert gate("claim", AT_HER_DESK, late - timedelta(minutes=31), late) == SendAt(
        at(2026, 12, 17, 9), "outside_hours"
    )


def test_a_customer_who_wrote_on_her_holiday_gets_the_notice_at_once():
    holiday = at(2026, 12, 8, 11)
    assert gate("claim", AT_HER_DESK, holiday - timedelta(minutes=5), holiday) == SendNow()


def test_a_customer_writing_despite_an_away_status_gets_the_notice_at_once():
    facts = CustomerFacts(hours=PILAR, status_away_until=at(2026, 12, 18))
    assert gate("claim", facts, WEDNESDAY_NOON - timedelta(minutes=1), WEDNESDAY_NOON) == SendNow()
    assert gate("claim", facts, None, WEDNESDAY_NOON) == SendAt(at(2026, 12, 18, 9), "status")


def test_a_schedule_that_never_opens_holds_instead_of_guessing_a_moment():
    never = CustomerFacts(hours=Schedule(tz="Europe/Madrid", days=frozenset()))
    assert gate("claim", never, None, WEDNESDAY_NOON) == Hold("no_working_time")


# -- a message a staff member asked for ------------------------------------------------------------
def test_a_requested_update_goes_at_once_and_says_when_the_customer_is_back():
    facts = CustomerFacts(hours=PILAR, windows=(Window(at(2026, 12, 24), at(2026, 12, 25)),))
    assert gate("requested_update", facts, None, at(2026, 12, 24, 10)) == SendNow("window", at(2026, 12, 28, 9))


def test_a_requested_update_to_a_customer_at_her_desk_carries_no_away():
    assert gate("requested_update", AT_HER_DESK, None, WEDNESDAY_NOON) == SendNow()


def test_a_requested_update_to_an_opted_out_customer_goes_and_says_opted_out_with_no_moment():
    facts = CustomerFacts(hours=PILAR, opted_out=True)
    assert gate("requested_update", facts, None, WEDNESDAY_NOON) == SendNow("opted_out", None)


def test_a_requested_update_at_night_says_when_her_working_day_starts():
    night = at(2026, 12, 16, 23)
    assert gate("requested_update", AT_HER_DESK, None, night) == SendNow("outside_hours", at(2026, 12, 17, 9))


# -- bad input -------------------------------------------------------------------------------------
def test_an_unknown_kind_is_a_programming_error():
    with pytest.raises(ValueError):
        gate("newsletter", AT_HER_DESK, None, WEDNESDAY_NOON)


def test_a_naive_now_is_refused():
    with pytest.raises(ValueError):
        gate("claim", AT_HER_DESK, None, datetime(2026, 12, 16, 12))


def test_held_by_names_the_first_rule_that_holds():
    assert held_by(AT_HER_DESK, WEDNESDAY_NOON) is None
    assert held_by(CustomerFacts(hours=PILAR, opted_out=True), WEDNESDAY_NOON) == "opted_out"
    assert held_by(AT_HER_DESK, at(2026, 12, 16, 8, 59)) == "outside_hours"
    assert held_by(AT_HER_DESK, at(2026, 12, 16, 18)) == "outside_hours"
    assert held_by(AT_HER_DESK, at(2026, 12, 25, 12)) == "holiday"


# -- folding ---------------------------------------------------------------------------------------
def notice(notice_id, kind, owner=None, minute=0, request_id=1):
    return PendingNotice(notice_id, request_id, kind, owner, at(2026, 12, 24, 10, minute))


def test_several_held_notices_fold_into_one_naming_the_current_owner():
    pending = [notice(1, "claim", "UANA"), notice(2, "handoff", "UBEA", 5), notice(3, "handoff", "UCRIS", 9)]
    assert fold_notices(pending, "open", "UCRIS") == FoldedNotice("owner_now", 1, "UCRIS", (1, 2, 3))


def test_a_single_notice_still_true_goes_as_it_was():
    assert fold_notices([notice(1, "claim", "UANA")], "open", "UANA") == FoldedNotice("claim", 1, "UANA", (1,))
    assert fold_notices([notice(1, "handoff", "UBEA")], "open", "UBEA") == FoldedNotice("handoff", 1, "UBEA", (1,))


def test_a_single_stale_notice_names_the_owner_now():
    assert fold_notices([notice(1, "claim", "UANA")], "open", "UBEA") == FoldedNotice("owner_now", 1, "UBEA", (1,))


def test_resolved_meanwhile_sends_only_the_resolution_line():
    pending = [notice(1, "claim", "UANA"), notice(2, "resolution", "UANA", 30)]
    assert fold_notices(pending, "resolved", None) == FoldedNotice("resolved", 1, "UANA", (1, 2))


def test_resolved_meanwhile_without_a_resolution_notice_sends_nothing():
    assert fold_notices([notice(1, "claim", "UANA"), notice(2, "handoff", "UBEA")], "resolved", None) is None


def test_the_latest_resolution_names_who_resolved():
    pending = [
        notice(2, "resolution", "UBEA", 40),
        notice(1, "resolution", "UANA", 10),
        notice(3, "reopened", None, 20),
    ]
    assert fold_notices(pending, "resolved", None) == FoldedNotice("resolved", 1, "UBEA", (2, 1, 3))


def test_a_withdrawn_request_sends_nothing():
    pending = [notice(1, "claim", "UANA"), notice(2, "resolution", "UANA")]
    assert fold_notices(pending, "withdrawn", None) is None


def test_reopened_and_claimed_meanwhile_names_the_owner():
    pending = [notice(1, "resolution", "UANA"), notice(2, "reopened", None, 5), notice(3, "claim", "UBEA", 9)]
    assert fold_notices(pending, "open", "UBEA") == FoldedNotice("owner_now", 1, "UBEA", (1, 2, 3))


def test_reopened_with_nobody_owning_it_says_reopened():
    assert fold_notices([notice(1, "reopened")], "open", None) == FoldedNotice("reopened", 1, None, (1,))
    assert fold_notices([notice(1, "reopened")], "open", "UANA") == FoldedNotice("reopened", 1, "UANA", (1,))


def test_claimed_then_released_says_nothing_never_a_team_or_the_bot():
    assert fold_notices([notice(1, "claim", "UANA")], "open", None) is None


def test_a_resolution_notice_for_a_request_open_again_is_stale():
    assert fold_notices([notice(1, "resolution", "UANA")], "open", "UANA") == FoldedNotice("owner_now", 1, "UANA", (1,))
    assert fold_notices([notice(1, "resolution", "UANA")], "open", None) is None


def test_nothing_pending_folds_into_nothing():
    assert fold_notices([], "open", "UANA") is None


def test_notices_of_two_requests_or_of_answers_do_not_fold():
    with pytest.raises(ValueError):
        fold_notices([notice(1, "claim", "UANA"), notice(2, "claim", "UANA", request_id=2)], "open", "UANA")
    with pytest.raises(ValueError):
        fold_notices([notice(1, "ack")], "open", "UANA")
    with pytest.raises(ValueError):
        fold_notices([notice(1, "claim", "UANA")], "archived", "UANA")


# -- properties ------------------------------------------------------------------------------------
START = at(2026, 12, 1)
window = st.tuples(st.integers(0, 60 * 24 * 30), st.integers(1, 60 * 24 * 10)).map(
    lambda t: Window(START + timedelta(minutes=t[0]), START + timedelta(minutes=t[0] + t[1]))
)
customers = st.builds(
    CustomerFacts,
    hours=st.sampled_from(
        [PILAR, Schedule(tz="America/Panama", country="PA"), Schedule(tz="Asia/Tokyo", country="JP")]
    ),
    windows=st.lists(window, max_size=4).map(tuple),
    status_away_until=st.none() | st.integers(0, 60 * 24 * 20).map(lambda m: START + timedelta(minutes=m)),
    opted_out=st.booleans(),
)
moments = st.integers(0, 60 * 24 * 40).map(lambda m: (START + timedelta(minutes=m)).astimezone(UTC))
last_written = st.none() | st.integers(0, 60 * 24).map(lambda m: timedelta(minutes=m))


def _in_hours(facts: CustomerFacts, moment: datetime) -> bool:
    day = moment.astimezone(ZoneInfo(facts.hours.tz)).date()
    window = facts.hours.window(day)
    return window is not None and window[0] <= moment < window[1]


@given(facts=customers, now=moments, ago=last_written, kind=st.sampled_from(sorted(KINDS)))
def test_a_send_at_is_never_early_inside_a_window_away_or_outside_hours(facts, now, ago, kind):
    decision = gate(kind, facts, None if ago is None else now - ago, now)
    if isinstance(decision, SendAt):
        assert decision.moment > now
        assert not any(w.start <= decision.moment < w.resume for w in facts.windows)
        assert facts.status_away_until is None or decision.moment >= facts.status_away_until
        assert _in_hours(facts, decision.moment)
        assert decision.moment == next_allowed(facts, now)


@given(facts=customers, now=moments, ago=last_written)
def test_an_ack_and_an_echo_always_go_at_once(facts, now, ago):
    last = None if ago is None else now - ago
    assert gate("ack", facts, last, now) == SendNow()
    assert gate("window_echo", facts, last, now) == SendNow()


@given(facts=customers, now=moments, ago=last_written, kind=st.sampled_from(sorted(KINDS)))
def test_nothing_reaches_an_opted_out_customer_but_answers_and_requested_updates(facts, now, ago, kind):
    opted_out = CustomerFacts(facts.hours, facts.windows, facts.status_away_until, opted_out=True)
    decision = gate(kind, opted_out, None if ago is None else now - ago, now)
    if kind in OWN:
        assert decision == Hold("opted_out")
    else:
        assert isinstance(decision, SendNow)


@given(facts=customers, now=moments, ago=last_written, kind=st.sampled_from(sorted(OWN)))
def test_a_notice_sent_now_is_sent_in_allowed_time_or_to_someone_who_just_wrote(facts, now, ago, kind):
    last = None if ago is None else now - ago
    if isinstance(gate(kind, facts, last, now), SendNow):
        assert not facts.opted_out and not any(w.start <= now < w.resume for w in facts.windows)
        assert held_by(facts, now) is None or (ago is not None and ago <= timedelta(minutes=30))


@given(facts=customers, now=moments)
def test_a_requested_update_always_goes_and_its_moment_is_her_first_allowed_one(facts, now):
    decision = gate("requested_update", facts, None, now)
    assert isinstance(decision, SendNow)
    assert (decision.away is None) == (held_by(facts, now) is None)
    if decision.away not in (None, "opted_out"):
        assert decision.back_at == next_allowed(facts, now)


pending_lists = st.lists(
    st.builds(
        PendingNotice,
        notice_id=st.integers(0, 1000),
        request_id=st.just(1),
        kind=st.sampled_from(sorted(OWN)),
        owner=st.sampled_from([None, "UANA", "UBEA"]),
        queued_at=st.none() | moments,
    ),
    max_size=6,
)


@given(
    pending=pending_lists,
    state=st.sampled_from(["open", "resolved", "withdrawn"]),
    owner=st.sampled_from([None, "UANA", "UBEA"]),
)
def test_folding_gives_at_most_one_notice_true_now(pending, state, owner):
    folded = fold_notices(pending, state, owner)
    if folded is None:
        return
    assert folded.folded == tuple(n.notice_id for n in pending)
    assert state != "withdrawn"
    if state == "resolved":
        assert folded.kind == "resolved" and any(n.kind == "resolution" for n in pending)
    else:
        assert folded.kind in ("owner_now", "claim", "handoff", "reopened")
        assert folded.owner == owner
        if len(pending) > 1 and owner is not None:
            assert folded.kind == "owner_now"
