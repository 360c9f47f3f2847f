"""A digest as Block Kit, in English or Spanish, within Slack's limits (50 blocks, 3,000 characters
a text block): every item links to its thread; long sections end with "and N more"."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.texts import render
from bot.texts.calendar_words import day, day_time
from bot.texts.digest_texts import TITLES, WORDS
from bot.texts.promise_texts import duration
from policies.digest import Digest, HoldRow, PromiseRow, RequestRow, StaffAwayRow
from policies.figures import RequestFacts

MAX_BLOCKS = 50
MAX_TEXT = 3000

MORE_FILTER = {"unclaimed": "unclaimed", "first_response": "open", "ping_pong": "open", "load": "open"}


def blocks(
    digest: Digest,
    *,
    every: str,
    scheduled: datetime,
    late: bool,
    tz: str,
    language: str,
    workspace_url: str | None,
    figures: str | None = None,
) -> tuple[str, list[dict]]:
    """(fallback text, blocks) for one digest. `figures`: the weekly figures in sentences
    (`bot.record.figures_text`), shown first and carried in the fallback text so that it reads alone."""
    lang = language if language in ("en", "es") else "en"
    w = {key: texts[lang] for key, texts in WORDS.items()}
    zone = ZoneInfo(tz)
    local = scheduled.astimezone(zone)
    title = f"{w[every]} · {day(local, lang)}"
    out: list[dict] = [{"type": "header", "text": {"type": "plain_text", "text": title[:150]}}]
    since = digest.since.astimezone(zone)
    context = w["since"].format(since=day_time(since, lang))
    if late:
        context += " · " + w["late"].format(due=f"{local:%H:%M}")
    out.append({"type": "context", "elements": [{"type": "mrkdwn", "text": context}]})
    fallback = title
    if figures:
        out += _chunks(f"*{TITLES['figures'][lang]}*", figures.split("\n"))
        fallback = f"{title}\n{figures}"
    if digest.quiet:
        text = w["quiet"].format(period=w["day"] if every == "daily" else w["week"])
        out.append(_section(text))
        return f"{fallback}\n{text}" if figures else f"{title}: {text}", out

    def link(number: int, channel_id: str, thread_ts: str) -> str:
        return f"<{render.thread_link(workspace_url, channel_id, thread_ts)}|REQ-{number}>"

    def when(moment: datetime) -> str:
        moment = moment.astimezone(zone)
        return day_time(moment, lang)

    for section in digest.sections:
        lines: list[str] = []
        if section.key == "first_response" and digest.first_response_median is not None:
            lines.append(
                w["median"].format(
                    median=duration(digest.first_response_median * 60, lang),
                    worst=duration(digest.first_response_worst * 60, lang),
                )
            )
        if section.key == "first_response" and section.items:
            lines.append(w["unanswered"])
        for item in section.items:
            lines.append("• " + _line(section.key, item, digest, w, lang, link, when))
        if section.more:
            lines.append("_" + w["more"].format(n=section.more, what=MORE_FILTER.get(section.key, "open")) + "_")
        out += _chunks(f"*{TITLES[section.key][lang]}*", lines)
    if len(out) > MAX_BLOCKS:
        out = out[: MAX_BLOCKS - 1] + [_section("_" + w["more"].format(n="…", what="open") + "_")]
    return fallback, out


def chart_title(period: str, language: str) -> str:
    """The title of the weekly chart's file (what a screen reader says of it)."""
    return WORDS["chart"][language if language in ("en", "es") else "en"].format(period=period)


def _line(key: str, item, digest: Digest, w: dict, lang: str, link, when) -> str:
    if isinstance(item, RequestRow):
        head = f"{link(item.number, item.channel_id, item.thread_ts)} · {item.channel_label} · {item.customer}"
        if key == "unclaimed" and item.number in digest.unclaimed_ages:
            head += " · " + w["age"].format(age=duration(digest.unclaimed_ages[item.number] * 60, lang))
        if key == "ping_pong":
            head += " · " + w["handoffs"].format(n=item.handoffs)
        if item.owner and key in ("new", "ping_pong", "first_response"):
            head += f" · <@{item.owner}>"
        return f"{head}: “{render.short(item.excerpt, 90)}”"
    if isinstance(item, RequestFacts):
        return f"REQ-{item.number} · {item.org} · " + w["resolved_at"].format(at=when(item.resolved_at))
    if isinstance(item, PromiseRow):
        at = w["due" if key == "due_soon" else "missed_at"].format(at=when(item.due_at))
        return f"{link(item.number, item.channel_id, item.thread_ts)} · {item.customer} · <@{item.owner}> · {at}"
    if isinstance(item, HoldRow):
        back = w["until_they_write"] if item.resume_day is None else w["until"].format(day=day(item.resume_day, lang))
        company = f" {w['company']}" if item.scope == "company" else ""
        return f"{item.customer}{company} · <#{item.channel_id}> · {back}"
    if isinstance(item, StaffAwayRow):
        if item.back_at is None:
            back = w["staff_status_open"]
        else:
            back = w["staff_back"].format(at=day(item.back_day, lang) if item.back_day else when(item.back_at))
        return f"<@{item.user}> · {back}"
    owner, count = item
    return f"<@{owner}>: {count}"


def _section(text: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text[:MAX_TEXT]}}


def _chunks(title: str, lines: list[str]) -> list[dict]:
    """One or more section blocks, none over 3,000 characters, lines never split."""
    out, current = [], title
    for line in lines:
        line = line[: MAX_TEXT - 10]
        if len(current) + 1 + len(line) > MAX_TEXT:
            out.append(_section(current))
            current = line
        else:
            current += "\n" + line
    out.append(_section(current))
    return out
