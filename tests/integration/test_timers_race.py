"""PostgreSQL: several workers racing on 10,000 due timers fire each exactly once (issue 10)."""

from __future__ import annotations

import threading
from collections import Counter

from sqlalchemy import func, select

from bot.platform.db import make_engine, make_session_factory
from bot.platform.models import Timer
from bot.platform.timers import Sweeper
from policies.timers import Done
from tests.support.builders import add_due_timers


def test_four_workers_fire_ten_thousand_timers_exactly_once(postgres_db, clock):
    db = postgres_db
    add_due_timers(db, "nudge", 10_000, clock.now())

    fired: Counter[int] = Counter()
    lock = threading.Lock()

    def handler(ctx):
        with lock:
            fired[ctx.timer.id] += 1
        return Done(threading.current_thread().name)

    def work():
        engine = make_engine(db.url, pool_size=2)
        sweeper = Sweeper(make_session_factory(engine), clock, {"nudge": handler}, batch_size=200)
        while sweeper.sweep().fired:
            pass
        engine.dispose()

    workers = [threading.Thread(target=work, name=f"worker-{n}") for n in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()

    assert len(fired) == 10_000
    assert set(fired.values()) == {1}
    with db.sessions() as session:
        by_state = dict(session.execute(select(Timer.state, func.count()).group_by(Timer.state)).all())
        by_worker = dict(session.execute(select(Timer.result, func.count()).group_by(Timer.result)).all())
    assert by_state == {"done": 10_000}
    assert len(by_worker) > 1, "only one worker did anything: the race was not a race"
