"""atento serve's sweep process lets acks go first during a burst, and never waits more than its patience."""

from __future__ import annotations

import os

from bot.platform.sweep_process import IngestFirst, SweepProcess


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


def sweep_under_a_steady_stream(first: IngestFirst, time: FakeTime, seconds: float, batch: float) -> list[float]:
    """Batches taking `batch` seconds each while an event arrives during every wait and every batch:
    when each batch began."""
    started, began = time.now, []
    while time.now - started < seconds:
        first.before_batch()
        began.append(time.now - started)
        time.now += batch
        first.heard()
    return began


def test_under_a_steady_stream_the_sweep_progresses_in_every_second_and_holds_half_the_time():
    time = FakeTime()
    first = manners(time)
    first.heard()
    time.during_sleep = first.heard
    began = sweep_under_a_steady_stream(first, time, seconds=10, batch=0.03)
    for second in range(10):
        assert any(second <= b < second + 1 for b in began), f"no batch in second {second}"
    after_the_burst = [b for b in began if b >= 2]
    # 30 ms batches with waits of at most 30 ms: about 16 a second, the sweep busy half the time.
    assert len(after_the_burst) >= 8 * 15


def test_a_short_burst_still_gets_the_whole_patience_before_each_batch():
    time = FakeTime()
    first = manners(time)
    first.heard()
    time.during_sleep = first.heard
    began = sweep_under_a_steady_stream(first, time, seconds=0.9, batch=0.03)
    waits = [b - a - 0.03 for a, b in zip(began, began[1:], strict=False)]
    assert waits and all(round(w, 6) == 0.2 for w in waits)


def test_a_stream_after_a_quiet_second_is_a_new_burst():
    time = FakeTime()
    first = manners(time)
    first.heard()
    time.during_sleep = first.heard
    sweep_under_a_steady_stream(first, time, seconds=3, batch=0.03)
    time.during_sleep = lambda: None
    time.now += 1.5
    first.heard()
    time.during_sleep = first.heard
    before = time.now
    first.before_batch()
    assert round(time.now - before, 6) == 0.2


def test_pokes_close_together_reach_the_child_as_one():
    time = FakeTime()
    sweep = SweepProcess(monotonic=time.monotonic)
    sweep.poke()
    time.now += 0.002
    sweep.poke()  # left out: the child reads these together, and sweeps once more when they stop
    time.now += 0.004
    sweep.poke()
    os.set_blocking(sweep._pokes_read, False)
    assert os.read(sweep._pokes_read, 64) == b".."
