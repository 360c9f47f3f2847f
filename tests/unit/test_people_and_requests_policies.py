"""Who is a customer, and what a message does to requests (pure policies)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policies.people import Author, is_conversation, role_of
from policies.requests import Activity, Ignore, Join, Open, RecentRequest, ThreadRequest, decide, excerpt

OURS, OUR_ORG, THEIRS = "T0ACME", "E0ACME", "T0CLIENT"
NOW = datetime(2026, 12, 16, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    ("author", "role"),
    [
        (Author("U1", team_id=THEIRS), "customer"),  # Slack Connect: another organisation
        (Author("U1", team_id="E0OTHERORG"), "customer"),  # a Grid user of another organisation
        (Author("U1", team_id=OUR_ORG, is_restricted=False), "staff"),  # our Grid org's id counts as ours
        (Author("U1", team_id=OURS, is_restricted=True), "customer"),  # a guest of ours
        (Author("U1", team_id=OURS, is_ultra_restricted=True), "customer"),  # a single-channel guest
        (Author("U1", team_id=OURS, is_restricted=False, is_ultra_restricted=False), "staff"),
        (Author("U1", team_id=OURS), "unknown"),  # ours, profile not seen yet: ask users.info
        (Author("U1", team_id=None), "unknown"),
        (Author("U1", team_id=THEIRS, bot_id="B1"), "bot"),
        (Author("U1", team_id=OURS, is_bot=True, is_restricted=False), "bot"),
        (Author(None, team_id=OURS), "bot"),  # no user at all: a system or webhook post
    ],
)
def test_role_of_an_author(author, role):
    assert role_of(author, OURS, OUR_ORG) == role


@pytest.mark.parametrize("subtype", [None, "", "file_share", "thread_broadcast", "me_message"])
def test_people_talking(subtype):
    assert is_conversation(subtype)


@pytest.mark.parametrize("subtype", ["bot_message", "channel_join", "channel_topic", "pinned_item", "new_subtype"])
def test_the_system_talking(subtype):
    assert not is_conversation(subtype)


def decision(role="customer", ts="100.1", thread_ts=None, thread_request=None, recent=None, grouping=10, at=NOW):
    return decide(
        role=role,
        ts=ts,
        thread_ts=thread_ts,
        posted_at=at,
        thread_request=thread_request,
        recent=recent,
        grouping_minutes=grouping,
    )


def test_a_customers_top_level_message_opens_a_request_at_itself():
    assert decision() == Open("100.1")


def test_a_message_within_the_grouping_window_joins_the_open_request():
    assert decision(recent=RecentRequest(7, NOW - timedelta(minutes=9, seconds=59))) == Join(7)


def test_at_the_end_of_the_grouping_window_a_new_request_opens():
    assert decision(recent=RecentRequest(7, NOW - timedelta(minutes=10))) == Open("100.1")


def test_staff_open_nothing_at_top_level_or_outside_requests():
    assert isinstance(decision(role="staff"), Ignore)
    assert isinstance(decision(role="staff", thread_ts="50.0"), Ignore)


def test_a_customer_asking_under_someone_elses_post_opens_a_request_in_that_thread():
    assert decision(thread_ts="50.0") == Open("50.0")


def test_a_thread_reply_is_activity_and_only_the_first_staff_reply_counts_as_first():
    thread = ThreadRequest(3, "open", has_staff_reply=False)
    assert decision(role="staff", thread_ts="50.0", thread_request=thread) == Activity(3, "staff", True)
    answered = ThreadRequest(3, "open", has_staff_reply=True)
    assert decision(role="staff", thread_ts="50.0", thread_request=answered) == Activity(3, "staff", False)
    assert decision(thread_ts="50.0", thread_request=thread) == Activity(3, "customer", False)


def test_a_broadcast_reply_whose_thread_ts_is_its_own_ts_is_top_level():
    assert decision(ts="100.1", thread_ts="100.1") == Open("100.1")


@pytest.mark.parametrize("role", ["bot", "unknown"])
def test_bots_and_unplaced_authors_are_ignored(role):
    assert isinstance(decision(role=role), Ignore)


@given(
    role=st.sampled_from(["customer", "staff", "bot", "unknown"]),
    in_thread=st.booleans(),
    has_thread_request=st.booleans(),
    minutes_since=st.one_of(st.none(), st.integers(min_value=0, max_value=120)),
    grouping=st.integers(min_value=0, max_value=60),
)
def test_only_customers_ever_open_or_join(role, in_thread, has_thread_request, minutes_since, grouping):
    recent = None if minutes_since is None else RecentRequest(1, NOW - timedelta(minutes=minutes_since))
    thread = ThreadRequest(2, "open", False) if has_thread_request else None
    result = decision(
        role=role, thread_ts="50.0" if in_thread else None, thread_request=thread, recent=recent, grouping=grouping
    )
    if isinstance(result, Open | Join):
        assert role == "customer"
    if role not in ("customer", "staff"):
        assert isinstance(result, Ignore)


def test_excerpt_is_capped_and_storable():
    assert excerpt("a" * 600) == "a" * 499 + "…"
    assert excerpt("nul\x00byte") == "nulbyte"
    assert excerpt("", ["error.png", "log.txt"]) == "[error.png, log.txt]"
    assert excerpt(None) == ""


@given(st.text(max_size=2000), st.lists(st.text(max_size=50), max_size=3))
def test_any_excerpt_fits_and_has_no_nul(text, files):
    out = excerpt(text, files)
    assert len(out) <= 500 and "\x00" not in out
