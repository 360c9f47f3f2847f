"""What a settings submission must satisfy; errors name the field and how to fix it."""

from __future__ import annotations

from datetime import time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays

LANGUAGES = ("auto", "en", "es")
ACK_MODES = ("reply", "reaction", "none")


def _country_error(code: str) -> str | None:
    if code and code.upper() not in holidays.list_supported_countries():
        return f"“{code}” is not a country code I know holidays for; use two letters such as PA, ES or MX."
    return None


def _minutes_error(value, low: int, high: int) -> str | None:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return f"Enter whole minutes between {low} and {high}."
    return None if low <= number <= high else f"Enter whole minutes between {low} and {high}."


def validate(values: dict) -> dict[str, str]:
    """`values` maps field names to raw submitted values; returns {field: error} (empty when valid)."""
    errors: dict[str, str] = {}
    if "ch_country" in values and (message := _country_error(values["ch_country"] or "")):
        errors["ch_country"] = message
    if "ch_language" in values and values["ch_language"] not in LANGUAGES:
        errors["ch_language"] = "Choose automatic, English or Spanish."
    if "ch_ack" in values and values["ch_ack"] not in ACK_MODES:
        errors["ch_ack"] = "Choose a reply, a reaction or nothing."
    if "ch_grouping" in values and (message := _minutes_error(values["ch_grouping"], 0, 240)):
        errors["ch_grouping"] = message
    if "ch_customer_start" in values:
        try:
            if time.fromisoformat(values["ch_customer_start"]) >= time.fromisoformat(values["ch_customer_end"]):
                errors["ch_customer_end"] = "Their working day must end after it starts."
        except (KeyError, TypeError, ValueError):
            errors["ch_customer_end"] = "Give their hours as HH:MM."
    try:
        ZoneInfo(values.get("ws_tz") or "")
    except (ZoneInfoNotFoundError, ValueError):
        errors["ws_tz"] = f"“{values.get('ws_tz')}” is not a timezone; use an IANA name such as America/Panama."
    if not values.get("ws_days"):
        errors["ws_days"] = "Choose at least one working day."
    try:
        if time.fromisoformat(values["ws_start"]) >= time.fromisoformat(values["ws_end"]):
            errors["ws_end"] = "The working day must end after it starts."
    except (KeyError, TypeError, ValueError):
        errors["ws_end"] = "Give the hours as HH:MM."
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
