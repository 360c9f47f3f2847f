"""Spelled-out numbers and clock phrases rewritten as digits, keeping every span where it was.

Each rewrite is no longer than the words it replaces and is padded with spaces, so the rules that
follow see "the 20th" for "the twentieth" and "11:30" for "once y media" at the same offsets, and
the spans they find still point at the speaker's own words.
"""

from __future__ import annotations

import re

_UNITS_EN = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS_EN = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_ORD_UNITS_EN = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_ORD_TEENS_EN = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]


def _english() -> tuple[dict[str, int], dict[str, int]]:
    cardinals = {w: i + 1 for i, w in enumerate(_UNITS_EN)} | {w: i + 10 for i, w in enumerate(_TEENS_EN)}
    ordinals = {w: i + 1 for i, w in enumerate(_ORD_UNITS_EN)} | {w: i + 10 for i, w in enumerate(_ORD_TEENS_EN)}
    cardinals |= {"twenty": 20, "thirty": 30}
    ordinals |= {"twentieth": 20, "thirtieth": 30}
    for tens, name in ((20, "twenty"), (30, "thirty")):
        for i, unit in enumerate(_UNITS_EN[: 9 if tens == 20 else 1]):
            for joint in ("-", " ", ""):
                cardinals[f"{name}{joint}{unit}"] = tens + i + 1
                ordinals[f"{name}{joint}{_ORD_UNITS_EN[i]}"] = tens + i + 1
    return cardinals, ordinals


def _spanish() -> dict[str, int]:
    units = ["uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
    teens = ["diez", "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve"]
    numbers = {w: i + 1 for i, w in enumerate(units)} | {w: i + 10 for i, w in enumerate(teens)}
    numbers |= {"un": 1, "una": 1, "primero": 1, "primer": 1, "veinte": 20, "treinta": 30, "treinta y uno": 31}
    for i, unit in enumerate(["uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]):
        numbers[f"veinti{unit}"] = 21 + i
        numbers[f"veinte y {unit}"] = 21 + i
    numbers["veintiun"] = 21
    return numbers


CARDINALS_EN, ORDINALS_EN = _english()
NUMBERS_ES = _spanish()
COUNTS = CARDINALS_EN | NUMBERS_ES | {"a": 1, "an": 1, "a couple of": 2, "a couple": 2, "couple of": 2}
COUNTS |= {"un par de": 2, "par de": 2, "a pair of": 2, "a few": 3, "few": 3, "unos": 3, "unas": 3, "unos pocos": 3}
COUNTS |= {"several": 3, "varios": 3, "varias": 3}
HOURS_EN = {w: n for w, n in CARDINALS_EN.items() if n <= 12}
HOURS_ES = {w: n for w, n in NUMBERS_ES.items() if n <= 12 and w not in ("un", "primero", "primer")}
MINUTES = {"quince": 15, "quarter": 15, "cuarto": 15, "media": 30, "half": 30, "treinta": 30}
MINUTES |= {"veinte": 20, "twenty": 20, "diez": 10, "ten": 10, "cinco": 5, "five": 5}
MINUTES |= {"cuarenta y cinco": 45, "forty-five": 45, "forty five": 45, "fifteen": 15, "thirty": 30}


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))


_UNIT = (
    r"(?:seconds?|secs?|segundos?|minutes?|mins?|minutos?|hours?|hrs?|horas?|days?|dias?|business days?|working days?|dias habiles|"
    r"weeks?|semanas?|fortnights?|months?|meses|mes|"
    r"mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|lunes|martes|miercoles|jueves|viernes)\b"
)
_COUNT = re.compile(rf"(?<!half )(?<!quarter of )(?<!quarters of )\b(?P<n>{_alt(COUNTS)})\s+(?={_UNIT})")
_HOUR_WORD = _alt(HOURS_EN | HOURS_ES)
_HOUR = rf"(?:{_HOUR_WORD}|1[0-2]|0?[1-9]|1[3-9]|2[0-3])"
_MINUTE_WORDS = _alt(MINUTES)
# "quarter past 4", "half past two", "twenty after 3", "a quarter to 5"
_PAST_TO = re.compile(
    rf"(?<![\d/.:-])\b(?:a\s+)?(?:(?P<m>{_MINUTE_WORDS})\s+(?:minutes?\s+)?(?P<dir>past|after|to|till|before)"
    rf"|(?P<mn>[1-5]?\d)\s+(?:(?:minutes?\s+)?(?P<dir2>past|after)|minutes?\s+(?P<dir3>to|till|before)|(?P<dir4>to)(?=\s+(?:noon|midnight)\b)))"
    rf"\s+(?P<h>{_HOUR}|noon|midnight)(?P<ap>\s*(?:am|pm|a\.m\.|p\.m\.))?\b(?![/.:]\d)"
)
# "once y media", "3 y cuarto", "doce menos cuarto", "las tres y quince"
_Y_MEDIA = re.compile(
    rf"\b(?P<h>{_HOUR})\s+(?P<dir>y|menos)\s+(?P<m>{_MINUTE_WORDS}|[1-5]?\d)\b(?!\s*(?:de\s+)?(?:dias?|horas?|minutos?|semanas?))"
)
# "half three" (British: 3:30)
_HALF_H = re.compile(rf"\bhalf\s+(?P<h>{_HOUR_WORD})\b")
# "16h30", "16h", "9h"
_H_CLOCK = re.compile(r"(?<![\w.:])(?P<h>[01]?\d|2[0-3])h(?P<m>[0-5]\d)?\b")
# "16.30" after a clock preposition ("a las 16.30", "at 9.15"); bare dots are versions or amounts
_DOT_CLOCK = re.compile(
    r"\b(?P<pre>a las|at|by|before|antes de las|hasta las|desde las|sobre las)\s+(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)\b(?!\.\d)"
)
# "a las once", "at three", "las doce", "tres de la tarde"
_HOUR_AFTER = re.compile(
    rf"\b(?P<pre>a las|a la|at|by|before|antes de las|antes de la|hasta las|las|around|about|sobre las|para las)\s+(?P<h>{_HOUR_WORD})\b"
)
_HOUR_BEFORE = re.compile(
    rf"\b(?P<h>{_HOUR_WORD})\s+(?=(?:de la (?:manana|tarde|noche)|en la (?:manana|tarde|noche)|del mediodia|"
    r"in the (?:morning|afternoon|evening)|tonight|this (?:morning|afternoon|evening)|o'?\s?clock|am\b|pm\b|a\.m\.|p\.m\.))"
)
# ordinal days: "the twentieth", "el veinte", "the first of April", "march third", "el dia 4", "1°"
_MONTH_WORDS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
_ORDINAL_EN = re.compile(
    rf"(?:\b(?:the|on the|by the|until the|till the|through the|from the|of the|before the|after the)\s+"
    rf"|\b(?:{_MONTH_WORDS})\.?\s+(?:the\s+)?)"
    rf"(?P<w>{_alt(ORDINALS_EN)})\b(?!\s+(?:thing|time|step|one|ones|half|quarter|place|round|line|version|"
    r"floor|page|option|item|issue|ticket|invoice|attempt|try|call|email|message|reminder|person|team))"
    rf"|\b(?P<w2>{_alt(ORDINALS_EN)})(?=\s+(?:of\s+)?(?:{_MONTH_WORDS})\b)"
)
_DAY_ES = re.compile(
    rf"\b(?P<pre>el|del|al|hasta el|el dia|dia)\s+(?P<w>{_alt({w: n for w, n in NUMBERS_ES.items() if w not in ('un', 'una', 'primer')})})\b"
    r"(?!\s+(?:de\s+)?(?:los|las|ellos|ellas|nosotros|usuarios|clientes|equipos|archivos|horas?|minutos?|dias?|semanas?|"
    r"meses|anos|en|que|para|con|por|mas|menos|mismo|misma|otro|otra|a(?!\s+las?\b)|y(?!\s+\w+\s+de\s+)|o)\b)"
)
_MONTHS_ES = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
_DAY_BEFORE_MONTH_ES = re.compile(
    rf"\b(?P<w>{_alt({w: n for w, n in NUMBERS_ES.items() if w not in ('un', 'una', 'primer')})})(?=\s+de\s+(?:{_MONTHS_ES})\b)"
)
_MINUTE_WORDS_EN = {w: n for w, n in CARDINALS_EN.items() if 10 <= n <= 29} | {"thirty": 30, "forty": 40, "fifty": 50}
for _tens, _name in ((30, "thirty"), (40, "forty"), (50, "fifty")):
    for _i, _unit in enumerate(_UNITS_EN):
        for _joint in ("-", " "):
            _MINUTE_WORDS_EN[f"{_name}{_joint}{_unit}"] = _tens + _i + 1
for _i, _unit in enumerate(_UNITS_EN):
    _MINUTE_WORDS_EN[f"oh {_unit}"] = _i + 1
# "ten thirty am", "nine fifty-nine p m", "seven thirty p.m."
_SPOKEN_CLOCK = re.compile(
    rf"\b(?P<h>{_alt(HOURS_EN)})\s+(?P<m>{_alt(_MINUTE_WORDS_EN)})(?=\s*(?:a\.?\s?m\b|p\.?\s?m\b|in the|tonight|this))"
)
_DEGREE = re.compile(r"(?<=\d)[°º]")


def _put(chars: list[str], start: int, end: int, text: str) -> None:
    if len(text) > end - start:
        return
    chars[start:end] = list(text.ljust(end - start))


def _hour_of(word: str) -> int | None:
    word = re.sub(r"\s+", " ", word)
    if word.isdigit():
        return int(word)
    return HOURS_EN.get(word) or HOURS_ES.get(word)


def _minutes_of(word: str) -> int | None:
    word = re.sub(r"\s+", " ", word)
    return int(word) if word.isdigit() else MINUTES.get(word)


def digits(folded: str) -> str:
    """`folded` with number words and clock phrases as digits, same length, same offsets."""
    if not re.search(r"[a-z]", folded):
        return folded
    chars = list(_DEGREE.sub(" ", folded))
    text = "".join(chars)

    def rewrite(pattern: re.Pattern[str], build) -> None:
        nonlocal text
        for m in pattern.finditer(text):
            replacement = build(m)
            if replacement is not None:
                _put(chars, m.start(), m.end(), replacement)
        text = "".join(chars)

    def past_to(m):
        minutes, hour = _minutes_of(m["m"] or m["mn"]), m["h"]
        hour = 12 if hour == "noon" else 0 if hour == "midnight" else _hour_of(hour)
        if minutes is None or hour is None or minutes >= 60:
            return None
        if (m["dir"] or m["dir2"] or m["dir3"] or m["dir4"]) in ("to", "till", "before"):
            hour, minutes = (hour - 1) % 24, 60 - minutes
        return f"{hour}:{minutes:02d}" + (m["ap"] or "").replace(" ", "")

    def y_media(m):
        hour, minutes = _hour_of(m["h"]), _minutes_of(m["m"])
        if hour is None or minutes is None or minutes >= 60:
            return None
        if m["dir"] == "menos":
            hour, minutes = (hour - 1) % 24 or 12, 60 - minutes
        return f"{hour}:{minutes:02d}"

    rewrite(_SPOKEN_CLOCK, lambda m: f"{HOURS_EN[m['h']]}:{_MINUTE_WORDS_EN[re.sub(r'[ ]+', ' ', m['m'])]:02d}")
    rewrite(_PAST_TO, past_to)
    rewrite(_Y_MEDIA, y_media)
    rewrite(_HALF_H, lambda m: f"{_hour_of(m['h'])}:30")
    rewrite(_H_CLOCK, lambda m: f"{int(m['h'])}:{m['m'] or '00'}")
    rewrite(_DOT_CLOCK, lambda m: f"{m['pre']} {int(m['h'])}:{m['m']}")
    rewrite(_HOUR_AFTER, lambda m: f"{m['pre']} {_hour_of(m['h'])}")
    rewrite(_HOUR_BEFORE, lambda m: f"{_hour_of(m['h'])}")
    rewrite(_COUNT, lambda m: f"{COUNTS[re.sub(r'[ ]+', ' ', m['n'])]} ")
    for m in _ORDINAL_EN.finditer(text):
        group = "w" if m["w"] else "w2"
        _put(chars, m.start(group), m.end(group), _ordinal(ORDINALS_EN[re.sub(r"[ ]+", " ", m[group])]))
    text = "".join(chars)
    rewrite(_DAY_ES, lambda m: f"{m['pre']} {NUMBERS_ES[re.sub(r'[ ]+', ' ', m['w'])]}")
    rewrite(_DAY_BEFORE_MONTH_ES, lambda m: f"{NUMBERS_ES[re.sub(r'[ ]+', ' ', m['w'])]}")
    return text


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
