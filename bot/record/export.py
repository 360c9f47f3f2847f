"""The record of one customer (issue 19; Ley 44/2006 gives consumers the right to one): every request
they raised in a period, when it was answered, who owned it, which promises were kept, and how it
ended — in the customer's time zone and language, as CSV, JSON or a printable HTML page.

What a record never contains: internal notes (a handover note shows only that there was one), triage
posts, staff DMs, promise sentences (a promise made by `/promise` was never said to the customer).
Texts removed by `atento purge` or `atento forget` are absent, and the record says so; the times stay.

Entry points: `build_record` (the CLI's `atento export`, and `/atento record` in Slack) and `Record`.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, sessionmaker

import bot.record.query as query
from bot.platform.db import read_only
from bot.record.query import RecordError, Scope
from bot.record.shape import Lifecycle, Ownership, PromiseLine, Record
from bot.record.texts import period_text, say
from policies import figures as rules

FORMATS = ("csv", "json", "html")


class RecordFile(NamedTuple):
    """What `build_record` hands back: a file name, its bytes, and one line saying what is in it."""

    filename: str
    content: bytes
    summary: str


def build_record(
    sessions: sessionmaker[Session],
    workspace_id: str | None,
    *,
    channel_id: str | None = None,
    org: str | None = None,
    since: date | datetime | None = None,
    until: date | datetime | None = None,
    fmt: str = "html",
    now: datetime,
    language: str | None = None,
) -> RecordFile:
    """The record of one channel or one organisation for [since, until] as a file.

    Dates are whole days in the customer's time zone (`until` included); datetimes are moments.
    `workspace_id` None looks the channel or organisation up in every workspace (the CLI).
    Raises RecordError for an unknown channel or organisation, a backwards period or an unknown format;
    a period without requests is an empty record, not an error."""
    from bot.record.render import render

    if fmt not in FORMATS:
        raise RecordError("format", fmt=fmt)
    if (channel_id is None) == (org is None):
        raise ValueError("give exactly one of channel_id and org")
    with read_only(sessions) as session:
        record = load_record(
            session, workspace_id, channel_id=channel_id, org=org, since=since, until=until, now=now, language=language
        )
    content = render(record, fmt)
    return RecordFile(filename(record, fmt), content, summary(record))


def load_record(
    session: Session,
    workspace_id: str | None,
    *,
    channel_id: str | None = None,
    org: str | None = None,
    since: date | datetime | None = None,
    until: date | datetime | None = None,
    now: datetime,
    language: str | None = None,
) -> Record:
    """The record as data (what `build_record` renders)."""
    scope = query.find_scope(session, workspace_id, channel_id=channel_id, org=org)
    start = _moment(since, scope.tz, end_of_day=False)
    end = _moment(until, scope.tz, end_of_day=True) or now
    if start is not None and end <= start:
        raise RecordError("backwards", since=_shown(since), until=_shown(until or now))
    raw = query.requests_in(session, scope, start, end)
    people = set()
    for request in raw:
        people.add(request.customer)
        people.update(actor for _, actor, _, _ in request.events)
        people.update(event[2].get("to") for event in request.events if event[0] == "handed_off")
    named = query.names(session, scope.workspace_id, {p for p in people if p})
    clock = rules.BusinessClock(scope.hours)
    rows = tuple(lifecycle(r, named, clock, scope, now) for r in raw)
    facts = [
        rules.RequestFacts(r.number, scope.label, r.asked_at, r.first_response_at, r.resolved_at, r.state, r.reopened)
        for r in rows
    ]
    promises = [
        rules.PromiseFacts(r.number, scope.label, p.promised_at, p.due_at, p.state, p.closed_at, p.closed_how)
        for r in raw
        for p in r.promises
    ]
    # The totals describe the rows as the table shows them (a request of the period resolved since counts).
    figures_start = start or min((r.asked_at for r in rows), default=end - timedelta(days=1))
    figures = rules.figures_of(facts, promises, figures_start, max(now, end), clock, now)
    return Record(
        scope=scope,
        since=start,
        until=end,
        produced_at=now,
        language=language if language in ("en", "es") else scope.language,
        requests=rows,
        figures=figures,
        texts_removed=sum(1 for r in rows if r.text_removed),
    )


def lifecycle(raw: query.RawRequest, named: dict[str, str], clock, scope: Scope, now: datetime) -> Lifecycle:
    """One request's lifecycle from its row, its audit events and its promises."""
    owners: list[Ownership] = []
    resolved_by = removed = None
    reopened = []

    def name(user_id: str | None) -> str:
        return named.get(user_id or "", user_id or "")

    def close_current(at: datetime) -> None:
        if owners and owners[-1].until is None:
            owners[-1] = Ownership(owners[-1].owner, owners[-1].since, owners[-1].how, owners[-1].with_note, at)

    for kind, actor, data, at in raw.events:
        if kind in ("claimed", "taken_over"):
            close_current(at)
            owners.append(Ownership(name(actor), at, kind))
        elif kind == "handed_off":
            close_current(at)
            owners.append(Ownership(name(data.get("to")), at, kind, bool(data.get("note") or data.get("had_note"))))
        elif kind == "released":
            close_current(at)
        elif kind == "resolved":
            resolved_by = name(actor)
        elif kind == "reopened":
            reopened.append(at)
        elif kind in ("purged", "forgotten") and not raw.excerpt:
            removed = removed or kind
    promises = []
    for p in raw.promises:
        facts = rules.PromiseFacts(raw.number, "", p.promised_at, p.due_at, p.state, p.closed_at, p.closed_how)
        outcome = rules.promise_outcome(facts, now)
        if outcome is None and p.state == "cancelled":
            continue  # undone, or the request ended without it: no promise to account for
        promises.append(PromiseLine(p.promised_at, p.due_at, *(outcome or ("open", None))))
    resolved = raw.state == "resolved" and raw.resolved_at is not None
    return Lifecycle(
        reference=f"REQ-{raw.number}",
        number=raw.number,
        channel=scope.channel_names.get(raw.channel_id, raw.channel_id),
        asked_by=name(raw.customer),
        asked_by_id=raw.customer,
        asked_at=raw.created_at,
        text=raw.excerpt if raw.excerpt or removed is None else None,
        text_removed=removed,
        state=raw.state,
        first_response_at=raw.first_response_at,
        first_response_minutes=clock.between(raw.created_at, raw.first_response_at) if raw.first_response_at else None,
        owners=tuple(owners),
        promises=tuple(promises),
        resolved_at=raw.resolved_at,
        resolved_by=resolved_by if resolved else None,
        resolution_minutes=clock.between(raw.created_at, raw.resolved_at) if resolved else None,
        reopened=tuple(reopened),
    )


def filename(record: Record, fmt: str) -> str:
    """'record-acme-corp-2026-10-01-2026-12-31.html'."""
    zone = ZoneInfo(record.scope.tz)
    slug = "".join(c if c.isalnum() else "-" for c in record.scope.label.lower()).strip("-")
    slug = "-".join(part for part in slug.split("-") if part) or "channel"
    first = record.period_start.astimezone(zone).date()
    last = (record.until - timedelta(microseconds=1)).astimezone(zone).date()
    return f"record-{slug}-{first:%Y-%m-%d}-{last:%Y-%m-%d}.{fmt}"


def summary(record: Record) -> str:
    """A few words on what the file holds (the message beside the file in Slack, the CLI's last line)."""
    from bot.record.texts import counted, duration_words, promise_counts

    language, figures = record.language, record.figures
    period = period_text(record.period_start, record.until, record.scope.tz, language)
    if not record.requests:
        return f"{record.scope.label}, {period}: {say('empty', language)}"
    text = say(
        "summary",
        language,
        label=record.scope.label,
        period=period,
        requests=counted(len(record.requests), "requests", language),
        resolved=counted(figures.resolved, "resolved", language),
        open=counted(figures.open_now, "still_open", language),
    )
    if figures.first_response.count:
        text += say("summary:first", language, median=duration_words(figures.first_response.median, language))
    if figures.promises:
        text += " " + promise_counts(figures, language)
    return text


def _moment(value: date | datetime | None, tz: str, *, end_of_day: bool) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=ZoneInfo(tz))
    day = value + timedelta(days=1) if end_of_day else value
    return datetime.combine(day, time(0), tzinfo=ZoneInfo(tz))


def _shown(value) -> str:
    return value.isoformat() if isinstance(value, date | datetime) else str(value)
