"""Figures of a period (issue 19): counts, business-time percentiles, promises, per organisation."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from policies.business_time import Schedule, business_minutes_between
from policies.figures import (
    BusinessClock,
    PromiseFacts,
    RequestFacts,
    daily,
    local_period,
    percentile,
    promise_outcome,
    report,
    resolved_in,
)

PANAMA = Schedule(tz="America/Panama")  # Mon–Fri 09:00–18:00, UTC-5 all year
SPAIN = Schedule(tz="Europe/Madrid", country="ES")  # with Spain's public holidays and DST
MONDAY = datetime(2026, 12, 7, tzinfo=UTC)
WEEK = (MONDAY, MONDAY + timedelta(days=7))
NOW = MONDAY + timedelta(days=8)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """Day 0 is Monday 7 Dec 2026; hours are Panama's."""
    return MONDAY + timedelta(days=day, hours=hour + 5, minutes=minute)


def week_report(requests, promises=(), hours=PANAMA):
    return report(list(requests), list(promises), *WEEK, hours, NOW)


def test_first_response_counts_business_time_only():
    friday_evening = RequestFacts(1, "Acme", at(4, 17, 55), first_response_at=at(7, 9, 10))  # answered Monday
    figures = report([friday_evening], [], MONDAY, MONDAY + timedelta(days=14), PANAMA, NOW).total
    assert figures.new == 1 and figures.first_response.median == 15 and figures.first_response.p90 == 15


def test_median_and_ninetieth_percentile_of_first_responses():
    waits = [10, 20, 30, 40, 50, 60, 70, 80, 90, 300]  # minutes, all on Tuesday morning
    requests = [
        RequestFacts(n, "Acme", at(1, 9), first_response_at=at(1, 9) + timedelta(minutes=w))
        for n, w in enumerate(waits)
    ]
    spread = week_report(requests).total.first_response
    assert (spread.count, spread.median, spread.p90) == (10, 55, 90)


def test_resolved_counted_in_the_period_of_resolution_and_withdrawn_never():
    requests = [
        RequestFacts(1, "Acme", at(-3, 10), resolved_at=at(0, 11), state="resolved"),  # opened the week before
        RequestFacts(2, "Acme", at(1, 10), resolved_at=at(9, 11), state="resolved"),  # resolved the week after
        RequestFacts(3, "Acme", at(1, 10), resolved_at=at(1, 12), state="withdrawn"),
    ]
    figures = week_report(requests).total
    assert (figures.new, figures.resolved, figures.resolution.count) == (2, 1, 1)
    assert figures.resolution.median == business_minutes_between(at(-3, 10), at(0, 11), PANAMA)


def test_a_request_reopened_three_times_in_a_week_counts_once():
    bouncing = RequestFacts(
        1, "Acme", at(0, 9), resolved_at=at(4, 9), state="resolved", reopened_at=(at(1, 9), at(2, 9), at(3, 9))
    )
    last_week = RequestFacts(2, "Acme", at(-5, 9), resolved_at=at(-4, 9), state="resolved", reopened_at=(at(-3, 9),))
    assert week_report([bouncing, last_week]).total.reopened == 1


def test_renegotiated_promises_are_not_missed_even_past_their_old_date():
    promises = [
        PromiseFacts(1, "Acme", at(0, 9), due_at=at(1, 9), state="renegotiated", closed_at=at(1, 15)),
        PromiseFacts(1, "Acme", at(1, 15), due_at=at(3, 9), state="kept", closed_at=at(2, 10)),
        PromiseFacts(2, "Acme", at(0, 9), due_at=at(2, 9), state="missed", closed_at=at(2, 9, 1)),
        PromiseFacts(3, "Acme", at(0, 9), due_at=at(4, 9), state="open"),  # due passed; the check has not run
        PromiseFacts(4, "Acme", at(0, 9), due_at=at(9, 9), state="open"),  # not due yet
        PromiseFacts(
            5, "Acme", at(0, 9), due_at=at(1, 9), state="cancelled", closed_at=at(0, 9, 5), closed_how="undone"
        ),
        PromiseFacts(
            6, "Acme", at(0, 9), due_at=at(1, 9), state="cancelled", closed_at=at(0, 12), closed_how="resolved"
        ),
    ]
    figures = week_report([], promises).total
    assert (figures.kept, figures.missed, figures.renegotiated) == (2, 2, 1)


def test_figures_per_customer_organisation_busiest_first():
    requests = [RequestFacts(n, "Globex" if n < 3 else "Acme", at(1, 10)) for n in range(5)]
    by_org = week_report(requests).by_org
    assert [(org, figures.new) for org, figures in by_org] == [("Globex", 3), ("Acme", 2)]


def test_a_quiet_week_has_empty_figures_not_errors():
    figures = week_report([]).total
    assert figures.empty and figures.first_response.median is None and figures.first_response.p90 is None


def test_daily_series_has_every_day_of_the_week_in_the_teams_zone():
    since, until = local_period(date(2026, 12, 7), date(2026, 12, 13), "America/Panama")
    requests = [
        RequestFacts(1, "Acme", at(0, 10), first_response_at=at(0, 11), resolved_at=at(2, 10), state="resolved"),
        RequestFacts(2, "Acme", at(0, 12), first_response_at=at(0, 12, 30)),
        RequestFacts(3, "Acme", at(6, 23)),  # Sunday night in Panama, Monday in UTC
    ]
    days = daily(requests, since, until, "America/Panama", PANAMA)
    assert [d.day.day for d in days] == [7, 8, 9, 10, 11, 12, 13]
    assert (days[0].opened, days[0].first_response_median) == (2, 45)
    assert days[2].resolved == 1 and days[6].opened == 1 and days[6].first_response_median is None


def test_resolved_yesterday_in_order():
    requests = [
        RequestFacts(2, "Acme", at(0, 9), resolved_at=at(1, 15), state="resolved"),
        RequestFacts(1, "Acme", at(0, 9), resolved_at=at(1, 10), state="resolved"),
        RequestFacts(3, "Acme", at(0, 9), resolved_at=at(2, 10), state="resolved"),
    ]
    assert [r.number for r in resolved_in(requests, at(1, 0), at(2, 0))] == [1, 2]


# -- properties --------------------------------------------------------------------------------------
moments = st.datetimes(
    min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)
)  # spans Spain's DST changes and holidays


@settings(max_examples=300, deadline=None)
@given(start=moments, length=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=40)))
def test_the_fast_business_clock_agrees_with_business_time(start, length):
    for schedule in (PANAMA, SPAIN):
        assert (
            abs(
                BusinessClock(schedule).between(start, start + length)
                - business_minutes_between(start, start + length, schedule)
            )
            < 1e-6
        )


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(min_value=0, max_value=1e6, allow_nan=False), min_size=1, max_size=60))
def test_the_ninetieth_percentile_is_a_real_wait_with_nine_in_ten_at_or_below(values):
    p90 = percentile(values, 0.9)
    assert p90 in values
    assert sum(v <= p90 for v in values) >= 0.9 * len(values)
    assert sum(v < p90 for v in values) < 0.9 * len(values)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 6), st.integers(0, 23), st.integers(0, 4000)),
        min_size=1,
        max_size=25,
    )
)
def test_percentiles_are_in_business_minutes_and_ordered(rows):
    requests = [
        RequestFacts(n, "Acme", at(d, h), first_response_at=at(d, h) + timedelta(minutes=w))
        for n, (d, h, w) in enumerate(rows)
    ]
    spread = week_report(requests, hours=SPAIN).total.first_response
    answered = [r for r in requests if r.first_response_at < WEEK[1]]
    waits = [business_minutes_between(r.created_at, r.first_response_at, SPAIN) for r in answered]
    assert spread.count == len(waits)
    if waits:
        assert min(waits) <= spread.median <= spread.p90 <= max(waits)
        assert all(
            w <= (r.first_response_at - r.created_at).total_seconds() / 60 + 1e-6
            for w, r in zip(waits, answered, strict=True)
        )


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(-10, 16), max_size=8))
def test_reopenings_count_each_request_once_per_period(days):
    request = RequestFacts(1, "Acme", at(-12, 9), reopened_at=tuple(at(d, 10) for d in days))
    expected = 1 if any(0 <= d < 7 for d in days) else 0
    assert week_report([request]).total.reopened == expected


@settings(max_examples=200, deadline=None)
@given(made=st.integers(0, 5), due=st.integers(-3, 12), closed=st.integers(0, 12))
def test_a_renegotiated_promise_is_never_missed(made, due, closed):
    promise = PromiseFacts(1, "Acme", at(made, 9), due_at=at(due, 9), state="renegotiated", closed_at=at(closed, 9))
    assert promise_outcome(promise, NOW)[0] == "renegotiated"
    figures = week_report([], [promise]).total
    assert figures.missed == 0 and figures.renegotiated == (1 if closed < 7 else 0)
