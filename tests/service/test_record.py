"""`/atento record` and the digest's figures (issue 19), against the stand-in Slack: the record arrives
privately as a file in the asker's DM, scoped like a digest; the weekly digest carries a chart."""

from __future__ import annotations

import io
import logging
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.platform.models import Channel, Workspace
from bot.sandbox.simulator import CUSTOMER_TEAM, OUR_TEAM, message_event, ts_at

MADRID = ZoneInfo("Europe/Madrid")


def team(bot, slack):
    slack.add_user("UANA", name="Ana García")
    slack.add_user("ULEAD", name="Lola Lead", tz="Europe/Madrid", locale="en-GB")
    slack.add_user("UCARLA", team_id=CUSTOMER_TEAM, name="Carla Pérez")
    slack.add_channel("CACME", name="acme", shared=True)
    with bot.atento.sessions.begin() as session:
        workspace = session.get(Workspace, OUR_TEAM)
        workspace.settings = {**workspace.settings, "lead": "ULEAD", "hours": {"tz": "America/Panama"}}


def settle(bot, clock, seconds: int = 3) -> None:
    for _ in range(seconds):
        bot.drain()
        clock.advance(seconds=1)
    bot.drain()


def customer_asks(bot, clock, text: str, *, channel="CACME", user="UCARLA") -> str:
    ts = ts_at(clock.now())
    bot.send.event(message_event(text=text, user=user, ts=ts, channel=channel))
    settle(bot, clock)
    clock.advance(minutes=11)
    return ts


def acme_has_requests(bot, clock, slack) -> None:
    team(bot, slack)
    customer_asks(bot, clock, "The CSV export is broken")
    customer_asks(bot, clock, "Invoices show the wrong VAT")
    with bot.atento.sessions.begin() as session:
        acme = session.get(Channel, (OUR_TEAM, "CACME"))
        acme.customer_org_name, acme.name = "Acme Corp", "acme"  # as conversations.info told when the bot joined
    bot.send.command("/claim", "1", user="UANA")
    bot.send.command("/resolve", "1 fixed in 4.2", user="UANA")
    settle(bot, clock)


def record(bot, clock, text: str, user: str = "UANA") -> str:
    reply = bot.send.command("/atento", f"record {text}", user=user)
    assert reply.status == 200
    settle(bot, clock)
    return reply.json()["text"]


def dm(slack, user: str) -> list[str]:
    return [p["text"] for p in slack.delivered(user)]


def test_a_record_arrives_privately_as_one_file_with_the_customers_requests(bot, clock, slack):
    acme_has_requests(bot, clock, slack)
    answer = record(bot, clock, "<#CACME|acme> since 2026-12-01")
    assert answer == (
        "Preparing the record of <#CACME> (since 1 Dec 2026). It will arrive in your DM with Atento,"
        " visible only to you."
    )
    (upload,) = slack.uploads()
    assert upload["channel"] == "DUANA"  # the DM's own id, from conversations.open
    assert [c.args["users"] for c in slack.calls("conversations.open")] == ["UANA"]
    assert upload["filename"] == "record-acme-corp-2026-12-01-2026-12-16.html"
    assert upload["initial_comment"].startswith("The record you asked for, visible only to you: Acme Corp,")
    page = upload["content"].decode()
    assert "REQ-1" in page and "REQ-2" in page
    assert "The CSV export is broken" in page and "Invoices show the wrong VAT" in page
    assert "Ana García" in page
    assert not [p for p in slack.delivered() if "record" in p.get("text", "").lower()]  # nothing posted anywhere


def test_a_plain_channel_name_works_too(bot, clock, slack):
    acme_has_requests(bot, clock, slack)
    record(bot, clock, "#acme")
    (upload,) = slack.uploads()
    assert "REQ-2" in upload["content"].decode()


def test_a_customer_cannot_ask_for_a_record(bot, clock, slack):
    acme_has_requests(bot, clock, slack)
    answer = record(bot, clock, "<#CACME|acme> since 2026-12-01", user="UCARLA")
    assert answer == "Only the support team can ask for a customer's record."
    assert slack.uploads() == [] and slack.calls("files.getUploadURLExternal") == []


def test_someone_not_in_the_channel_is_told_and_gets_no_file(bot, clock, slack):
    acme_has_requests(bot, clock, slack)
    slack.state.channels["CACME"]["members"] = ["ULEAD"]  # Ana is not in #acme
    answer = record(bot, clock, "<#CACME|acme>")
    assert answer.startswith("Preparing the record of <#CACME>")
    assert slack.uploads() == []
    assert dm(slack, "UANA")[-1].startswith("You are not in <#CACME>, so I did not send you its record.")


def test_an_unknown_channel_is_said_at_once(bot, clock, slack):
    acme_has_requests(bot, clock, slack)
    answer = record(bot, clock, "#nowhere since 2026-12-01")
    assert answer.startswith(
        "I can't make that record: no channel #nowhere is known to Atento (it must be a channel the bot is in)."
    )
    assert slack.calls("users.conversations") == [] and slack.uploads() == []


def test_a_period_that_ends_before_it_starts_is_refused(bot, clock, slack):
    acme_has_requests(bot, clock, slack)
    answer = record(bot, clock, "#acme since 2026-12-10 until 2026-12-01")
    assert answer.startswith("I can't make that record: the period ends (2026-12-01) before it starts (2026-12-10).")
    assert slack.uploads() == []


def test_nonsense_dates_are_refused_with_the_format(bot, clock, slack):
    acme_has_requests(bot, clock, slack)
    answer = record(bot, clock, "#acme since yesterdayish")
    assert answer.startswith("I can't make that record: since 'yesterdayish' is not a date; use YYYY-MM-DD")
    assert record(bot, clock, "").startswith("Usage: `/atento record #channel")
    assert slack.uploads() == []


def test_a_channel_without_requests_gets_a_clear_empty_record(bot, clock, slack):
    team(bot, slack)
    slack.add_channel("CQUIET", name="quiet", shared=True)
    with bot.atento.sessions.begin() as session:
        session.add(Channel(workspace_id=OUR_TEAM, channel_id="CQUIET", name="quiet", created_at=clock.now()))
    record(bot, clock, "#quiet since 2026-12-01")
    (upload,) = slack.uploads()
    assert "No requests in this period." in upload["initial_comment"]
    assert "No requests in this period." in upload["content"].decode()


def test_slack_refusing_the_file_is_logged_once_with_the_fix_and_the_person_is_told(bot, clock, slack, caplog):
    acme_has_requests(bot, clock, slack)
    slack.fail("files.getUploadURLExternal", status=200, error="missing_scope", retry_after=None)
    with caplog.at_level(logging.ERROR, logger="atento.slack"):
        record(bot, clock, "#acme")
    (line,) = [r.getMessage() for r in caplog.records if "missing_scope" in r.getMessage()]
    assert "Fix: add the missing scope" in line
    assert slack.uploads() == []
    assert dm(slack, "UANA")[-1] == (
        "I could not send you record-acme-corp-2026-12-16-2026-12-16.html: Slack refused the file (missing_scope)."
        " Atento lacks Slack's permission to send files: an admin of the Slack app must add the `files:write`"
        " scope and reinstall it."
    )


def digest_text(slack, target: str) -> str:
    (post,) = [p for p in slack.delivered(target) if p.get("blocks") and p["blocks"][0]["type"] == "header"]
    out = [post["text"]]
    for block in post["blocks"]:
        if block["type"] == "section":
            out.append(block["text"]["text"])
    return "\n".join(out)


def test_the_daily_digest_lists_what_was_resolved_since_the_last_one(bot, clock, slack):
    acme_has_requests(bot, clock, slack)
    bot.send.command("/atento", "digest daily 09:00", user="ULEAD")
    clock.set(datetime(2026, 12, 17, 9, 0, 1, tzinfo=MADRID))
    settle(bot, clock)
    body = digest_text(slack, "ULEAD")
    assert "*Resolved since the last digest*\n• REQ-1 · Acme Corp · resolved Wed 16 Dec" in body
    assert slack.uploads() == []  # the chart is the weekly digest's


def test_the_weekly_digest_carries_the_figures_and_one_chart_beside_them(bot, clock, slack):
    from PIL import Image

    from bot.record import chart_png, figures_text, weekly_figures

    acme_has_requests(bot, clock, slack)
    bot.send.command("/atento", "digest weekly thu 09:00", user="ULEAD")
    clock.set(datetime(2026, 12, 17, 9, 0, 1, tzinfo=MADRID))
    settle(bot, clock)

    body = digest_text(slack, "ULEAD")
    assert "*The week in figures*" in body
    assert "2 new requests, 1 resolved" in body
    (upload,) = slack.uploads()
    assert upload["channel"] == "DULEAD" and upload["filename"] == "atento-week-2026-12-17.png"
    in_order = [
        c.method
        for c in slack.calls()
        if c.method == "files.getUploadURLExternal"
        or (c.method == "chat.postMessage" and c.args.get("text", "").startswith("Weekly digest"))
    ]
    assert in_order == ["chat.postMessage", "files.getUploadURLExternal"]  # the chart comes beside the text
    assert upload["title"].startswith("Requests opened and resolved per day, and the first response:")
    image = Image.open(io.BytesIO(upload["content"]))
    assert image.format == "PNG" and image.size[0] > 400
    assert len(image.convert("RGB").getcolors(maxcolors=1 << 20)) > 1  # not blank

    # The text and the chart say the same figures: both are the figures of the digest's week.
    with bot.atento.sessions() as session:
        since = datetime(2026, 12, 10, 9, 0, tzinfo=MADRID)
        week = weekly_figures(session, OUR_TEAM, ["CACME", "CSHARED"], since, clock.now(), clock.now(), "Europe/Madrid")
    assert figures_text(week.report, "Europe/Madrid", "en") in body
    assert sum(d.opened for d in week.days) == week.report.total.new == 2
    assert upload["content"] == chart_png(week.days, "en")


def test_a_refused_chart_leaves_the_text_and_tells_the_lead(bot, clock, slack):
    acme_has_requests(bot, clock, slack)
    bot.send.command("/atento", "digest weekly thu 09:00", user="ULEAD")
    slack.fail("files.getUploadURLExternal", status=200, error="missing_scope", retry_after=None)
    clock.set(datetime(2026, 12, 17, 9, 0, 1, tzinfo=MADRID))
    settle(bot, clock, 5)
    assert "*The week in figures*" in digest_text(slack, "ULEAD")
    assert slack.uploads() == []
    told = [t for t in dm(slack, "ULEAD") if t.startswith("I could not send you atento-week-2026-12-17.png")]
    assert told == [
        "I could not send you atento-week-2026-12-17.png: Slack refused the file (missing_scope). Atento lacks"
        " Slack's permission to send files: an admin of the Slack app must add the `files:write` scope and"
        " reinstall it."
    ]


def test_the_files_bytes_do_not_stay_in_the_outbox_once_sent(bot, clock, slack):
    from sqlalchemy import select

    from bot.platform.models import Timer

    acme_has_requests(bot, clock, slack)
    record(bot, clock, "#acme")
    assert len(slack.uploads()) == 1
    with bot.atento.sessions() as session:
        rows = [
            t
            for t in session.scalars(select(Timer).where(Timer.kind == "outbox"))
            if t.payload["method"] == "files.uploadV2"
        ]
    assert [(t.state, t.payload["args"]["content"]) for t in rows] == [("done", None)]


def test_a_spanish_speaking_agent_is_answered_in_spanish(bot, clock, slack):
    acme_has_requests(bot, clock, slack)
    slack.add_user("ULUIS", name="Luis Gómez", locale="es-ES")
    bot.send.command("/claim", "2", user="ULUIS")  # Atento learns Luis's profile (locale) from Slack
    settle(bot, clock)
    answer = record(bot, clock, "#acme desde 2026-12-01", user="ULUIS")
    assert answer == (
        "Preparando el registro de <#CACME> (desde el 1 dic 2026). Te llegará por mensaje privado de Atento;"
        " solo lo ves tú."
    )
    (upload,) = slack.uploads()
    assert upload["channel"] == "DULUIS" and upload["initial_comment"].startswith(
        "El registro que pediste, solo para ti:"
    )
