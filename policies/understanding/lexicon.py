"""Words for time in English and Spanish (folded: lower case, no accents)."""

from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "enero": 1, "ene": 1,
    "february": 2, "feb": 2, "febrero": 2,
    "march": 3, "mar": 3, "marzo": 3,
    "april": 4, "apr": 4, "abril": 4, "abr": 4,
    "may": 5, "mayo": 5,
    "june": 6, "jun": 6, "junio": 6,
    "july": 7, "jul": 7, "julio": 7,
    "august": 8, "aug": 8, "agosto": 8, "ago": 8,
    "september": 9, "sept": 9, "sep": 9, "septiembre": 9, "setiembre": 9,
    "october": 10, "oct": 10, "octubre": 10,
    "november": 11, "nov": 11, "noviembre": 11,
    "december": 12, "dec": 12, "diciembre": 12, "dic": 12,
}  # fmt: skip

WEEKDAYS = {
    "monday": 0, "mon": 0, "lunes": 0, "lun": 0,
    "tuesday": 1, "tue": 1, "tues": 1, "martes": 1,
    "wednesday": 2, "wed": 2, "weds": 2, "miercoles": 2, "mie": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "jueves": 3, "jue": 3, "thrusday": 3,
    "friday": 4, "fri": 4, "viernes": 4, "vie": 4,
    "saturday": 5, "sat": 5, "sabado": 5, "sab": 5,
    "sunday": 6, "sun": 6, "domingo": 6, "dom": 6,
}  # fmt: skip

NUMBERS = {
    "a": 1, "an": 1, "one": 1, "un": 1, "una": 1, "uno": 1,
    "two": 2, "dos": 2, "couple of": 2, "par de": 2,
    "three": 3, "tres": 3, "four": 4, "cuatro": 4, "five": 5, "cinco": 5,
    "six": 6, "seis": 6, "eight": 8, "ocho": 8, "ten": 10, "diez": 10,
    "few": 3, "unas": 3, "unos": 3,
}  # fmt: skip

# Documented defaults for vague times (issue 9).
END_OF_DAY = (17, 0)
FIRST_THING = (9, 0)
MORNING = (12, 0)  # "by the morning" / "por la mañana": before noon
NOON = (12, 0)
AFTERNOON = (15, 0)
TONIGHT = (20, 0)
BARE_DAY = (17, 0)


def alternation(words) -> str:
    """A regex alternation, longest first so that 'september' wins over 'sep'."""
    return "|".join(sorted((w.replace(" ", r"\s+") for w in words), key=len, reverse=True))
