"""When to remind an owner of a promise, and whether it was kept (pure policy, groundwork for issue 5)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from policies.business_time import Schedule, business_minutes_between, subtract_business_minutes
from policies.promises import Plan, PromiseFacts, away_at, new_moment_refused, reminders, state

PANAMA = ZoneInfo("America/Panama")
ANA = Schedule(tz="America/Panama", country="PA")


def at(*args) -> datetime:
    return datetime(*args, tzinfo=PANAMA)


def test_friday_eod_promised_on_wednesday_morning():
    # Wed 10:00 → Fri 17:00: 8 + 9 + 8 = 25 working hours; half is Thu 13:30; two working hours before is Fri 15:00.
    assert reminders(at(2026, 12, 16, 10), at(2026, 12, 18, 17), ANA) == [
        at(2026, 12, 17, 13, 30),
        at(2026, 12, 18, 15),
    ]


def test_a_promise_due_in_an_hour_gets_only_the_half_time_reminder():
    assert reminders(at(2026, 12, 16, 10), at(2026, 12, 16, 11), ANA) == [at(2026, 12, 16, 10, 30)]


def test_reminders_close_together_are_one():
    # 4 working hours: half at 12:00, two hours before at 12:00 too.
    assert reminders(at(2026, 12, 16, 10), at(2026, 12, 16, 14), ANA) == [at(2026, 12, 16, 12)]


def test_no_working_time_left_means_no_reminder():
    assert reminders(at(2026, 12, 18, 18, 30), at(2026, 12, 19, 12), ANA) == []  # Friday evening to Saturday noon


def test_the_plan_is_configurable():
    assert reminders(at(2026, 12, 16, 10), at(2026, 12, 18, 17), ANA, Plan(at_half_time=False)) == [
        at(2026, 12, 18, 15)
    ]


def test_subtracting_business_time_skips_nights_weekends_and_holidays():
    assert subtract_business_minutes(at(2026, 12, 14, 10), 120, ANA) == at(
        2026, 12, 11, 17
    )  # Monday 10:00 → Friday 17:00
    assert subtract_business_minutes(at(2026, 12, 9, 9, 30), 60, ANA) == at(
        2026, 12, 7, 17, 30
    )  # over the 8 December holiday


@given(
    start=st.integers(0, 60 * 24 * 20),
    length=st.integers(1, 60 * 24 * 10),
    before=st.sampled_from([0, 60, 120, 240]),
)
def test_reminders_are_within_working_hours_ordered_and_before_due(start, length, before):
    promised = at(2026, 12, 1) + timedelta(minutes=start)
    due = promised + timedelta(minutes=length)
    moments = reminders(promised, due, ANA, Plan(before_due_business_minutes=before))
    assert moments == sorted(moments)
    for moment in moments:
        assert promised < moment < due
        assert ANA.window(moment.astimezone(PANAMA).date()) is not None
    assert all(b - a >= timedelta(minutes=30) for a, b in zip(moments, moments[1:], strict=False))


@given(end=st.integers(0, 60 * 24 * 60), minutes=st.integers(1, 3000))
def test_subtracting_then_measuring_agrees(end, minutes):
    finish = at(2026, 12, 1) + timedelta(minutes=end)
    begin = subtract_business_minutes(finish, minutes, ANA)
    assert begin is not None and begin <= finish
    assert abs(business_minutes_between(begin, finish, ANA) - minutes) < 1e-6


def test_kept_missed_or_open():
    promise = PromiseFacts(promised_at=at(2026, 12, 16, 10), due=at(2026, 12, 18, 17))
    assert state(promise, at(2026, 12, 17, 9)) == "open"
    assert state(promise, at(2026, 12, 18, 17)) == "missed"
    done = PromiseFacts(promise.promised_at, promise.due, done_at=at(2026, 12, 17, 9))
    assert state(done, at(2026, 12, 19, 9)) == "kept"
    answered = PromiseFacts(promise.promised_at, promise.due, staff_replied_at=at(2026, 12, 18, 16))
    assert state(answered, at(2026, 12, 19, 9)) == "kept"
    late = PromiseFacts(promise.promised_at, promise.due, staff_replied_at=at(2026, 12, 18, 18))
    assert state(late, at(2026, 12, 19, 9)) == "missed"


def test_plan_from_workspace_settings():
    assert Plan.from_settings(None) == Plan()
    assert Plan.from_settings({"at_half_time": False, "before_due_business_minutes": 60}) == Plan(False, 60)
    assert Plan.from_settings({"before_due_business_minutes": -5}).before_due_business_minutes == 0


def test_a_new_moment_must_be_in_the_future_and_later_than_the_one_it_extends():
    now, due = at(2026, 12, 18, 15), at(2026, 12, 18, 17)
    assert new_moment_refused(at(2026, 12, 18, 12), now) == "past"
    assert new_moment_refused(now, now) == "past"
    assert new_moment_refused(at(2026, 12, 18, 16), now, due) == "not_later"
    assert new_moment_refused(due, now, due) == "not_later"
    assert new_moment_refused(at(2026, 12, 21, 17), now, due) is None
    assert new_moment_refused(at(2026, 12, 18, 16), now) is None


def test_away_at_the_due_moment():
    due = at(2026, 12, 18, 17)
    holiday = [(at(2026, 12, 18, 0), at(2027, 1, 4, 0))]
    assert away_at(due, holiday, None) == at(2027, 1, 4, 0)
    assert away_at(due, [(at(2026, 12, 19, 0), at(2027, 1, 4, 0))], None) is None  # starts after
    assert away_at(due, [(at(2026, 12, 10, 0), due)], None) is None  # back exactly then
    assert away_at(due, [], at(2026, 12, 21, 9)) == at(2026, 12, 21, 9)
    assert away_at(due, [], at(2026, 12, 18, 12)) is None


@given(
    promised=st.integers(0, 60 * 24 * 10),
    length=st.integers(1, 60 * 24 * 10),
    reply=st.integers(-60 * 24, 60 * 24 * 25),
    look=st.integers(0, 60 * 24 * 25),
)
def test_a_promise_is_exactly_one_of_open_kept_or_missed(promised, length, reply, look):
    start = at(2026, 12, 14, 0)
    promised_at = start + timedelta(minutes=promised)
    due = promised_at + timedelta(minutes=length)
    replied = promised_at + timedelta(minutes=reply)
    now = start + timedelta(minutes=look)
    verdict = state(PromiseFacts(promised_at, due, staff_replied_at=replied), now)
    kept_by_reply = promised_at < replied < due and replied <= now
    if kept_by_reply:
        assert verdict == "kept"
    else:
        assert verdict == ("missed" if now >= due else "open")
