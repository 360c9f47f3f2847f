"""A digest as Block Kit stays within Slack's limits: 50 blocks, 3,000 characters a text block (issue 6)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.digests.blocks import MAX_BLOCKS, MAX_TEXT, blocks
from policies.business_time import Schedule
from policies.digest import HoldRow, PromiseRow, RequestRow, build

PANAMA = ZoneInfo("America/Panama")
NOW = datetime(2026, 12, 17, 9, tzinfo=PANAMA)


def rows(count: int, excerpt_length: int = 400) -> list[RequestRow]:
    return [
        RequestRow(
            number=n,
            channel_id=f"C{n % 7}",
            channel_label="A customer organisation with a long name " * 2,
            customer="Carla Pérez-Villanueva de la Fuente",
            excerpt="x" * excerpt_length,
            created_at=NOW - timedelta(hours=n),
            owner=f"U{n % 40:03d}" if n % 2 else None,
            first_reply_at=None,
            handoffs=n % 5,
            thread_ts=f"{n}.000100",
        )
        for n in range(1, count + 1)
    ]


def render(digest, language="en"):
    return blocks(
        digest,
        every="daily",
        scheduled=NOW,
        late=False,
        tz="America/Panama",
        language=language,
        workspace_url="https://acme.slack.com/",
    )


def huge_digest(shown: int):
    requests = rows(500)
    promises = [PromiseRow(n, "C1", f"{n}.0", "UANA", "Carla", NOW + timedelta(hours=1), "open") for n in range(300)]
    holds = [HoldRow(f"Customer {n}", "C1", NOW + timedelta(days=3), "person") for n in range(300)]
    return build(
        since=NOW - timedelta(days=1),
        now=NOW,
        open_requests=requests,
        new_requests=requests,
        promises=promises,
        holds=holds,
        hours=Schedule(tz="America/Panama"),
        shown=shown,
    )


def test_the_usual_digest_fits_and_says_how_many_more():
    _, out = render(huge_digest(shown=8))
    assert len(out) <= MAX_BLOCKS
    texts = [b["text"]["text"] for b in out if b["type"] == "section"]
    assert all(len(t) <= MAX_TEXT for t in texts)
    joined = "\n".join(texts)
    assert "and 492 more — see `/requests open`" in joined  # new requests
    assert "and 242 more — see `/requests unclaimed`" in joined


def test_even_an_absurdly_long_digest_stays_within_slacks_limits():
    _, out = render(huge_digest(shown=400), language="es")
    assert len(out) <= MAX_BLOCKS
    assert all(len(b["text"]["text"]) <= MAX_TEXT for b in out if b["type"] == "section")
    assert out[-1]["text"]["text"].startswith("_y … más")


def test_a_quiet_digest_is_a_header_a_context_and_one_line():
    digest = build(
        since=NOW - timedelta(days=1),
        now=NOW,
        open_requests=[],
        new_requests=[],
        promises=[],
        holds=[],
        hours=Schedule(),
    )
    text, out = render(digest)
    assert [b["type"] for b in out] == ["header", "context", "section"]
    assert text == "Daily digest · Thu 17 Dec: A quiet day: nothing new, nothing unclaimed, no promise due or missed."
