"""Where a time atom stands in the message: its sentence and clause, and whether that is a question
or a request addressed to the reader (which states neither a promise nor a window).

P8: "can you get us the export before Friday?" asks for something; it promises nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

_SENTENCE_END = re.compile(r"(?<!\b\w)\.+|[!?\n;]+|\s[-\u2013\u2014]\s")
_CLAUSE_END = re.compile(r"[,:;.!?\n()]|\s[-\u2013\u2014]\s|\b(?:but|pero|so|asi que|and then)\b")
_QUESTION_OPENER = re.compile(
    r"^\W*(?:(?:hi|hello|hey|hola|buenas|btw|also|and|y|ok|so|quick question|pregunta)\W+)*"
    r"(?:(?:can|could|would|will|won'?t)(?!\s+(?:we|i)\b)|are|is|do|does|did|what|when|which|who|how|where|why|any chance|"
    r"que|cual|cuales|cuando|como|quien|donde|por que|hasta que|a que|van|vas|vais|estan|estas|esta|tienen|tienes|hay|"
    r"puedes|pueden|puede|podrias|podrian|podria|podeis|me pasas|me pasan|nos pasas|nos pasan|me mandas|me mandan|"
    r"me envias|me envian|nos envias|nos envian|me confirmas|me confirman|nos confirmas|nos confirman|atienden|abren|trabajan)\b"
)
_PROPOSAL = re.compile(
    r"^\W*(?:(?:ok|so|and|y|entonces|bueno|vale)\W+)*(?:(?:can|could|shall|should|may) (?:we|i)\b|"
    r"(?:podemos|podriamos|hablamos|lo vemos|seguimos|nos vemos|lo hablamos|lo retomamos|retomamos)\b)"
)
_REQUEST = re.compile(
    r"\b(?:(?:can|could|would|will)\s+(?:you|u|y'all|someone|somebody|anyone|your team)|"
    r"please\s+(?:send|share|confirm|provide|get|make|upload|check|review|sign|reply|respond|fill|let us know|let me know|"
    r"submit|return|approve|complete)|"
    r"(?:let|lmk)\s+(?:me|us)\s+know\s+(?:by|before)|lmk by|i need you to|we need you to|make sure (?:you|to)|"
    r"(?:can|could|may)\s+(?:we|i)\s+(?:get|have)|would (?:it be possible|you mind)|do you think you could|"
    r"podrias|podrian|podria|podeis|podrias|(?<!\bya me )(?<!\bya nos )(?:puedes|pueden)|me pasas|me pasan|nos pasas|nos pasan|pasame|pasanos|"
    r"me mandas|me mandan|nos mandas|nos mandan|mandame|mandanos|me envias|me envian|nos envias|nos envian|"
    r"enviame|envianos|me confirmas|me confirman|nos confirmas|nos confirman|confirmame|confirmanos|confirmarnos|"
    # an indirect question ("asking whether this will be fixed before …") and a need ("we need your sign-off by …")
    r"whether|(?:asking|wondering|wants? to know|ask(?:ed)?) if|(?:pregunta\w*|saber) si|"
    r"we (?:need|require) (?:your|the|a|an|this|that|it|them)|we'?d need|we will need|"
    r"(?:we|i)(?:'d| would|'ll| will)? (?:need|require) you(?:r)?\b|(?:we|i)(?:'d| would) like you to|"
    r"(?:necesit|requer|precis)\w*\s+(?:que|su|sus|tu|tus|la|el|los|las|una|un|de|respuesta|confirmacion)|"
    r"necesito que|necesitamos que|les pido|te pido|le pido|(?:les|te|le|os) (?:ped|rog|agradec|solicit)\w* que|por favor (?:envien|manden|confirmen|nos|me)|"
    r"recuerde que|recuerda que|recuerden que)\b"
)


_TAG_QUESTION = re.compile(
    r",\s*(?:right|correct|no|yes|isn'?t it|aren'?t you|didn'?t you|don'?t you|verdad|cierto|no es asi|o no|eh)\s*\?+\s*$"
)


@lru_cache(maxsize=32)
def _ends(folded: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[bool, ...]]:
    """Where the text's sentence terminators start and end, and whether each is a run of punctuation (read once a
    message: its spans ask many times)."""
    found = [(m.start(), m.end(), folded[m.start()] not in " \t") for m in _SENTENCE_END.finditer(folded)]
    return tuple(a for a, _, _ in found), tuple(b for _, b, _ in found), tuple(c for _, _, c in found)


def sentence_of(folded: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding the span [start, end), its terminator (a "?") included."""
    starts, ends, runs = _ends(folded)
    i = bisect_right(ends, start) - 1  # the last terminator ending at or before the span
    left = ends[i] if i >= 0 else 0
    if i + 1 < len(starts) and starts[i + 1] < start and runs[i + 1]:  # a run of punctuation into the span
        left = start
    j = bisect_left(starts, end)  # the first terminator starting at or after the span's end
    right = ends[j] if j < len(starts) else len(folded)
    if j > 0 and starts[j - 1] < end < ends[j - 1] and runs[j - 1]:  # a run of punctuation across the end
        right = ends[j - 1]
    return left, right


def clause_of(folded: str, start: int, end: int) -> str:
    left, right = sentence_of(folded, start, end)
    before = [m.end() for m in _CLAUSE_END.finditer(folded, left, start)]
    after = _CLAUSE_END.search(folded, end, right)
    return folded[before[-1] if before else left : after.end() if after else right]


def asks(folded: str, start: int, end: int) -> bool:
    """The sentence around the span is a question or a request to the reader, not a statement."""
    left, right = sentence_of(folded, start, end)
    sentence = folded[left:right]
    clause = clause_of(folded, start, end)
    if _REQUEST.search(clause) or (_REQUEST.search(sentence) and "," not in sentence):
        return True
    if _PROPOSAL.search(clause.strip(" \u00bf\u00a1")) or _PROPOSAL.search(sentence.strip(" \u00bf\u00a1")):
        return False  # "can we talk on Monday?": the speaker proposes when to resume
    if _TAG_QUESTION.search(sentence):  # "you closed Dec 24 to Jan 3, right?": asks to confirm
        return True
    if "?" in folded[right - 1 : right] or "\u00bf" in sentence:
        # a question mark ends the sentence: a question unless the span's own clause says something
        # first-person before it ("I'm out until Monday, can you ping Carla?" states the window)
        opener = clause.strip(" \u00bf\u00a1")
        return bool(_QUESTION_OPENER.search(opener)) or "," not in sentence or clause.rstrip().endswith("?")
    return bool(_QUESTION_OPENER.search(sentence.strip(" \u00bf\u00a1"))) and sentence.rstrip().endswith("?")


# A clause that tells why a day does not count ("como el martes 29 es feriado", "Monday's a bank holiday here",
# "because Thursday is Thanksgiving", "el 25 cae sábado", "the 4th falls on a Sunday"): its day is the reason, not
# the day a statement names
_DAY_OFF_FACT = re.compile(
    r"\b(?:(?:is|'s|are|es|son|sera|seran|will be)\s+(?:a\s+|an\s+|the\s+|un\s+|una\s+)?(?:\w+\s+)?(?:(?:public|bank|national|state|"
    r"federal|religious)\s+)?(?:holidays?|bank hol\w*|festivos?|feriados?|fiesta|dia festivo|dia feriado|puente|"
    r"thanksgiving|christmas|navidad|nochebuena|labou?r day|memorial day|independence day)|"
    r"cae(?:n)?\s+(?:en\s+)?(?:sabado|domingo|fin de semana)|falls? on\s+(?:a\s+)?(?:saturday|sunday|weekend)|"
    r"no (?:se )?(?:trabaja|trabajamos|labora|laboramos|abrimos|abre)|casi nadie (?:estara|esta)|(?:we'?re|we are) out)\b"
)


def day_off_reason(folded: str, start: int, end: int) -> bool:
    """The span's clause says its day is a holiday or a day nobody works, as the reason for another day."""
    return _DAY_OFF_FACT.search(clause_of(folded, start, end)) is not None
