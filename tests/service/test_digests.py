"""Digests for team leads (issue 6): subscriptions, delivery by the sweep, scope, late and DST."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.platform.models import Channel, DigestSubscription
from bot.sandbox.simulator import OUR_TEAM, message_event, ts_at
from tests.support.builders import another_workspace_request
from tests.support.flow import says, settle
from tests.support.team import people, workspace_settings

PANAMA, MADRID = ZoneInfo("America/Panama"), ZoneInfo("Europe/Madrid")


def team(bot, slack, *, lead_locale="en-GB", every_day=False):
    """`every_day`: the team works weekends too, so that a lead's digest DM may reach them then (issue 17:
    a digest DM waits for the lead's working hours)."""
    people(slack, "UANA", "ULEAD", "UCARLA", "UDORA", ULEAD={"tz": "Europe/Madrid", "locale": lead_locale})
    hours = {"tz": "America/Panama", **({"days": list(range(7))} if every_day else {})}
    workspace_settings(bot, lead="ULEAD", hours=hours)


def customer_asks(bot, clock, text: str, *, user="UCARLA", channel="CSHARED") -> str:
    ts = says(bot, clock, text, user=user, channel=channel)
    settle(bot, clock)
    clock.advance(minutes=11)
    return ts


def digest_posts(slack, target: str) -> list[dict]:
    return [p for p in slack.posts(target) if p.get("blocks") and p["blocks"][0]["type"] == "header"]


def texts(post: dict) -> str:
    out = [post["blocks"][0]["text"]["text"]]
    for block in post["blocks"][1:]:
        if block["type"] == "section":
            out.append(block["text"]["text"])
        elif block["type"] == "context":
            out += [e["text"] for e in block["elements"]]
    return "\n".join(out)


def subscribe(bot, text: str, user: str = "ULEAD") -> str:
    reply = bot.send.command("/atento", f"digest {text}", user=user)
    assert reply.status == 200
    return reply.json()["text"]


def test_a_leads_daily_digest_arrives_at_nine_their_time_with_every_section(bot, clock, slack):
    team(bot, slack)
    first = customer_asks(bot, clock, "The CSV export is broken")
    with bot.atento.sessions.begin() as session:
        session.get(Channel, (OUR_TEAM, "CSHARED")).customer_org_name = "Acme Corp"
    customer_asks(bot, clock, "Also the invoices have the wrong VAT", user="UDORA")
    bot.send.command("/claim", "2", user="UANA")
    bot.send.command("/promise", "2 tomorrow 12:00 corrected invoices", user="UANA")
    bot.send.event(
        message_event(text="I'm on vacation until Jan 4", user="UCARLA", ts=ts_at(clock.now()), thread_ts=first)
    )
    settle(bot, clock)
    answer = subscribe(bot, "daily 09:00")
    assert answer.startswith("Digest for you: daily at 09:00 (Europe/Madrid), in English. The first one comes Thu 17")

    clock.set(datetime(2026, 12, 17, 8, 59, 59, tzinfo=MADRID))
    settle(bot, clock, 0)
    assert digest_posts(slack, "ULEAD") == []
    clock.set(datetime(2026, 12, 17, 9, 0, 1, tzinfo=MADRID))
    settle(bot, clock)
    (post,) = digest_posts(slack, "ULEAD")
    body = texts(post)
    assert body.startswith("Daily digest · Thu 17 Dec\nSince Wed 16 Dec 09:00")
    for title in (
        "*New requests*",
        "*Unclaimed now, oldest first*",
        "*First response*",
        "*Promises due in the next 24 hours*",
        "*Customers on hold by their own word*",
        "*Open requests per owner*",
    ):
        assert title in body, title
    assert "|REQ-1>* ·" not in body and "|REQ-1> · Acme Corp · Carla Pérez" in body
    assert "/archives/CSHARED/p" in body  # every item links to its thread
    assert "<@UANA>: 1" in body
    assert "Carla Pérez · <#CSHARED> · back Mon 4 Jan" in body
    assert "Promises missed" not in body and "Handed off" not in body  # empty sections left out


def test_a_quiet_day_is_one_line_and_spanish_follows_the_leads_locale(bot, clock, slack):
    team(bot, slack, lead_locale="es-ES")
    subscribe(bot, "daily 09:00")
    clock.set(datetime(2026, 12, 17, 9, 0, 1, tzinfo=MADRID))
    settle(bot, clock)
    (post,) = digest_posts(slack, "ULEAD")
    assert texts(post).endswith(
        "Un día tranquilo: nada nuevo, nada sin responsable, ninguna promesa vence ni se incumplió."
    )
    assert post["blocks"][0]["text"]["text"] == "Resumen diario · jue 17 de dic"


def test_only_the_subscribers_channels_and_only_this_workspace(bot, clock, slack):
    team(bot, slack)
    slack.add_channel("CPRIVATE", name="vip-support", shared=True, members=["UANA"])
    customer_asks(bot, clock, "The visible export is broken")
    customer_asks(bot, clock, "The secret export is broken", channel="CPRIVATE")
    # another workspace, colliding channel id
    another_workspace_request(
        bot,
        clock.now(),
        number=1,
        channel_id="CSHARED",
        customer_user_id="UCARLA",
        excerpt="Another workspace's problem",
    )
    subscribe(bot, "preview")
    settle(bot, clock)
    (preview,) = [c for c in slack.calls("chat.postEphemeral") if c.args.get("user") == "ULEAD"]
    body = "\n".join(b["text"]["text"] for b in preview.args["blocks"] if b["type"] == "section")
    assert "The visible export is broken" in body
    assert "The secret export is broken" not in body and "Another workspace" not in body


def test_a_digest_missed_while_down_is_sent_once_late_saying_which_day(bot, clock, slack):
    team(bot, slack, every_day=True)  # it is sent on a Saturday and a Sunday
    customer_asks(bot, clock, "Exports fail")
    subscribe(bot, "daily 09:00")
    clock.set(datetime(2026, 12, 19, 14, 0, tzinfo=MADRID))  # down from Wednesday to Saturday afternoon
    settle(bot, clock)
    settle(bot, clock)
    (post,) = digest_posts(slack, "ULEAD")
    body = texts(post)
    assert body.startswith("Daily digest · Thu 17 Dec")
    assert "Sent late (the bot was not running at 09:00); it covers up to now." in body
    clock.set(datetime(2026, 12, 20, 9, 0, 1, tzinfo=MADRID))
    settle(bot, clock)
    assert [texts(p).splitlines()[0] for p in digest_posts(slack, "ULEAD")] == [
        "Daily digest · Thu 17 Dec",
        "Daily digest · Sun 20 Dec",
    ]


def test_nine_madrid_time_across_the_march_daylight_saving_change(bot, clock, slack):
    team(bot, slack, every_day=True)  # the change falls on a weekend
    clock.set(datetime(2027, 3, 26, 12, tzinfo=MADRID))
    subscribe(bot, "daily 09:00")
    arrivals = []
    for day in (27, 28, 29):
        for hour_utc in range(6, 9):
            clock.set(datetime(2027, 3, day, hour_utc, 0, 1, tzinfo=UTC))
            before = len(digest_posts(slack, "ULEAD"))
            bot.drain()
            if len(digest_posts(slack, "ULEAD")) > before:
                arrivals.append(clock.now().astimezone(MADRID).strftime("%d %H:%M %Z"))
    assert arrivals == ["27 09:00 CET", "28 09:00 CEST", "29 09:00 CEST"]


def test_a_channel_subscription_weekly_and_off(bot, clock, slack):
    team(bot, slack)
    slack.add_channel("C0LEADS", name="support-leads", shared=False)
    answer = subscribe(bot, "<#C0LEADS|support-leads> weekly mon 09:00")
    assert answer.startswith("Digest for <#C0LEADS>: every Monday at 09:00 (Europe/Madrid)")
    clock.set(datetime(2026, 12, 21, 9, 0, 1, tzinfo=MADRID))
    settle(bot, clock)
    (post,) = digest_posts(slack, "C0LEADS")
    assert post["blocks"][0]["text"]["text"] == "Weekly digest · Mon 21 Dec"
    assert subscribe(bot, "<#C0LEADS> off").startswith("Digest off.")
    clock.set(datetime(2026, 12, 28, 9, 0, 1, tzinfo=MADRID))
    settle(bot, clock)
    assert len(digest_posts(slack, "C0LEADS")) == 1
    with bot.atento.sessions() as session:
        assert session.scalars(select(DigestSubscription.active)).all() == [False]


def test_bad_digest_commands_get_a_clear_answer(bot, clock, slack):
    team(bot, slack)
    assert subscribe(bot, "daily 25:00") == "I couldn't read that time. Use 24-hour `09:00` or `9am`."
    assert subscribe(bot, "weekly someday 9am").startswith("Which day?")
    assert subscribe(bot, "hourly").startswith("Usage: `/atento digest daily 09:00`")
    assert subscribe(bot, "off") == "There was no digest to turn off."
    assert subscribe(bot, "daily 09:00", user="UCARLA") == "Only the support team can subscribe to digests."
    with bot.atento.sessions() as session:
        assert session.scalars(select(DigestSubscription)).all() == []
