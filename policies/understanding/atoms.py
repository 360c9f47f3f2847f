"""Time atoms: the spans of a message that name a day, a range, a week, a time or a duration.

A small rule layer finds them; absolute month-day dates are resolved by dateparser with an
explicit language and date order. Everything resolves against `today` (the speaker's local date).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta

from . import lexicon as lx
from .clock import find_times
from .relative import bare_lengths, find_relative
from .spans import (
    DAYNUM,
    ENDS_AFTER,
    ENDS_BEFORE,
    FULL,
    MON,
    MORNING_NOT_TOMORROW,
    SEP,
    TOMORROW,
    WD,
    Atom,
    _c,
    _coming_weekday,
    _day_of,
    _Finder,
    _month_day,
    _month_of,
    _next_day_of_month,
    _week_monday,
)
from .words import digits

_RANGE_SAME_MONTH_AFTER = _c(
    rf"\b(?:del\s+|from\s+(?:the\s+)?)?(?P<d1>{DAYNUM}){SEP}(?P<d2>{DAYNUM})\s+(?:de\s+|of\s+)?(?P<m>{MON})(?!\w)"
)
_RANGE_SAME_MONTH_BEFORE = _c(
    rf"\b(?:from\s+)?(?P<m>{MON})\s+(?P<d1>{DAYNUM}){SEP}(?P<d2>{DAYNUM})\b(?!\s*(?:de\s+|of\s+)?{MON})"
)
_RANGE_FULL = _c(rf"\b(?:from\s+|del\s+|desde\s+el\s+)?(?P<a>{FULL})(?P<sep>{SEP})(?P<b>{FULL})")
_OF_NEXT_WEEK = _c(
    r"\s*,?\s*(?:of\s+|de\s+)?(?:next week|(?:la\s+)?(?:semana|sem)\s+(?:que|q)\s+(?:viene|entra)|(?:la\s+)?proxima semana)\b"
)
_RANGE_WEEKDAYS = _c(rf"\b(?:from\s+|del\s+|de\s+)?(?P<a>{WD})(?P<sep>{SEP})(?P<b>{WD})\b")
# "del 24 al 28", "from the 24th to the 28th", "entre el 3 y el 7", "desde el 3 hasta el 7": days of this or next month
_RANGE_BARE = _c(
    rf"\b(?:del\s+(?P<d1>{DAYNUM})\s+(?P<sep1>al)|(?:from\s+|between\s+)?(?:the\s+(?P<d3>{DAYNUM})|(?P<d4>\d{{1,2}}(?:st|nd|rd|th)))\s+"
    rf"(?P<sep3>to|through|thru|till|until|and)\s+the|(?:entre|desde)\s+el\s+(?P<d5>{DAYNUM})\s+(?P<sep5>y|hasta|al)\s+el)"
    rf"\s+(?P<d2>{DAYNUM})\b(?!\s*(?:de\s+|of\s+|del\s+)?{MON})"
)
# "el 21 y 22", "el 28 y 29 de julio", "the 13th and 14th": two days of this or next month, read as the days between
_RANGE_PAIR = _c(
    # (digits() has already made "21 y 22" a clock, "21:22", keeping the length: the spaces after it tell)
    rf"\b(?:el|los dias|los|the|on the)\s+(?P<d1>{DAYNUM})(?:\s+(?:y|e|and|&)\s+(?:el\s+|the\s+)?|:(?=\d\d\s\s))(?P<d2>{DAYNUM})\b"
    r"(?!\s*(?:de la|del|horas|hrs|h\b|:|am\b|pm\b|a\.m|p\.m|personas|people|dias|days|semanas|weeks|%|usd|eur|mil))"
    rf"(?:\s+(?:de\s+|of\s+)?(?P<m>{MON})(?!\w))?"
)
# "the 20th–24th", "the 3rd - 7th": a dash between ordinal days
_RANGE_ORDINALS = _c(
    r"\bthe\s+(?P<d1>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\s*[-\u2013\u2014]\s*(?:the\s+)?(?P<d2>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b"
)
# "the week of the 12th", "la semana del 8": Monday to Sunday of the week that holds that day
_WEEK_OF_DAY = _c(
    rf"\b(?:the\s+)?week\s+of\s+(?:the\s+)?(?P<d>{DAYNUM})\b(?:\s*(?:of\s+)?(?P<m>{MON})(?!\w))?|"
    rf"\bla\s+semana\s+del\s+(?P<d2>{DAYNUM})\b(?:\s*(?:de\s+)?(?P<m2>{MON})(?!\w))?|"
    # "the week of August 16th", "week of Jan 4"
    rf"\b(?:the\s+)?week\s+of\s+(?P<m3>{MON})\.?\s+(?P<d3>{DAYNUM})\b"
)
_FULL_DATE = _c(rf"\b{FULL}")
_NUMERIC_DATE = _c(
    r"(?<![\d.,/])(?P<a>\d{1,2})(?P<sep>\s?[/.-]\s?)(?P<b>\d{1,2})(?:(?P=sep)(?P<y>\d{4}|\d{2}))?(?![\d/]|[.,]\d)"
    r"(?!\s*(?:h\b|hours?|hrs?|horas?|de hora|of an hour|[ap]\.?m\b))"
)
_ISO_DATE = _c(r"(?<![\d.-])(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d-])")
# a bare day-month with a dash reads as a date only after a word that introduces one ("el 3-3", "by 2-15")
# "Thu 15th", "jue 15": the next 15th that is a Thursday
_WEEKDAY_DAYNUM = _c(
    rf"\b(?P<wd>{WD})\.?,?\s+(?:the\s+|el\s+)?(?P<d>{DAYNUM})\b(?![.,:/]?\d|\s*(?:de\s+|of\s+)?{MON}|\s*(?:am|pm|h\b))"
    r"(?!\s*(?:weeks?|days?|months?|semanas?|dias?|meses|mes)\b)"
)
_DOTTED_DATE_END = _c(r"\.(?:\s|,|$)")  # the day-first dotted date ends with its own dot ("vom 23.12. bis 3.1.")
_DASH_DATE_LEAD = _c(r"(?:\b(?:el|on|by|until|till|hasta|para el|due|before|antes del)\s+)$")
_TODAY = _c(r"\b(?:today|todays|hoy)\b")
_TOMORROW_AND_NEXT = _c(rf"\b{TOMORROW}\s+(?:y|and)\s+(?:pasado|the day after)\b(?!\s+{TOMORROW})")
_DAY_LIST = _c(
    rf"\b(?:the|el|on the)\s+(?P<d1>{DAYNUM})(?P<rest>(?:\s*(?:,|y|and|&)\s*(?:the\s+|el\s+)?{DAYNUM}\b(?![.,:/]?\d))+)"
)
_DAY_AFTER_TOMORROW = _c(rf"\b(?:(?:the\s+)?day after {TOMORROW}|pasado\s+{TOMORROW})\b")
_TOMORROW = _c(rf"\b{MORNING_NOT_TOMORROW}{TOMORROW}\b")
_YESTERDAY = _c(r"\b(?:yesterday|ayer|anteayer)\b")
_WEEKDAY = _c(
    rf"\b(?P<pre>last\s+|this past\s+|next\s+|this\s+|coming\s+|on\s+|el\s+proximo\s+|proximo\s+|este\s+|el\s+)?"
    rf"(?P<wd>{WD})\b(?P<post>\s+(?:pasado|que viene|proximo))?"
)
_ORDINAL = _c(
    rf"\b(?:the|el|del|on the|el dia|dia)\s+(?P<d>{DAYNUM})\b(?![.,:/]?\d|%|\s*(?:users?|usuarios?|of\b|de\b))"
)
_NEXT_WEEK = _c(
    r"\b(?:next week|(?P<after>the following week|the week after(?: that| next)?|"
    r"la semana (?:siguiente|despues)(?: (?:a|de) la (?:que viene|proxima|semana que viene))?)|"
    r"(?:la )?(?:semana|sem) (?:que|q) (?:viene|entra)|(?:la )?semana entrante|(?:la )?proxima semana|(?:la )?semana proxima|la otra semana|"
    r"(?<=semana y )la (?:que viene|proxima|siguiente|otra)|(?<=week and )next(?! week))\b"
)
_THIS_WEEK = _c(
    r"\b(?:(?:the )?rest of (?:the |this )?week|this week|lo que queda de (?:la |esta )?semana|el resto de (?:la )?semana|esta semana|"
    r"(?:all|the whole|the entire|the full|this whole|this entire) (?:of )?(?:this |the )?week|"
    r"(?:toda|todita) (?:la|esta) semana|(?:la|esta) semana (?:entera|completa))\b"
    r"(?!\s+(?:pasada|anterior|(?:que|q) (?:viene|entra)|entrante|proxima|after|before|of|de)\b)"
)
# "all week", "toda la semana": this week, unless the message named another week before ("la semana que viene")
_WHOLE_WEEK = _c(
    r"(?:all|the whole|the entire|the full) (?:of )?(?:the )?week|(?:toda|todita) la semana|la semana (?:entera|completa)"
)
# when "semana" was said: "la próxima", and "la que viene" after "y"/"pero" ("esta semana … y la que viene también")
_LA_PROXIMA = _c(r"\bla proxima\b(?!\s+\w+\s*(?:vez))|(?<=\by )la que viene\b|(?<=\bpero )la que viene\b")
_END_OF_WEEK = _c(
    r"\b(?:(?:the\s+)?end of (?:the |this )?week|eow|(?<=before )the weekend|(?<=by )the weekend|"
    r"(?<=antes del )(?:fin de semana|finde)|(?<=antes de )(?:el )?finde|(?<=antes de )fin de semana|fin de semana laboral|final de (?:la |esta )?semana|finales de (?:la |esta )?semana|"
    rf"{ENDS_BEFORE}(?:la|esta) semana|(?:the |this )?week'?s end|(?:the |this )week {ENDS_AFTER})\b"
)
_NEXT_MONTH = _c(r"\b(?:next month|el mes que viene|el proximo mes|el mes proximo)\b")
_MONTH_DAY_YEAR = _c(
    rf"(?:(?P<m1>{MON})\s+(?P<d1>{DAYNUM})|(?P<d2>{DAYNUM})\s+(?P<m2>{MON}))(?:,?\s+(?:del\s+)?(?P<y>(?:19|20)\d{{2}}))?"
)


def _parse_full(text: str, today: date, lang: str) -> date | None:
    """A month-day atom ("Jan 5", "24 de diciembre", "lunes 4 de enero") via dateparser."""
    weekday = re.match(rf"{WD},?\s+(?:the\s+|el\s+)?", text, re.IGNORECASE)
    core = text[weekday.end() :] if weekday else text
    core = re.sub(r"\b(the|el|of|de)\b", " ", core, flags=re.IGNORECASE)
    core = re.sub(r"\s+", " ", core).strip()
    parts = _MONTH_DAY_YEAR.fullmatch(core)
    if parts is not None:  # the regex already found month, day and year: no need to ask dateparser
        month = _month_of(parts["m1"] or parts["m2"])
        day = _day_of(parts["d1"] or parts["d2"])
        if parts["y"]:
            try:
                return date(int(parts["y"]), month, day)
            except ValueError:
                return None
        found = _month_day(today, month, day)
        near = found is not None and found - today <= timedelta(days=60)  # a slip of the weekday, not another year
        if found is not None and weekday is not None and not near:  # "Fri, Jul 18": the next Jul 18 that is a Friday
            wanted = lx.WEEKDAYS[weekday.group(0).split(",")[0].split()[0].rstrip(".").lower()]
            for years in range(0, 12):
                try:
                    candidate = found.replace(year=found.year + years)
                except ValueError:
                    continue
                if candidate.weekday() == wanted:
                    return candidate
        return found
    import dateparser  # heavy (about 12 MB and a second to load): only for what the regexes above do not read

    base = datetime(today.year, today.month, today.day, 12)
    languages = [lang, "en" if lang == "es" else "es"]
    parsed = dateparser.parse(
        core,
        languages=languages,
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future", "STRICT_PARSING": False},
    )
    if parsed is None:
        return None
    if re.search(r"\b(?:19|20)\d{2}\b", core):  # a year said is a year meant, past or not
        return parsed.date()
    # dateparser prefers the future per field; re-anchor so the date is today or later.
    return _month_day(today, parsed.month, parsed.day)


def find_atoms(
    folded: str, today: date, lang: str, day_first: bool | None = None, country: str | None = None
) -> list[Atom]:
    """Every time atom in `folded` text, left to right, without overlaps.

    `day_first` orders numeric dates (5/1): by default Spanish reads day first, English month first.
    `country` is the calendar of named days ("after Carnival"); None leaves them out.
    """
    f = _Finder(digits(folded), today, lang, lang == "es" if day_first is None else day_first, country)
    _find_ranges(f)
    find_relative(f, country)
    _find_weeks(f)
    _find_days(f)
    find_times(f)
    bare_lengths(f)
    return _joined_days(f.text, sorted(f.atoms, key=lambda a: a.start))


# "del jueves 25 al lunes 29 de marzo", "from Fri 5 Feb to Tue 9 Feb": two days, each read on its own, that a range's
# words join
_JOIN_BEFORE = _c(r"\b(?:del|from|desde(?: el)?|between|entre(?: el)?)\s+(?:el\s+|the\s+)?$")
_JOIN_BETWEEN = _c(r"\s*(?:al|to|through|thru|till|until|hasta(?: el)?|and|y el|-|\u2013|\u2014)\s*(?:el\s+|the\s+)?")


# "Saturday 29th to Monday 31st", "jueves 25 al lunes 29": range words alone join two days (not "and", not a dash)
_RANGE_WORD_BETWEEN = _c(r"\s*(?:al|to|through|thru|hasta el)\s+(?:the\s+)?")
_DASH_BETWEEN = _c(r"\s*[-\u2013\u2014]\s*")


def _digit(text: str, atom: Atom) -> bool:
    return any(ch.isdigit() for ch in text[atom.start : atom.end])


_AND_BETWEEN = _c(r"\s*(?:and|y|e|ni|nor|\+|&)\s*(?:el\s+|on\s+)?")


def _joined_days(text: str, atoms: list[Atom]) -> list[Atom]:
    out: list[Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        before = _JOIN_BEFORE.search(text, max(0, a.start - 14), a.start)
        joined = (
            b is not None
            and a.kind == b.kind == "day"
            and (
                # "del jueves 25 al lunes 29": range words between and before
                (
                    (
                        before is not None
                        or _RANGE_WORD_BETWEEN.fullmatch(text, a.end, b.start)
                        # "Mon 12th - Wed 14th": a dash between two days that both carry their number
                        or (_DASH_BETWEEN.fullmatch(text, a.end, b.start) and _digit(text, a) and _digit(text, b))
                    )
                    and _JOIN_BETWEEN.fullmatch(text, a.end, b.start)
                    and timedelta(days=1) <= b.first - a.last <= timedelta(days=62)
                )
                # "Thursday and Friday", "jueves y viernes", "thurs + fri": two days in a row
                or (_AND_BETWEEN.fullmatch(text, a.end, b.start) and b.first - a.last == timedelta(days=1))
            )
        )
        if joined:
            until = bool(re.search(r"till|until|hasta", text[a.end : b.start]))
            start = before.start() if before is not None else a.start
            out.append(replace(a, start=start, end=b.end, kind="range", last=b.last, until=until))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _range(f: _Finder, m: re.Match, first: date | None, last: date | None, sep: str) -> None:
    if first is None or last is None:
        return
    if first > last:  # "del 28 al 3 de enero": the start is in the month before
        first = first - relativedelta(months=1)
        if first > last:
            return
    until = bool(re.search(r"till|until|til|hasta", sep))
    f.add(m.start(), m.end(), "range", first=first, last=last, until=until)


def _find_ranges(f: _Finder) -> None:
    t, today = f.text, f.today
    for m in _RANGE_FULL.finditer(t):
        _range(f, m, _parse_full(m["a"], today, f.lang), _parse_full(m["b"], today, f.lang), m["sep"])
    for pattern in (_RANGE_SAME_MONTH_AFTER, _RANGE_SAME_MONTH_BEFORE):
        for m in pattern.finditer(t):
            month = _month_of(m["m"])
            last = _month_day(today, month, _day_of(m["d2"]))
            if last is None:
                continue
            try:
                first = last.replace(day=_day_of(m["d1"]))
            except ValueError:
                continue
            _range(f, m, first, last, m.group(0))
    for m in _RANGE_WEEKDAYS.finditer(t):
        first = _coming_weekday(today, lx.WEEKDAYS[m["a"].lower()])
        if first - today == timedelta(days=7) and lx.WEEKDAYS[m["a"].lower()] == today.weekday():
            first = today
        if _OF_NEXT_WEEK.match(t, m.end()):  # "Tues-Thurs next week", "de martes a jueves de la semana que viene"
            first = _week_monday(today, 1) + timedelta(days=lx.WEEKDAYS[m["a"].lower()])
        last = first + timedelta(days=(lx.WEEKDAYS[m["b"].lower()] - first.weekday()) % 7)
        _range(f, m, first, last, m["sep"])
    for m in _RANGE_PAIR.finditer(t):
        d1, d2 = _day_of(m["d1"]), _day_of(m["d2"])
        if not 1 <= d2 - d1 <= 6:
            continue
        last = _month_day(today, _month_of(m["m"]), d2) if m["m"] else _next_day_of_month(today, d2)
        if last is not None:
            _range(f, m, last.replace(day=d1), last, "and")
    for m in _RANGE_ORDINALS.finditer(t):
        first = _next_day_of_month(today, _day_of(m["d1"]))
        if first is not None:
            _range(f, m, first, _next_day_of_month(first, _day_of(m["d2"])), "-")
    for m in _RANGE_BARE.finditer(t):
        first = _next_day_of_month(today, _day_of(m["d1"] or m["d3"] or m["d4"] or m["d5"]))
        if first is None:
            continue
        last = _next_day_of_month(first, _day_of(m["d2"]))
        _range(f, m, first, last, m["sep1"] or m["sep3"] or m["sep5"])


def _find_weeks(f: _Finder) -> None:
    t, today = f.text, f.today
    for m in _END_OF_WEEK.finditer(t):
        friday = today + timedelta(days=(4 - today.weekday()) % 7)
        f.add(m.start(), m.end(), "eow", first=friday, last=friday, hour=lx.END_OF_DAY)
    for m in _WEEK_OF_DAY.finditer(t):
        month = m["m"] or m["m2"] or m["m3"]  # "la semana del 20 de septiembre": that month's day
        number = _day_of(m["d"] or m["d2"] or m["d3"])
        day = _month_day(today, _month_of(month), number) if month else _next_day_of_month(today, number)
        if day is not None:
            monday = day - timedelta(days=day.weekday())
            f.add(m.start(), m.end(), "week", first=monday, last=monday + timedelta(days=6))
    for m in _THIS_WEEK.finditer(t):
        first, last = today, _week_monday(today, 1) - timedelta(days=1)
        named = [a for a in f.atoms if a.kind == "week" and a.end <= m.start()]
        if not named and _NEXT_WEEK.search(t, 0, m.start()):
            monday = _week_monday(today, 1)
            named = [Atom(0, 0, "week", first=monday, last=monday + timedelta(days=6))]
        if named and _WHOLE_WEEK.fullmatch(m.group(0)):  # "next week is Holy Week, closed all week": that week
            first, last = named[-1].first, named[-1].last
        f.add(m.start(), m.end(), "week", first=first, last=last)
    for m in _NEXT_WEEK.finditer(t):
        # "the week after next", "la semana después de la que viene"
        after_next = m.group(0).endswith(" next") or bool(m["after"] and m["after"].endswith(("que viene", "proxima")))
        monday = _week_monday(today, 2 if after_next else 1)
        weeks = [a for a in f.atoms if a.kind == "week" and a.end <= m.start()]
        if m["after"] and weeks:  # "away next week, back the week after": the week after the one they named
            monday = max(a.last for a in weeks) + timedelta(days=1)
        f.add(m.start(), m.end(), "week", first=monday, last=monday + timedelta(days=6))
    if "semana" in t:
        for m in _LA_PROXIMA.finditer(t):
            monday = _week_monday(today, 1)
            f.add(m.start(), m.end(), "week", first=monday, last=monday + timedelta(days=6))
    for m in _NEXT_MONTH.finditer(t):
        first = today + relativedelta(months=1, day=1)
        f.add(m.start(), m.end(), "month", first=first, last=first + relativedelta(months=1, days=-1))


def _find_days(f: _Finder) -> None:
    t, today = f.text, f.today
    for m in _WEEKDAY_DAYNUM.finditer(t):
        weekday, number = lx.WEEKDAYS[m["wd"].lower()], _day_of(m["d"])
        day = _next_day_of_month(today, number)
        for _ in range(24):  # the month whose `number` falls on that weekday
            if day is None or day.weekday() == weekday:
                break
            day = _next_day_of_month(day + timedelta(days=1), number)
        if day is not None and day.weekday() == weekday:
            f.add(m.start(), m.end(), "day", first=day, last=day, past=f.past_before(m.start()))
    for m in _FULL_DATE.finditer(t):
        day = _parse_full(m.group(0), today, f.lang)
        if day is not None:
            f.add(m.start(), m.end(), "day", first=day, last=day, past=f.past_before(m.start()) or day < today)
    for m in _ISO_DATE.finditer(t):
        try:
            day = date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            continue
        f.add(m.start(), m.end(), "day", first=day, last=day, past=day < today)
    numeric = list(_NUMERIC_DATE.finditer(t))
    # a message writes its dates one way: "Out 12/6 thru 12/21" is month first, "28/10 to 02/11" day first
    orders = {int(m["a"]) > 12 for m in numeric if (int(m["a"]) > 12) != (int(m["b"]) > 12)}
    day_first = orders.pop() if len(orders) == 1 else f.day_first
    for m in numeric:
        a, b = int(m["a"]), int(m["b"])
        sep = m["sep"].strip()
        dotted = sep == "." and day_first and _DOTTED_DATE_END.match(t, m.end())  # "12.07.", "am 23.12. zu"
        if m["y"] is None and sep != "/" and not dotted and not (sep == "-" and _DASH_DATE_LEAD.search(t[: m.start()])):
            continue  # "5-7 days", "2.4": a range of numbers or a version, not a date
        month, day = (b, a) if day_first else (a, b)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            if not (1 <= day <= 12 and 1 <= month <= 31):
                continue
            month, day = day, month  # "28/10" month first, "10/31" day first: a number over 12 is the day
        if m["y"] is not None:
            year = int(m["y"]) + (0 if len(m["y"]) == 4 else 2000 if int(m["y"]) < 50 else 1900)
            try:
                resolved = date(year, month, day)
            except ValueError:
                continue
            f.add(m.start(), m.end(), "day", first=resolved, last=resolved, past=resolved < today)
            continue
        resolved = _month_day(today, month, day)
        if resolved is not None:
            f.add(
                m.start(),
                m.end(),
                "day",
                first=resolved,
                last=resolved,
                past=f.past_before(m.start()),
            )
    for m in _DAY_AFTER_TOMORROW.finditer(t):
        d = today + timedelta(days=2)
        f.add(m.start(), m.end(), "day", first=d, last=d)
    for m in _TOMORROW_AND_NEXT.finditer(t):
        d = today + timedelta(days=1)
        f.add(m.start(), m.end(), "range", first=d, last=d + timedelta(days=1))
    for m in _DAY_LIST.finditer(t):
        numbers = [_day_of(m["d1"])] + [int(n) for n in re.findall(r"\d+", m["rest"])]
        days = [_next_day_of_month(today, n) for n in numbers]
        if all(days) and not f.past_before(m.start()):
            for day in days:
                f.atoms.append(Atom(m.start(), m.end(), "day", first=day, last=day))
            f.atoms.append(Atom(m.start(), m.end(), "list"))  # holds the span against overlaps
    for m in _TODAY.finditer(t):
        f.add(m.start(), m.end(), "day", first=today, last=today)
    for m in _TOMORROW.finditer(t):
        d = today + timedelta(days=1)
        f.add(m.start(), m.end(), "day", first=d, last=d)
    for m in _YESTERDAY.finditer(t):
        d = today - timedelta(days=1)
        f.add(m.start(), m.end(), "day", first=d, last=d, past=True)
    for m in _WEEKDAY.finditer(t):
        pre = (m["pre"] or "").strip()
        past = pre in ("last", "this past") or bool(m["post"] and "pasado" in m["post"])
        if f.past_before(m.start("wd")):
            past = True
        d = _coming_weekday(today, lx.WEEKDAYS[m["wd"].lower()])
        if m["post"] and "que viene" in m["post"] and d < today + timedelta(days=7 - today.weekday()):
            d += timedelta(days=7)  # "el miércoles que viene" said on a Tuesday: next week's, not tomorrow
        start = m.start("wd") if pre in ("on", "el", "") else m.start()
        f.add(start, m.end(), "day", first=d, last=d, past=past)
    for m in _ORDINAL.finditer(t):
        d = _next_day_of_month(today, _day_of(m["d"]))
        if d is not None:
            f.add(m.start("d"), m.end(), "day", first=d, last=d, past=f.past_before(m.start()))
