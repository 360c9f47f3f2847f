"""Understanding what people say about time, in English and Spanish (issue 9).

`understand(text, now, tz)` is pure: `now` and the speaker's timezone are parameters.

The readers (atoms, statements, the intent model) load on first use: a process that never reads a
message (an HTTP worker that only acknowledges Slack) does not hold them (issue 20: memory).
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from .references import references_in
from .text import fold, guess_language
from .zones import country_of

if TYPE_CHECKING:
    from .intent import Intent, intent_of
    from .statements import Promise, Unavailability

_LATER = {
    "Intent": "intent",
    "intent_of": "intent",
    "Promise": "statements",
    "Unavailability": "statements",
    "moment_of": "statements",
    "opt_out": "statements",
    "promise": "statements",
    "unavailability": "statements",
}


def load_readers() -> None:
    """Import the readers now: a process that reads messages (the sweep) does it once at start, not in
    its first batch (on SQLite, inside the write lock the acks wait for)."""
    for module in ("atoms", "statements", "intent", "problems"):
        importlib.import_module(f".{module}", __name__)


def __getattr__(name: str):
    """The names this package offers from its heavy modules, imported when first asked for."""
    if name in _LATER:
        return getattr(importlib.import_module(f".{_LATER[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Cheap pre-filter: a message with none of these cannot state a window, opt-out or promise.
_CUES = re.compile(
    r"\d|today|tonight|tomorrow|tomorow|tommor|tmrw|tmr|2morrow|yesterday|week|month|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|\bmon\b|\btue|\bwed|\bthu|\bfri\b|\bsat\b|\bsun\b|jan|feb|mar|apr|may|jun|"
    r"jul|aug|sep|oct|nov|dec|noon|midday|eod|eow|cob|eob|end of|first thing|morning|afternoon|until|\btill?\b|"
    r"\bback\b|stop|don'?t|do not|reach out|ready|later|hoy|ma[ñn]ana|semana|mes\b|lunes|martes|mi[ée]rcoles|"
    r"jueves|viernes|s[áa]bado|domingo|\bene\b|abr|ago|dic|hasta|vuelv|regres|pr[óo]xim|hora|mediod|"
    r"primera|tarde|noche|final|fin de|fin del|escrib|molest|avis|pasado|a partir|despu[ée]s|entre|"
    r"hablamos|retom|cerrad|feriado|festivo|vacacion|vacation|holiday|ooo|\bout\b|off|away|hour|minut|days|dias|"
    r"libre|fuera|cierra|ausente|viaje|travel|sick|enferm|leave|pto|licencia|baja|"
    r"tendr|tienes|tienen|tenes|tenei|env[ií]|mand|a las\b|a[ñn]o\b|d[ií]a\b|mes(?:es)?\b|segundo|entreg|prometo|sin falta|tardar|later|latest|expect|ship|deliver|"
    r"remind|recordator|nudge|follow|seguimiento|persig|\bchas|ping|quarter|half|midnight|medianoche|christmas|xmas|"
    r"navidad|reyes|semana santa|easter|pascua|carnival|carnaval|puente|thanksgiving|new year|nochevieja|fiestas|"
    r"conference|offsite|fair|feria|congreso|\bexpo\b|permiso|first|second|third|twent|thirt|primer|veint|quince|"
    r"once|doce|noon|tarde|\bday\b|\bnext\b|\b[ap]\.?\s?m\b|halloween|valentin|mother|father|memorial|labou?r day|independence|mlk|martin luther|black friday|\bsec\b|\bat (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|cet\b|gmt|utc|pst|\best\b|\bet\b|time\b|parad|dej|no more|no need|hace falta|refrain|abstain|absten|desist|discontinu|suspend|solicit|"
    # the stop-phrases of opt-outs said with no date ("quit messaging me", "ya no me recuerden", "no me llamen")
    r"abst[eé]n|\bmute\b|silenc|unsubscribe|take me off|remove me|etiquet|\bhasta\b|\basta\b|president|columbus|veteran|juneteenth|santos|muertos|inmaculada|constituci|asunci|assumption|boxing|"
    r"fortnight|quincena|quit|cease|pause|enough|rather not|basta|necesari|necesit|\bya no\b|\bno m[aá]s\b|\bsin m[aá]s\b|"
    r"\bno (?:me|nos|le|les)\b|\bparen\b|\bpare\b|rueg|pedimos|\bpido\b|agradec|"
    # "la sem q viene", "mñn", "frenen los avisos", "put the reminders on ice", "se reanuda"
    r"\bsem\b|m[ñn]n\b|\bfren[aeo]|on ice|on hold|reanud|desaparecid",
    re.IGNORECASE,
)


_UNTIL_THEN = re.compile(r"\b(?:until|till|til|hasta)\s+(?:then|entonces)\b")


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex (no alternation inside brackets or groups is split)."""
    parts, depth, current, i, in_class = [], 0, "", 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            current += pattern[i : i + 2]
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            parts.append(current)
            current, i = "", i + 1
            continue
        current += ch
        i += 1
    return [*parts, current]


# The cues that are plain words are looked for with `in` (C speed, no regex state machine); the rest by a regex of
# the few that need one. Same answer as _CUES.search, a third of the cost on text without any cue.
_CUE_WORDS = tuple(a for a in _alternatives(_CUES.pattern) if re.fullmatch(r"[a-z' ]+", a))
_CUE_RE = re.compile("|".join(a for a in _alternatives(_CUES.pattern) if a not in _CUE_WORDS), re.IGNORECASE)


def _has_cue(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in _CUE_WORDS) or _CUE_RE.search(text) is not None


@dataclass(frozen=True)
class Understanding:
    unavailable: Unavailability | None = None
    opt_out: bool = False
    promise: Promise | None = None
    language: str = "en"

    @property
    def empty(self) -> bool:
        return self.unavailable is None and not self.opt_out and self.promise is None


NOTHING = Understanding()


def understand(
    text: str,
    now: datetime,
    tz: str | ZoneInfo,
    role: str | None = None,
    language: str | None = None,
    locale: str | None = None,
    country: str | None = None,
    judge: bool = True,
) -> Understanding:
    """What `text` says about time. role: 'customer', 'staff' or None (read both).

    The rules read the dates; where the statement model disagrees with them about whether the message states
    anything and is sure of it (`judge`), it has the last word (`statement_model`).

    `locale` (a Slack locale such as en-US or en-GB) decides whether 5/1 is May 1 or 5 January;
    without one, by the speaker's country (an English speaker in India or the UK writes day first, in the US month
    first), else Spanish reads day first and English month first. `country` (ISO 3166, the channel's
    else the workspace's) names the calendar of "after Carnival" or "hasta Reyes"; without one, the
    country of the timezone, else of the language (en: US, es: ES).
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if not text or not _has_cue(text):
        return NOTHING
    zone = ZoneInfo(tz) if isinstance(tz, str) else tz
    now_local = now.astimezone(zone)
    today = now_local.date()
    from .atoms import find_atoms
    from .optout import stops_for_days
    from .statements import opt_out, promise, unavailability

    text = text[:4000]  # a statement about time is short; never scan a pasted log
    folded = fold(text)
    lang = language or guess_language(text)
    country = (country or country_of(zone, lang)).upper()
    day_first = _day_first(locale, country, lang)
    atoms = find_atoms(folded, today, lang, day_first, country)
    away = optout = None
    if role in (None, "customer"):
        optout = opt_out(folded)
        away = unavailability(text, folded, atoms, today, now_local)
        if away is None and atoms and stops_for_days(folded):  # "no calls or messages in those days": away then
            away = unavailability(text, folded, atoms, today, now_local, said_away=True)
        if optout and away is not None and _UNTIL_THEN.search(folded):
            optout = False  # "we close 5-9 Feb, hold the follow-ups till then": the window's days, not until they write
    pledge = promise(text, folded, atoms, now_local) if role in (None, "staff") else None
    if judge and atoms:
        from .statement_model import FORCE, VETO, lead, scores

        values = scores(text, role)
        ruled = "window" if away else "promise" if pledge else "opt_out" if optout else "none"
        if ruled != "none" and lead(values, "none", ruled) >= VETO:
            away, pledge, optout = None, None, False  # "working from home until Friday but online": no absence
        elif ruled == "none" and role in (None, "customer") and lead(values, "window") >= FORCE:
            away = unavailability(text, folded, atoms, today, now_local, said_away=True)
        elif ruled == "none" and role in (None, "staff") and lead(values, "promise") >= FORCE:
            pledge = promise(text, folded, atoms, now_local, said=True)
        elif ruled == "none" and role in (None, "customer") and lead(values, "opt_out") >= FORCE:
            optout = True
        if away is not None:
            away = _with_scope(away, text, role)
    return Understanding(unavailable=away, opt_out=bool(optout), promise=pledge, language=lang)


def _with_scope(away: Unavailability, text: str, role: str | None) -> Unavailability:
    """Whose window it is, by the scope model when it is sure ("la planta hace paro técnico": the company's)."""
    from dataclasses import replace

    from .statement_model import SCOPE_MARGIN, scores

    values = scores(text, role, "scope")
    if abs(values["company"] - values["person"]) < SCOPE_MARGIN:
        return away
    return replace(away, scope="company" if values["company"] > values["person"] else "person")


# Where numeric dates are written month first (5/1 is May 1); everywhere else day first
_MONTH_FIRST = {"US", "PH", "CA", "PA", "BZ", "FM", "MH", "PW", "GU", "PR", "AS", "VI", "MP", "UM"}


def _day_first(locale: str | None, country: str | None, lang: str) -> bool | None:
    """Whether 5/1 is 5 January: by the Slack locale when known, else by the speaker's country (an English speaker
    in India, Australia or Germany writes day first), else by language (None: Spanish day first, English not)."""
    if locale:
        return not locale.replace("_", "-").lower().startswith(("en-us", "en-ph", "en-ca"))
    if country and lang == "en":
        return country not in _MONTH_FIRST
    return None


@dataclass(frozen=True)
class Moment:
    """A moment read from a short phrase ("friday 5pm send the logs"): when, the words, the rest."""

    at: datetime
    matched: str
    rest: str


def moment(text: str, now: datetime, tz: str | ZoneInfo, locale: str | None = None) -> Moment | None:
    """The moment a command names ("friday 5pm", "mañana 12:00", "in 2 hours"), possibly past; None if none.

    What follows or precedes the moment is returned as `rest` (the "what" of `/promise`).
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    from .atoms import find_atoms
    from .statements import moment_of

    text = (text or "")[:500]
    zone = ZoneInfo(tz) if isinstance(tz, str) else tz
    now_local = now.astimezone(zone)
    folded = fold(text)
    lang = guess_language(text)
    country = country_of(zone, lang)
    atoms = find_atoms(folded, now_local.date(), lang, _day_first(locale, country, lang), country)
    found = moment_of(atoms, now_local, include_past=True)
    if found is None:
        return None
    at, used = found
    start, end = min(a.start for a in used), max(a.end for a in used)
    rest = _EDGE_WORDS.sub("", " ".join((text[:start] + " " + text[end:]).split())).strip(" ,.;:-")
    return Moment(at, text[start:end].strip(), rest)


_EDGE_WORDS = re.compile(
    r"^(?:by|before|on|at|para el|para|antes del|antes de|a las)(?:\s+|$)|\s+(?:by|para|el)$", re.I
)


def as_json(result: Understanding, tz: str | ZoneInfo) -> dict:
    """The CLI's JSON shape: ISO 8601 with offset, days at local midnight."""
    zone = ZoneInfo(tz) if isinstance(tz, str) else tz

    def midnight(day) -> str:
        return datetime(day.year, day.month, day.day, tzinfo=zone).isoformat()

    away = result.unavailable
    return {
        "unavailable": None
        if away is None
        else {
            "start": midnight(away.start),
            "resume": midnight(away.resume),
            "scope": away.scope,
            "matched": away.matched,
        },
        "opt_out": result.opt_out,
        "promise": None
        if result.promise is None
        else {
            "due": result.promise.due.isoformat(),
            "matched": result.promise.matched,
            **({"converted_from": result.promise.converted_from} if result.promise.converted_from else {}),
        },
    }


__all__ = [
    "understand",
    "as_json",
    "Understanding",
    "Unavailability",
    "Promise",
    "Intent",
    "intent_of",
    "references_in",
]
