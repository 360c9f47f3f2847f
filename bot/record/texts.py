"""What a record and the figures say, in English and Spanish: words, dates and durations."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from policies.business_time import Schedule
from policies.figures import Figures, Report

TEXTS = {
    # the record (export)
    "title": {"en": "Record of requests", "es": "Registro de solicitudes"},
    "period": {"en": "{first} to {last}", "es": "del {first} al {last}"},
    "since_start": {"en": "everything until {last}", "es": "todo hasta el {last}"},
    "generated": {"en": "Produced {at} ({tz}) by Atento.", "es": "Generado el {at} ({tz}) por Atento."},
    "zone": {"en": "times in {tz}", "es": "horas de {tz}"},
    "total:kept_of": {"en": "{kept} of {total}", "es": "{kept} de {total}"},
    "total:kept": {"en": "Promises kept", "es": "Compromisos cumplidos"},
    "business": {
        "en": "Response and resolution times count the support team's working hours: {hours}.",
        "es": "Los tiempos de respuesta y de resolución cuentan el horario de trabajo del equipo de soporte: {hours}.",
    },
    "hours": {"en": "{days} {start}–{end} ({tz}){holidays}", "es": "{days} de {start} a {end} ({tz}){holidays}"},
    "holidays": {"en": ", except public holidays in {country}", "es": ", salvo festivos de {country}"},
    "purged": {
        "en": "The texts of {count} were removed under our data-retention policy; their times, owners and promises are kept and shown.",
        "es": "Los textos de {count} se eliminaron según nuestra política de conservación de datos; sus horas, responsables y compromisos se conservan y se muestran.",
    },
    "summary": {
        "en": "{label}, {period}: {requests}, {resolved}, {open}.",
        "es": "{label}, {period}: {requests}, {resolved}, {open}.",
    },
    "summary:first": {"en": " First response: median {median}.", "es": " Primera respuesta: mediana de {median}."},
    "empty": {"en": "No requests in this period.", "es": "No hay solicitudes en este periodo."},
    "excluded": {
        "en": "This record contains what the customer wrote and when the team acted; internal notes and staff conversations are not included.",
        "es": "Este registro contiene lo que escribió el cliente y cuándo actuó el equipo; no incluye notas internas ni conversaciones del equipo.",
    },
    "total:requests": {"en": "Requests", "es": "Solicitudes"},
    "total:resolved": {"en": "Resolved", "es": "Resueltas"},
    "total:open": {"en": "Still open", "es": "Aún abiertas"},
    "total:reopened": {"en": "Reopened", "es": "Reabiertas"},
    "total:first": {"en": "First response (median)", "es": "Primera respuesta (mediana)"},
    "total:within": {"en": "9 in 10 within {p90}", "es": "9 de cada 10 en {p90} o menos"},
    "total:resolution": {"en": "Resolution (median)", "es": "Resolución (mediana)"},
    "total:promises": {
        "en": "Promises kept / missed / renegotiated",
        "es": "Compromisos cumplidos / incumplidos / renegociados",
    },
    "col:ref": {"en": "Reference", "es": "Referencia"},
    "col:asked": {"en": "Asked", "es": "Solicitada"},
    "col:request": {"en": "Request", "es": "Solicitud"},
    "col:first": {"en": "First response", "es": "Primera respuesta"},
    "col:owners": {"en": "Owner", "es": "Responsable"},
    "col:promises": {"en": "Promises", "es": "Compromisos"},
    "col:resolved": {"en": "Outcome", "es": "Resultado"},
    "text_removed": {"en": "(text removed under data retention)", "es": "(texto eliminado por conservación de datos)"},
    "text_forgotten": {"en": "(text erased on request)", "es": "(texto borrado a petición)"},
    "no_response": {"en": "not yet answered", "es": "aún sin respuesta"},
    "after": {"en": "after {duration}", "es": "a los {duration}"},
    "nobody": {"en": "nobody yet", "es": "nadie aún"},
    "claimed": {"en": "from {at}", "es": "desde {at}"},
    "handed": {"en": "handed over {at}", "es": "traspasada {at}"},
    "with_note": {"en": "with a handover note", "es": "con nota de traspaso"},
    "released": {"en": "released {at}", "es": "liberada {at}"},
    "promise": {"en": "{outcome} (due {due})", "es": "{outcome} (para el {due})"},
    "outcome:kept": {"en": "Kept", "es": "Cumplido"},
    "outcome:missed": {"en": "Missed", "es": "Incumplido"},
    "outcome:renegotiated": {"en": "Renegotiated", "es": "Renegociado"},
    "outcome:open": {"en": "Pending", "es": "Pendiente"},
    "resolved_by": {"en": "Resolved {at} by {who}", "es": "Resuelta el {at} por {who}"},
    "resolved_at": {"en": "Resolved {at}", "es": "Resuelta el {at}"},
    "resolved_in": {"en": "after {duration} of working time", "es": "tras {duration} de horario laboral"},
    "withdrawn": {"en": "Withdrawn by the customer {at}", "es": "Retirada por el cliente el {at}"},
    "open": {"en": "Open", "es": "Abierta"},
    "reopened": {"en": "reopened {at}", "es": "reabierta el {at}"},
    # errors (the CLI prints them in English; Slack shows them in the asker's language)
    "error:unknown_channel": {
        "en": "no channel {channel} is known to Atento (it must be a channel the bot is in)",
        "es": "Atento no conoce el canal {channel} (debe ser un canal donde está el bot)",
    },
    "error:unknown_org": {
        "en": "no channel belongs to an organisation named {org!r}; known: {known}",
        "es": "ningún canal pertenece a una organización llamada {org!r}; conocidas: {known}",
    },
    "error:ambiguous": {
        "en": "{what} exists in several workspaces ({workspaces}); add --workspace",
        "es": "{what} existe en varios espacios de trabajo ({workspaces}); indica --workspace",
    },
    "error:unknown_workspace": {"en": "no workspace {workspace}", "es": "no existe el espacio de trabajo {workspace}"},
    "error:backwards": {
        "en": "the period ends ({until}) before it starts ({since})",
        "es": "el periodo termina ({until}) antes de empezar ({since})",
    },
    "error:date": {
        "en": "{flag} {text!r} is not a date; use YYYY-MM-DD, e.g. 2026-10-01",
        "es": "{flag} {text!r} no es una fecha; usa AAAA-MM-DD, p. ej. 2026-10-01",
    },
    "error:format": {
        "en": "unknown format {fmt!r}: csv, json or html",
        "es": "formato desconocido {fmt!r}: csv, json o html",
    },
    # figures in plain text (weekly digest, notification, screen reader)
    "fig:period": {"en": "{first} to {last}", "es": "Del {first} al {last}"},
    "fig:quiet": {
        "en": "{period}: no requests, nothing resolved, no promises due.",
        "es": "{period}: sin solicitudes, nada resuelto, ningún compromiso vencido.",
    },
    "fig:counts": {
        "en": "{period}: {new}, {resolved}, {reopened}; {open}.",
        "es": "{period}: {new}, {resolved}, {reopened}; {open}.",
    },
    "fig:first": {
        "en": "First response: half within {median}, nine in ten within {p90}.",
        "es": "Primera respuesta: la mitad en {median} o menos, nueve de cada diez en {p90} o menos.",
    },
    "fig:resolution": {
        "en": "Resolution: half within {median}, nine in ten within {p90}.",
        "es": "Resolución: la mitad en {median} o menos, nueve de cada diez en {p90} o menos.",
    },
    "fig:business": {"en": "Times count working hours only.", "es": "Los tiempos cuentan solo horas de trabajo."},
    "fig:promises": {
        "en": "Promises: {kept}, {missed}, {renegotiated}.",
        "es": "Compromisos: {kept}, {missed}, {renegotiated}.",
    },
    "fig:by_org": {"en": "By customer:", "es": "Por cliente:"},
    "fig:org": {"en": "{org}: {new}, {resolved}{first}{promises}.", "es": "{org}: {new}, {resolved}{first}{promises}."},
    "fig:org_first": {"en": ", first response median {median}", "es": ", primera respuesta mediana {median}"},
    "fig:org_promises": {
        "en": ", promises: {kept} of {total} kept",
        "es": ", compromisos: {kept} de {total} cumplidos",
    },
    "fig:more_orgs": {"en": "And {count} more customers.", "es": "Y {count} clientes más."},
    "fig:resolved_list": {"en": "Resolved yesterday: {refs}.", "es": "Resueltas ayer: {refs}."},
    # the chart
    "chart:title": {"en": "Requests per day", "es": "Solicitudes por día"},
    "chart:opened": {"en": "Opened", "es": "Recibidas"},
    "chart:resolved": {"en": "Resolved", "es": "Resueltas"},
    "chart:first": {
        "en": "Median first response (working hours)",
        "es": "Primera respuesta mediana (horas de trabajo)",
    },
    "chart:hours": {"en": "hours", "es": "horas"},
    "chart:none": {"en": "no answers", "es": "sin respuestas"},
}

COUNTED = {  # (one, many): "1 request", "2 requests"; Spanish agrees in number
    "requests": {"en": ("request", "requests"), "es": ("solicitud", "solicitudes")},
    "new_requests": {"en": ("new request", "new requests"), "es": ("solicitud nueva", "solicitudes nuevas")},
    "new": {"en": ("new", "new"), "es": ("nueva", "nuevas")},
    "resolved": {"en": ("resolved", "resolved"), "es": ("resuelta", "resueltas")},
    "reopened": {"en": ("reopened", "reopened"), "es": ("reabierta", "reabiertas")},
    "still_open": {"en": ("still open", "still open"), "es": ("sigue abierta", "siguen abiertas")},
    "kept": {"en": ("kept", "kept"), "es": ("cumplido", "cumplidos")},
    "missed": {"en": ("missed", "missed"), "es": ("incumplido", "incumplidos")},
    "renegotiated": {"en": ("renegotiated", "renegotiated"), "es": ("renegociado", "renegociados")},
}

DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
}


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
