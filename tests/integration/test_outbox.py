"""The outbox against the stand-in Slack over HTTP: retries, pacing, priorities (issue 10)."""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.platform import timers
from bot.platform.db import unit_of_work
from bot.platform.models import Timer
from bot.platform.scheduler import SweepRunner
from bot.platform.timers import Sweeper
from bot.slack.outbox import Outbox, OutboxSettings, queue
from bot.slack.port import SlackPort

WORKSPACE = "T0ACME"


def make_sweeper(db, clock, slack, **settings) -> Sweeper:
    outbox = Outbox(db.sessions, SlackPort(slack.api_url), lambda ws: "xoxb-test", OutboxSettings(**settings))
    return Sweeper(db.sessions, clock, {}, outbox=outbox)


def post(db, clock, channel: str, text: str, purpose: str = "reminder", **kw) -> None:
    post_all(db, clock, [(channel, text, purpose)], **kw)


def post_all(db, clock, messages: list[tuple[str, str, str]], **kw) -> None:
    """Queue (channel, text, purpose) messages, in this order, in one unit of work."""
    with unit_of_work(db.sessions) as session:
        for channel, text, purpose in messages:
            queue(
                session,
                now=clock.now(),
                workspace_id=WORKSPACE,
                method="chat.postMessage",
                args={"channel": channel, "text": text},
                purpose=purpose,
                subject=f"test:{text}",
                **kw,
            )


def outbox_rows(db) -> list[Timer]:
    with db.sessions() as session:
        return list(session.scalars(select(Timer).where(Timer.kind == "outbox").order_by(Timer.id)))


class Ticking:
    """A monotonic clock that moves `step` seconds each time it is read."""

    def __init__(self, step: float):
        self.step, self.now = step, 0.0

    def __call__(self) -> float:
        self.now += self.step
        return self.now - self.step


def test_429_with_retry_after_is_waited_out_and_delivered_exactly_once(db, clock, slack):
    slack.fail("chat.postMessage", times=3, status=429, retry_after=2)
    sweeper = make_sweeper(db, clock, slack)
    post(db, clock, "C1", "Logged as REQ-1", purpose="ack")
    started = clock.now()
    delivered_at = None
    for _ in range(100):  # 10 s of fake time in steps of 0.1 s
        report = sweeper.sweep()
        if report.sent and delivered_at is None:
            delivered_at = clock.now()
        clock.advance(seconds=0.1)
    attempts = slack.calls("chat.postMessage")
    assert len(attempts) == 4  # three 429s, then one success
    assert [c.args["text"] for c in attempts] == ["Logged as REQ-1"] * 4
    assert delivered_at - started >= timedelta(seconds=6)  # three waits of Retry-After: 2
    assert delivered_at - started < timedelta(seconds=6.5)
    assert [(t.state, t.attempts) for t in outbox_rows(db)] == [("done", 4)]


def test_a_429_holds_every_post_in_the_workspace_for_the_whole_retry_after_from_that_very_message(db, clock, slack):
    slack.fail("chat.postMessage", times=1, status=429, retry_after=30)
    sweeper = make_sweeper(db, clock, slack)
    post_all(db, clock, [(f"C{n}", f"reminder {n}", "reminder") for n in range(3)])
    started = clock.now()
    first = sweeper.sweep()
    assert (first.attempted, first.sent) == (1, 0)  # the pass stopped there: the other two were given back
    for seconds in (25, 4):  # not 5 s early either (the workspace's burst tolerance is for its rate)
        clock.advance(seconds=seconds)
        waiting = sweeper.sweep()
        assert (waiting.sent, waiting.paced) == (0, 2)
        assert waiting.paced_until == started + timedelta(seconds=30)
    clock.advance(seconds=1)
    assert sweeper.sweep().sent == 3
    assert len(slack.calls("chat.postMessage")) == 4


def test_5xx_and_timeouts_back_off_and_never_lose_the_message(db, clock, slack):
    slack.fail("chat.postMessage", times=2, status=500, retry_after=None, error="internal_error")
    sweeper = make_sweeper(db, clock, slack)
    post(db, clock, "C1", "hello")
    for _ in range(10):
        sweeper.sweep()
        clock.advance(seconds=1)
    assert len(slack.calls("chat.postMessage")) == 3
    assert outbox_rows(db)[0].state == "done"


def test_after_too_many_failures_the_message_is_failed_and_kept(db, clock, slack):
    slack.fail("chat.postMessage", times=10, status=503, retry_after=None, error="service_unavailable")
    sweeper = make_sweeper(db, clock, slack, max_attempts=3)
    post(db, clock, "C1", "hello")
    for _ in range(60):
        sweeper.sweep()
        clock.advance(seconds=5)
    (row,) = outbox_rows(db)
    assert (row.state, row.attempts) == ("failed", 3)
    assert "service_unavailable" in row.last_error


def test_permanent_slack_errors_fail_at_once_with_the_fix(db, clock, slack):
    slack.fail("chat.postMessage", times=1, status=200, retry_after=None, error="not_in_channel")
    sweeper = make_sweeper(db, clock, slack)
    post(db, clock, "C1", "hello")
    sweeper.sweep()
    (row,) = outbox_rows(db)
    assert row.state == "failed"
    assert "not_in_channel" in row.last_error and "invite the bot" in row.last_error


def test_a_pass_whose_only_message_slack_refused_did_work_and_the_next_pass_sends_the_rest(db, clock, slack):
    slack.fail("chat.postMessage", times=1, status=200, retry_after=None, error="not_in_channel")
    sweeper = make_sweeper(db, clock, slack)
    sweeper.outbox.monotonic = Ticking(1.0)  # one message per pass: the budget is spent after each
    post_all(db, clock, [("C1", "hello", "reminder"), ("C2", "world", "reminder")])
    refused = sweeper.sweep()
    assert (refused.sent, refused.attempted, refused.did_work) == (0, 1, True)  # a caller sweeping again is right to
    assert sweeper.sweep().sent == 1
    assert [row.state for row in outbox_rows(db)] == ["failed", "done"]


@pytest.mark.parametrize(
    ("error", "fix"),
    [
        ("not_in_channel", "invite the bot to the channel (/invite @Atento)"),
        ("missing_scope", "add the missing scope in the Slack app settings (see manifest.yml) and reinstall"),
        ("invalid_auth", "SLACK_BOT_TOKEN is wrong or revoked: copy the Bot User OAuth Token again"),
    ],
)
def test_a_setup_error_is_one_log_line_naming_the_fix_and_the_bot_carries_on(db, clock, slack, caplog, error, fix):
    slack.fail("chat.postMessage", times=1, status=200, retry_after=None, error=error)
    sweeper = make_sweeper(db, clock, slack)
    post(db, clock, "C1", "hello")
    post(db, clock, "C2", "world")
    with caplog.at_level(logging.INFO):
        sweeper.sweep()
    lines = [r.getMessage() for r in caplog.records if error in r.getMessage()]
    assert lines == [f"Slack refused chat.postMessage in C1: {error}. Fix: {fix}"]
    assert [r.levelname for r in caplog.records if error in r.getMessage()] == ["ERROR"]
    assert [row.state for row in outbox_rows(db)] == ["failed", "done"]  # the next message still went


def test_a_burst_keeps_slacks_pace_and_acknowledgements_go_first(db, clock, slack):
    slack.state.channel_rate_clock = lambda: clock.now().timestamp()
    channels = [f"C{n}" for n in range(10)]
    burst = [(channels[i % 10], f"reminder {i}", "reminder") for i in range(1000)]
    acks = [(channel, f"ack in {channel}", "ack") for channel in channels]  # queued after the burst, due at once
    post_all(db, clock, burst + acks)
    sweeper = make_sweeper(db, clock, slack)  # default pace: 1/s per channel, 500/min per workspace
    for _ in range(2000):
        report = sweeper.sweep()
        if report.next_due is None:
            break
        clock.advance(seconds=0.5)

    rows = outbox_rows(db)
    assert all(r.state == "done" for r in rows), {r.state for r in rows}
    assert [r.attempts for r in rows] == [1] * len(rows)  # not a single 429 on the way
    assert len(slack.calls("chat.postMessage")) == 1010
    sends = defaultdict(list)
    for row in rows:
        sends[row.payload["args"]["channel"]].append((row.fired_at, row.payload["args"]["text"]))
    for channel, items in sends.items():
        items.sort()
        assert items[0][1] == f"ack in {channel}"
        gaps = [(b[0] - a[0]).total_seconds() for a, b in zip(items, items[1:], strict=False)]
        assert min(gaps) >= 1.0, f"{channel}: {min(gaps)} s between two messages"
    first, last = min(r.fired_at for r in rows), max(r.fired_at for r in rows)
    per_minute = len(rows) / ((last - first).total_seconds() / 60)
    assert per_minute <= 500 * 1.1, f"{per_minute:.0f} messages a minute from one workspace"


def test_a_successful_call_schedules_its_continuation_with_slacks_answer(db, clock, slack):
    slack.add_user("U1", name="carla")
    with unit_of_work(db.sessions) as session:
        queue(
            session,
            now=clock.now(),
            workspace_id=WORKSPACE,
            method="users.info",
            args={"user": "U1"},
            purpose="ack",
            subject="person:U1",
            then={"kind": "person.cache", "subject": "person:U1", "payload": {"user": "U1"}},
        )
    make_sweeper(db, clock, slack).sweep()
    with db.sessions() as session:
        follow = session.scalars(select(Timer).where(Timer.kind == "person.cache")).one()
    assert follow.payload["user"] == "U1"
    assert follow.payload["response"]["user"]["name"] == "carla"


class Died(BaseException):
    """The process dies: not an error the outbox could catch."""


@pytest.mark.parametrize(("channel", "thread_ts"), [("C1", None), ("C1", "1797000000.000100"), ("UANA", None)])
def test_a_send_interrupted_after_slack_accepted_it_is_not_sent_again(
    db, clock, slack, monkeypatch, channel, thread_ts
):
    sweeper = make_sweeper(db, clock, slack)
    with unit_of_work(db.sessions) as session:
        args = {"channel": channel, "text": "Logged as REQ-1"} | ({"thread_ts": thread_ts} if thread_ts else {})
        queue(session, now=clock.now(), workspace_id=WORKSPACE, method="chat.postMessage", args=args, purpose="ack",
              subject="request:1")  # fmt: skip

    def die(*_, **__):
        raise Died

    with monkeypatch.context() as patched:
        patched.setattr(Outbox, "_finish", die)  # Slack answered; the process dies before recording it
        with pytest.raises(Died):
            sweeper.sweep()
    assert [(t.state, t.attempts) for t in outbox_rows(db)] == [("running", 1)]
    clock.advance(minutes=6)  # the lease lapses; another worker takes the row
    make_sweeper(db, clock, slack).sweep()
    assert len(slack.delivered()) == 1, "the message was sent twice"
    (row,) = outbox_rows(db)
    assert (row.state, row.attempts) == ("done", 2)


def test_an_interrupted_send_that_never_reached_slack_is_sent(db, clock, slack, monkeypatch):
    sweeper = make_sweeper(db, clock, slack)
    post(db, clock, "C1", "hello")

    def die(*_, **__):
        raise Died

    with monkeypatch.context() as patched:
        patched.setattr(SlackPort, "call", die)  # dies before Slack heard anything
        with pytest.raises(Died):
            sweeper.sweep()
    clock.advance(minutes=6)
    make_sweeper(db, clock, slack).sweep()
    assert [p["text"] for p in slack.delivered()] == ["hello"]


def test_each_channel_speaks_once_a_second_whatever_the_sweep_interval(db, clock, slack):
    sweeper = make_sweeper(db, clock, slack, channel_interval=1.0)
    for n in range(5):
        for channel in ("C1", "C2", "C3"):
            post(db, clock, channel, f"{channel} message {n}")
    waits = []

    def wait(seconds: float) -> None:
        waits.append(seconds)
        clock.advance(seconds=seconds)

    started = clock.now()
    SweepRunner(sweeper, interval=1.0, wait=wait).drain()
    for channel in ("C1", "C2", "C3"):
        sent = [t.fired_at for t in outbox_rows(db) if t.payload["args"]["channel"] == channel]
        assert sent == [started + timedelta(seconds=n) for n in range(5)], channel
    assert [c.args["text"] for c in slack.calls("chat.postMessage")][:3] == [
        f"{c} message 0" for c in ["C1", "C2", "C3"]
    ]
    assert waits == [1.0] * 4  # it waits for the next free slot, no polling


def test_a_stop_request_between_messages_gives_the_rest_back(db, clock, slack):
    sweeper = make_sweeper(db, clock, slack)
    looked_up = []

    def token_for(workspace_id: str) -> str:
        looked_up.append(workspace_id)
        sweeper.stopping.set()  # asked to stop while the first message goes out
        return "xoxb-test"

    sweeper.outbox.token_for = token_for
    for channel in ("C1", "C2", "C3"):
        post(db, clock, channel, f"hello {channel}")
    sweeper.sweep()
    assert [c.args["text"] for c in slack.calls("chat.postMessage")] == ["hello C1"]
    assert [(t.state, t.attempts, t.claim_token, t.due_at) for t in outbox_rows(db)] == [
        ("done", 1, None, clock.now() + timers.LEASE),
        ("pending", 0, None, clock.now()),
        ("pending", 0, None, clock.now()),
    ]
    sweeper.outbox.token_for = lambda ws: "xoxb-test"
    sweeper.stopping.clear()
    assert sweeper.sweep().sent == 2  # at once: their channels' slots were given back with them


def test_while_acks_arrive_a_sweep_sends_no_more_than_a_busy_batch_and_the_rest_follows(db, clock, slack):
    sweeper = make_sweeper(db, clock, slack)
    sweeper.busy_batch_size, sweeper.busy = 3, lambda: True
    post_all(db, clock, [(f"C{n}", f"Logged as REQ-{n}", "ack") for n in range(7)])
    assert sweeper.sweep().sent == 3
    sweeper.busy = lambda: False
    assert sweeper.sweep().sent == 4
    assert len(slack.calls("chat.postMessage")) == 7


def test_an_outbox_pass_stops_at_its_time_budget_and_the_next_pass_sends_the_rest(db, clock, slack):
    sweeper = make_sweeper(db, clock, slack)
    sweeper.outbox.monotonic = Ticking(0.3)  # each message seems to take 0.3 s: the third starts past 0.5 s
    post_all(db, clock, [(f"C{n}", f"Logged as REQ-{n}", "ack") for n in range(4)])
    assert timers.OUTBOX_SECONDS == 0.5
    assert sweeper.sweep().sent == 2
    assert [(t.state, t.attempts, t.claim_token) for t in outbox_rows(db)] == [
        ("done", 1, None),
        ("done", 1, None),
        ("pending", 0, None),  # given back, not leased until the lease lapses
        ("pending", 0, None),
    ]
    sweeper.outbox.monotonic = Ticking(0.0)
    assert sweeper.sweep().sent == 2  # at once: the slots their lease had taken were given back with them
    assert [c.args["text"] for c in slack.calls("chat.postMessage")] == [f"Logged as REQ-{n}" for n in range(4)]


def test_a_lease_given_back_while_another_sweep_sends_wastes_none_of_the_workspaces_burst(db, clock, slack):
    # At 60 a minute with 5 s of burst, a workspace may say 6 things at one moment (the clock stands still).
    first, second = (
        make_sweeper(db, clock, slack, workspace_per_minute=60),
        make_sweeper(db, clock, slack, workspace_per_minute=60),
    )
    first.busy_batch_size, first.busy = 3, lambda: True  # it leases 3: the other sweep leases after them
    first.outbox.monotonic = Ticking(0.3)  # its third message would start past its 0.5 s budget
    meanwhile = []

    def token_for(workspace_id: str) -> str:
        if not meanwhile:
            meanwhile.append(second.sweep().sent)  # while its first message goes out
        return "xoxb-test"

    first.outbox.token_for = token_for
    post_all(db, clock, [(f"C{n}", f"reminder {n}", "reminder") for n in range(7)])
    assert first.sweep().sent == 2
    assert meanwhile == [3]  # the burst's slots 4 to 6; the seventh message waits
    first.outbox.monotonic = Ticking(0.0)
    assert first.sweep().sent == 1  # the one given back: its slot came back with it
    report = first.sweep()
    assert (report.sent, report.paced) == (0, 1)  # the seventh waits for the workspace's next slot
    assert report.paced_until == clock.now() + timedelta(seconds=1)
    assert len(slack.calls("chat.postMessage")) == 6


def test_a_backlog_of_timers_leaves_the_outbox_its_turn_within_the_passs_time_bound(db, clock, slack):
    fired = []
    sweeper = make_sweeper(db, clock, slack)
    sweeper.handlers["chore"] = lambda ctx: fired.append(ctx.timer.subject) or timers.Done("done")
    sweeper.batch_size = 10
    sweeper.monotonic = Ticking(1.5)  # each batch seems to take 1.5 s: the second would start past 2 s
    with unit_of_work(db.sessions) as session:
        for n in range(50):
            timers.schedule(session, kind="chore", subject=f"chore {n}", due_at=clock.now(), now=clock.now())
    post(db, clock, "C1", "Logged as REQ-1", purpose="ack")
    report = sweeper.sweep()
    assert (len(fired), report.sent) == (10, 1)  # one batch, then the outbox
    while sweeper.sweep().fired:
        pass
    assert len(fired) == 50
