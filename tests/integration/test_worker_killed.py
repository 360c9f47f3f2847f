"""A worker killed with SIGKILL mid-batch (issue 10): nothing lost, nothing run twice after success."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections import Counter
from datetime import timedelta

from sqlalchemy import func, select

from bot.platform.models import Timer
from bot.platform.timers import LEASE, Sweeper
from policies.timers import Done
from tests.support.builders import add_due_timers

WORKER = """
import sys, threading
from datetime import datetime
from bot.platform.clock import FakeClock
from bot.platform.db import make_engine, make_session_factory
from bot.platform.timers import Sweeper
from policies.timers import Done

url, now, block_after = sys.argv[1], datetime.fromisoformat(sys.argv[2]), int(sys.argv[3])
fired = 0

def handler(ctx):
    global fired
    fired += 1
    if fired > block_after:
        print("blocked", flush=True)
        threading.Event().wait()  # stuck mid-batch, holding its leases and row locks
    return Done("killed worker")

sweeper = Sweeper(make_session_factory(make_engine(url)), FakeClock(now), {"chore": handler}, batch_size=50)
while sweeper.sweep().fired:
    pass
"""


def test_a_killed_workers_timers_are_fired_once_by_another_after_its_lease(postgres_db, clock):
    now = clock.now()
    add_due_timers(postgres_db, "chore", 200, now)

    # Two batches of 50 commit; the third batch blocks at its 11th timer and is killed there.
    worker = subprocess.Popen(
        [sys.executable, "-c", WORKER, postgres_db.url, now.isoformat(), "110"], stdout=subprocess.PIPE, text=True
    )
    assert worker.stdout.readline().strip() == "blocked"
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait(timeout=30)

    fired: Counter[int] = Counter()

    def handler(ctx):
        fired[ctx.timer.id] += 1
        return Done("survivor")

    survivor = Sweeper(postgres_db.sessions, clock, {"chore": handler}, batch_size=50)
    while survivor.sweep().fired:
        pass
    # The 50 the dead worker never took go at once; the 50 it had leased wait for the lease.
    with postgres_db.sessions() as session:
        leased = set(session.scalars(select(Timer.id).where(Timer.state == "running")))
    assert len(fired) == 50 and len(leased) == 50 and not leased & set(fired)

    clock.advance(LEASE + timedelta(seconds=1))
    while survivor.sweep().fired:
        pass
    assert leased <= set(fired)

    with postgres_db.sessions() as session:
        by_result = dict(session.execute(select(Timer.result, func.count()).group_by(Timer.result)).all())
        states = set(session.scalars(select(Timer.state)))
    assert states == {"done"}
    assert by_result == {"killed worker": 100, "survivor": 100}
    assert set(fired.values()) == {1}
