"""A customer writing about a resolved request (policies/requests.py, issue 16's reopen rules)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from policies.requests import REOPEN_DAYS, Activity, Ignore, Open, Reopen, ThreadRequest, Urgent, decide
from policies.understanding.problems import tells_problem

NOW = datetime(2026, 12, 16, 15, 0, tzinfo=UTC)


def in_resolved_thread(intent: str, days_ago: float, *, problem: bool = False, follower=None, role="customer"):
    old = ThreadRequest(1, "resolved", True, NOW - timedelta(days=days_ago), follower)
    return decide(
        role=role,
        ts="200.1",
        thread_ts="100.1",
        posted_at=NOW,
        thread_request=old,
        recent=None,
        grouping_minutes=10,
        intent=intent,
        tells_problem=problem,
    )


@pytest.mark.parametrize("intent", ["request", "status"])
def test_a_request_or_a_chase_reopens_within_the_window_and_follows_after_it(intent):
    assert in_resolved_thread(intent, REOPEN_DAYS - 1) == Reopen(1)
    assert in_resolved_thread(intent, REOPEN_DAYS + 1) == Open("200.1", follows=1)


def test_news_reopens_only_when_it_tells_of_a_problem():
    assert in_resolved_thread("info", 2, problem=True) == Reopen(1)
    assert isinstance(in_resolved_thread("info", 2, problem=False), Ignore)


@pytest.mark.parametrize("intent", ["thanks", "greeting"])
def test_thanks_and_greetings_reopen_nothing_even_beside_a_problem_word(intent):
    assert isinstance(in_resolved_thread(intent, 2, problem=True), Ignore)


def test_past_the_window_an_open_follower_takes_the_threads_messages():
    follower = ThreadRequest(7, "open", False)
    assert in_resolved_thread("request", 30, follower=follower) == Activity(7, "customer", False)
    assert in_resolved_thread("status", 30, follower=follower) == Urgent(7)
    assert in_resolved_thread("request", 30, follower=follower, role="staff") == Activity(7, "staff", True)


def test_a_resolved_follower_is_followed_in_turn():
    follower = ThreadRequest(7, "resolved", True, NOW - timedelta(days=30))
    assert in_resolved_thread("request", 60, follower=follower) == Open("200.1", follows=7)


# Sentences written for this test, none from the intent corpora: news that tells of trouble, and news that does not.
@pytest.mark.parametrize(
    "text",
    [
        "fyi the nightly sync failed again, we re-ran it by hand",
        "heads up, the dashboard was down for about an hour this morning",
        "just so you know the invoice run came out empty again",
        "para que sepan: volvió a fallar la sincronización anoche, la relanzamos nosotros",
        "les cuento que el reporte sigue saliendo vacío",
        "the same error showed up on two more laptops",
    ],
)
def test_news_of_trouble_tells_a_problem(text):
    assert tells_problem(text)


@pytest.mark.parametrize(
    "text",
    [
        "fyi we're moving offices next month",
        "just letting you know our new accountant starts Monday",
        "les aviso que cerramos del 24 al 31",
        "ya funciona, gracias",
        "all good on our side now",
        "",
    ],
)
def test_other_news_tells_no_problem(text):
    assert not tells_problem(text)
