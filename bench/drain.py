"""bench/drain: how fast one worker turns stored messages into requests, and with how many statements.

Stores `--messages` customer messages in the inbox (each from a new customer in one of 211 channels,
so each opens a request), then lets one worker's sweep drain them as `atento worker` would, with the
outbox set aside (acknowledgements are paced by Slack's limits, not by us). Prints the progress of
every second (a second without progress is a stall), messages a second, and the SQL statements per
message (counted with a `before_cursor_execute` listener). On SQLite and, with --postgres or
ATENTO_TEST_POSTGRES_URL, on a PostgreSQL database of its own. `--profile` adds cProfile's top 25.
Target (issue 20): >= 500 messages/s per worker on both databases, no stall, <= 8 statements a message.

Measured 2026-12-03 on the 2-core machine while other work ran beside it (load average 3.5 to 12: the
absolute rates are the machine's, the before/after pairs ran back to back). Before (7559b37): PostgreSQL
366 msgs/s median at load 3.5, 1.3 statements a message, 3000 one-row `INSERT INTO requests ... RETURNING`
(a round trip each) the top cost. After (request ids drawn ahead from the sequence, the requests' INSERT
joins the batch's; ids and numbers drawn once a batch): PostgreSQL 0.2 statements a message, round trips
5168 -> about 1500 a drain. Three after/before pairs at load 8-12, msgs/s: PostgreSQL 89/70, 113/56, 472/179
(medians 113/70), SQLite 85/75, 128/86, 253/584 (medians 128/86: noise; its path is unchanged in design,
1.2 statements, its INSERT being in-process). The 500 target is not shown on this loaded machine.
What is left: reading the messages (policies.understanding, a third of the time) and psycopg's
executemany of the gathered rows (a fifth).

Again 2026-12-03 07:20 UTC on a quiet machine (load average 1.4 before, 1.2 after), three rounds of 3,000,
medians: SQLite 826 msgs/s (768-828), 1.3 statements a message, PostgreSQL 596 (570-611), 0.2, no stall
(800-1,000 and 600-700 messages in every second). main just before it (be66215), load 1.2: SQLite 859
(619-859), 1.2, PostgreSQL 632 (492-742), 0.2, no stall. Since then SQLite's sweep reads its batch's messages
in a snapshot before taking the write lock (bot/platform/readahead.py): a drain is not faster for it (the
reading moves, it is not saved; the snapshot's reads add 0.1 statement a message), but each batch holds
SQLite's one writer about 40% less (batches of 5: 14.3 -> 8.6 ms p50, 3.1 -> 2.0 ms of lock a message;
batches of 2: 4.6 -> 4.6 ms a message, the batch's own statements dominate), and the acks wait less.

2026-12-03 08:39-09:07 UTC (fast3), load average 1.9-2.8 (other helpers' tests ran beside it), three rounds,
medians. New requests (3,000, 08:39): SQLite 678 msgs/s (579-852), 1.3 statements a message, PostgreSQL 546
(486-596), 0.2, no stall. `--joins` (2,000 messages, each from a customer with an open request in that
channel: bench/ingest's paced run, whose inbox drained at about 200 a second), back to back at 09:05: 99fcc0d
(before fast3) SQLite 382 msgs/s (268-401), 4.2 statements a message, PostgreSQL 249 (238-268), 4.1; fast3
SQLite 899 (753-920), 1.3, PostgreSQL 547 (529-624), 1.2, no stall. Two statements a join are gone: the
waiting reminder's cancel and re-insert (an ORM UPDATE ... LIKE over every pending reminder, which also wrote
the batch's gathered timers first) are written with the batch, two statements for all of it (timers.replace),
and the request a message joins is read with its customer's latest requests (request_ref). What is left a
join: the UPDATE of the request's last customer message (touch), one round trip each.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import logging
import os
import pstats
import statistics
import tempfile
import threading
import time
from datetime import UTC, datetime

from sqlalchemy import create_engine, event, func, select, text

from bot.app import build
from bot.intake.service import IncomingMessage
from bot.platform.clock import SystemClock
from bot.platform.config import Settings
from bot.platform.db import upgrade
from bot.platform.models import Request, Timer
from bot.sandbox.simulator import SIGNING_SECRET
from bot.sandbox.standin import StandinSlack

CHANNELS, CUSTOMERS = 211, 997


def private_postgres(url: str) -> tuple[str, str]:
    """A database of the bench's own beside `url`'s (other people's tests may share that one)."""
    base, _, name = url.rpartition("/")
    private = f"{name}_drain_{os.getpid()}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{private}"'))
    admin.dispose()
    return f"{base}/{private}", private


def drop_postgres(url: str, name: str) -> None:
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def store(atento, count: int, offset: int, wave: int = 0) -> None:
    """`count` customer messages; a later `wave` of the same `offset` and `count` comes from the same customers
    in the same channels, a second later: each joins the request its customer opened (--joins)."""
    now = time.time()
    for i in range(offset, offset + count):
        atento.intake.receive(
            IncomingMessage(
                event_id=f"Ev{os.getpid()}w{wave}x{i}",
                workspace_id="T0ACME",
                channel_id=f"C{i % CHANNELS:04d}",
                ts=f"{int(now) + wave}.{i:06d}",
                user_id=f"UCUST{i % CUSTOMERS}",
                text=f"Problem number {i}: the export fails",
                user_team="T0CLIENT",
                is_ext_shared=True,
            )
        )


def waiting(atento) -> int:
    with atento.sessions() as session:
        return session.scalar(
            select(func.count()).select_from(Timer).where(Timer.kind == "intake.message", Timer.state != "done")
        )


def drain(atento) -> None:
    """The sweep as a worker runs it while there is work (the outbox's rows stay due: set aside)."""
    while atento.sweeper.sweep().did_work:
        pass


def run(database_url: str, slack_url: str, messages: int, profile: bool, joins: bool = False) -> dict:
    environment = dict(
        SLACK_BOT_TOKEN="xoxb-bench",
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=slack_url,
        DATABASE_URL=database_url,
        ATENTO_LOG_LEVEL="WARNING",
    )
    upgrade(database_url)
    atento = build(Settings(**environment), SystemClock())
    atento.sweeper.outbox = None
    store(atento, 50, 0)  # warm-up: caches, prepared statements, the workspace's first requests
    drain(atento)
    store(atento, messages, 50)
    if joins:  # the requests opened first, not measured; then the same customers write again
        drain(atento)
        store(atento, messages, 50, wave=1)
    statements = 0

    def count(*_):
        nonlocal statements
        statements += 1

    # PostgreSQL's request numbers come from a connection of their own: counted too.
    engines = {atento.engine, getattr(atento.intake.numbers, "_own", None) or atento.engine}
    for engine in engines:
        event.listen(engine, "before_cursor_execute", count)
    progress: list[int] = []
    done = threading.Event()

    def watch() -> None:
        while not done.wait(1.0):
            progress.append(messages - waiting(atento))

    watcher = threading.Thread(target=watch, daemon=True)
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    watcher.start()
    if profiler:
        profiler.enable()
    drain(atento)
    if profiler:
        profiler.disable()
    seconds = time.perf_counter() - started
    done.set()
    watcher.join()
    for engine in engines:
        event.remove(engine, "before_cursor_execute", count)
    with atento.sessions() as session:
        opened = session.scalar(select(func.count()).select_from(Request)) - 50 - (messages if joins else 0)
    left = waiting(atento)
    atento.close()
    shown = None
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
        shown = out.getvalue()
    steps = [b - a for a, b in zip([0, *progress], progress, strict=False)]
    return dict(
        seconds=seconds,
        rate=messages / seconds,
        statements=statements / messages,
        opened=opened,
        left=left,
        per_second=steps,
        stalls=sum(1 for s in steps if s == 0),
        profile=shown,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--postgres", default=os.environ.get("ATENTO_TEST_POSTGRES_URL"))
    parser.add_argument(
        "--joins", action="store_true", help="measure messages that join their customer's open request instead"
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.ERROR)
    what = "messages joining their customer's request" if args.joins else "new-request messages"
    print(f"{args.messages} {what} a round, one worker, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    results: dict[str, list[dict]] = {}
    with StandinSlack() as slack, tempfile.TemporaryDirectory() as folder:
        for n in range(CUSTOMERS):
            slack.add_user(f"UCUST{n}", team_id="T0CLIENT", name=f"Customer {n}")
        for round_ in range(args.rounds):
            backends = [("SQLite", f"sqlite:///{folder}/drain{round_}.db", None)]
            if args.postgres:
                url, name = private_postgres(args.postgres)
                backends.append(("PostgreSQL", url, name))
            for label, url, name in backends:
                try:
                    result = run(url, slack.api_url, args.messages, args.profile, args.joins)
                    results.setdefault(label, []).append(result)
                finally:
                    if name:
                        drop_postgres(args.postgres, name)
    print(f"{'database':<11} {'msgs/s':>7} {'range':>11} {'stmts/msg':>9} {'stalls':>6} {'opened':>7}  per second")
    for label, runs in results.items():
        ordered = sorted(runs, key=lambda r: r["rate"])
        middle = ordered[len(ordered) // 2]
        spread = f"{ordered[0]['rate']:.0f}-{ordered[-1]['rate']:.0f}"
        print(
            f"{label:<11} {middle['rate']:>7.0f} {spread:>11} {middle['statements']:>9.1f} {middle['stalls']:>6} "
            f"{middle['opened']:>7}  {' '.join(map(str, middle['per_second']))}"
        )
        if middle["left"]:
            print(f"  {middle['left']} messages were left in the inbox")
        print(f"  median {statistics.median(r['rate'] for r in runs):.0f} msgs/s over {len(runs)} rounds")
    if args.profile:
        for label, runs in results.items():
            print(f"--- {label}: cProfile of the last round, by cumulative time ---")
            print(runs[-1]["profile"])
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
