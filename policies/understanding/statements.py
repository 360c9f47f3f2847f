"""What a message states: unavailability (customers), opt-out (customers), a promise (staff)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from . import lexicon as lx
from .atoms import Atom


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


AWAY = _c(
    r"\b(?:out of (?:the )?office|ooo|oof|pto|out sick|off sick|out|off|away|offline|unavailable|not available|"
    r"not around|won'?t be (?:around|available|in|reachable)|on (?:vacation|holiday|holidays|leave|pto|a trip)|"
    r"vacation|vacationing|holidays?(?!\s+(?:schedule|calendar|page|list|import|season|sale|pricing|hours|rota))|travell?ing|on the road|sick|ill|closed|shut|out of pocket|day off|"
    r"estoy fuera|estare fuera|estaremos fuera|estamos fuera|dia libre|tarde libre|(?:el|los)\s+\w+\s+libres?|de vacas|"
    r"cierra|cierran|cerrara|cerraran|cerraremos|"
    r"fuera de (?:la )?oficina|de vacaciones|vacaciones|feriado|festivo|de viaje|viajando|enfermo|enferma|"
    r"de baja|de licencia|de permiso|cerrad[oa]s?|cerramos|no (?:estoy|estare|estaremos|estamos|voy a estar|vamos a estar)|"
    r"no (?:puedo|podre|podemos|podremos)|no (?:tengo|tendre) (?:acceso|conexion)|ausente|sin conexion|"
    r"is crazy|is hectic|swamped|slammed|a tope|complicad[oa])\b"
)
RESUME_MARKER = _c(
    r"(?:\b(?:until|till|til|untill|hasta|back|returning|return|vuelvo|volvemos|vuelve|volvere|volveremos|"
    r"regreso|regresamos|regresare|estoy de vuelta|de regreso|"
    r"talk|speak|chat|reconnect|resume|continue|catch up|reply|respond|answer|continuemos|pick (?:this|it) up|follow up|circle back|ping me|ping us|"
    r"reach me|contact me|write me|write to me|message me|email me|hablamos|hablemos|retomamos|retomemos|"
    r"seguimos|lo vemos|lo hablamos|lo retomamos|nos vemos|escribeme|escribenos|escribanme|contactame|contactanos|llamame|"
    r"available (?:again )?(?:from|on)|disponible (?:a partir|desde)|a partir de|a partir del|starting)\b)"
)
AFTER_MARKER = _c(r"\b(?:after|despues de|despues del|pasado el)\s*(?:the\s+|el\s+)?$")
RESUME_AFTER_ATOM = _c(
    r"^\s*,?\s*(?:lo vemos|lo hablamos|lo retomamos|hablamos|seguimos|retomamos|nos vemos|we (?:can )?talk|i'?ll reply|i'?m back)\b"
)
COMPANY = _c(
    r"\b(?:we(?:'re| are|'ll be| will be)? (?:closed|off|out|away|shut)|our (?:office|team|company|offices)|"
    r"the (?:office|whole team|company|offices) (?:is|are|will)|whole (?:team|company)|everyone is|"
    r"office (?:is|will be) closed|we close|estaremos cerrados|estamos cerrados|cerramos|"
    r"la oficina (?:esta|estara|cierra|permanece|permanecera)|oficinas? cerradas?|no estamos|no estaremos|"
    r"nuestra oficina|todo el equipo|toda la empresa|la empresa|nuestras oficinas|las oficinas|estaremos fuera|"
    r"estaremos de vacaciones|estamos de vacaciones)\b"
)
OPT_OUT = _c(
    r"\b(?:stop (?:pinging|messaging|chasing|bugging|emailing|writing to|contacting|following up with|nudging) (?:me|us)|"
    r"(?:don'?t|do not|please don'?t) (?:ping|message|chase|contact|nudge|follow up with|write to|bug) (?:me|us)|"
    r"no need to (?:follow up|chase|ping)|i'?ll (?:reach out|get back to you|ping you|let you know|come back to you) when (?:i'?m |we'?re )?ready|"
    r"we'?ll (?:reach out|get back to you|ping you|let you know) when (?:we'?re )?ready|"
    r"leave (?:it|this) with me|no (?:me|nos) (?:escriban|escribas|contacten|contactes|molesten|molestes|sigan escribiendo|insistan)|"
    r"dejen de (?:escribirme|escribirnos|contactarme|molestarme|insistir)|deja de (?:escribirme|insistir)|"
    r"yo (?:les|te) (?:aviso|escribo|contacto) cuando|ya (?:les|te) (?:aviso|escribo) yo|yo (?:les|te) aviso)\b"
)
PROMISE = _c(
    r"\b(?:i'?ll|i will|we'?ll|we will|will|i'?m going to|we'?re going to|gonna|expect|you'?ll (?:have|get|hear)|"
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
NEGATED_PROMISE = _c(r"\b(?:can'?t promise|won'?t be able|no puedo prometer|no se cuando|not sure when)\b")


@dataclass(frozen=True)
class Unavailability:
    start: date
    resume: date
    scope: str  # person | company
    matched: str
    confidence: float


@dataclass(frozen=True)
class Promise:
    due: datetime
    matched: str
    confidence: float


def _span(original: str, atoms: list[Atom], cue: re.Match | None) -> str:
    points = [a.start for a in atoms] + [a.end for a in atoms]
    if cue is not None:
        points += [cue.start(), cue.end()]
    return original[min(points) : max(points)].strip(" ,.;!")


def _is_resume(folded: str, atom: Atom) -> bool:
    """A resume marker ("until", "back on", "hablamos") stands a few words before the atom."""
    before = folded[max(0, atom.start - 40) : atom.start]
    before = re.split(r"[.;!?\n]|,\s*(?=\w)", before)[-1]
    if RESUME_AFTER_ATOM.search(folded[atom.end : atom.end + 30]):
        return True
    for m in RESUME_MARKER.finditer(before):
        between = before[m.end() :]
        if len(between.split()) <= 4 and not re.search(r"\bget\s*$", before[: m.start()]):
            return True
    return False


def unavailability(original: str, folded: str, atoms: list[Atom], today: date) -> Unavailability | None:
    """P5: the window a customer said they are away, or None. Resume is literal, as they said it."""
    days = [a for a in atoms if a.kind in ("day", "range", "week", "month", "eow") and not a.past]
    if not days:
        return None
    away = AWAY.search(folded)
    resumes = [a for a in days if a.kind != "range" and _is_resume(folded, a)]
    ranges = [a for a in days if a.kind == "range"]
    if away is None and not resumes:
        return None

    if ranges:
        r = ranges[0]
        start, resume = r.first, (r.last if r.until else r.last + timedelta(days=1))
        used = [r]
    else:
        away_days = [a for a in days if a not in resumes]
        start = min((a.first for a in away_days), default=today)
        if resumes:
            r = resumes[-1]
            after = AFTER_MARKER.search(folded[max(0, r.start - 20) : r.start])
            resume = r.first + timedelta(days=1) if after else r.first
            if r.kind in ("week", "month"):
                resume = r.first if r.first > today else r.last + timedelta(days=1)
        elif away_days:
            resume = max(a.last for a in away_days) + timedelta(days=1)
        else:
            return None
        used = away_days + resumes
    start = max(start, today)
    if resume <= start or resume <= today:
        return None
    scope = "company" if COMPANY.search(folded) else "person"
    confidence = 0.9 if away is not None else 0.6
    return Unavailability(start, resume, scope, _span(original, used, away), confidence)


def opt_out(folded: str) -> bool:
    """A customer asked not to be chased until they write again."""
    return OPT_OUT.search(folded) is not None


def promise(original: str, folded: str, atoms: list[Atom], now_local: datetime) -> Promise | None:
    """The moment a staff member committed to, in their timezone, or None."""
    cue = PROMISE.search(folded)
    if cue is None or PROMISE_VERB.search(folded) is None or NEGATED_PROMISE.search(folded):
        return None
    found = moment_of(atoms, now_local)
    if found is None or found[0] <= now_local:
        return None
    due, used = found
    return Promise(due, _span(original, used, None), 0.9 if used[0].kind == "duration" else 0.85)


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
    hour = times[0].hour if times else None
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
    return datetime.combine(day, time(hour[0], hour[1]), tzinfo=tz)


__all__ = ["Unavailability", "Promise", "unavailability", "opt_out", "promise", "moment_of", "ZoneInfo"]
