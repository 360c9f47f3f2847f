"""The building blocks of time atoms: the Atom, the finder that collects them, and shared patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta

from . import lexicon as lx

# a dot after an abbreviation only ("jun.", "sept."): "18 de junio." ends its sentence, not its month
MON = rf"(?:{lx.alternation(lx.MONTHS)})(?:(?<=\b[a-z]{{3}})\.|(?<=\b[a-z]{{4}})\.)?"
WD = rf"(?:{lx.alternation(lx.WEEKDAYS)})"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
NUM_WORD = lx.alternation(lx.NUMBERS)
SEP = r"\s*(?:-|to|through|thru|till|until|til|al|hasta)\s*(?:the\s+|el\s+)?"
YEAR = r"(?:,?\s+(?:de\s+|del\s+|of\s+)?(?P<year>(?:19|20)\d{2})\b)"
FULL = (
    rf"(?:{WD},?\s+(?:the\s+|el\s+)?)?"
    rf"(?:{MON}\s+(?:the\s+)?{DAYNUM}(?![\d:.,]\d)|{DAYNUM}\s*(?:of\s+|de\s+)?{MON}(?!\w))"
    rf"(?:,?\s+(?:de\s+|del\s+|of\s+)?(?:19|20)\d{{2}}\b(?![:.]\d))?"
)
TOMORROW = r"(?:tomorrows|tomorrow|tomorow|tommorow|tommorrow|tmrw|tmr|2morrow|manana|mnana|mnn|mna|mnna)"
# "before the week is out", "antes de que termine el día": a period's end, said by its ending
ENDS_BEFORE = r"(?:que )?(?:se )?(?:termine|acabe|finalice|concluya|cierre|terminen|acaben)\s+"
ENDS_AFTER = r"(?:is (?:out|over|done|through)|ends|finishes|closes|wraps up|runs out)"
# "de mañana" is the morning ("el lunes de mañana"), but "a partir de / antes de / después de mañana" and a
# clock's "las 13 h de mañana" are tomorrow
MORNING_NOT_TOMORROW = (
    r"(?<!\bla )(?<!\besta )(?:(?<=\bpartir de )|(?<=\bantes de )|(?<=\bdespues de )|(?<=\d h de )|(?<=\dh de )|"
    r"(?<=\dhs de )|(?<=\d hs de )|(?<=\d:\d\d de )|(?<!\bde ))(?<!\bpor la )"
)


@dataclass(frozen=True)
class Atom:
    """A span that talks about time. `first`/`last` are dates; `last` is inclusive."""

    start: int
    end: int
    kind: str  # day | range | week | month | eow | time | duration
    first: date | None = None
    last: date | None = None
    hour: tuple[int, int] | None = None
    delta: timedelta | None = None
    until: bool = False  # range joined by "until"/"hasta": its end is the resume day itself
    past: bool = False
    vague: bool = False  # a time from a part of the day ("tonight", "afternoon"), not a clock
    meridiem: bool = False  # a clock whose am/pm the speaker said (or a part of the day)
    zone: ZoneInfo | None = None  # a clock time in a zone the speaker named ("5pm CET")
    after: bool = False  # "after X": the day after X already


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _day_of(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _month_of(text: str) -> int:
    return lx.MONTHS[text.rstrip(".").lower()]


def _next_day_of_month(today: date, day: int) -> date | None:
    """The next date (today or later) whose day of the month is `day`."""
    for months_ahead in range(0, 3):
        candidate_month = today + relativedelta(months=months_ahead, day=1)
        try:
            candidate = candidate_month.replace(day=day)
        except ValueError:
            continue
        if candidate >= today:
            return candidate
    return None


def _month_day(today: date, month: int, day: int) -> date | None:
    """Month and day in the year that makes it today or later (Dec in Dec, Jan next year)."""
    for year in (today.year, today.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate >= today:
            return candidate
    return None


def _coming_weekday(today: date, weekday: int) -> date:
    """The next `weekday` strictly after today ("Friday" said on a Friday means next week's)."""
    ahead = (weekday - today.weekday()) % 7 or 7
    return today + timedelta(days=ahead)


def _week_monday(today: date, weeks_ahead: int) -> date:
    return today - timedelta(days=today.weekday()) + timedelta(weeks=weeks_ahead)


class _Finder:
    def __init__(self, folded: str, today: date, lang: str, day_first: bool, country: str | None = None):
        self.text = folded
        self.today = today
        self.lang = lang
        self.day_first = day_first
        self.country = country
        self.atoms: list[Atom] = []

    def free(self, start: int, end: int) -> bool:
        return all(end <= a.start or start >= a.end for a in self.atoms)

    def add(self, start: int, end: int, kind: str, **fields) -> None:
        if self.free(start, end):
            self.atoms.append(Atom(start, end, kind, **fields))

    def past_before(self, start: int) -> bool:
        """ "last", "since X" name a past day; "desde X" does too unless its sentence looks ahead
        ("desde el 21 no estoy, vuelvo el 11": a start)."""
        m = re.search(r"(?:last|past|since|desde)\s+(?:the\s+|el\s+)?$", self.text[max(0, start - 16) : start])
        if m is None:
            return False
        if not m.group(0).startswith("desde"):
            return True
        left = max((e.end() for e in _SENTENCE_END.finditer(self.text, 0, start)), default=0)
        right = _SENTENCE_END.search(self.text, start)
        sentence = self.text[left : right.start() if right else len(self.text)]
        return _LOOKS_BACK.search(sentence) is not None or _LOOKS_AHEAD.search(sentence) is None


_SENTENCE_END = re.compile(r"[.!?\n;]")
_LOOKS_BACK = re.compile(
    r"\b(?:tuvimos|tuve|tuvo|tuvieron|hubo|habia|habian|estuve|estuvimos|estuvo|fue|fueron|\w+(?:aron|ieron))\b"
)
_LOOKS_AHEAD = re.compile(
    r"\b(?:vuelvo|volvemos|vuelve|regreso|regresamos|reabrimos|retomamos|no estoy|no estamos|no estare|no estaremos|"
    r"cierra|cierran|cerramos|estoy (?:fuera|de)|estamos (?:fuera|de)|(?:voy|vamos|va|van) a|me voy|nos vamos|hasta|"
    r"(?:y )?por \d+ (?:dias|semanas|meses)|durante \d+|(?:estoy|estare|estamos|estaremos) en|sin (?:conexion|acceso|internet)|"
    r"\w+(?:are|ere|ire|aremos|eremos|iremos|ara|era|ira|aran|eran|iran))\b"
)
