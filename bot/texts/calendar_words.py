"""Weekday and month names in English and Spanish, defined once, and the date formats built on them."""

from __future__ import annotations

from datetime import date, datetime

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
WEEKDAYS_SHORT = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
MONTHS = {
    "en": [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ],
    "es": [
        "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ],
}  # fmt: skip
MONTHS_SHORT = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
}


def _lang(language: str | None) -> str:
    return language if language in WEEKDAYS_SHORT else "en"


def weekday_short(moment: date, language: str) -> str:
    """'Mon' / 'lun'."""
    return WEEKDAYS_SHORT[_lang(language)][moment.weekday()]


def weekday(moment: date, language: str) -> str:
    """'Monday' / 'lunes'."""
    return WEEKDAYS[_lang(language)][moment.weekday()]


def month_short(moment: date, language: str) -> str:
    return MONTHS_SHORT[_lang(language)][moment.month - 1]


def day(moment: date, language: str) -> str:
    """'Mon 5 Jan' / 'lun 5 de ene', in the moment's own timezone."""
    lang = _lang(language)
    weekday_name, month = weekday_short(moment, lang), month_short(moment, lang)
    return f"{weekday_name} {moment.day} de {month}" if lang == "es" else f"{weekday_name} {moment.day} {month}"


def day_time(moment: datetime, language: str) -> str:
    """'Mon 5 Jan 17:00' / 'lun 5 de ene 17:00'."""
    return f"{day(moment, language)} {moment:%H:%M}"


def month(moment: date, language: str) -> str:
    """'December' / 'diciembre'."""
    return MONTHS[_lang(language)][moment.month - 1]


def long_day(moment: date, language: str) -> str:
    """'Thursday 24 December' / 'jueves 24 de diciembre': what customers read (P7, issue 17: no abbreviations)."""
    lang = _lang(language)
    if lang == "es":
        return f"{weekday(moment, lang)} {moment.day} de {month(moment, lang)}"
    return f"{weekday(moment, lang)} {moment.day} {month(moment, lang)}"


def long_span(first: date, last: date, language: str) -> str:
    """The days of a stretch, the shared month said once: 'Thursday 17 – Friday 18 December' /
    'del jueves 17 al viernes 18 de diciembre'; one day: 'Thursday 24 December' / 'el jueves 24 de diciembre'."""
    lang = _lang(language)
    same_month = (first.year, first.month) == (last.year, last.month)
    if lang == "es":
        if first == last:
            return f"el {long_day(first, lang)}"
        opening = f"{weekday(first, lang)} {first.day}" if same_month else long_day(first, lang)
        return f"del {opening} al {long_day(last, lang)}"
    if first == last:
        return long_day(first, lang)
    opening = f"{weekday(first, lang)} {first.day}" if same_month else long_day(first, lang)
    return f"{opening} – {long_day(last, lang)}"
