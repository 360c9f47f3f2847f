"""What a record and the figures say, in English and Spanish: words, dates and durations."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from bot.texts.calendar_words import MONTHS_SHORT, WEEKDAYS_SHORT
from bot.texts.record_texts import COUNTED, TEXTS
from policies.business_time import Schedule
from policies.figures import Figures, Report

DAYS, MONTHS = WEEKDAYS_SHORT, MONTHS_SHORT  # the shared calendar words (bot.texts.calendar_words)


def say(key: str, language: str, **values) -> str:
    entry = TEXTS[key]
    return entry.get(language, entry["en"]).format(**values)


def counted(count: int, key: str, language: str) -> str:
    """'1 request', '3 requests' / '1 solicitud', '3 solicitudes'."""
    one, many = COUNTED[key][language_of(language)]
    return f"{count} {one if count == 1 else many}"


def promise_counts(figures: Figures, language: str) -> str:
    """'Promises: 3 kept, 1 missed, 0 renegotiated.'"""
    kept, missed, renegotiated = (
        counted(getattr(figures, key), key, language) for key in ("kept", "missed", "renegotiated")
    )
    return say("fig:promises", language, kept=kept, missed=missed, renegotiated=renegotiated)


def language_of(value: str | None) -> str:
    return value if value in ("en", "es") else "en"


def day_text(day: date, language: str, *, weekday: bool = False, year: bool = True) -> str:
    """'16 Dec 2026' / '16 dic 2026' (with 'Wed ' / 'mié ' first when asked)."""
    text = f"{day.day} {MONTHS[language][day.month - 1]}" + (f" {day.year}" if year else "")
    return f"{DAYS[language][day.weekday()]} {text}" if weekday else text


def moment_text(at: datetime | None, tz: str, language: str, *, year: bool = True) -> str:
    """'Wed 16 Dec 2026, 10:05' (without the year when the context gives it) in `tz`; '' for no moment."""
    if at is None:
        return ""
    local = at.astimezone(_zone(tz))
    text = f"{DAYS[language][local.weekday()]} {local.day} {MONTHS[language][local.month - 1]}"
    return (
        f"{text} {local.year}, {local.hour:02d}:{local.minute:02d}"
        if year
        else f"{text}, {local.hour:02d}:{local.minute:02d}"
    )


@lru_cache(maxsize=32)
def _zone(tz: str) -> ZoneInfo:
    return ZoneInfo(tz)


def duration_short(minutes: float | None) -> str:
    """Business minutes for a table: '35 min', '3 h 10 min', '27 h'; '' for none."""
    if minutes is None:
        return ""
    whole = round(minutes)
    if whole < 60:
        return f"{whole} min"
    hours, rest = divmod(whole, 60)
    if hours >= 10 or rest == 0:
        return f"{round(minutes / 60)} h"
    return f"{hours} h {rest} min"


def duration_words(minutes: float | None, language: str) -> str:
    """Business minutes for a sentence read aloud: '35 minutes', '3 hours 10 minutes' / '3 horas 10 minutos'."""
    if minutes is None:
        return "—"
    whole = round(minutes)
    unit = {"en": ("minute", "minutes", "hour", "hours"), "es": ("minuto", "minutos", "hora", "horas")}[language]

    def count(n: int, one: str, many: str) -> str:
        return f"{n} {one if n == 1 else many}"

    if whole < 60:
        return count(whole, unit[0], unit[1])
    hours, rest = divmod(whole, 60)
    if hours >= 10 or rest == 0:
        return count(round(minutes / 60), unit[2], unit[3])
    joiner = " y " if language == "es" else " "
    return count(hours, unit[2], unit[3]) + joiner + count(rest, unit[0], unit[1])


def hours_text(schedule: Schedule, language: str) -> str:
    """'Mon–Fri 09:00–18:00 (America/Panama), except public holidays in PA'."""
    days = sorted(schedule.days)
    names = DAYS[language]
    if days and days == list(range(days[0], days[-1] + 1)) and len(days) > 1:
        span = f"{names[days[0]]}–{names[days[-1]]}" if language == "en" else f"de {names[days[0]]} a {names[days[-1]]}"
    else:
        span = ", ".join(names[d] for d in days)
    holidays = say("holidays", language, country=schedule.country) if schedule.country else ""
    return say(
        "hours",
        language,
        days=span,
        start=f"{schedule.start:%H:%M}",
        end=f"{schedule.end:%H:%M}",
        tz=schedule.tz,
        holidays=holidays,
    )


def period_text(since: datetime, until: datetime, tz: str, language: str, key: str = "period") -> str:
    """'1 Oct 2026 to 31 Dec 2026': the local days [since, until) covers."""
    from datetime import timedelta

    zone = ZoneInfo(tz)
    first, last = since.astimezone(zone).date(), (until - timedelta(microseconds=1)).astimezone(zone).date()
    if (first.year, first.month) == (last.year, last.month):
        start = str(first.day)
    else:
        start = day_text(first, language, year=first.year != last.year)
    return say(key, language, first=start, last=day_text(last, language))


def figures_text(report: Report, tz: str, language: str, *, shown_orgs: int = 10) -> str:
    """The figures of a period as a few sentences that read well alone (screen reader, notification)."""
    language = language_of(language)
    period = period_text(report.since, report.until, tz, language, "fig:period")
    lines = [_figures_lines(report.total, period, language)]
    if len(report.by_org) > 1 or (report.by_org and report.by_org[0][1] != report.total):
        lines.append(say("fig:by_org", language))
        for org, figures in report.by_org[:shown_orgs]:
            first = say("fig:org_first", language, median=duration_words(figures.first_response.median, language))
            promises = say("fig:org_promises", language, kept=figures.kept, total=figures.promises)
            lines.append(
                "• "
                + say(
                    "fig:org",
                    language,
                    org=org,
                    new=counted(figures.new, "new", language),
                    resolved=counted(figures.resolved, "resolved", language),
                    first=first if figures.first_response.count else "",
                    promises=promises if figures.promises else "",
                )
            )
        if len(report.by_org) > shown_orgs:
            lines.append(say("fig:more_orgs", language, count=len(report.by_org) - shown_orgs))
    return "\n".join(lines)


def _figures_lines(figures: Figures, period: str, language: str) -> str:
    if figures.empty:
        return say("fig:quiet", language, period=period)
    parts = [
        say(
            "fig:counts",
            language,
            period=period,
            new=counted(figures.new, "new_requests", language),
            resolved=counted(figures.resolved, "resolved", language),
            reopened=counted(figures.reopened, "reopened", language),
            open=counted(figures.open_now, "still_open", language),
        )
    ]
    for key, spread in (("fig:first", figures.first_response), ("fig:resolution", figures.resolution)):
        if spread.count:
            parts.append(
                say(
                    key,
                    language,
                    median=duration_words(spread.median, language),
                    p90=duration_words(spread.p90, language),
                )
            )
    if figures.first_response.count or figures.resolution.count:
        parts.append(say("fig:business", language))
    if figures.promises:
        parts.append(promise_counts(figures, language))
    return " ".join(parts)
