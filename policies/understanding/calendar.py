"""Named days and seasons ("after Carnival", "hasta Reyes", "pasado el puente") on a country's calendar.

Public holidays come from the `holidays` package for the speaker's country; days that are no public
holiday anywhere (Valentine's, Mother's Day, Halloween) and the movable feasts follow their usual rule.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from dateutil.easter import easter
from dateutil.relativedelta import FR, MO, SU, TH, relativedelta

# A holiday a person names → the words of its English name in `holidays` (language en_US).
_PUBLIC = {
    "christmas": ("christmas day",),
    "new_year": ("new year's day",),
    "epiphany": ("epiphany",),
    "thanksgiving": ("thanksgiving",),
    "memorial": ("memorial day",),
    "labor": ("labor day", "labour day"),
    "independence": ("independence day",),
    "mlk": ("martin luther king",),
    "presidents": ("washington's birthday", "presidents"),
    "columbus": ("columbus day", "national day", "day of the race", "indigenous"),
    "veterans": ("veterans day",),
    "juneteenth": ("juneteenth",),
    "all_saints": ("all saints",),
    "immaculate": ("immaculate conception",),
    "constitution": ("constitution day",),
    "assumption": ("assumption",),
    "boxing": ("boxing day", "st. stephen", "saint stephen"),
    "easter_monday": ("easter monday",),
    "good_friday": ("good friday",),
    "holy_thursday": ("maundy thursday", "holy thursday"),
    "patrick": ("saint patrick", "st. patrick"),
}
NAMED = re.compile(
    r"\b(?P<christmas_eve>christmas eve|nochebuena)\b|"
    r"\b(?P<christmas>christmas(?: day)?|xmas|x-mas|navidad(?:es)?)\b|"
    r"\b(?P<new_year_eve>new year'?s eve|nochevieja|fin de ano)\b|"
    r"\b(?P<new_year>new year'?s(?: day)?|new year|ano nuevo)\b|"
    r"\b(?P<epiphany>reyes|dia de reyes|epiphany|three kings(?: day)?)\b|"
    r"\b(?P<easter_weekend>easter weekend|long easter weekend|fin de semana de pascua)\b|"
    r"\b(?P<easter_monday>easter monday|lunes de pascua)\b|"
    r"\b(?P<presidents>presidents'?(?:'s)? day|washington'?s birthday)\b|"
    r"\b(?P<columbus>columbus day|indigenous peoples'? day|dia de la (?:raza|hispanidad))\b|"
    r"\b(?P<veterans>veterans'? day)\b|\b(?P<juneteenth>juneteenth)\b|"
    r"\b(?P<all_saints>all saints'? day|(?:el dia de )?todos los santos)\b|"
    r"\b(?P<immaculate>(?:la )?inmaculada(?: concepcion)?|immaculate conception)\b|"
    r"\b(?P<constitution>(?:el )?dia de la constitucion|constitution day)\b|"
    r"\b(?P<assumption>(?:la )?asuncion|assumption day)\b|\b(?P<boxing>boxing day|san esteban)\b|"
    r"\b(?P<holy_thu_fri>jueves y viernes santos?|holy thursday and good friday)\b|"
    r"\b(?P<good_friday>good friday|viernes santo)\b|"
    r"\b(?P<holy_thursday>holy thursday|maundy thursday|jueves santo)\b|"
    r"\b(?P<holy_week>semana santa|semana de turismo|holy week|easter(?: break| holidays?)?|pascua)\b|"
    r"\b(?P<patrick>(?:st\.?|saint) patrick'?s(?: day)?|paddy'?s day|san patricio)\b|"
    r"\b(?P<carnival>carnival|carnaval(?:es)?|mardi gras)\b|"
    r"\b(?P<thanksgiving>thanksgiving(?: day)?|accion de gracias)\b|"
    r"\b(?P<black_friday>black friday)\b|"
    r"\b(?P<memorial>memorial day)\b|"
    r"\b(?P<labor>labou?r day|dia del trabajo|dia del trabajador)\b|"
    r"\b(?P<independence>independence day|4th of july|fourth of july|4 of july)\b|"
    r"\b(?P<mlk>mlk day|martin luther king(?: jr\.?)? day)\b|"
    r"\b(?P<halloween>halloween)\b|"
    r"\b(?P<valentine>valentine'?s? day|san valentin)\b|"
    r"\b(?P<mothers>mother'?s day|mothers day|dia de la madre)\b|"
    r"\b(?P<fathers>father'?s day|fathers day|dia del padre)\b|"
    r"\b(?P<holidays>the holidays|the holiday season|the break|(?:las )?fiestas(?: de fin de ano| navidenas)?|"
    r"las vacaciones de (?:navidad|fin de ano)|el puente|the long weekend|(?:el )?fin de semana largo|los festivos|"
    r"the bank holiday(?: weekend| monday)?|(?<=del )(?:festivo|feriado)(?: largo)?|(?:el )(?:festivo|feriado)(?: largo)?)\b"
)


@lru_cache(maxsize=64)
def public_holidays(country: str, year: int) -> dict[date, str]:
    """The country's public holidays in `year` with their English names (empty for an unknown country)."""
    import holidays  # heavy: loaded only when a message names a holiday

    try:
        calendar = holidays.country_holidays(country, years=year, language="en_US")
    except (NotImplementedError, KeyError, ValueError):
        try:
            calendar = holidays.country_holidays(country, years=year)
        except (NotImplementedError, KeyError, ValueError):
            return {}
    return {day: name.lower() for day, name in calendar.items()}


def _by_name(country: str, year: int, words: tuple[str, ...]) -> date | None:
    named = [(d, name) for d, name in public_holidays(country, year).items() if any(w in name for w in words)]
    # the day itself; an "(observed)" day only where the country moves it (Epiphany on a Monday in Colombia)
    own = sorted(d for d, name in named if "observed" not in name)
    moved = sorted(d for d, name in named if "observed" in name)
    return own[0] if own else moved[0] if moved else None


def _span(kind: str, year: int, country: str) -> tuple[date, date] | None:
    """First and last day of the named day or season in `year`."""
    if kind in _PUBLIC:
        found = _by_name(country, year, _PUBLIC[kind])
        if found is not None:
            return found, found
    fixed = {
        "christmas_eve": (12, 24), "christmas": (12, 25), "new_year_eve": (12, 31), "new_year": (1, 1),
        "epiphany": (1, 6), "halloween": (10, 31), "valentine": (2, 14), "independence": (7, 4),
        "veterans": (11, 11), "juneteenth": (6, 19), "all_saints": (11, 1), "immaculate": (12, 8),
        "assumption": (8, 15), "boxing": (12, 26), "patrick": (3, 17),
    }  # fmt: skip
    if kind in fixed:
        day = date(year, *fixed[kind])
        return day, day
    sunday = easter(year)
    rules = {
        "holy_week": (sunday - timedelta(days=7), sunday),
        "easter_monday": (sunday + timedelta(days=1),) * 2,
        "easter_weekend": (sunday - timedelta(days=2), sunday + timedelta(days=1)),
        "good_friday": (sunday - timedelta(days=2),) * 2,
        "holy_thursday": (sunday - timedelta(days=3),) * 2,
        "holy_thu_fri": (sunday - timedelta(days=3), sunday - timedelta(days=2)),
        "carnival": (sunday - timedelta(days=48), sunday - timedelta(days=47)),
        "thanksgiving": (date(year, 11, 1) + relativedelta(weekday=TH(4)),) * 2,
        "black_friday": (date(year, 11, 1) + relativedelta(weekday=TH(4)) + timedelta(days=1),) * 2,
        "memorial": (date(year, 5, 31) + relativedelta(weekday=MO(-1)),) * 2,
        "labor": (date(year, 9, 1) + relativedelta(weekday=MO(1)),) * 2,
        "mlk": (date(year, 1, 1) + relativedelta(weekday=MO(3)),) * 2,
        "presidents": (date(year, 2, 1) + relativedelta(weekday=MO(3)),) * 2,
        "columbus": (date(year, 10, 1) + relativedelta(weekday=MO(2)),) * 2,
        "mothers": (date(year, 5, 1) + relativedelta(weekday=SU(2)),) * 2,
        "fathers": (date(year, 6, 1) + relativedelta(weekday=SU(3)),) * 2,
    }
    if kind == "carnival" and country in ("AR", "PA", "BR", "UY", "BO", "EC", "VE"):
        carnival = sorted(d for d, name in public_holidays(country, year).items() if "carnival" in name)
        if carnival:
            return carnival[0], carnival[-1]
    return rules.get(kind)


def named_span(kind: str, today: date, country: str) -> tuple[date, date] | None:
    """The next occurrence (not over yet) of a named day or season: its first and last day."""
    if kind == "holidays":
        return holiday_cluster(today, country)
    for year in (today.year, today.year + 1):
        span = _span(kind, year, country)
        if span is not None and span[1] >= today:
            return span
    return None


def is_working_day(day: date, country: str) -> bool:
    return day.weekday() < 5 and day not in public_holidays(country, day.year)


def holiday_cluster(today: date, country: str) -> tuple[date, date] | None:
    """The next cluster of public holidays ("the holidays", "el puente"): from its first holiday to the
    day before the first working day after it. Holidays a week or less apart form one cluster
    (Christmas and New Year's, Holy Thursday and Good Friday)."""
    upcoming = sorted(d for year in (today.year, today.year + 1) for d in public_holidays(country, year) if d >= today)
    if not upcoming:
        return None
    first = last = upcoming[0]
    for day in upcoming[1:]:
        if (day - last).days > 7:
            break
        last = day
    back = last + timedelta(days=1)
    while not is_working_day(back, country):
        back += timedelta(days=1)
    return first, back - timedelta(days=1)


__all__ = ["NAMED", "named_span", "holiday_cluster", "public_holidays", "is_working_day", "FR"]
