"""Issue 20: the sweep turns a batch of messages into requests with few SQL statements each (the
batch's timers, people sketches, messages and audit entries are written together; its channels are
read and created once; its request numbers are counted once), and gathering them loses nothing."""

from __future__ import annotations

from contextlib import contextmanager

from sqlalchemy import event, func, select

from bot.platform.models import Channel, Person, Request, RequestEvent, RequestMessage, Timer
from bot.sandbox.simulator import CUSTOMER_TEAM, envelope, message_event, ts_at
from tests.support.flow import requests_of

CHANNELS = [f"CSHARED{n}" for n in range(6)]


def customers_write(bot, clock, slack, count: int, start: int = 0) -> None:
    """`count` new customers, each with a new problem, across six shared channels."""
    for n in range(start, start + count):
        slack.add_user(f"UCUST{n}", team_id=CUSTOMER_TEAM, name=f"Customer {n}")
        clock.advance(seconds=1)
        channel = CHANNELS[n % len(CHANNELS)]
        bot.send.event(
            message_event(
                text=f"Problem {n}: the export fails", user=f"UCUST{n}", ts=ts_at(clock.now()), channel=channel
            )
        )


@contextmanager
def counted(engine):
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_):
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", count)


def sweep_inbox(bot) -> None:
    """The inbox's batches only: the acknowledgements stay queued (the outbox is paced by Slack)."""
    sweeper = bot.atento.sweeper
    outbox, sweeper.outbox = sweeper.outbox, None
    try:
        while sweeper.sweep().did_work:
            pass
    finally:
        sweeper.outbox = outbox


def test_opening_a_request_costs_at_most_two_statements_a_message_in_a_batch(bot, clock, slack):
    for channel in CHANNELS:
        slack.add_channel(channel, name=channel.lower(), shared=True)
    customers_write(bot, clock, slack, 60)
    with counted(bot.atento.engine) as statements:
        sweep_inbox(bot)
    assert len(requests_of(bot)) == 60
    # Unbatched, each message read its channel, sketched its author, numbered, inserted the request,
    # its message, its audit entry, the unclaimed ladder, the acknowledgement and a profile read:
    # about 11. Now only the request's own INSERT (its id names the rest) is per message.
    assert len(statements) / 60 <= 2, "\n".join(statements)


def test_a_gathered_batch_stores_every_row_it_would_have_stored_one_by_one(bot, clock, slack):
    for channel in CHANNELS:
        slack.add_channel(channel, name=channel.lower(), shared=True)
    customers_write(bot, clock, slack, 24)
    sweep_inbox(bot)
    with bot.atento.sessions() as session:
        count = lambda model, *where: session.scalar(select(func.count()).select_from(model).where(*where))  # noqa: E731
        assert count(Request) == 24
        assert count(RequestMessage, RequestMessage.is_opening.is_(True)) == 24
        assert count(RequestEvent, RequestEvent.kind == "opened") == 24
        assert count(Person) == 24
        assert count(Channel, Channel.is_shared.is_(True)) == len(CHANNELS)
        assert count(Timer, Timer.kind == "escalation.unclaimed") == 48  # triage, then the lead
        assert count(Timer, Timer.kind == "outbox", Timer.dedupe_key.like("ack:%")) == 24
    for _ in range(5):  # each channel speaks once a second
        bot.drain()
        clock.advance(seconds=1)
    assert sum(len(slack.posts(channel)) for channel in CHANNELS) == 24  # every acknowledgement went out


def test_request_numbers_stay_without_gaps_across_batches(bot, clock, slack):
    for channel in CHANNELS:
        slack.add_channel(channel, name=channel.lower(), shared=True)
    customers_write(bot, clock, slack, 13)
    sweep_inbox(bot)
    customers_write(bot, clock, slack, 4, start=13)
    sweep_inbox(bot)
    assert sorted(r.number for r in requests_of(bot)) == list(range(1, 18))


def test_a_batch_reads_what_it_wrote_earlier_in_the_same_batch(bot, clock, slack):
    """A customer's second message in one batch joins the request the first one opened (the first one's
    rows were written before the second one looked), and their sketch is stored once."""
    clock.advance(seconds=1)
    bot.send.event(message_event(text="The invoices page is blank", user="UNEW", ts=ts_at(clock.now())))
    clock.advance(seconds=30)
    bot.send.event(message_event(text="also since yesterday", user="UNEW", ts=ts_at(clock.now())))
    sweep_inbox(bot)
    (request,) = requests_of(bot)
    with bot.atento.sessions() as session:
        assert session.scalar(select(func.count()).select_from(RequestMessage)) == 2
        assert session.scalar(select(func.count()).select_from(Person).where(Person.user_id == "UNEW")) == 1


def test_a_request_withdrawn_earlier_in_the_batch_is_not_joined_by_the_customers_next_message(bot, clock, slack):
    """The batch's read-ahead of each customer's latest request goes stale with any other write to requests."""
    clock.advance(seconds=1)
    opening = message_event(text="The export is broken", user="UCARLA", ts=ts_at(clock.now()))
    bot.send.event(opening)
    clock.advance(seconds=1)
    deletion = {
        "type": "message",
        "subtype": "message_deleted",
        "hidden": True,
        "channel": "CSHARED",
        "ts": ts_at(clock.now()),
        "deleted_ts": opening["event"]["ts"],
        "event_ts": ts_at(clock.now()),
    }
    bot.send.event(envelope(deletion))
    clock.advance(seconds=20)
    bot.send.event(message_event(text="Also the invoices page is blank", user="UCARLA", ts=ts_at(clock.now())))
    sweep_inbox(bot)
    assert [(r.number, r.state) for r in requests_of(bot)] == [(1, "withdrawn"), (2, "open")]


def test_on_postgresql_a_batchs_new_requests_are_inserted_together_before_the_rows_naming_them(bot, clock, slack):
    """PostgreSQL: the requests' ids are drawn ahead, so their INSERT joins the batch's and goes first, even when
    the batch's first message (a customer's second, joining their request) gathered a message row before it."""
    for channel in CHANNELS:
        slack.add_channel(channel, name=channel.lower(), shared=True)
    customers_write(bot, clock, slack, 1)
    sweep_inbox(bot)
    clock.advance(seconds=30)
    bot.send.event(message_event(text="also the PDF", user="UCUST0", ts=ts_at(clock.now()), channel=CHANNELS[0]))
    customers_write(bot, clock, slack, 12, start=1)
    with counted(bot.atento.engine) as statements:
        sweep_inbox(bot)
    assert [r.number for r in requests_of(bot)] == list(range(1, 14))
    with bot.atento.sessions() as session:
        assert session.scalar(select(func.count()).select_from(RequestMessage)) == 14
        assert session.scalar(select(func.count()).select_from(Timer).where(Timer.state == "failed")) == 0
    inserts = [s for s in statements if s.startswith("INSERT INTO requests ")]
    if bot.atento.engine.dialect.name == "postgresql":
        assert len(inserts) == 1, "\n".join(statements)
    else:  # SQLite's INSERT is in-process: one per request, with RETURNING
        assert len(inserts) == 12
