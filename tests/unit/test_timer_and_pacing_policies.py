"""Fire-time decisions, retries, collapse and the pace of speech (pure policies)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from policies.pacing import given_back, may_speak, next_slot, slot_start, workspace_interval
from policies.timers import collapse, retry_at

NOW = datetime(2026, 12, 16, 15, tzinfo=UTC)


def test_retry_honours_retry_after_exactly():
    assert retry_at(NOW, attempts=1, retry_after=2) == NOW + timedelta(seconds=2)
    assert retry_at(NOW, attempts=7, retry_after=30) == NOW + timedelta(seconds=30)


@given(attempts=st.integers(min_value=1, max_value=50))
def test_backoff_grows_and_is_capped(attempts):
    wait = retry_at(NOW, attempts, None) - NOW
    assert timedelta(seconds=2) <= wait <= timedelta(seconds=900)
    assert retry_at(NOW, attempts + 1, None) - NOW >= wait


def test_overdue_duplicates_collapse_into_the_latest():
    timers = [
        (1, "nudge", "request:1", NOW - timedelta(hours=3)),
        (2, "nudge", "request:1", NOW - timedelta(hours=1)),
        (3, "nudge", "request:2", NOW),
        (4, "remind", "request:1", NOW),
    ]
    fire, folded = collapse(timers)
    assert fire == [2, 3, 4]
    assert folded == {1: 2}


@given(
    st.lists(st.tuples(st.sampled_from(["a", "b"]), st.sampled_from(["x", "y", "z"]), st.integers(0, 100)), max_size=30)
)
def test_collapse_keeps_exactly_one_per_kind_and_subject(items):
    timers = [(i, kind, subject, NOW + timedelta(minutes=m)) for i, (kind, subject, m) in enumerate(items)]
    fire, folded = collapse(timers)
    assert len(fire) == len({(k, s) for _, k, s, _ in timers})
    assert set(fire) | set(folded) == {t[0] for t in timers}
    assert all(into in fire for into in folded.values())


def test_a_channel_speaks_once_a_second():
    assert may_speak(None, NOW)
    slot = next_slot(None, NOW, 1.0)
    assert not may_speak(slot, NOW + timedelta(seconds=0.5))
    assert may_speak(slot, NOW + timedelta(seconds=1))


def test_a_workspace_may_burst_within_its_tolerance_and_holds_its_rate():
    interval = workspace_interval(500)
    assert interval == 0.12
    tat, sent = None, 0
    while may_speak(tat, NOW, tolerance_seconds=5.0):
        tat = next_slot(tat, NOW, interval)
        sent += 1
    assert sent == 42  # a 5-second burst at 500/min, then one per 0.12 s
    assert may_speak(tat, NOW + timedelta(seconds=interval), tolerance_seconds=5.0)


@given(
    start=st.one_of(st.none(), st.floats(min_value=-10, max_value=10)),
    leases=st.lists(st.tuples(st.integers(1, 20), st.integers(0, 20)), min_size=1, max_size=5),
    order=st.randoms(use_true_random=False),
)
def test_leases_given_back_in_any_order_leave_the_key_as_if_only_the_sent_messages_had_reserved(start, leases, order):
    """Sweeps lease in turn at one moment; each sends some and gives the rest back, in any order."""
    interval = 0.12
    tat = None if start is None else NOW + timedelta(seconds=start)
    first = slot_start(tat, NOW)
    for count, _sent in leases:
        for _ in range(count):
            tat = next_slot(tat, NOW, interval)
    returns = [count - min(sent, count) for count, sent in leases]
    order.shuffle(returns)
    for unsent in returns:
        tat = given_back(tat, unsent, interval, NOW)
    sent = sum(min(sent, count) for count, sent in leases)
    assert abs((slot_start(tat, NOW) - (first + timedelta(seconds=sent * interval))).total_seconds()) < 1e-6


def test_nothing_given_back_to_a_key_that_was_never_reserved():
    assert given_back(None, 3, 0.12, NOW) is None
