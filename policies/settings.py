"""What a settings submission must satisfy: {field: Problem(code, facts)}; the settings view words them."""

from __future__ import annotations

from datetime import time
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

LANGUAGES = ("auto", "en", "es")
ACK_MODES = ("reply", "reaction", "none")
REGISTERS = ("usted", "tu")  # customer-facing Spanish


class Problem(NamedTuple):
    """Why a field is refused: a code (`minutes_range`, `hours_format`, …) and the facts its message names."""

    code: str
    facts: dict


def _problem(reason: str, **facts) -> Problem:
    return Problem(reason, facts)


def _country_error(code: str) -> Problem | None:
    import holidays  # heavy: loaded by the first settings form, not at start

    if code and code.upper() not in holidays.list_supported_countries():
        return _problem("country_unknown", code=code)
    return None


def _minutes_error(value, low: int, high: int) -> Problem | None:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return _problem("minutes_range", low=low, high=high)
    return None if low <= number <= high else _problem("minutes_range", low=low, high=high)


def validate(values: dict) -> dict[str, Problem]:
    """`values` maps field names to raw submitted values; returns {field: Problem} (empty when valid)."""
    errors: dict[str, Problem] = {}
    if "ch_country" in values and (message := _country_error(values["ch_country"] or "")):
        errors["ch_country"] = message
    if "ch_language" in values and values["ch_language"] not in LANGUAGES:
        errors["ch_language"] = _problem("language_choice")
    if "ch_ack" in values and values["ch_ack"] not in ACK_MODES:
        errors["ch_ack"] = _problem("ack_choice")
    if "ch_register" in values and values["ch_register"] not in REGISTERS:
        errors["ch_register"] = _problem("register_choice")
    if "ch_grouping" in values and (message := _minutes_error(values["ch_grouping"], 0, 240)):
        errors["ch_grouping"] = message
    if "ch_customer_start" in values:
        try:
            if time.fromisoformat(values["ch_customer_start"]) >= time.fromisoformat(values["ch_customer_end"]):
                errors["ch_customer_end"] = _problem("their_end_before_start")
        except (KeyError, TypeError, ValueError):
            errors["ch_customer_end"] = _problem("their_hours_format")
    try:
        ZoneInfo(values.get("ws_tz") or "")
    except (ZoneInfoNotFoundError, ValueError):
        errors["ws_tz"] = _problem("tz_unknown", tz=values.get("ws_tz"))
    if not values.get("ws_days"):
        errors["ws_days"] = _problem("no_working_day")
    try:
        if time.fromisoformat(values["ws_start"]) >= time.fromisoformat(values["ws_end"]):
            errors["ws_end"] = _problem("end_before_start")
    except (KeyError, TypeError, ValueError):
        errors["ws_end"] = _problem("hours_format")
    if message := _country_error(values.get("ws_country") or ""):
        errors["ws_country"] = message
    for field, high in (("ch_triage_after", 1440), ("ch_lead_after", 2880), ("ch_first_response", 1440)):
        if values.get(field) not in (None, "") and (message := _minutes_error(values[field], 1, high)):
            errors[field] = message
    for field, high in (("ws_triage_after", 1440), ("ws_lead_after", 2880), ("ws_first_response", 1440)):
        if message := _minutes_error(values.get(field), 1, high):
            errors[field] = message
    if values.get("ws_promise_before") not in (None, "") and (
        message := _minutes_error(values["ws_promise_before"], 0, 2880)
    ):
        errors["ws_promise_before"] = message
    return errors
