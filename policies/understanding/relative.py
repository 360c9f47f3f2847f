"""Days named relative to something else: a week ("Thursday of next week"), a month ("the last Friday
of the month", "el 20 del mes que viene"), a count ("in 3 days", "two Fridays from now") or a
country's calendar ("after Carnival", "hasta Reyes").

Runs after ranges and before single days, so that "next week" inside "Thursday of next week" is not
read as the whole week.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from . import lexicon as lx
from .calendar import NAMED, is_working_day, named_span
from .spans import (
    DAYNUM,
    ENDS_AFTER,
    ENDS_BEFORE,
    MON,
    TOMORROW,
    WD,
    _c,
    _coming_weekday,
    _day_of,
    _Finder,
    _month_of,
    _week_monday,
)

NEXT_WEEK = r"(?:next week|the following week|la semana que viene|la semana proxima|la proxima semana|la otra semana)"
THIS_WEEK = r"(?:this week|esta semana)"
NEXT_MONTH = r"(?:(?:the\s+)?next month|(?:el\s+)?mes que viene|(?:el\s+)?proximo mes|(?:el\s+)?mes proximo)"
THIS_MONTH = r"(?:the month|this month|el mes|este mes|(?:el\s+)?mes en curso)"

_WEEKDAY_OF_WEEK = _c(
    rf"\b(?:(?:on|el)\s+)?(?P<wd>{WD})\s+(?:(?:of|de|from)\s+)?(?P<week>{NEXT_WEEK}|{THIS_WEEK})\b"
    rf"|\b(?P<week2>next week'?s|this week'?s)\s+(?P<wd2>{WD})\b"
    rf"|\b(?:(?:on|el)\s+)?(?P<wd3>{WD})\s+(?P<after>after next|de la otra semana)\b"
)
_NTH_WEEKDAY_FROM_NOW = _c(
    rf"\b(?P<n>\d{{1,2}})\s+(?P<wd>{WD})s?\s+(?:from now|from today|hence|a partir de hoy|desde hoy)\b"
)
_FROM_BASE = _c(
    rf"\b(?:(?P<n>\d{{1,3}})|an?|one|una?)\s+(?P<unit>days?|weeks?|dias?|semanas?)\s+(?:from|after|despues de|a partir de)\s+"
    rf"(?P<base>today|tomorrow|{TOMORROW}|hoy|(?:el\s+|this\s+|next\s+)?{WD})\b"
)
_COUNT = _c(
    r"\b(?:(?P<pre>in|en|within|dentro de|after|despues de|tras|de aqui a|en los proximos|en las proximas|"
    r"in the next|over the next|eta:?|eta of|plazo(?: de)?:?|turnaround(?: of)?:?)\s+(?:(?:about|around|unos|unas|como)\s+)?"
    r"(?:(?:los|las)\s+proxim[oa]s\s+|the\s+next\s+)?"
    r"(?P<n>\d{1,3})\s*"
    r"(?P<unit>business days?|working days?|dias habiles|dias laborables|days?|dias?|d\b|weeks?|wks?|semanas?|"
    r"fortnights?|months?|meses|mes|years?|anos?)\b"
    r"|(?P<n2>\d{1,3})\s*(?P<unit2>business days?|working days?|days?|dias?|weeks?|semanas?|fortnights?|months?|meses|"
    r"years?|anos?)\s+"
    r"(?:from now|from right now|from today|hence|later|a partir de hoy|desde hoy|mas tarde|despues))\b"
)
_NTH = (
    r"(?P<nth>1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth|last|primer|primero|primera|segundo|segunda|tercer|"
    r"tercero|tercera|cuarto|cuarta|quinto|quinta|ultimo|ultima|1|2|3|4)"
)
_NTH_WEEKDAY = _c(
    rf"\b(?:the\s+|el\s+)?{_NTH}\s+(?P<wd>{WD}|day|dia|business day|working day|dia habil)\s+(?:of|in|de|del)\s+"
    rf"(?:(?P<next>{NEXT_MONTH})|(?P<this>{THIS_MONTH})|(?:(?:el\s+)?mes\s+de\s+)?(?P<mon>{MON})(?:\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d{{2}}))?)"
)
_DAY_OF_MONTH = _c(
    rf"\b(?:the\s+|el\s+|el dia\s+)?(?P<d>{DAYNUM})\s+(?:of|de|del)\s+(?:(?P<next>{NEXT_MONTH})|(?P<this>{THIS_MONTH}))"
)
_END_OF_MONTH = _c(
    r"\b(?:(?:the\s+)?end of (?:the\s+)?(?P<this>month|this month)|(?:el\s+)?(?:fin|final) de(?:l)? mes|eom"
    r"|(?:the\s+)?end of (?P<next>next month)|(?:el\s+)?(?:fin|final) del (?:mes que viene|proximo mes)"
    rf"|{ENDS_BEFORE}(?:el|este) mes|(?:the |this )?month'?s end|(?:the |this )month {ENDS_AFTER})\b"
)
_AFTER_BEFORE = re.compile(
    r"\b(?:after|despues de(?:l| la| las| los)?|pasad[oa]s?(?: el| la| las| los)?|tras(?: el| la| las| los)?|"
    r"once|post|al terminar(?: el| la| las| los)?|cuando pase(?:n)?(?: el| la| las| los)?)\s*$"
)
# A named day is a time only after a word that makes it one ("until Christmas", "después de Reyes");
# "Feliz Navidad" and "closed for the holidays" name no moment.
_NAMED_LEAD = re.compile(
    r"\b(?:until|till|til|through|thru|after|before|on|by|over|during|from|since|around|back|return|"
    r"hasta|despues de(?:l| la| las| los)?|pasad[oa]s?(?: el| la| las| los)?|tras(?: el| la| las| los)?|para(?: el| la)?|"
    r"antes de(?:l| la| las| los)?|desde(?: el| la)?|en|durante(?: el| la| las| los)?|a partir de(?:l| la)?|vuelvo|volvemos|"
    r"regreso|regresamos|it|them|next|this|coming|este|el proximo|proximo|envio|mando|paso|entrego|tendras|tienes|tendra|al terminar(?: el| la| las| los)?|cuando pase(?:n)?(?: el| la| las| los)?|once|post)\s*(?:the\s+|el\s+|la\s+)?$"
)
_NTH_NUMBER = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "1st": 1,
    "1": 1,
    "primer": 1,
    "primero": 1,
    "2nd": 2,
    "2": 2,
    "segundo": 2,
    "3rd": 3,
    "3": 3,
}
_NTH_NUMBER |= {"tercer": 3, "tercero": 3, "4th": 4, "4": 4, "cuarto": 4, "5th": 5, "quinto": 5}
_NTH_NUMBER |= {"primera": 1, "segunda": 2, "tercera": 3, "cuarta": 4, "quinta": 5}


def find_relative(f: _Finder, country: str | None) -> None:
    """Add the atoms of days named relative to a week, a month, a count or a calendar."""
    _lengths(f)
    _weeks(f)
    _counts(f, country)
    _months(f, country)
    if country is not None:
        _named(f, country)


# How long an absence lasts ("for two weeks", "durante 10 días", "me tomo 3 días", "2 semanas de vacaciones"): a
# "length" atom, whose delta the window adds to its first day.
_LENGTH_UNIT = r"(?P<n>\d{1,2})\s*(?P<unit>days?|dias?|weeks?|semanas?|fortnights?|months?|meses|mes)\b"
_LENGTH = _c(
    r"(?:\b(?:for|durante|por)\s+(?:(?:the\s+)?next\s+|(?:los|las)\s+proxim[oa]s\s+|about\s+|around\s+|unos\s+|unas\s+)?|"
    r"(?<=\boff )|(?<=\bout )|(?<=\baway )|(?<=\bfuera )|(?<=\bme voy )|(?<=\bme tomo )|(?<=\bme cojo )|(?<=\btaking )|"
    r"(?<=\btake )|(?<!dentro de )(?<!within )(?<!\bin )(?<!\ben )\b(?:the\s+next|(?:los|las)\s+proxim[oa]s)\s+)"
    + _LENGTH_UNIT
)
_LENGTH_OF = _c(
    _LENGTH_UNIT
    + r"(?=\s+(?:de|of)\s+(?:vacaciones|baja|permiso|licencia|leave|vacation|pto|holidays?)\b|\s+(?:libres|off)\b)"
)


# A bare count beside an absence ("me ausento 2 semanas a partir del lunes", "parental leave from Monday, 12 weeks",
# "me voy 1 mes a Chile"): not a count from now ("in 2 weeks"), a past ("2 weeks ago") or a trial's length.
_LENGTH_BARE = _c(
    r"(?<!\bin )(?<!\ben )(?<!dentro de )(?<!within )(?<!hace )(?<!after )(?<!despues de )(?<!tras )(?<!\bde )"
    r"(?<!\bevery )(?<!\bcada )(?<!\bfor )(?<!\bdurante )(?<!\bpor )"
    r"\b(?P<n>\d{1,2})\s*(?P<unit>days?|dias?|weeks?|semanas?|fortnights?|months?|meses|mes)\b"
    r"(?!\s+(?:ago|from now|later|hence|before|after|antes|despues|atras|mas tarde|trial|free|notice|de (?:prueba|plazo|garantia|aviso)|"
    r"of (?:notice|trial)|in advance|de anticipacion|de antelacion|"
    # "a day of sales", "2 semanas de prueba": a count of something else, not of leave
    r"(?:of|de)\s+(?!(?:leave|vacation|pto|holidays?|vacaciones|baja|permiso|licencia|descanso|viaje)\b)))"
)
_HAS_LENGTH = _c(r"\d\s*(?:day|dia|week|seman|fortnight|month|mes)")


def _lengths(f: _Finder) -> None:
    if _HAS_LENGTH.search(f.text) is None:
        return
    said_ones = [*_LENGTH.finditer(f.text), *_LENGTH_OF.finditer(f.text)]
    _add_lengths(f, said_ones, said_ones)


def bare_lengths(f: _Finder) -> None:
    """Counts no other atom took, read last ("parental leave from Monday, 12 weeks")."""
    if _HAS_LENGTH.search(f.text) is not None:
        _add_lengths(f, list(_LENGTH_BARE.finditer(f.text)), [])


def _add_lengths(f: _Finder, found: list, said_ones: list) -> None:
    for m in found:
        n, unit = int(m["n"]), m["unit"].lower()
        # vague: the length says the absence itself ("me tomo 3 días", "2 weeks of leave")
        said = m in said_ones and not re.match(r"for|durante|por", m.group(0))
        if unit.startswith("m"):  # "un mes", "6 months": calendar months
            if 0 < n <= 12:
                f.add(m.start(), m.end(), "length", delta=relativedelta(months=n), vague=said)
            continue
        days = n * (14 if unit.startswith("f") else 7 if unit.startswith(("w", "s")) else 1)
        if 0 < days <= 366:
            f.add(m.start(), m.end(), "length", delta=timedelta(days=days), vague=said)


def _weeks(f: _Finder) -> None:
    today = f.today
    for m in _WEEKDAY_OF_WEEK.finditer(f.text):
        wd = lx.WEEKDAYS[(m["wd"] or m["wd2"] or m["wd3"]).lower()]
        week = (m["week"] or m["week2"] or "").lower()
        if m["after"]:
            day = _coming_weekday(today, wd) + timedelta(days=7)
        elif week.startswith(("this", "esta")):
            day = _week_monday(today, 0) + timedelta(days=wd)
        else:
            day = _week_monday(today, 1) + timedelta(days=wd)
        f.add(m.start(), m.end(), "day", first=day, last=day, past=day < today)
    for m in _NTH_WEEKDAY_FROM_NOW.finditer(f.text):
        day = _coming_weekday(today, lx.WEEKDAYS[m["wd"].lower()]) + timedelta(weeks=int(m["n"]) - 1)
        f.add(m.start(), m.end(), "day", first=day, last=day)
    for m in _FROM_BASE.finditer(f.text):
        base = m["base"].lower()
        if base in ("today", "hoy"):
            start = today
        elif re.fullmatch(TOMORROW, base):
            start = today + timedelta(days=1)
        else:
            start = _coming_weekday(today, lx.WEEKDAYS[base.split()[-1]])
        n = int(m["n"] or 1)
        day = start + (timedelta(weeks=n) if m["unit"].startswith(("w", "s")) else timedelta(days=n))
        f.add(m.start(), m.end(), "day", first=day, last=day)


def _counts(f: _Finder, country: str | None) -> None:
    """ "in 3 days", "en un par de semanas", "10 days from now": a day (a deadline on it is due at its end)."""
    today = f.today
    for m in _COUNT.finditer(f.text):
        n, unit = int(m["n"] or m["n2"]), (m["unit"] or m["unit2"]).lower()
        if unit.startswith(("business", "working", "dias habiles", "dias laborables")):
            day = today
            for _ in range(min(n, 400)):
                day += timedelta(days=1)
                while not _working(day, country):
                    day += timedelta(days=1)
        elif unit.startswith(("w", "s")):
            day = today + timedelta(weeks=n)
        elif unit.startswith("f"):
            day = today + timedelta(weeks=2 * n)
        elif unit.startswith("m"):
            day = today + relativedelta(months=n)
        elif unit.startswith(("y", "a")):
            day = today + relativedelta(years=n)
        else:
            day = today + timedelta(days=n)
        f.add(m.start(), m.end(), "day", first=day, last=day)


def _months(f: _Finder, country: str | None) -> None:
    today = f.today
    for m in _NTH_WEEKDAY.finditer(f.text):
        month_start = _month_start(f, m)
        day = _nth_in_month(month_start, m["nth"].lower(), m["wd"].lower(), country)
        if day is None:
            continue
        if m["this"] and day < today:  # "the last Friday of the month" said after it: next month's
            day = _nth_in_month(month_start + relativedelta(months=1), m["nth"].lower(), m["wd"].lower(), country)
        f.add(m.start(), m.end(), "day", first=day, last=day, past=day < today)
    for m in _DAY_OF_MONTH.finditer(f.text):
        month_start = today + relativedelta(months=1, day=1) if m["next"] else today.replace(day=1)
        try:
            day = month_start.replace(day=_day_of(m["d"]))
        except ValueError:
            continue
        f.add(m.start(), m.end(), "day", first=day, last=day, past=day < today)
    for m in _NTH_WEEK.finditer(f.text):
        mondays = [d for d in (_month_start(f, m) + timedelta(days=i) for i in range(31)) if d.weekday() == 0]
        mondays = [d for d in mondays if d.month == mondays[0].month]
        nth = m["nth"].lower()
        if nth.startswith(("last", "ultim")):
            monday = next(d for d in reversed(mondays) if (d + timedelta(days=6)).month == d.month)
        else:
            index = _NTH_NUMBER.get(nth, 1) - 1
            if index >= len(mondays):
                continue
            monday = mondays[index]
        f.add(m.start(), m.end(), "week", first=monday, last=monday + timedelta(days=6), past=monday < today)
    for m in _MONTH_ALONE.finditer(f.text):
        if m["mon"] == "may" and not m["which"] and not m["y"] and m["pre"] not in ("until", "till", "hasta"):
            continue  # "in may be" is a verb more often than a month
        month = lx.MONTHS[m["mon"]]
        year = int(m["y"]) if m["y"] else today.year
        first = date(year, month, 1)
        if not m["y"] and first <= today:
            first = first.replace(year=year + 1)
        if m["after"]:
            first = first.replace(year=first.year + 1)
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip()) + (len(m["pre"]) + 1 if m["pre"] else 0)
        f.add(start, m.end(), "month", first=first, last=first + relativedelta(months=1, days=-1), past=first < today)
    for m in _END_OF_MONTH.finditer(f.text):
        months = 1 if m["next"] or "mes que viene" in m.group(0) or "proximo" in m.group(0) else 0
        day = today + relativedelta(months=months, day=31)
        f.add(m.start(), m.end(), "eow", first=day, last=day, hour=lx.END_OF_DAY)


_YEAR_AFTER = re.compile(
    r"\s*,?\s*(?:(?:de\s+|del\s+|of\s+)?(?P<y>(?:19|20)\d{2})\b|(?:of|de|del)\s+(?:(?P<next>next year|el ano que viene|el proximo ano)|"
    r"this year|este ano))"
)
_MONTH_ALONE = _c(
    r"\b(?:(?P<pre>until|till|til|through|thru|in|by|back in|since|hasta|en|para|desde|a partir de|before|antes de)\s+)"
    r"(?:(?P<which>next|this|coming|el proximo|el mes de|este)\s+)?"
    r"(?P<mon>january|february|march|april|may|june|july|august|september|october|november|december|enero|febrero|"
    r"marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b"
    r"(?P<after>\s+after next)?(?:,?\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d{2})\b)?(?!\s*\d|\s+(?:the\s+)?\d)"
)
_NTH_WEEK = _c(
    rf"\b(?:the\s+|la\s+)?{_NTH}\s+(?:week|semana)\s+(?:of|in|de|del)\s+(?:(?P<next>{NEXT_MONTH})|(?P<this>{THIS_MONTH})|"
    rf"(?:(?:el\s+)?mes\s+de\s+)?(?P<mon>{MON})(?:\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d{{2}}))?)"
)


def _month_start(f: _Finder, m: re.Match) -> date:
    today = f.today
    if m["next"]:
        return today + relativedelta(months=1, day=1)
    if m["this"]:
        return today.replace(day=1)
    month = _month_of(m["mon"])
    year = int(m["y"]) if m["y"] else today.year
    start = date(year, month, 1)
    if not m["y"] and start + relativedelta(months=1) <= today:
        start = start.replace(year=year + 1)
    return start


def _working(day: date, country: str | None) -> bool:
    """A business day: a weekday, and no public holiday where the speaker is (when we know where)."""
    return day.weekday() < 5 and (country is None or is_working_day(day, country))


def _nth_in_month(month_start: date, nth: str, what: str, country: str | None = None) -> date | None:
    days = [month_start + timedelta(days=i) for i in range(31)]
    days = [d for d in days if d.month == month_start.month]
    if what in lx.WEEKDAYS:
        days = [d for d in days if d.weekday() == lx.WEEKDAYS[what]]
    elif what != "day" and what != "dia":
        days = [d for d in days if _working(d, country)]
    if nth.startswith(("last", "ultim")):
        return days[-1] if days else None
    index = _NTH_NUMBER.get(nth, 1) - 1
    return days[index] if index < len(days) else None


# Days of Holy Week open a sentence as dates ("Jueves y viernes santo no habrá atención"), never as greetings
# and "shut for the Easter weekend" names its days ("closed for the holidays" names none: it says why)
_DAYS_THAT_LEAD = {"holy_thu_fri", "good_friday", "holy_thursday", "easter_monday", "easter_weekend"}
_FOR_THE = re.compile(r"\bfor\s+(?:the\s+)?$")
# A named day that opens a sentence ("Memorial Day I'm out", "Año Nuevo y el 2 no hay nadie") or follows a word of
# absence ("out Labor Day", "off St Patrick's Day", "the whole of Holy Week off") is a day; one that names a thing
# ("Christmas party", "cena de Navidad") is not.
_OPENS = re.compile(
    r"(?:^|[.;:!?\n(]|\s[-\u2013\u2014]\s)\s*(?:(?:and|y|also|btw|ps|pd|ojo|fyi|heads up|so|then)\W+)*"
    r"(?:the\s+|el\s+|la\s+)?$"
)
_AWAY_LEAD = re.compile(
    r"\b(?:out|off|ooo|away|offline|closed|shut|libre|fuera|cerrad[oa]s?|cerramos|cerrados|no estoy|no estamos|"
    r"whole of|all of|(?:toda|todo) (?:el|la)|(?:all|whole) (?:of )?)\s*(?:the\s+|el\s+|la\s+)?$"
)
_NAMES_A_THING = re.compile(
    r"\s+(?:party|parties|sales?|dinner|lunch|gifts?|cards?|bonus|campaign|promo|trees?|decorations?|menu|specials?|"
    r"deals?|shopping|market|cena|comida|fiesta|regalos?|campana|promocion|ofertas?|cesta|loteria|aguinaldo)\b"
)
# "Thanksgiving week", "la semana de Carnaval": the week (Monday to Sunday) that holds the day
_WEEK_OF_BEFORE = re.compile(r"\b(?:la\s+)?semana\s+(?:de(?:l| la)?|of)\s*$")
_WEEK_OF_AFTER = re.compile(r"\s+week\b")
_AND_DAY_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:and|y|plus|\+)\s+(?:the day after|the following day|el dia (?:siguiente|despues)|el siguiente)\b"
)
_NAMED_SEP = r"\s*(?:through|thru|to|till|until|[-\u2013\u2014]+|al|hasta(?: el| la)?|y|and)\s*"
# "Good Friday through Easter Monday", "del Jueves Santo al lunes de Pascua": a range of named days
_TO_NAMED = re.compile(_NAMED_SEP + r"(?:the\s+|el\s+|la\s+)?(?=" + NAMED.pattern + ")", re.IGNORECASE)
_BETWEEN_NAMED = re.compile(_NAMED_SEP + r"(?:the\s+|el\s+|la\s+)?$")


def _join_named(f: _Finder, added: list) -> None:
    """Two named days joined by "through"/"al" are one range from the first to the second."""
    for a, b in zip(added, added[1:], strict=False):
        if (
            a.kind == "day"
            and b.kind == "day"
            and a.first < b.first
            and _BETWEEN_NAMED.fullmatch(f.text[a.end : b.start])
        ):
            f.atoms.remove(a)
            f.atoms.remove(b)
            until = re.search(r"till|until|hasta", f.text[a.end : b.start]) is not None
            f.atoms.append(
                type(a)(a.start, b.end, "range", first=a.first, last=b.last, past=b.last < f.today, until=until)
            )


_WEEK_AFTER = re.compile(
    r"\b(?:the week|la semana)\s+(?:after|despues de(?:l| la)?|tras(?: el| la)?|siguiente a(?:l| la)?)\s*(?:the\s+)?$"
)


def _named(f: _Finder, country: str) -> None:
    """Named days and seasons on the country's calendar; "after X" is the day after X ends
    ("after the holidays": the first working day after the next cluster of public holidays)."""
    before_named, last_named = len(f.atoms), None
    for m in NAMED.finditer(f.text):
        kind = m.lastgroup
        before = f.text[max(0, m.start() - 24) : m.start()]
        week_of = _WEEK_OF_BEFORE.search(before) or _WEEK_OF_AFTER.match(f.text, m.end())
        if (
            not _NAMED_LEAD.search(before)
            and not (kind in _DAYS_THAT_LEAD and (not before.strip(" \n,.;:!¡") or _FOR_THE.search(before)))
            and not (
                kind != "holidays"
                and (
                    _OPENS.search(before)
                    or _AWAY_LEAD.search(before)
                    or week_of
                    or _TO_NAMED.match(f.text, m.end())
                    or (last_named is not None and _BETWEEN_NAMED.fullmatch(f.text[last_named : m.start()]))
                )
                and not _NAMES_A_THING.match(f.text, m.end())
            )
        ):
            continue  # checked first: a greeting ("Feliz Navidad") never loads a calendar
        span = named_span(kind, f.today, country)
        if span is None:
            continue
        last_named = m.end()
        end = m.end()
        year = _YEAR_AFTER.match(f.text, end)
        if year is not None and kind != "holidays":  # "thanksgiving 2014", "Navidad de 2027", "of next year"
            end = year.end()
            wanted = int(year["y"]) if year["y"] else f.today.year + (1 if year["next"] else 0)
            span = named_span(kind, date(wanted, 1, 1), country)
            if span is None or span[0].year != wanted:
                continue
        first, last = span
        day_after = _AND_DAY_AFTER.match(f.text, end)
        if day_after is not None and kind != "holidays":  # "Thanksgiving Day and the day after": both days
            end, last = day_after.end(), last + timedelta(days=1)
        if week_of and kind != "holidays":  # "Thanksgiving week", "la semana de Carnaval", "Easter week"
            monday = first - timedelta(days=first.weekday()) if kind != "holy_week" else last - timedelta(days=6)
            if _WEEK_OF_BEFORE.search(before):
                start = m.start() - len(before) + _WEEK_OF_BEFORE.search(before).start()
            else:
                start, end = m.start(), _WEEK_OF_AFTER.match(f.text, m.end()).end()
            f.add(
                start,
                end,
                "week",
                first=monday,
                last=monday + timedelta(days=6),
                past=monday + timedelta(days=6) < f.today,
            )
            continue
        if kind == "holy_week" and not _AFTER_BEFORE.search(before):  # a working week: Monday to Sunday
            first = last - timedelta(days=6)
        if _WEEK_AFTER.search(before):  # "la semana después de Reyes", "the week after Easter": Monday to Sunday
            monday = last + timedelta(days=7 - last.weekday())
            f.add(
                m.start() - len(before) + _WEEK_AFTER.search(before).start(),
                end,
                "week",
                first=monday,
                last=monday + timedelta(days=6),
            )
            continue
        after = _AFTER_BEFORE.search(before)
        start = m.start() if after is None else m.start() - (len(before) - after.start())
        if after is not None:  # a cluster's last day is already the eve of the first working day after it
            day = last + timedelta(days=1)
            f.add(start, end, "day", first=day, last=day, after=True)
            continue
        f.add(start, end, "day" if first == last else "range", first=first, last=last, past=last < f.today)
    _join_named(f, sorted(f.atoms[before_named:], key=lambda a: a.start))
