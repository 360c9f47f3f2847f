"""Digests (issue 6): parsing subscriptions, when they are due (across DST), and what they contain."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policies.business_time import Schedule
from policies.digest import (
    Cadence,
    HoldRow,
    Invalid,
    Preview,
    PromiseRow,
    RequestRow,
    Subscribe,
    Unsubscribe,
    build,
    is_late,
    next_send,
    parse_command,
    parse_time,
    previous_send,
)

MADRID, PANAMA = ZoneInfo("Europe/Madrid"), ZoneInfo("America/Panama")
HOURS = Schedule(tz="America/Panama")
NOW = datetime(2026, 12, 16, 9, tzinfo=PANAMA)
SINCE = NOW - timedelta(days=1)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("daily 09:00", Subscribe(Cadence("daily", time(9)))),
        ("daily 9am es", Subscribe(Cadence("daily", time(9)), language="es")),
        ("weekly mon 09:00", Subscribe(Cadence("weekly", time(9), 0))),
        ("semanal lunes 8:30", Subscribe(Cadence("weekly", time(8, 30), 0))),
        ("<#C0LEADS|support-leads> daily 17:30", Subscribe(Cadence("daily", time(17, 30)), "C0LEADS")),
        ("off", Unsubscribe()),
        ("<#C0LEADS> off", Unsubscribe("C0LEADS")),
        ("preview", Preview()),
        ("daily 25:00", Invalid("time")),
        ("daily noonish", Invalid("time")),
        ("weekly someday 09:00", Invalid("weekday")),
        ("#support-leads daily 09:00", Invalid("channel_unresolved")),
        ("", Invalid("usage")),
        ("hourly", Invalid("usage")),
        ("daily 09:00 fr", Invalid("usage")),
    ],
)
def test_parse_command(words, expected):
    assert parse_command(words.split()) == expected


@given(st.text(max_size=60))
def test_parse_command_never_raises(text):
    parse_command(text.split())


def test_parse_time():
    assert parse_time("12am") == time(0) and parse_time("12pm") == time(12) and parse_time("5:30pm") == time(17, 30)
    assert parse_time("13pm") is None and parse_time("9:75") is None


def test_daily_at_nine_in_madrid_across_the_march_change():
    daily = Cadence("daily", time(9))
    moments, after = [], datetime(2027, 3, 26, 12, tzinfo=MADRID)
    for _ in range(4):
        after = next_send(daily, "Europe/Madrid", after)
        moments.append(after)
    assert [m.astimezone(MADRID).strftime("%d %H:%M %Z") for m in moments] == [
        "27 09:00 CET",
        "28 09:00 CEST",
        "29 09:00 CEST",
        "30 09:00 CEST",
    ]
    assert moments[1].astimezone(UTC) - moments[0].astimezone(UTC) == timedelta(hours=23)  # the short night


def test_a_time_in_the_spring_gap_moves_forward():
    at = next_send(Cadence("daily", time(2, 30)), "Europe/Madrid", datetime(2027, 3, 28, 0, tzinfo=MADRID))
    assert at.astimezone(MADRID).strftime("%H:%M") == "03:30"


def test_weekly_and_previous():
    weekly = Cadence("weekly", time(9), 0)
    at = next_send(weekly, "America/Panama", NOW)
    assert at == datetime(2026, 12, 21, 9, tzinfo=PANAMA)
    assert previous_send(weekly, "America/Panama", at) == datetime(2026, 12, 14, 9, tzinfo=PANAMA)
    assert previous_send(Cadence("daily", time(9)), "America/Panama", NOW) == SINCE


def test_late_after_a_quarter_of_an_hour():
    assert not is_late(NOW, NOW + timedelta(minutes=15)) and is_late(NOW, NOW + timedelta(minutes=16))


def request(number: int, *, hours_ago: float = 2, owner=None, replied_after=None, handoffs=0, channel="CACME"):
    created = NOW - timedelta(hours=hours_ago)
    return RequestRow(
        number=number,
        channel_id=channel,
        channel_label="Acme" if channel == "CACME" else "Globex",
        customer="Carla",
        excerpt=f"problem {number}",
        created_at=created,
        owner=owner,
        first_reply_at=created + replied_after if replied_after else None,
        handoffs=handoffs,
        thread_ts=f"{number}.0",
    )


def digest_of(open_requests=(), new_requests=(), promises=(), holds=(), shown=8):
    return build(
        since=SINCE,
        now=NOW,
        open_requests=list(open_requests),
        new_requests=list(new_requests),
        promises=list(promises),
        holds=list(holds),
        hours=HOURS,
        shown=shown,
    )


def keys(digest) -> list[str]:
    return [s.key for s in digest.sections]


def test_a_quiet_day():
    digest = digest_of()
    assert digest.quiet and keys(digest) == []


def test_new_requests_grouped_by_customer_organisation():
    rows = [request(1, channel="CGLOBEX"), request(2), request(3, hours_ago=1)]
    digest = digest_of(new_requests=rows)
    assert keys(digest) == ["new"] and [r.number for r in digest.sections[0].items] == [2, 3, 1]


def test_unclaimed_oldest_first_with_business_age():
    rows = [request(1, hours_ago=1), request(2, hours_ago=20), request(3, owner="UANA", replied_after=timedelta(1))]
    digest = digest_of(open_requests=rows)
    unclaimed = next(s for s in digest.sections if s.key == "unclaimed")
    assert [r.number for r in unclaimed.items] == [2, 1]
    # Created Tue 13:00 Panama, now Wed 09:00: 5 business hours (Tue 13-18), not 20.
    assert digest.unclaimed_ages == {2: 300, 1: 0}


def test_first_response_median_and_worst_and_the_unanswered():
    replied = [
        request(n, hours_ago=20, owner="UANA", replied_after=timedelta(minutes=m))
        for n, m in ((1, 10), (2, 30), (3, 90))
    ]
    digest = digest_of(new_requests=replied, open_requests=replied + [request(4)])
    assert (digest.first_response_median, digest.first_response_worst) == (30, 90)
    section = next(s for s in digest.sections if s.key == "first_response")
    assert [r.number for r in section.items] == [4]


def test_promises_due_within_a_day_and_missed_since_the_last_digest():
    def promise(number, due, state="open", closed=None):
        return PromiseRow(number, "CACME", f"{number}.0", "UANA", "Carla", due, state, closed)

    rows = [
        promise(1, NOW + timedelta(hours=5)),
        promise(2, NOW + timedelta(hours=30)),  # later than 24 h
        promise(3, NOW - timedelta(hours=3), "missed", NOW - timedelta(hours=3)),
        promise(4, NOW - timedelta(days=3), "missed", NOW - timedelta(days=3)),  # before the last digest
    ]
    digest = digest_of(promises=rows)
    assert keys(digest) == ["due_soon", "missed"]
    assert [p.number for p in digest.sections[0].items] == [1] and [p.number for p in digest.sections[1].items] == [3]


def test_holds_ping_pong_and_load():
    holds = [
        HoldRow("Carla", "CACME", NOW + timedelta(days=5), "person"),
        HoldRow("Acme", "CACME", NOW + timedelta(days=2), "company"),
        HoldRow("Dora", "CACME", None, "opt_out"),
    ]
    rows = [request(1, owner="UANA", handoffs=3, replied_after=timedelta(1)), request(2, owner="UANA", handoffs=1)]
    rows += [request(3, owner="UBEA", handoffs=4, replied_after=timedelta(1))]
    digest = digest_of(open_requests=rows, holds=holds)
    by_key = {s.key: s for s in digest.sections}
    assert [h.customer for h in by_key["on_hold"].items] == ["Acme", "Carla", "Dora"]
    assert [r.number for r in by_key["ping_pong"].items] == [3, 1]
    assert list(by_key["load"].items) == [("UANA", 2), ("UBEA", 1)]


def test_long_sections_are_cut_and_say_how_many_more():
    rows = [request(n, hours_ago=n) for n in range(1, 31)]
    digest = digest_of(open_requests=rows, shown=8)
    unclaimed = next(s for s in digest.sections if s.key == "unclaimed")
    assert len(unclaimed.items) == 8 and unclaimed.more == 22
    assert unclaimed.items[0].number == 30  # the oldest first
