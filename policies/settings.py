"""What a settings submission must satisfy; errors name the field and how to fix it."""

from __future__ import annotations

from datetime import time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays

LANGUAGES = ("auto", "en", "es")
ACK_MODES = ("reply", "reaction", "none")


MESSAGES = {
    "country": {
        "en": "“{code}” is not a country code I know holidays for; use two letters such as PA, ES or MX.",
        "es": "No conozco los festivos de «{code}»; usa un código de dos letras como PA, ES o MX.",
    },
    "minutes": {
        "en": "Enter whole minutes between {low} and {high}.",
        "es": "Escribe minutos enteros entre {low} y {high}.",
    },
    "language": {"en": "Choose automatic, English or Spanish.", "es": "Elige automático, inglés o español."},
    "ack": {"en": "Choose a reply, a reaction or nothing.", "es": "Elige una respuesta, una reacción o nada."},
    "their_end": {
        "en": "Their working day must end after it starts.",
        "es": "Su jornada tiene que terminar después de empezar.",
    },
    "their_hours": {"en": "Give their hours as HH:MM.", "es": "Indica su horario como HH:MM."},
    "tz": {
        "en": "“{tz}” is not a timezone; use an IANA name such as America/Panama.",
        "es": "«{tz}» no es una zona horaria; usa un nombre IANA como America/Panama.",
    },
    "days": {"en": "Choose at least one working day.", "es": "Elige al menos un día laborable."},
    "end": {
        "en": "The working day must end after it starts.",
        "es": "La jornada tiene que terminar después de empezar.",
    },
    "hours": {"en": "Give the hours as HH:MM.", "es": "Indica el horario como HH:MM."},
}


def _say(key: str, language: str, **values) -> str:
    return MESSAGES[key].get(language, MESSAGES[key]["en"]).format(**values)


def _country_error(code: str, language: str) -> str | None:
    if code and code.upper() not in holidays.list_supported_countries():
        return _say("country", language, code=code)
    return None


def _minutes_error(value, low: int, high: int, language: str) -> str | None:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return _say("minutes", language, low=low, high=high)
    return None if low <= number <= high else _say("minutes", language, low=low, high=high)


def validate(values: dict, language: str = "en") -> dict[str, str]:
    """`values` maps field names to raw submitted values; returns {field: error} (empty when valid),
    the errors in `language` (en or es)."""
    errors: dict[str, str] = {}
    if "ch_country" in values and (message := _country_error(values["ch_country"] or "", language)):
        errors["ch_country"] = message
    if "ch_language" in values and values["ch_language"] not in LANGUAGES:
        errors["ch_language"] = _say("language", language)
    if "ch_ack" in values and values["ch_ack"] not in ACK_MODES:
        errors["ch_ack"] = _say("ack", language)
    if "ch_grouping" in values and (message := _minutes_error(values["ch_grouping"], 0, 240, language)):
        errors["ch_grouping"] = message
    if "ch_customer_start" in values:
        try:
            if time.fromisoformat(values["ch_customer_start"]) >= time.fromisoformat(values["ch_customer_end"]):
                errors["ch_customer_end"] = _say("their_end", language)
        except (KeyError, TypeError, ValueError):
            errors["ch_customer_end"] = _say("their_hours", language)
    try:
        ZoneInfo(values.get("ws_tz") or "")
    except (ZoneInfoNotFoundError, ValueError):
        errors["ws_tz"] = _say("tz", language, tz=values.get("ws_tz"))
    if not values.get("ws_days"):
        errors["ws_days"] = _say("days", language)
    try:
        if time.fromisoformat(values["ws_start"]) >= time.fromisoformat(values["ws_end"]):
            errors["ws_end"] = _say("end", language)
    except (KeyError, TypeError, ValueError):
        errors["ws_end"] = _say("hours", language)
    if message := _country_error(values.get("ws_country") or "", language):
        errors["ws_country"] = message
    for field, high in (("ch_triage_after", 1440), ("ch_lead_after", 2880), ("ch_first_response", 1440)):
        if values.get(field) not in (None, "") and (message := _minutes_error(values[field], 1, high, language)):
            errors[field] = message
    for field, high in (("ws_triage_after", 1440), ("ws_lead_after", 2880), ("ws_first_response", 1440)):
        if message := _minutes_error(values.get(field), 1, high, language):
            errors[field] = message
    if values.get("ws_promise_before") not in (None, "") and (
        message := _minutes_error(values["ws_promise_before"], 0, 2880, language)
    ):
        errors["ws_promise_before"] = message
    return errors
