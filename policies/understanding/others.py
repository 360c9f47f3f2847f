"""Whose absence a sentence tells: another person named or described as its subject ("Our auditor, Mr. Mehta, is
on leave", "Luis, tu ejecutivo, está de vacaciones", "Sarah from our accounting team starts maternity leave", "el
que se va en julio es Pablo, no yo", "their whole team is off") is not the speaker's; nor is a plan only possible or
called off ("si al final cerramos …", "I was going to take next week off but I've postponed it")."""

import re

from .clauses import sentence_of


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_ROLE = _c(
    r"\b(?:the|el|la|los|las|your|tu|tus|their|his|her|su|sus|our|nuestr[oa]s?|my|mi|mis)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:auditor|auditora|contador|contadora|contable|accountant|bookkeeper|ejecutiv[oa]|sponsor|rep|representative|"
    r"account manager|contact|contacto|gerente|manager|director|directora|jef[ea]|boss|ceo|cto|cfo|coo|socio|socia|"
    r"partner|supervisor|supervisora|coordinador|coordinadora|abogad[oa]|lawyer|owner|duen[oa]|assistant|asistente|"
    r"secretari[oa]|colleague|coworker|co-worker|companer[oa]|colega|teammate)s?\b"
    r"|\b(?:their|his|her|your|tu|tus)\s+(?:whole\s+|entire\s+)?(?:team|equipo|office|oficina|company|empresa)\b"
    r"|\b(?:el|la) que (?:se va|sale|esta|estara|se toma|se coge)\b|\bthe one (?:who|going|taking)\b"
)
# a person's name as the subject: after a title, before a short apposition ("Luis, tu ejecutivo,"), before "from/on
# our … team", right before its verb, or "es Pablo, no yo"; never a greeting, nor a place after a preposition
_NAME = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Dr|Sr|Sra|Srta|Dra)\.?\s+[A-Z][a-záéíóúñ]+"
    r"|[A-Z][a-záéíóúñ]+(?=,\s*(?:tu|your|our|nuestr[oa]|my|mi|su|the|el|la)\s+[^,.;!?]{1,30},)"
    r"|[A-Z][a-záéíóúñ]+(?=\s+(?:from|on|in|of|de|del)\s+(?:our|the|nuestro|nuestra|el|la)(?:\s+\w+){0,2}\s+"
    r"(?:team|side|equipo|area|departamento|department|lado)\b)"
    # "Mark from procurement is off", "Ana de compras está de licencia"
    r"|[A-Z][a-záéíóúñ]+(?=\s+(?:from|de)\s+[a-z]\w+(?:\s+[a-z]\w+)?\s+(?:is|will be|'s|esta|está|estará)\b)"
    r"|(?<=[a-z,] )[A-Z][a-záéíóúñ]+(?=\s+(?:is|will be|starts|begins|esta|está|estará|se va|sale|empieza|comienza)\b)"
    r"|(?<=\bes )[A-Z][a-záéíóúñ]+(?=,?\s+no yo\b))"
)
_NOT_A_NAME = _c(
    r"^(?:hey|hi|hello|dear|hola|oye|saludos|buenas|buenos|ojo|ok|okay|thanks|gracias|team|equipo|chicos|chicas|folks|all|"
    r"todos|guys|gente|amigos|everyone|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|"
    r"jueves|viernes|sabado|domingo|today|tomorrow|hoy|manana|next|this|our|the|el|la|mi|my|we|nosotros|yo)$"
)
_PLACE_BEFORE = _c(r"\b(?:in|en|at|a|de|del|from|of|para|to|desde|hacia)\s+$")


def _names(original: str, left: int, pos: int) -> list[int]:
    found = []
    for m in _NAME.finditer(original, left, pos):
        before = original[max(left, m.start() - 24) : m.start()].split()
        if _NOT_A_NAME.match(m.group(0).split()[-1]) or (before and before[-1][:1].isupper()):
            continue  # a greeting, or the second word of a place ("Mexico City will be closed")
        if not _PLACE_BEFORE.search(original, max(0, m.start() - 8), m.start()):
            found.append(m.end())
    return found


_TITLE_END = _c(r"\b(?:mr|mrs|ms|dr|sr|sra|srta|dra)\.\s*$")
_FIRST_PERSON = _c(
    r"\b(?:i|i'?m|i'?ll|we|we'?re|we'?ll|me|us|yo|estoy|estare|estamos|estaremos|vuelvo|volvemos|regreso|nos vamos|"
    r"me voy|and i|y yo)\b"
)


def someone_else(original: str, folded: str, pos: int, between: re.Pattern[str] | None = None) -> bool:
    """The sentence up to `pos` (an absence word or its date) has another person as its subject, and no first person
    comes between that subject and `pos` (and, when given, `between` does)."""
    left, _ = sentence_of(folded, pos, pos)
    while _TITLE_END.search(folded, max(0, left - 6), left):  # "Mr. Mehta": a title's dot ends no sentence
        left, _ = sentence_of(folded, left - 2, left - 2)
    subjects = [m.end() for m in _ROLE.finditer(folded, left, pos)]
    subjects += _names(original, left, pos)
    if not subjects:
        return False
    if between is not None and between.search(folded, max(subjects), pos) is None:
        return False
    return _FIRST_PERSON.search(folded, max(subjects), pos) is None


# words of being away, for a date that only ends another person's absence ("Luis está de vacaciones hasta el 30")
ABSENT = _c(
    r"\b(?:vacaciones|vacation|holidays?|leave|licencia|baja|permiso|viaje|travell?ing|out|off|away|ooo|fuera|ausente)\b"
)


# only possible ("si al final cerramos", "tal vez tengamos que cerrar") or called off ("iba a … pero lo cancelé")
_IF = _c(r"^\W*(?:si|if)\b")
_OFFER = _c(r"\b(?:you|u|usted|ustedes|necesit\w*|need\w*|urgent\w*|cualquier|anything|something|algo|any)\b")
_HEDGE = _c(
    r"\b(?:tal vez|quizas?|a lo mejor|puede que) (?:tengamos|tenga|cerremos|cierre)|\b(?:might|may) (?:have to|need to)|"
    r"podriamos tener que|(?:todavia|aun) no (?:sabemos|lo sabemos|esta (?:decidido|confirmado))|no (?:lo )?sabemos todavia|"
    r"not sure (?:yet|about|if|whether)|no (?:estoy|estamos) segur[oa]s? (?:todavia|aun|de si)|"
    r"nothing(?:'s| is) (?:decided|confirmed|final)|nada (?:decidido|confirmado)|not (?:decided|confirmed) yet"
)
_CALLED_OFF = _c(
    r"\b(?:iba a|ibamos a|pensaba|pensabamos|tenia pensado|teniamos pensado|was going to|were going to|"
    r"was planning|were planning|had planned)\b[^.;!?]*\b(?:pero|but)\b[^.;!?]*"
    r"\b(?:cancel\w*|pospu\w*|postpon\w*|aplac\w*|al final no|ya no|not anymore|anymore|called (?:it )?off|moved it)"
)


def only_possible(folded: str, clause: str, pos: int) -> bool:
    """The clause at `pos` opens with "if"/"si", or its sentence hedges or calls the plan off."""
    left, right = sentence_of(folded, pos, pos)
    sentence = folded[left:right]
    if _IF.search(sentence):  # "si me da covid otra vez, les aviso y me ausento": its main clause is only possible too
        condition = sentence.split(",", 1)[0]
        if not _OFFER.search(condition):  # not "if you need anything, I'm out until Monday"
            return True
    return bool(_IF.search(clause) or _HEDGE.search(sentence) or _CALLED_OFF.search(sentence))
