"""Times of day and durations: clock times ("16h30", "a las 9 de la noche", "quarter past 4 CET"),
parts of the day ("first thing", "EOD") and durations ("in 2.5 hours", "en media hora")."""

from __future__ import annotations

import re
from datetime import timedelta

from . import lexicon as lx
from .spans import ENDS_AFTER, ENDS_BEFORE, NUM_WORD, _c, _Finder
from .zones import zone_after

_PART_OF_DAY = (
    r"(?P<part>\s+(?:de la|en la|por la|in the|this|esta|at|del)\s+(?:manana|morning|tarde|afternoon|noche|evening|night|mediodia)"
    r"|\s+tonight)?"
)
_CLOCK = _c(
    r"(?:(?<![\d.])(?P<h>[01]?\d|2[0-3])(?::?(?P<m>[0-5]\d))?(?:ish)?\s*(?P<ap>a\.?\s?m\b\.?|p\.?\s?m\b\.?|hs?\b|hrs\b|horas\b"
    r"|(?<=\d\d)[ap]\b|in the am\b|in the pm\b|o'?\s?clock(?:\s+[ap]m\b)?)"
    r"|(?<![\d.:])(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)(?::[0-5]\d)?(?![\d:])"
    r"|(?<![\d.,$])(?P<h5>1[3-9]|2[0-3])\.(?P<m5>[0-5]\d)(?![\d.,%]|\s*(?:€|\$|usd|eur|dollars?|euros?|pesos?|%|gb|mb|kb))"
    r"|\b(?:at|around|approximately|about|a las|by)\s+(?P<h6>[1-9]|1[0-2])(?P<m6>[0-5]\d)\b(?![.,:/-]?\d)"
    r"|\b(?:at|@|a las|a la|antes de las|antes de la|before|las|by|around|about|sobre las|tipo|para las|hasta las)\s+(?P<h3>[01]?\d|2[0-3])\b"
    r"(?![.,:/-]?\d|\s*(?:a\.?\s?m|p\.?\s?m|h\b|hs\b|hrs\b|horas\b|users?|usuarios?|%|days?|dias?|weeks?|semanas?|hours?|minut))"
    r"|(?<![\d.:])(?P<h4>[01]?\d)(?=\s+(?:de la|en la|por la|in the|this|del)\s+(?:manana|morning|tarde|afternoon|noche|evening|night|mediodia)|\s+tonight))"
    + _PART_OF_DAY
)
_VAGUE_TIMES = [
    (_c(r"\b(?:eod|cob|eob|end of (?:the |business )?day|close of business|end of business|fin del dia|final del dia|fin de dia|"
        r"cierre del dia|(?:fin|final|cierre) de (?:la )?jornada|"
        rf"{ENDS_BEFORE}(?:el|este) dia|(?:the |this )?day'?s end|(?:the |this )day {ENDS_AFTER})\b"), lx.END_OF_DAY),
    (_c(r"\b(?:first thing|a primera hora|primera hora|(?<!\bhoy )(?<!\bmas )(?<!\bmuy )(?<!\btan )temprano|bright and early|"
        r"(?<=tomorrow )early|early tomorrow)\b"), lx.FIRST_THING),
    (_c(r"\b(?:noon|midday|mediodia|lunchtime|lunch time|la hora (?:del almuerzo|de comer|de la comida))\b"), lx.NOON),
    (_c(r"\b(?:midnight|medianoche)\b"), (24, 0)),
    (_c(r"\b(?:tomorrow morning|in the morning|morning|(?:por|en|de) la manana|esta manana|a la manana)\b"), lx.MORNING),
    (_c(r"\b(?:tomorrow afternoon|afternoon|(?:por|en|de) la tarde|esta (?:misma )?tarde)\b"), lx.AFTERNOON),
    (_c(r"\b(?:tonight|this evening|esta (?:misma )?noche|(?:por|en) la noche|(?<=day )(?:night|evening)|in the evening|at night|"
        r"(?<=tomorrow )(?:night|evening))\b"), lx.TONIGHT),
]  # fmt: skip
_DURATION = _c(
    rf"\b(?:in|en|within|dentro de|give me|gimme|dame|denme|deme)\s+(?:(?:the\s+)?next\s+|los\s+proximos\s+|las\s+proximas\s+)?"
    r"(?:(?:about|around|roughly|unos|unas|como)\s+)?(?:a\s+|un\s+)?"
    rf"(?P<n>\d{{1,3}}(?:[.,]\d+)?(?:\s+(?:and|y)\s+(?:a|an|1|una|un)\s+half|\s+y\s+media)?|[1-3]/[24]|{NUM_WORD}|half an?|media|"
    r"(?:a\s+|1\s+)?quarter(?:\s+of)?(?:\s+an?|\s+1)?|three[- ]quarters(?:\s+of)?(?:\s+an?|\s+1)?|cuarto de|tres cuartos de)"
    r"\s*(?:more\s+|mas\s+)?(?P<unit>hours?|hrs?|h|horas?|minutes?|mins?|minutos?|days?|dias?|seconds?|secs?|segundos?)\b"
    r"|\b(?P<n2>\d{1,3})\s*(?P<unit2>hours?|hrs?|minutes?|mins?|horas?|minutos?|seconds?|secs?|segundos?)\s+"
    r"(?:from now|from right now|hence|later|mas tarde|desde ahora)\b"
    r"|\b(?:within the hour|en la proxima hora|en esta hora)\b"
)


_DAY_THEN_ZONE = _c(
    r"\s+(?:de |del |on |el )?(?:manana|tomorrow|today|hoy|tonight|\w+day|lunes|martes|miercoles|jueves|viernes|sabado|domingo)"
    r"(?:\s*,\s*|(?=\s*\()|\s+)"
)


# "between 10 and 12", "entre las 3 y las 5": a window of hours, due at its end
_BETWEEN = _c(
    r"\b(?:between|entre(?: las)?)\s+(?P<h1>[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:[ap]m\s+)?(?:and|y(?: las)?)\s+"
    r"(?P<h2>[01]?\d|2[0-3])(?::(?P<m2>[0-5]\d))?\s*(?P<ap>[ap]\.?m\b\.?)?(?!\s*(?:days?|dias?|weeks?|semanas?|%|users?))"
)


def find_times(f: _Finder) -> None:
    """Add the durations, clock times and parts of the day of the text."""
    t = f.text
    for m in _BETWEEN.finditer(t):
        hour = int(m["h2"])
        if m["ap"] and m["ap"].lower().startswith("p") and hour < 12 or not m["ap"] and 1 <= hour <= 7:
            hour += 12
        f.add(m.start(), m.end(), "time", hour=(hour % 24, int(m["m2"] or 0)), meridiem=bool(m["ap"]))
    for m in _DURATION.finditer(t):
        raw = re.sub(r"\s+", " ", (m["n"] or m["n2"] or "1").lower())
        unit = (m["unit"] or m["unit2"] or "hour").lower()
        amount = _amount(raw)
        if unit.startswith(("s", "seg")):
            delta = timedelta(seconds=amount)
        elif unit.startswith(("h", "hr")):
            delta = timedelta(hours=amount)
        elif unit.startswith("m"):
            delta = timedelta(minutes=amount)
        else:
            delta = timedelta(days=amount)
        f.add(m.start(), m.end(), "duration", delta=delta)
    for m in _CLOCK.finditer(t):
        hour, minute = _clock_of(m)
        end, zone = m.end(), None
        named = zone_after(t[end:], f.country)
        if named is not None:
            zone, end = named[0], end + named[1]
        else:  # "a las 13 h de mañana, hora de Buenos Aires": the zone after the clock's day
            day = _DAY_THEN_ZONE.match(t, end)
            named = zone_after(t[day.end() :], f.country) if day else None
            zone = named[0] if named else None
        f.add(m.start(), end, "time", hour=(hour, minute), zone=zone, meridiem=_said_meridiem(m) or hour >= 13)
    for pattern, hour in _VAGUE_TIMES:
        for m in pattern.finditer(t):
            if m.group(0).startswith("tomorrow"):
                d = f.today + timedelta(days=1)
                f.add(m.start(), m.start() + len("tomorrow"), "day", first=d, last=d)
                f.add(m.start() + len("tomorrow") + 1, m.end(), "time", hour=hour, vague=True)
            else:  # "noon UTC", "midnight CET", "EOD Pacific", "end of day Friday (Pacific)"
                named = zone_after(t[m.end() :], f.country)
                if named is None and (day := _DAY_THEN_ZONE.match(t, m.end())) is not None:
                    found = zone_after(t[day.end() :], f.country)
                    named = None if found is None else (found[0], 0)
                end, zone = (m.end(), None) if named is None else (m.end() + named[1], named[0])
                f.add(m.start(), end, "time", hour=hour, vague=True, zone=zone)


def _amount(raw: str) -> float:
    """ "2", "2.5", "2 and a half", "1/4", "half an", "three-quarters of an", "cuarto de" as a number."""
    if raw.startswith(("half", "media")):
        return 0.5
    if "quarter" in raw or "cuarto" in raw:
        return 0.75 if raw.startswith(("three", "tres")) else 0.25
    if "/" in raw:
        top, bottom = raw.split("/")
        return int(top) / int(bottom)
    whole = re.match(r"\d+(?:[.,]\d+)?", raw)
    if whole is not None:
        return float(whole.group().replace(",", ".")) + (0.5 if ("half" in raw or "media" in raw) else 0)
    return lx.NUMBERS.get(raw, 1)


def _clock_of(m: re.Match) -> tuple[int, int]:
    """Hour and minute of a clock match, am/pm and the part of the day ("9 de la noche") applied."""
    part = (m["part"] or "").split()[-1] if m["part"] else ""
    if m["h"] is not None:
        hour, minute = int(m["h"]), int(m["m"] or 0)
        suffix = m["ap"].lower().replace("in the ", "").replace("o'clock", "").replace("oclock", "").strip()
        if suffix.startswith("p") and hour < 12:
            hour += 12
        elif suffix.startswith("a") and hour == 12:
            hour = 0
        if not suffix.startswith(("a", "p")):
            suffix = ""
            if m["ap"].lower().startswith("o") and not part and 1 <= hour <= 7:
                hour += 12  # "3 o'clock": business hours
    elif m["h5"] is not None:
        hour, minute, suffix = int(m["h5"]), int(m["m5"]), ""
    elif m["h6"] is not None:
        hour, minute, suffix = int(m["h6"]), int(m["m6"]), ""
        if not part and 1 <= hour <= 7:
            hour += 12
    elif m["h2"] is not None:
        hour, minute, suffix = int(m["h2"]), int(m["m2"]), ""
        if not part and 1 <= hour <= 7 and not m["h2"].startswith("0"):  # "3:30": business hours too
            hour += 12
    else:
        hour, minute, suffix = int(m["h3"] or m["h4"]), 0, ""
        if not part and 1 <= hour <= 7:  # "a las 3", "at 4": business hours, so the afternoon
            hour += 12
    if part and not suffix and hour < 12:
        if part in ("tarde", "afternoon", "noche", "evening", "night", "tonight") and not (
            part in ("noche", "night") and hour == 12
        ):
            hour += 12 if not (part in ("tarde", "afternoon") and hour == 12) else 0
        elif part == "mediodia" and hour < 6:
            hour += 12
    elif part in ("noche", "night") and hour == 12:
        hour = 0
    if part in ("manana", "morning") and not suffix and hour == 12:
        hour = 0
    return hour % 24, minute


def _said_meridiem(m: re.Match) -> bool:
    ap = (m["ap"] or "").lower()
    return bool(m["part"]) or ap.startswith(("a", "p", "in the")) or (m["h2"] is not None and m["h2"].startswith("0"))
