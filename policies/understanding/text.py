"""Text normalisation shared by the understanding rules."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[^a-z0-9' ]+")
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u2019": "'"})


class _FoldTable(dict):
    """A translate table filled on first sight of each character: its lower case without accents (one character)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[0] if code > 127 else ch
        value = base.lower() if len(base.lower()) == 1 else base
        if len(self) < 4096:  # the characters people write; random ones are folded each time, never stored
            self[code] = value
        return value


_FOLD = _FoldTable()


@lru_cache(maxsize=256)  # one message's text is folded by several readers in turn
def fold(text: str) -> str:
    """Lower-case, without accents, dashes unified; same length as `text`, so spans map back."""
    if text.isascii():  # no accent, no typographic dash: lower-casing is all (and keeps the length)
        return text.lower()
    return text.translate(_DASHES).translate(_FOLD)


_SPANISH_HINTS = (
    " el ",
    " la ",
    " de ",
    " que ",
    " no ",
    " estoy",
    " estare",
    " hasta",
    " manana",
    " semana",
    " hoy",
    " vacaciones",
    " te ",
    " lo ",
    " les ",
    " por ",
    " para ",
    " gracias",
    " del ",
    " al ",
    " es ",
    " y ",
)
_ENGLISH_HINTS = (
    " the ",
    " i'm ",
    " i ",
    " we ",
    " you ",
    " until ",
    " will ",
    " be ",
    " on ",
    " is ",
    " it ",
    " to ",
    " and ",
    " for ",
    " by ",
    " week",
    " back",
    " thanks",
    " out ",
    " off ",
)


def guess_language(text: str) -> str:
    """'es' or 'en' by counting common function words (customers rarely tell us their locale)."""
    folded = fold(text)
    padded = " " + _NON_WORD.sub(" ", folded) + " "
    spanish = sum(padded.count(w) for w in _SPANISH_HINTS)
    english = sum(padded.count(w) for w in _ENGLISH_HINTS)
    if any(ch in text for ch in "ñÑ¿¡"):
        spanish += 2
    return "es" if spanish > english else "en"
