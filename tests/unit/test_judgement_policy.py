"""What each customer message does to requests, by its intent (issue 16, P8): pure decisions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policies.requests import (
    REOPEN_DAYS,
    Activity,
    ActivityNotAnswer,
    Ignore,
    Join,
    Open,
    RecentRequest,
    Reopen,
    ThreadRequest,
    Urgent,
    decide,
)

NOW = datetime(2026, 12, 16, 15, tzinfo=UTC)
OPEN = ThreadRequest(3, "open", has_staff_reply=True)
LONG_AGO = RecentRequest(7, NOW - timedelta(hours=3))
JUST_NOW = RecentRequest(7, NOW - timedelta(minutes=2))


def judge(intent, *, role="customer", thread_ts=None, thread_request=None, recent=None, **facts):
    return decide(
        role=role,
        ts="100.1",
        thread_ts=thread_ts,
        posted_at=NOW,
        thread_request=thread_request,
        recent=recent,
        grouping_minutes=10,
        intent=intent,
        **facts,
    )


def resolved(days_ago: float) -> ThreadRequest:
    return ThreadRequest(3, "resolved", True, resolved_at=NOW - timedelta(days=days_ago))


# -- top level ---------------------------------------------------------------------------------
def test_a_request_opens_one():
    assert judge("request") == Open("100.1")


@pytest.mark.parametrize("intent", ["thanks", "greeting", "info"])
def test_a_thanks_a_greeting_or_news_opens_nothing_when_nothing_is_open(intent):
    assert isinstance(judge(intent), Ignore)


@pytest.mark.parametrize("intent", ["thanks", "greeting"])
def test_a_thanks_or_greeting_is_activity_on_the_latest_open_request_but_no_answer(intent):
    assert judge(intent, recent=LONG_AGO) == ActivityNotAnswer(7, intent)
    assert judge(intent, recent=JUST_NOW) == ActivityNotAnswer(7, intent)


def test_news_is_the_customer_answering_their_latest_open_request():
    assert judge("info", recent=LONG_AGO) == Activity(7, "customer", False)


def test_news_that_only_states_an_absence_keeps_the_request_waiting_on_the_customer():
    assert judge("info", recent=LONG_AGO, absence_only=True) == ActivityNotAnswer(7, "absence")


def test_a_chase_is_urgent_on_the_latest_open_request():
    assert judge("status", recent=LONG_AGO) == Urgent(7)


def test_a_chase_with_nothing_open_opens_a_request():
    assert judge("status") == Open("100.1")


@pytest.mark.parametrize("intent", ["request", "status", "info"])
def test_within_the_grouping_window_a_message_joins_the_burst(intent):
    assert judge(intent, recent=JUST_NOW) == Join(7)


def test_a_message_naming_an_open_request_is_activity_on_it_not_a_new_one():
    assert judge("request", referenced=OPEN) == Activity(3, "customer", False)
    assert judge("status", referenced=OPEN, recent=LONG_AGO) == Urgent(3)
    assert judge("thanks", referenced=OPEN, recent=LONG_AGO) == ActivityNotAnswer(3, "thanks")


def test_a_message_naming_a_recently_resolved_request_with_the_problem_reopens_it():
    assert judge("request", referenced=resolved(3)) == Reopen(3)


def test_a_message_naming_a_long_resolved_request_opens_a_new_one_that_follows_it():
    assert judge("request", referenced=resolved(REOPEN_DAYS + 1)) == Open("100.1", follows=3)


# -- in a request's thread ---------------------------------------------------------------------
@pytest.mark.parametrize("intent", ["thanks", "greeting"])
def test_a_thanks_in_the_thread_is_no_answer(intent):
    assert judge(intent, thread_ts="50.0", thread_request=OPEN) == ActivityNotAnswer(3, intent)


def test_news_in_the_thread_is_the_customer_answering():
    assert judge("info", thread_ts="50.0", thread_request=OPEN) == Activity(3, "customer", False)


def test_a_holiday_stated_in_the_thread_is_no_answer():
    assert judge("info", thread_ts="50.0", thread_request=OPEN, absence_only=True) == ActivityNotAnswer(3, "absence")


def test_a_chase_in_the_thread_is_urgent():
    assert judge("status", thread_ts="50.0", thread_request=OPEN) == Urgent(3)


@pytest.mark.parametrize("intent", ["request", "status"])
def test_the_problem_back_in_a_resolved_thread_reopens_it(intent):
    assert judge(intent, thread_ts="50.0", thread_request=resolved(REOPEN_DAYS)) == Reopen(3)


@pytest.mark.parametrize("intent", ["thanks", "greeting", "info"])
def test_a_thanks_in_a_resolved_thread_reopens_nothing(intent):
    assert isinstance(judge(intent, thread_ts="50.0", thread_request=resolved(1)), Ignore)


def test_the_problem_back_after_the_reopen_window_is_a_new_request_that_follows_the_old_one():
    decision = judge("request", thread_ts="50.0", thread_request=resolved(REOPEN_DAYS + 0.5))
    assert decision == Open("100.1", follows=3)


@pytest.mark.parametrize(("intent", "opens"), [("request", True), ("status", True), ("info", False), ("thanks", False)])
def test_under_someone_elses_post_only_an_ask_or_a_chase_opens(intent, opens):
    assert isinstance(judge(intent, thread_ts="50.0"), Open) is opens


# -- staff -------------------------------------------------------------------------------------
def test_a_staff_top_level_answer_is_activity_on_the_request_it_answers():
    unanswered = ThreadRequest(3, "open", has_staff_reply=False)
    assert judge(None, role="staff", staff_answers=unanswered) == Activity(3, "staff", True, top_level=True)


def test_a_staff_top_level_message_answering_nothing_opens_nothing():
    assert isinstance(judge(None, role="staff"), Ignore)
    assert isinstance(judge(None, role="staff", staff_answers=resolved(1)), Ignore)


def test_staff_words_in_a_request_thread_are_staff_activity_whatever_they_say():
    assert judge("thanks", role="staff", thread_ts="50.0", thread_request=OPEN) == Activity(3, "staff", False)


# -- properties --------------------------------------------------------------------------------
INTENTS = st.sampled_from(["request", "status", "info", "thanks", "greeting", None])
REQUESTS = st.one_of(
    st.none(),
    st.builds(
        ThreadRequest,
        st.integers(1, 9),
        st.sampled_from(["open", "resolved", "withdrawn"]),
        st.booleans(),
        st.one_of(st.none(), st.timedeltas(timedelta(0), timedelta(days=40)).map(lambda d: NOW - d)),
    ),
)


@given(
    intent=INTENTS,
    role=st.sampled_from(["customer", "staff", "bot"]),
    in_thread=st.booleans(),
    thread_request=REQUESTS,
    referenced=REQUESTS,
    minutes=st.one_of(st.none(), st.integers(0, 600)),
    absence_only=st.booleans(),
)
def test_a_thanks_or_greeting_never_opens_and_never_answers(
    intent, role, in_thread, thread_request, referenced, minutes, absence_only
):
    recent = None if minutes is None else RecentRequest(7, NOW - timedelta(minutes=minutes))
    result = judge(
        intent,
        role=role,
        thread_ts="50.0" if in_thread else None,
        thread_request=thread_request,
        recent=recent,
        referenced=referenced,
        absence_only=absence_only,
    )
    if role == "customer" and intent in ("thanks", "greeting"):
        assert isinstance(result, ActivityNotAnswer | Ignore)
    if isinstance(result, Open | Join | Urgent | Reopen):
        assert role == "customer" and intent in ("request", "status", "info", None)
    if isinstance(result, Reopen):
        assert intent in ("request", "status", None)
