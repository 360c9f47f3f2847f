"""Misspelt absence words ("out of the ofice", "de bacaciones", "at a confernce"), built from parts.

Each word of absence yields its one-slip spellings: a letter dropped, two neighbours swapped, a letter
doubled, and the sound-alike swaps Spanish and English writers make (b/v, c/s/z, i/y). They are read
only when the correctly spelt words found no absence, so the common path pays nothing.
"""

from __future__ import annotations

import re

_SOUND_ALIKE = {"b": "v", "v": "b", "c": "sz", "s": "cz", "z": "s", "i": "y", "y": "i"}


def slips(word: str) -> set[str]:
    """`word` and its spellings at one slip from it (no slip in the first letter: "vacation" keeps its v)."""
    out = {word}
    for i in range(1, len(word)):
        out.add(word[:i] + word[i + 1 :])  # dropped
        out.add(word[:i] + word[i] + word[i:])  # doubled
        if i + 1 < len(word):
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])  # swapped
    for i, ch in enumerate(word):
        for other in _SOUND_ALIKE.get(ch, ""):
            out.add(word[:i] + other + word[i + 1 :])
    return {w for w in out if len(w) >= 5}


def _any(*words: str) -> str:
    forms = set().union(*(slips(w) for w in words))
    return "(?:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"


_OFFICE = _any("office")
_OFICINA = _any("oficina")
_HOLIDAY = _any("vacation", "vacations", "vacaciones", "vacacion", "holiday", "holidays", "feriado")
_EVENT_EN = _any("conference", "training", "workshop", "seminar", "offsite")
_EVENT_ES = _any("congreso", "capacitacion", "formacion", "seminario", "conferencia")
_TRAVEL = _any("travelling", "traveling", "viajando", "unavailable", "ausente")

FUZZY_AWAY = re.compile(
    rf"\b(?:out of (?:the )?{_OFFICE}|fuera de (?:la )?{_OFICINA}|(?:on|de|en|of) {_HOLIDAY}|"
    rf"(?:at|in|attending|on) (?:(?:a|an|the|our|my)\s+)?(?:\w+\s+)?{_EVENT_EN}|"
    rf"en (?:(?:un|una|el|la)\s+)?(?:\w+\s+)?{_EVENT_ES}|{_TRAVEL})\b"
)
