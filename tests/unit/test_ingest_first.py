"""atento serve's sweep process lets acks go first during a burst, and never waits more than its patience."""

from __future__ import annotations

from bot.platform.sweep_process import IngestFirst


class FakeTime:
    def __init__(self):
        self.now = 100.0
        self.slept: list[float] = []
        self.during_sleep = lambda: None

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 6))
        self.now += seconds
        self.during_sleep()


def manners(time: FakeTime) -> IngestFirst:
    return IngestFirst(quiet=0.02, patience=0.2, monotonic=time.monotonic, sleep=time.sleep)


def test_with_no_event_heard_the_sweep_goes_at_once():
    time = FakeTime()
    manners(time).before_batch()
    assert time.slept == []


def test_after_an_event_the_sweep_waits_until_it_has_been_quiet_for_a_moment():
    time = FakeTime()
    first = manners(time)
    first.heard()
    time.now += 0.005
    first.before_batch()
    assert time.slept == [0.015]


def test_an_event_heard_long_ago_does_not_hold_the_sweep():
    time = FakeTime()
    first = manners(time)
    first.heard()
    time.now += 1
    first.before_batch()
    assert time.slept == []


def test_a_steady_stream_of_events_holds_each_batch_no_longer_than_the_patience():
    time = FakeTime()
    first = manners(time)
    first.heard()
    time.during_sleep = first.heard  # another event arrives during every wait
    started = time.now
    first.before_batch()
    assert round(time.now - started, 6) == 0.2
    assert all(s <= 0.02 for s in time.slept)


def test_while_events_arrive_the_sweep_is_busy_and_a_quiet_second_later_it_is_not():
    time = FakeTime()
    first = manners(time)
    assert not first.busy()
    first.heard()
    time.now += 0.5
    assert first.busy()
    time.now += 0.6
    assert not first.busy()
