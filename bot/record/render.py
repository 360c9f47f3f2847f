"""A record as CSV (a spreadsheet), JSON (another system) or HTML (a printable page to hand over)."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta
from html import escape
from zoneinfo import ZoneInfo

from bot.record.shape import Lifecycle, Record
from bot.record.texts import _zone, counted, day_text, duration_short, hours_text, moment_text, period_text, say


def render(record: Record, fmt: str) -> bytes:
    return {"csv": to_csv, "json": to_json, "html": to_html}[fmt](record)


def notices(record: Record) -> list[str]:
    """The sentences every format carries: what the times mean, what was removed, what is never here."""
    language = record.language
    lines = [say("business", language, hours=hours_text(record.scope.hours, language))]
    if record.texts_removed:
        lines.append(say("purged", language, count=counted(record.texts_removed, "requests", language)))
    lines.append(say("excluded", language))
    return lines


def _local(at: datetime | None, tz: str) -> str:
    """'2026-12-16 10:05' in the customer's zone (the header says which)."""
    return at.astimezone(_zone(tz)).strftime("%Y-%m-%d %H:%M") if at else ""


def _iso(at: datetime | None, tz: str) -> str | None:
    return at.astimezone(_zone(tz)).isoformat(timespec="minutes") if at else None


def _minutes(value: float | None) -> int | None:
    return None if value is None else round(value)


def _text(request: Lifecycle, language: str) -> str:
    if request.text is not None:
        return request.text
    return say("text_forgotten" if request.text_removed == "forgotten" else "text_removed", language)


def _owners(request: Lifecycle, tz: str, language: str, year: bool = True) -> list[str]:
    parts = []
    for owner in request.owners:
        when = moment_text(owner.since, tz, language, year=year)
        if owner.how == "handed_off":
            how = say("handed", language, at=when)
            if owner.with_note:
                how += ", " + say("with_note", language)
        else:
            how = say("claimed", language, at=when)
        part = f"{owner.owner} ({how})"
        if owner.until is not None and owner is request.owners[-1]:
            part += f"; {say('released', language, at=moment_text(owner.until, tz, language, year=year))}"
        parts.append(part)
    return parts


def _promises(request: Lifecycle, tz: str, language: str, year: bool = True) -> list[str]:
    return [
        say(
            "promise",
            language,
            due=moment_text(p.due_at, tz, language, year=year),
            outcome=say(f"outcome:{p.outcome}", language),
        )
        for p in request.promises
    ]


def _outcome(request: Lifecycle, tz: str, language: str, year: bool = True) -> str:
    if request.state == "resolved" and request.resolved_at is not None:
        at = moment_text(request.resolved_at, tz, language, year=year)
        if request.resolved_by:
            text = say("resolved_by", language, at=at, who=request.resolved_by)
        else:
            text = say("resolved_at", language, at=at)
        if request.resolution_minutes is not None:
            text += ", " + say("resolved_in", language, duration=duration_short(request.resolution_minutes))
    elif request.state == "withdrawn":
        text = say("withdrawn", language, at=moment_text(request.resolved_at, tz, language, year=year))
    else:
        text = say("open", language)
    for at in request.reopened:
        text += "; " + say("reopened", language, at=moment_text(at, tz, language, year=year))
    return text


# -- CSV -------------------------------------------------------------------------------------------------
CSV_COLUMNS = (
    "csv:ref",
    "csv:channel",
    "csv:asked_by",
    "csv:asked_at",
    "csv:request",
    "csv:first_at",
    "csv:first_after",
    "csv:owners",
    "csv:promises",
    "csv:state",
    "csv:resolved_at",
    "csv:resolved_by",
    "csv:resolution_after",
    "csv:reopened_at",
)  # bot.texts.record_texts keys, in column order


def to_csv(record: Record) -> bytes:
    """One row a request; times local to the customer (the header names the zone); UTF-8 with BOM for Excel."""
    tz, language = record.scope.tz, record.language
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([say(key, language, tz=tz) for key in CSV_COLUMNS])
    for r in record.requests:
        writer.writerow(
            [
                r.reference,
                r.channel,
                r.asked_by,
                _local(r.asked_at, tz),
                _text(r, language),
                _local(r.first_response_at, tz),
                _minutes(r.first_response_minutes) if r.first_response_minutes is not None else "",
                " → ".join(_owners(r, tz, language)),
                "; ".join(_promises(r, tz, language)),
                say(f"csv_state:{r.state}", language),
                _local(r.resolved_at, tz),
                r.resolved_by or "",
                _minutes(r.resolution_minutes) if r.resolution_minutes is not None else "",
                "; ".join(_local(at, tz) for at in r.reopened),
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


# -- JSON ------------------------------------------------------------------------------------------------
def to_json(record: Record) -> bytes:
    """Stable English keys; moments as ISO 8601 in the customer's zone; durations in working minutes."""
    tz, f = record.scope.tz, record.figures
    shape = {
        "organisation": record.scope.label,
        "workspace": record.scope.workspace_id,
        "channels": list(record.scope.channels),
        "period": {"since": _iso(record.since, tz), "until": _iso(record.until, tz)},
        "timezone": tz,
        "language": record.language,
        "produced_at": _iso(record.produced_at, tz),
        "notices": notices(record),
        "texts_removed": record.texts_removed,
        "totals": {
            "requests": len(record.requests),
            "resolved": f.resolved,
            "open": f.open_now,
            "reopened": f.reopened,
            "first_response_median_minutes": _minutes(f.first_response.median),
            "first_response_p90_minutes": _minutes(f.first_response.p90),
            "resolution_median_minutes": _minutes(f.resolution.median),
            "resolution_p90_minutes": _minutes(f.resolution.p90),
            "promises": {"kept": f.kept, "missed": f.missed, "renegotiated": f.renegotiated},
        },
        "requests": [
            {
                "reference": r.reference,
                "channel": r.channel,
                "asked_by": r.asked_by,
                "asked_by_id": r.asked_by_id,
                "asked_at": _iso(r.asked_at, tz),
                "text": r.text,
                "text_removed": r.text_removed,
                "state": r.state,
                "first_response_at": _iso(r.first_response_at, tz),
                "first_response_minutes": _minutes(r.first_response_minutes),
                "owners": [
                    {
                        "owner": o.owner,
                        "since": _iso(o.since, tz),
                        "until": _iso(o.until, tz),
                        "how": o.how,
                        "handover_note": o.with_note,
                    }
                    for o in r.owners
                ],
                "promises": [
                    {
                        "made_at": _iso(p.made_at, tz),
                        "due_at": _iso(p.due_at, tz),
                        "outcome": p.outcome,
                        "settled_at": _iso(p.settled_at, tz),
                    }
                    for p in r.promises
                ],
                "resolved_at": _iso(r.resolved_at, tz),
                "resolved_by": r.resolved_by,
                "resolution_minutes": _minutes(r.resolution_minutes),
                "reopened_at": [_iso(at, tz) for at in r.reopened],
            }
            for r in record.requests
        ],
    }
    return (json.dumps(shape, ensure_ascii=False) + "\n").encode("utf-8")  # no indent: the C encoder, 5x faster


# -- HTML ------------------------------------------------------------------------------------------------
STYLE = """
@page { size: A4 landscape; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.4 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1d1d1f;
       margin: 24px auto; max-width: 1280px; padding: 0 16px; }
header h1 { font-size: 18pt; margin: 0 0 2px; font-weight: 600; }
header .org { font-size: 13pt; margin: 0; color: #333; }
header .meta { color: #555; margin: 4px 0 14px; }
.totals { display: flex; flex-wrap: wrap; gap: 8px; margin: 0 0 12px; padding: 0; list-style: none; }
.totals li { border: 1px solid #d8d8dc; border-radius: 6px; padding: 6px 12px; min-width: 120px; }
.totals b { display: block; font-size: 14pt; font-weight: 600; }
.totals span { color: #555; font-size: 9pt; display: block; }
.totals span.sub { color: #777; font-size: 8.5pt; }
.notes { color: #444; font-size: 9pt; margin: 0 0 14px; padding-left: 18px; }
table { width: 100%; border-collapse: collapse; }
thead th { text-align: left; font-size: 9pt; font-weight: 600; color: #333; border-bottom: 2px solid #1d1d1f;
           padding: 6px 8px; vertical-align: bottom; }
tbody td { padding: 6px 8px; border-bottom: 1px solid #e3e3e6; vertical-align: top; }
tbody tr { break-inside: avoid; page-break-inside: avoid; }
td.ref { white-space: nowrap; font-weight: 600; }
td.when, td.first { white-space: nowrap; }
td.request { max-width: 360px; overflow-wrap: anywhere; }
.removed { color: #777; font-style: italic; }
.sub { color: #555; font-size: 9pt; display: block; }
.missed { color: #a4161a; font-weight: 600; }
.kept { color: #1b6e20; }
.empty { padding: 24px 8px; color: #555; }
ul.plain { list-style: none; margin: 0; padding: 0; }
footer { color: #777; font-size: 8.5pt; margin-top: 14px; }
@media print { body { margin: 0; max-width: none; padding: 0; } thead { display: table-header-group; } }
"""


def to_html(record: Record) -> bytes:
    """One printable page: a short header (organisation, period, totals, notes) and one table."""
    tz, language, f = record.scope.tz, record.language, record.figures
    period = period_text(record.period_start, record.until, tz, language)
    if record.since is None:
        last = (record.until - timedelta(microseconds=1)).astimezone(ZoneInfo(tz)).date()
        period = say("since_start", language, last=day_text(last, language))
    totals = [  # (value, label, a line under the label)
        (len(record.requests), say("total:requests", language), ""),
        (f.resolved, say("total:resolved", language), ""),
        (f.open_now, say("total:open", language), ""),
    ]
    if f.reopened:
        totals.append((f.reopened, say("total:reopened", language), ""))
    for key, spread in (("total:first", f.first_response), ("total:resolution", f.resolution)):
        if spread.count:
            within = say("total:within", language, p90=duration_short(spread.p90))
            totals.append((duration_short(spread.median), say(key, language), within))
    if f.promises:
        others = ", ".join(counted(getattr(f, k), k, language) for k in ("missed", "renegotiated"))
        kept_of = say("total:kept_of", language, kept=f.kept, total=f.promises)
        totals.append((kept_of, say("total:kept", language), others))
    zone = ZoneInfo(tz)
    year = record.period_start.astimezone(zone).year != (record.until - timedelta(microseconds=1)).astimezone(zone).year
    head = [say(f"col:{c}", language) for c in ("ref", "asked", "request", "first", "owners", "promises", "resolved")]
    rows = "\n".join(_html_row(r, tz, language, year) for r in record.requests)
    if not record.requests:
        rows = f'<tr><td colspan="7" class="empty">{escape(say("empty", language))}</td></tr>'
    produced = say("generated", language, at=moment_text(record.produced_at, tz, language), tz=tz)
    return f"""<!DOCTYPE html>
<html lang="{language}">
<head>
<meta charset="utf-8">
<title>{escape(say("title", language))} — {escape(record.scope.label)} — {escape(period)}</title>
<style>{STYLE}</style>
</head>
<body>
<header>
<h1>{escape(say("title", language))}</h1>
<p class="org">{escape(record.scope.label)}</p>
<p class="meta">{escape(period)} · {escape(say("zone", language, tz=tz))}</p>
<ul class="totals">
{"".join(_total(value, label, sub) for value, label, sub in totals)}
</ul>
<ul class="notes">
{"".join(f"<li>{escape(line)}</li>" for line in notices(record))}
</ul>
</header>
<table>
<thead><tr>{"".join(f"<th>{escape(h)}</th>" for h in head)}</tr></thead>
<tbody>
{rows}
</tbody>
</table>
<footer>{escape(produced)}</footer>
</body>
</html>
""".encode()


def _total(value, label: str, sub: str) -> str:
    under = f'<span class="sub">{escape(sub)}</span>' if sub else ""
    return f"<li><b>{escape(str(value))}</b><span>{escape(label)}</span>{under}</li>"


def _html_row(r: Lifecycle, tz: str, language: str, year: bool) -> str:
    text = escape(r.text) if r.text is not None else f'<span class="removed">{escape(_text(r, language))}</span>'
    if r.first_response_at is not None:
        first = (
            f"{escape(duration_short(r.first_response_minutes))}"
            f'<span class="sub">{escape(moment_text(r.first_response_at, tz, language, year=year))}</span>'
        )
    else:
        first = f'<span class="removed">{escape(say("no_response", language))}</span>'
    owners = _owners(r, tz, language, year)
    owners_html = (
        '<ul class="plain">' + "".join(f"<li>{escape(o)}</li>" for o in owners) + "</ul>"
        if owners
        else f'<span class="removed">{escape(say("nobody", language) if r.state == "open" else "—")}</span>'
    )
    promises = "".join(
        f'<li class="{p.outcome}">{escape(line)}</li>'
        for p, line in zip(r.promises, _promises(r, tz, language, year), strict=True)
    )
    return (
        f'<tr><td class="ref">{escape(r.reference)}</td>'
        f'<td class="when">{escape(moment_text(r.asked_at, tz, language, year=year))}'
        f'<span class="sub">{escape(r.asked_by)}</span></td>'
        f'<td class="request">{text}</td>'
        f'<td class="first">{first}</td>'
        f"<td>{owners_html}</td>"
        f"<td>{'<ul class=plain>' + promises + '</ul>' if promises else ''}</td>"
        f"<td>{escape(_outcome(r, tz, language, year))}</td></tr>"
    )
