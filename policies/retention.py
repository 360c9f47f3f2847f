"""Data retention (issue 7): how long texts are kept, as the operator says it ("365d", "52w", "18m")."""

from __future__ import annotations

import re
from datetime import timedelta

_AGE = re.compile(r"^\s*(\d{1,5})\s*([dwmy])\s*$", re.IGNORECASE)
_DAYS = {"d": 1, "w": 7, "m": 30, "y": 365}
_USER = re.compile(r"^<?@?([UW][A-Z0-9]{2,})(?:\|[^>]*)?>?$")


def parse_age(text: str) -> timedelta | None:
    """'365d' → 365 days; 'w' weeks, 'm' months of 30 days, 'y' years of 365; None if unreadable or zero."""
    match = _AGE.match(text or "")
    if not match or int(match[1]) == 0:
        return None
    return timedelta(days=int(match[1]) * _DAYS[match[2].lower()])


def parse_user(text: str) -> str | None:
    """'@U0123ABC', '<@U0123ABC|ana>' or 'U0123ABC' → 'U0123ABC'."""
    match = _USER.match((text or "").strip())
    return match[1] if match else None
