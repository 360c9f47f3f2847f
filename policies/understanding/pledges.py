"""Promises: the moment a staff member committed to (P6), and the moment a set of atoms names.

The moment is the one attached to the commitment: when a message has several sentences with dates, the
first sentence that commits or sets a deadline gives it ("invoice #4471 (issued November 28) …
I'll confirm the refunds by Tuesday EOD" is due Tuesday), and a date described as past ("issued",
"se instaló el 3") is never rolled to next year to make a deadline of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from . import lexicon as lx
from .atoms import Atom
from .clauses import asks, clause_of, day_off_reason
from .others import ABSENT, someone_else


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


PROMISE = _c(
    r"\b(?:i'?ll|i will|we'll|well(?=\s+(?:send|have|get|fix|update|let|follow|reply|respond|circle|share|confirm|deliver|look|check|ship|deploy|push|be)\b)|we will|will|i'?m going to|we'?re going to|gonna|expect|you'?ll (?:have|get|hear)|"
    r"should have|eta|by|te (?:respondo|escribo|confirmo|aviso|mando|paso|envio|contesto|digo|cuento|comento|actualizo|llamo)|"
    r"le (?:respondo|escribo|confirmo|aviso|mando|paso|envio|contesto)|les (?:respondo|escribo|confirmo|aviso|mando|paso|envio|contesto)|"
    r"te lo|se lo|lo tendremos|lo tengo|la tendremos|tendremos|tendras|tendra|tienes|tendran|tengo listo|"
    r"respondemos|escribimos|confirmamos|avisamos|enviamos|enviaremos|mandamos|volvemos a escribir|vuelvo a escribir|"
    r"quedara|estara listo|estara lista|para el|para)\b"
)
PROMISE_VERB = _c(
    r"\b(?:get back|update|send|have|follow up|reply|respond|confirm|let you know|share|fix|deliver|circle back|"
    r"revert|write|answer|news|info|ping you|loop back|an answer|a fix|the report|respondo|escribo|confirmo|aviso|"
    r"mando|paso|envio|contesto|digo|cuento|comento|actualizo|llamo|tendremos|tendras|tienes|tengo|tendra|listo|lista|"
    r"respondemos|escribimos|confirmamos|avisamos|enviamos|enviaremos|mandamos|quedara|estara|respuesta|novedades|"
    r"fixed|done|ready|solved|resolved|deploy|tenemos|resuelto|arreglado)\b"
)
COMMITMENT = _c(
    r"\b(?:i'?ll|ill|i will|we'll|well(?=\s+(?:send|have|get|fix|update|let|follow|reply|respond|circle|share|confirm|deliver|look|check|ship|deploy|push|be)\b)|we will|i'?m going to|we'?re going to|i'?m gonna|we'?re gonna|i can get|we can get|"
    r"i can have|we can have|i'?m on it|on it|expect|you'?ll (?:have|get|hear|receive|see)|you will (?:have|get|hear|receive)|"
    r"should (?:have|be (?:ready|done|fixed|live|out|deployed|sorted|resolved|up|available|back|[a-z]+ed))|eta|give (?:me|us) until|promise|we'?re aiming|"
    r"(?:lo|la|los|las)\s+(?:tienes|tienen|tenes|tiene|teneis|tendras|tendran|tendra|tendreis|tendrias)|"
    r"(?:tienes|tienen|tiene|teneis|tenes|tendras|tendran|tendra|tendreis)\s+(?:la|el|los|las|una|un|tu|su|vuestra|vuestro)\b|"
    r"(?:le|te|les|os) prometo|prometo|prometemos|sin falta|cuenta con ello|cuenten con (?:ello|eso)|me comprometo|"
    r"nos comprometemos|queda(?:ra)? list[oa]|estara list[oa]|guaranteed|you have my word|queda(?:ra|n|ran)? (?:[a-z]+ad[oa]s?|[a-z]+id[oa]s?)\b|(?:we'?re|i'?m|we are|i am) planning to|we plan to|i plan to|planeamos|tenemos previsto|tengo previsto|targeting|our target is|target date|apuntamos a|(?:fix|patch|hotfix|release|feature|update|change|version|build|deploy(?:ment)?|integration|it|this|that)\s+(?:[a-z']+\s+){0,3}?(?:lands|ships|goes (?:out|live)|rolls out|will land|will ship|will go (?:out|live))|sale a produccion|queda desplegad[oa]|qued(?:o|amos|e|amos) en|me encargo de|nos encargamos de|(?:^|(?<=[.,;:!] ))cuent(?:a|en|e) con|(?:coming|heading) your way|on (?:its|their|the) way|va en camino|van en camino|(?:te|le|les|os) (?:llega|llegan|llegara|llegaran)|garantizad[oa]|tienes mi palabra|"
    r"tiene mi palabra)"
)
DEADLINE_BEFORE = _c(
    r"\b(?:no later than|not later than|at the latest|latest by|by|before|como (?:muy )?tarde|a mas tardar|mas tardar|"
    r"para(?: el| la| las)?|antes de(?:l| las?)?|give (?:me|us) until|dame hasta|denme hasta)\s*(?:the\s+|el\s+)?$"
)
DEADLINE_AFTER = _c(
    r"^\s*,?\s*(?:at the (?:very )?latest|latest|tops|sin falta|como (?:muy )?tarde|a mas tardar|max|maximo)\b"
)
# The latest moment beside a softer one wins: "en un par de días, el lunes a más tardar", "tomorrow, Friday latest"
_LATEST_BEFORE = _c(
    r"\b(?:no later than|not later than|latest by|at the (?:very )?latest(?: by)?|como (?:muy )?tarde|a mas tardar|mas tardar)"
    r"\s*,?\s*(?:the\s+|el\s+|on\s+)?$"
)
_LATEST_AFTER = _c(r"^\s*,?\s*(?:at the (?:very )?latest|latest|tops|como (?:muy )?tarde|a mas tardar|max|maximo)\b")
# A staff member's sentence that opens with a verb of delivering ("Sending over the quote Wednesday"): a commitment
_OPENS_DELIVERING = _c(
    r"(?:^|(?<=[.!;:] ))\W*(?:sending|shipping|dropping|getting|pushing|delivering|sharing|uploading|emailing|posting|"
    r"deploying|wrapping up|finishing|circling back|following up|rolling out|"
    r"will (?:get|send|have|share|push|ship|drop|deliver|post|upload|circle back|follow up))\b"
)
# Spanish first-person verbs, read on the accented text: "te lo envío" commits, "se publicó" reports.
COMMITMENT_ES = re.compile(
    r"\b(?:(?:te|le|les|os)\s+(?:lo\s+|la\s+|los\s+|las\s+)?[^\W\d_]+(?:o|amos|emos|imos)|"
    r"se\s+(?:lo|la|los|las)\s+[^\W\d_]+(?:o|amos|emos|imos)|"
    # "lo subimos esta noche", "la dejo lista": a clitic object and a first-person verb (not "la promo termina")
    r"(?:^|(?<=[.,;:!¡] )|(?<=\by ))(?:lo|la|los|las)\s+(?:[^\W\d_]+(?:amos|emos|imos)|(?:subo|mando|envío|envio|paso|"
    r"dejo|reviso|resuelvo|arreglo|cargo|instalo|publico|preparo|hago|termino|activo|corrijo|actualizo|soluciono|tengo|"
    r"libero|despliego|configuro|entrego))\b|"
    r"[^\W\d_]+(?:aré|eré|iré|aremos|eremos|iremos))\b"
)
_NOT_DELIVERING = {"estaré", "estaremos", "seré", "seremos", "iré", "iremos", "volveré", "volveremos"}
_NOT_DELIVERING |= {"regresaré", "regresaremos", "cerraremos", "abriremos", "estare", "saldré", "saldremos"}
# irregular preterites that end like a present first person plural ("le hicimos seguimiento el martes")
_NOT_DELIVERING |= {"hicimos", "tuvimos", "pusimos", "dijimos", "quisimos", "pudimos", "vinimos", "trajimos", "dimos"}
_NOT_DELIVERING |= {"estuvimos", "fuimos", "vimos", "supimos", "anduvimos", "condujimos", "tradujimos"}


def _spanish_commitment(lowered: str) -> bool:
    """A first-person verb that delivers something ("te lo envío", "enviaremos"), not one of being or going,
    nor one that reports a fact ("le recuerdo que su licencia vence el 31", "les informo que")."""
    return any(
        m.group(0).split()[-1] not in _NOT_DELIVERING and not lowered.startswith(" que ", m.end())
        for m in COMMITMENT_ES.finditer(lowered)
    )


def _commits(original: str, folded: str) -> bool:
    return bool(
        (PROMISE.search(folded) and PROMISE_VERB.search(folded))
        or COMMITMENT.search(folded)
        or _OPENS_DELIVERING.search(folded)
        or _spanish_commitment(original.lower())
    )


# A verb of the past right before a date: "(issued November 28)", "que se instaló el 3 de diciembre".
_PAST_BEFORE_DATE = re.compile(
    r"\b(?P<verb>[^\W\d_]+(?:ed|ó|ada|ado|ida|ido|adas|ados|idas|idos|aron|ieron)|salio|llego|subio|recibio|ocurrio|"
    r"se (?:publico|despacho|envio|entrego|lanzo|libero|instalo|actualizo|cayo|cerro|firmo|pago)|ran|sent|began|went|came|got|made|took|did|"
    r"was|were|had|tuvimos|hubo|fue|fueron|hizo|hicimos|puso|pusimos|tuvo|vino|estuvo|pudo|dijo|trajo|hicieron)\s+(?:on\s+|in\s+|el\s+|the\s+|en\s+|el d[ií]a\s+)?$",
    re.IGNORECASE,
)
_NOT_PAST = {"scheduled", "planned", "expected", "needed", "required", "booked", "reserved", "programado", "programada"}
_NOT_PAST |= {"previsto", "prevista", "agendado", "agendada", "pasado", "pasada", "planeado", "planeada", "indicado"}
_FUTURE = _c(r"\b(?:will|'ll|going to|va a|van a|estara|estaran|sera|seran|quedara|quedaran)\b")
# A date a reminder only reports ("your trial ends on the 20th", "su licencia vence el 31"), without a commitment.
FACT_DATE = _c(
    r"\b(?:expires?|expiring|ends|renews|is due|are due|vence|vencen|caduca|caducan|expira|expiran|finaliza|termina|"
    r"terminan|acaba|acaban|closes|cierra|starts|empieza|comienza|"
    r"se renueva|vencimiento)\b"
)


# A date that names what a thing is ("el cargo de 89,90 USD del 3 de febrero", "the charge from Feb 3", "the
# invoice of Dec 28"): "del/de/from/of/dated" after a word that is no deadline or start.
_OF_THING = _c(
    r"(?<!\bantes )(?<!\bdespues )(?<!\bpartir )(?<!\bend )(?<!\bweek )(?<!\bsemana )(?<!\bfinales )(?<!\bfin )"
    r"(?<!\bprincipios )(?<!\bmediados )(?<!\bstart )(?<!\bbeginning )(?<!\bmiddle )(?<!\bthan )"
    r"\b(?:del|de|from|of|dated|fechad[oa])\s+(?:the\s+|el\s+)?$"
)


_BARE_ORDINAL = re.compile(r"^(?:the\s+|el\s+|el dia\s+|on the\s+)?\d{1,2}(?:st|nd|rd|th)?$")


def _rolled(folded: str, atom: Atom, today: date) -> bool:
    """A month-day already past this year, read as next year's because no year was said; or a bare day of the
    month already past this month ("on the 3rd" said on the 8th), read as next month's."""
    day = atom.first
    if (
        atom.kind == "day"
        and day is not None
        and day > today
        and (day.year, day.month) != (today.year, today.month)
        and day.day < today.day
        and day - today < timedelta(days=31)
        and _BARE_ORDINAL.match(folded[atom.start : atom.end].strip())
    ):
        return True
    if (
        atom.kind != "day"
        or day is None
        or day.year <= today.year
        or re.search(r"\d{4}", folded[atom.start : atom.end])
    ):
        return False
    try:
        return date(today.year, day.month, day.day) < today
    except ValueError:
        return False


def _without_fact_dates(folded: str, atoms: list[Atom], today: date) -> list[Atom]:
    """Leave out the dates that name what a thing is: always when already past this year ("del 3 de febrero"
    said on Feb 22 is the charge's, never next year's deadline), else when another date is left."""
    rolled = [a for a in atoms if _rolled(folded, a, today)]
    if rolled and len(rolled) < len([a for a in atoms if a.kind != "time"]):
        atoms = [a for a in atoms if a not in rolled]  # "the outage on the 3rd … by Friday": Friday's
    facts = [
        a
        for a in atoms
        if a.kind == "day"
        and _OF_THING.search(folded[max(0, a.start - 24) : a.start])
        # "la medianoche del viernes", "noon of the 3rd": the day of a time, not of a thing
        and not any(t.kind == "time" and 0 <= a.start - t.end <= 8 for t in atoms)
    ]
    others = len(atoms) > len(facts)
    return [a for a in atoms if a not in facts or not (others or _rolled(folded, a, today))]


_TOLD_PAST = re.compile(
    r"\b(?:was|were|had|did|went|came|began|ran|took|saw|[a-z]{3,}ed|hubo|fue|fueron|tuvimos|tuvo|estuvo|hizo|hicimos|"
    r"hicieron|dijo|puso|pusimos|vino|thanks for|thank you for|gracias por)\b|"
    r"[^\W\d_]{2,}(?:ó|aron|ieron)\b|[^\W\d_]{2,}(?<!r)é\b",
    re.IGNORECASE,
)


def _without_past_sentences(original: str, folded: str, atoms: list[Atom], today: date) -> list[Atom]:
    """Leave out every date and clock of a sentence that tells what happened on a day already past this year
    ("the errors on Feb 9 started at 2pm and were fixed by 5pm the same day"): read as next year's it would be
    a deadline nobody set."""
    dropped: set[tuple[int, int]] = set()
    for a in atoms:
        if not _rolled(folded, a, today):
            continue
        left, right = _sentence(folded, a.start)
        told = original[left:right]
        commits = COMMITMENT.search(folded[left:right]) or _spanish_commitment(told.lower())
        if _TOLD_PAST.search(told) and not commits and not _FUTURE.search(folded[left:right]):
            dropped.add((left, right))
    return [a for a in atoms if _sentence(folded, a.start) not in dropped] if dropped else atoms


def _described_past(original: str, folded: str, atom: Atom) -> bool:
    if atom.kind not in ("day", "range"):
        return False
    m = _PAST_BEFORE_DATE.search(original[max(0, atom.start - 30) : atom.start])
    if m is None or m["verb"].lower() in _NOT_PAST:
        return False
    left, right = _sentence(folded, atom.start)
    clause = clause_of(folded, atom.start, atom.start)
    return not _commits(original[left:right], clause) and not _FUTURE.search(clause)


# Sentence ends for grouping dates: a dot between digits ("a las 16.30", "4.2.1") ends nothing.
_SENTENCE_END = re.compile(r"[!?\n;]+|(?<!\d)(?<!\b\w)\.|(?<!\b\w)\.(?!\d)|\s[-\u2013\u2014]\s")


def _sentence(folded: str, pos: int) -> tuple[int, int]:
    left = max((m.end() for m in _SENTENCE_END.finditer(folded, 0, pos)), default=0)
    m = _SENTENCE_END.search(folded, pos)
    return left, m.end() if m else len(folded)


def _pledged_sentence(original: str, folded: str, atoms: list[Atom]) -> list[Atom] | None:
    """The atoms of the first sentence that commits or sets a deadline, when dates stand in several."""
    groups: dict[tuple[int, int], list[Atom]] = {}
    for a in atoms:
        if not a.past:
            groups.setdefault(_sentence(folded, a.start), []).append(a)
    if len(groups) < 2:
        return None
    for (left, right), group in sorted(groups.items()):
        if _commits(original[left:right], folded[left:right]) or any(_deadline(folded, [a], a.start) for a in group):
            return group
    return None


def _deadline(folded: str, used: list[Atom], first: int):
    """A deadline phrase before the moment or any of its parts ("tomorrow by 11"), or right after it."""
    last = max(a.end for a in used)
    starts = sorted({first} | {a.start for a in used})
    return any(DEADLINE_BEFORE.search(folded[max(0, s - 30) : s]) for s in starts) or DEADLINE_AFTER.search(
        folded[last : last + 30]
    )


_REMINDER = _c(
    r"\b(?:(?:le|les|te|os) (?:recuerdo|recordamos)|(?:we'?d like to |just (?:a )?|friendly )?remind(?:ing)? you|"
    r"(?:a |just a |friendly )?reminder)\b(?: that| que|:)"
)
ABSENCE_NOT_PROMISE = _c(
    r"\b(?:will be|'ll be|ll be|estare|estaremos|voy a estar|vamos a estar)\s+(?:out|off|away|ooo|offline|on (?:vacation|leave|holiday)|"
    r"fuera|de vacaciones|ausente|de viaje)\b"
)
NEGATED_PROMISE = _c(r"\b(?:can'?t promise|won'?t be able|no puedo prometer|no se cuando|not sure when)\b")


@dataclass(frozen=True)
class Promise:
    due: datetime
    matched: str
    confidence: float
    converted_from: str | None = None  # the zone the speaker named ("5pm CET"), when due was converted


def promise(original: str, folded: str, atoms: list[Atom], now_local: datetime, said: bool = False) -> Promise | None:
    """The moment a staff member committed to, in their timezone, or None.

    A commitment (a first-person future, "you'll have it", "te lo mando") or a deadline phrase next to
    the moment ("no later than Thursday noon", "como muy tarde mañana a las 10") with a future moment;
    never a question or a request to the reader ("can you send it before Friday?"), nor a reminder of a
    date ("le recuerdo que su licencia vence el 31"). `said`: the statement model is sure the message
    commits to a moment in words no rule lists: the moment is read without a commitment or deadline word.
    """
    if NEGATED_PROMISE.search(folded):
        return None
    live = [a for a in atoms if not asks(folded, a.start, a.end) and not _described_past(original, folded, a)]
    if _REMINDER.search(folded):
        return None  # "les recordamos que el lunes haremos mantenimiento": a reminder of a plan, no delivery
    # "Luis, tu ejecutivo, está de vacaciones hasta el 30; mientras yo te atiendo": the date ends his absence
    live = [a for a in live if not someone_else(original, folded, a.start, ABSENT)]
    live = _without_fact_dates(folded, live, now_local.date())
    # "como el martes 29 es feriado, te lo envío el miércoles 30": the holiday is why, Wednesday is when
    reasons = [a for a in live if a.kind in ("day", "range", "week") and day_off_reason(folded, a.start, a.end)]
    reasons += [a for a in live if a.kind == "day" and a not in reasons and any(a.first == r.first for r in reasons)]
    if reasons and any(a.kind in ("day", "eow", "range", "week") and a not in reasons for a in live):
        live = [a for a in live if a not in reasons]
    live = _without_past_sentences(original, folded, live, now_local.date())
    chosen = _pledged_sentence(original, folded, live) or live
    # several times in one sentence: the one a deadline phrase introduces is the due ("a primera hora lo revisa el
    # equipo y te contestamos antes del mediodía")
    marked = [a for a in chosen if a.kind == "time" and DEADLINE_BEFORE.search(folded[max(0, a.start - 30) : a.start])]
    if marked and len([a for a in chosen if a.kind == "time"]) > 1:
        chosen = marked[:1] + [a for a in chosen if a.kind != "time"]
    dated = [a for a in chosen if a.kind in ("day", "eow", "range", "week")]
    latest = [a for a in dated if _LATEST_BEFORE.search(folded[max(0, a.start - 30) : a.start])] or [
        a for a in dated if _LATEST_AFTER.search(folded[a.end : a.end + 30])
    ]
    if latest and len(dated) > 1:
        chosen = [a for a in chosen if a is latest[0] or (a.kind == "time" and 0 <= a.start - latest[0].end <= 15)]
    found = moment_of(chosen, now_local)
    if found is None or found[0] <= now_local:
        return None
    due, used = found
    first = min(a.start for a in used)
    if ABSENCE_NOT_PROMISE.search(folded) and not PROMISE_VERB.search(folded) and not said:
        return None  # "I will be out tomorrow" says where they will be, not what they will deliver
    committed = said or _commits(original, folded)
    if not committed:
        left, right = _sentence(folded, first)
        if not _deadline(folded, used, first) or FACT_DATE.search(folded[left:right]):
            return None
    zone = next((a.zone for a in used if a.zone is not None), None)
    confidence = 0.9 if used[0].kind == "duration" else 0.85
    return Promise(due, _span(original, used), confidence, converted_from=None if zone is None else str(zone))


def _span(original: str, atoms: list[Atom]) -> str:
    points = [a.start for a in atoms] + [a.end for a in atoms]
    return original[min(points) : max(points)].strip(" ,.;!")


def moment_of(atoms: list[Atom], now_local: datetime, include_past: bool = False) -> tuple[datetime, list[Atom]] | None:
    """The moment the atoms name (a bare day means its end, 17:00), with the atoms it used.

    Past atoms ("yesterday", "last Friday") are left out unless `include_past`, for the caller
    that wants to say "that moment has passed" rather than "I found nothing".
    """
    tz = now_local.tzinfo
    today = now_local.date()
    live = [a for a in atoms if include_past or not a.past]
    durations = [a for a in live if a.kind == "duration"]
    if durations:
        return (now_local.astimezone(UTC) + durations[0].delta).astimezone(tz), [durations[0]]  # DST-safe
    days = [a for a in live if a.kind in ("day", "eow", "range", "week")]
    times = [a for a in live if a.kind == "time"]
    if not days and not times:
        return None
    clocks = [a for a in times if not a.vague]
    if clocks and len(times) > len(clocks):  # "tomorrow afternoon at 5", "tonight at 11": the clock, in that part
        clock, part = clocks[0], next(a for a in times if a.vague)
        if not clock.meridiem and clock.hour[0] < 12 and part.hour[0] >= 15:
            clock = Atom(clock.start, clock.end, "time", hour=(clock.hour[0] + 12, clock.hour[1]), zone=clock.zone)
        times = [clock]
    hour = times[0].hour if times else None
    zone = times[0].zone if times else None
    if zone is not None:  # "Thursday 9:00 EST": that clock in that zone, said in the speaker's
        day = days[0].first if days and days[0].kind == "day" else now_local.astimezone(zone).date()
        at = _at(day, hour, zone)
        if not days and at <= now_local:
            at = _at(day + timedelta(days=1), hour, zone)
        return at.astimezone(tz), days[:1] + times[:1]
    if days:
        day_atom = days[0]
        if day_atom.kind == "range":
            day = day_atom.last
        elif day_atom.kind == "week":
            day = max(day_atom.last - timedelta(days=2), today)
            hour = hour or lx.END_OF_DAY
        else:
            day = day_atom.first
        hour = hour or day_atom.hour or lx.BARE_DAY
    else:
        day = today
        if _at(day, hour, tz) <= now_local:
            day = today + timedelta(days=1)
    return _at(day, hour, tz), days[:1] + times[:1]


def _at(day: date, hour: tuple[int, int], tz) -> datetime:
    if hour[0] >= 24:  # midnight at the end of the day
        return datetime.combine(day + timedelta(days=1), time(0, hour[1]), tzinfo=tz)
    return datetime.combine(day, time(hour[0], hour[1]), tzinfo=tz)


__all__ = ["Promise", "promise", "moment_of"]
