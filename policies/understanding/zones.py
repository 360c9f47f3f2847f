"""Time zones named in a message ("5pm CET", "a las 15h hora de Madrid") and countries of time zones.

Both tables are built once at import: the abbreviations people write, the cities of the IANA
database, and zone.tab / zone1970.tab (the zone's country, for its public holidays).
"""

from __future__ import annotations

import re
import zoneinfo
from pathlib import Path
from zoneinfo import ZoneInfo

# Abbreviations as people use them: "CET" in July still means Paris time, so named regions, not offsets.
ABBREVIATIONS = {
    "cet": "Europe/Paris", "cest": "Europe/Paris", "cst": "America/Chicago", "cdt": "America/Chicago",
    "est": "America/New_York", "edt": "America/New_York", "et": "America/New_York", "ct": "America/Chicago",
    "mt": "America/Denver",
    "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "pt": "America/Los_Angeles",
    "mst": "America/Denver", "mdt": "America/Denver", "gmt": "UTC", "utc": "UTC", "bst": "Europe/London",
    "wet": "Europe/Lisbon", "eet": "Europe/Athens", "ist": "Asia/Kolkata", "jst": "Asia/Tokyo",
    "art": "America/Argentina/Buenos_Aires", "cot": "America/Bogota", "brt": "America/Sao_Paulo",
    "sgt": "Asia/Singapore", "hkt": "Asia/Hong_Kong", "kst": "Asia/Seoul", "aest": "Australia/Sydney",
    "aedt": "Australia/Sydney", "awst": "Australia/Perth", "nzst": "Pacific/Auckland", "nzdt": "Pacific/Auckland",
    "cat": "Africa/Maputo", "eat": "Africa/Nairobi", "sast": "Africa/Johannesburg", "clt": "America/Santiago",
}  # fmt: skip


def _cities() -> dict[str, str]:
    cities: dict[str, str] = {}
    try:
        names = zoneinfo.available_timezones()
    except Exception:  # no tz database: abbreviations only
        return cities
    for name in names:
        if "/" not in name or name.startswith(("Etc/", "SystemV/", "US/")):
            continue
        city = name.rsplit("/", 1)[1].replace("_", " ").lower()
        cities.setdefault(city, name)
    cities |= {
        "mexico": "America/Mexico_City",
        "ciudad de mexico": "America/Mexico_City",
        "cdmx": "America/Mexico_City",
    }
    cities |= {
        "espana": "Europe/Madrid",
        "spain": "Europe/Madrid",
        "colombia": "America/Bogota",
        "peru": "America/Lima",
    }
    cities |= {"uk": "Europe/London", "united kingdom": "Europe/London", "reino unido": "Europe/London"}
    cities |= {"argentina": "America/Argentina/Buenos_Aires", "chile": "America/Santiago", "londres": "Europe/London"}
    cities |= {"nueva york": "America/New_York", "nyc": "America/New_York", "pacific": "America/Los_Angeles"}
    cities |= {"eastern": "America/New_York", "central": "America/Chicago", "mountain": "America/Denver"}
    return cities


CITIES = _cities()
_ABBR = "|".join(sorted(ABBREVIATIONS, key=len, reverse=True))
_CITY = "|".join(sorted((re.escape(c) for c in CITIES), key=len, reverse=True))
# after a clock time: " CET", " (EST)", " hora de Madrid", " Madrid time", " hora peninsular"
# US regions by name, said bare or as a time ("9am Eastern", "3pm Central Time", "a las 11 hora del este")
REGIONS = {
    "eastern": "America/New_York", "este": "America/New_York", "pacific": "America/Los_Angeles",
    "pacifico": "America/Los_Angeles", "central": "America/Chicago", "centro": "America/Chicago",
    "mountain": "America/Denver", "montana": "America/Denver",
}  # fmt: skip
ZONE_AFTER_CLOCK = re.compile(
    rf"^\s*,?\s*\(?(?:(?P<abbr>{_ABBR})\b\)?|(?:hora\s+de\s+|hora\s+)(?P<city1>{_CITY})\b|(?P<city2>{_CITY})\s+time\b|hora peninsular\b|"
    r"(?P<region>eastern|pacific|central|mountain)(?:\s+(?:standard\s+|daylight\s+)?time)?\b|"
    r"(?:hora|horario|tiempo)\s+(?:del?\s+(?:la\s+)?)?(?P<region_es>este|pacifico|centro|central|montana)\b)"
)


# Mexico names its zones as the US does, with its own cities: "hora del centro" in Mexico is Mexico City's
MEXICO_REGIONS = {"centro": "America/Mexico_City", "central": "America/Mexico_City", "pacifico": "America/Tijuana",
                  "montana": "America/Mazatlan", "este": "America/Cancun"}  # fmt: skip
# "4:00 pm your time (GMT)": the reader's time, named
_YOUR_TIME = re.compile(r"^\s*,?\s*(?:your|su|tu)\s+(?:time|hora|horario)\s*(?=\(|,)")


def zone_after(text: str, country: str | None = None) -> tuple[ZoneInfo, int] | None:
    """The zone named right after a clock time, and how many characters it takes, or None. `country` is the
    speaker's ("hora del centro" is Mexico City's for a speaker in Mexico, Chicago's elsewhere)."""
    your = _YOUR_TIME.match(text[:40])
    skip = your.end() if your else 0
    m = ZONE_AFTER_CLOCK.match(text[skip : skip + 40])
    if m is None:
        return None
    region = m["region"] or m["region_es"]
    if region:
        if country == "MX" and region in MEXICO_REGIONS:
            return ZoneInfo(MEXICO_REGIONS[region]), skip + m.end()
        return ZoneInfo(REGIONS[region]), skip + m.end()
    name = ABBREVIATIONS.get(m["abbr"] or "") or CITIES.get(m["city1"] or m["city2"] or "", "Europe/Madrid")
    return ZoneInfo(name), skip + m.end()


def _countries() -> dict[str, str]:
    countries: dict[str, str] = {}
    for table in ("zone1970.tab", "zone.tab"):  # zone.tab last: one country per zone, the zone's own
        path = Path("/usr/share/zoneinfo") / table
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError:
            continue
        for line in lines:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.split("\t")
            if len(fields) >= 3:
                countries[fields[2]] = fields[0].split(",")[0]
    return countries


COUNTRIES = _countries()
LANGUAGE_COUNTRY = {"en": "US", "es": "ES"}


def country_of(zone: ZoneInfo | str, language: str = "en") -> str:
    """The country whose holidays a speaker in `zone` keeps (ISO 3166 code); by language when the zone has none."""
    return COUNTRIES.get(str(zone)) or LANGUAGE_COUNTRY.get(language, "US")
