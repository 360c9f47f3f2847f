"""Opt-outs built from parts: a stop-phrase, then what is to stop (reminders, nudges, follow-ups,
pings, messages, notices), in every person and number, EN and ES; an optional "we'll write when"
clause may follow and changes nothing.
"""

from __future__ import annotations

import re


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# What a customer asks to stop: the thing (a noun) or the act (a verb in any form).
_THING_EN = (
    r"(?:(?:auto|e|re|daily|weekly)-)?(?:digests?|newsletters?|summary e-?mails?|reminders?|nudges?|pings?|follow[- ]?ups?|chasers?|notifications?|notices?|messages?|emails?|e-mails?|"
    r"updates? requests?|check[- ]ins?|alerts?|dms?|texts?|(?:phone )?calls?)"
)
_ACT_EN = (
    r"(?:ping(?:ing)?|chas(?:e|ing)|nudg(?:e|ing)|follow(?:ing)?[- ]up|messag(?:e|ing)|email(?:ing)?|bug(?:ging)?|"
    r"nag(?:ging)?|pester(?:ing)?|remind(?:ing)?|contact(?:ing)?|writ(?:e|ing) to|check(?:ing)? in|reach(?:ing)? out|"
    r"hound(?:ing)?|spam(?:ming)?|tag(?:ging)?|mention(?:ing)?|cc(?:ing)?|(?:call(?:ing)?|phon(?:e|ing)|ring(?:ing)?)(?=\s+(?:me|us)\b))"
)
_STOP_EN = (
    r"(?:stop|quit|cease|pause|mute|silence|hold off(?: on)?|(?:don'?t|do not|no need to) bother(?: with)?|no more|enough(?: with)?|don'?t|dont|do not|no need to|"
    r"there'?s no need to|no need for|(?:would|'d) rather not|rather not|please don'?t|kindly stop|"
    r"(?:can|could|would|will) you (?:please |kindly )?(?:not|stop|pause|hold off(?: on)?)|no (?:further|more)|"
    r"(?:would you |do you |if you (?:don'?t|do not) )?mind (?:not|stopping|pausing|holding off(?: on)?)|"
    r"(?:please|kindly|pls|plz) (?:not|pause|hold)|pausing|stopping|holding off(?: on)?|hold (?:the|all|any|off on)|"
    r"(?:do not|don'?t|dont) (?:need|want)|we don'?t need|i don'?t need|"
    # formal: "we kindly ask that you refrain from sending further notices", "please discontinue the reminders"
    r"(?:refrain|abstain|desist) from|discontinue|suspend|(?:ask|request|asking|requesting) that you (?:not|stop)|"
    r"(?:ask|request) you (?:to )?not|"
    r"(?:appreciate|prefer|like) (?:it )?if you (?:stopped|stop|didn'?t|did not|would stop|could stop|would not|wouldn'?t)|"
    r"(?:prefer|rather) (?:you|that you) (?:not|didn'?t|stop))"
)
_FILLER_EN = (
    r"(?:(?:send(?:ing)?|get(?:ting)?|receiv(?:e|ing)|keep(?:ing)?|on|with|any|more|further|the|these|those|all|"
    r"automated|automatic|auto|your|me|us|anymore|extra|other|daily|such|so many|sending us|sending me|"
    r"please|pls|plz|us with|me with)\s+){0,4}"
)
_NO_THING_EN = (
    rf"\bno\s+(?:more\s+|further\s+)?{_THING_EN}\s+(?:please|pls|plz|needed|necessary|required|thanks|for now)\b|"
    rf"\b(?:please|pls|plz|kindly),?\s+no\s+(?:more\s+|further\s+)?{_THING_EN}\b"
)
_ACT_TARGET = r"(?:\s+(?:me|us|him|her|them))?"

# ES: the act in any person ("no nos sigan mandando", "dejen de escribirme", "no me persigáis").
_ACT_ES = (
    r"(?:escrib\w*|mand\w*|envi\w*|contact\w*|molest\w*|insist\w*|persig\w*|perseguir\w*|record\w*|recuerd\w*|"
    r"avis\w*|pregunt\w*|escribiendo|llam\w*|etiquet\w*|mencion\w*|hostig\w*|acos\w*|spamear\w*|dar seguimiento|hacer seguimiento|"
    r"seguimiento)"
)
_THING_ES = r"(?:resumen(?:es)? (?:diario|semanal)s?|boletin(?:es)?|recordatorios?|avisos?|mensajes?|seguimientos?|notificaciones?|correos?|mails?|emails?|pings?|toques?|alertas?)"
# "sin recordatorios porfa", "por favor sin seguimientos": "sin" and the thing, beside a word of asking
_NO_THING_ES = (
    rf"\bsin\s+(?:mas\s+)?{_THING_ES},?\s+(?:por favor|porfa|porfis|please|pls|gracias)\b|"
    rf"\b(?:por favor|porfa|porfis),?\s+sin\s+(?:mas\s+)?{_THING_ES}\b"
)
_STOP_ES = (
    r"(?:dej\w*\s+de|(?:par(?:a|e|en|ad|ar)|cort(?:a|en|e|ad|ar))\s+(?:un poco\s+|ya\s+)?(?:de|con)|basta(?:\s+ya)?\s+(?:de|con)|"
    r"no hace(?:n)? falta(?: que| q)?|no es necesario(?: que| q)?|no necesit(?:o|amos)(?: que| q)?|"
    r"(?:les|te|os|le)?\s*(?:pedimos|pido|rogamos|ruego|solicit\w*|agradecer\w*|agradezco|agradecemos)(?:\s+\w+mente)?(?: que)?\s+no|"
    r"(?:se\s+)?absten\w*\s+de|"
    r"por favor,?\s+no|porfa,?\s+no|ya no|no mas|sin mas|ya (?:esta|estuvo) bien de|suficiente(?:s)? (?:de|con)|"
    r"(?:hag(?:a|an|as)\s+(?:el\s+)?)?favor de no|evit(?:a|e|en|ad|ar|emos|ais))"
)
_FILLER_ES = r"(?:(?:vay(?:a|an|as|ais)|hacer(?:me|nos|le|les)?|hag(?:a|an|as|ais)|d(?:en|es|eis)|realizar(?:me|nos|le|les)?|efectuar|enviar\w*|mandar\w*|dar(?:me|nos|le|les)?|sig\w+|esten|estes|esteis|me|nos|le|les|mas|m[aá]s|con|esto|este|tema|caso|asunto|sobre|el|la|los|las|de|del|por|favor|ningun|ninguna|tantos|tantas|estando|estar)\s+){0,5}"

# "paren los avisos", "suspendan los recordatorios": a stopping verb with the thing as its object
_STOP_THING_ES = (
    r"\b(?:par(?:a|e|en|ad|ar|emos)|deten(?:er|gan|ga|ed)?|suspend\w*|cort(?:a|en|e|ad|ar)|interrump\w*|fren(?:a|e|en|ad|ar|emos)|"
    r"paus(?:a|en|e|ad|ar)|quit(?:a|en|e|ad|ar))\s+(?:ya\s+)?(?:con\s+)?(?:(?:el|la)\s+(?:envio|mandado|emision)\s+de\s+)?"
    r"(?:los|las|esos|esas|estos|estas|tantos|tantas)?\s*"
    r"(?:\w+\s+)?" + _THING_ES + r"\b"
)
# Off a list: "take me off the reminder list", "remove us from the cc", "sáquenme de la lista de avisos"
_OFF_LIST = (
    r"\b(?:(?:take|remove|drop|unsubscribe)\s+(?:me|us)\s+(?:off|from)\s+(?:the\s+|this\s+|your\s+|these\s+)?(?:\w+\s+)?"
    r"(?:list|thread|cc|mailing|emails?|reminders?|notifications?)|unsubscribe (?:me|us)|"
    r"(?:saca|saque|saquen|quita|quite|quiten|borra|borre|borren|elimina|eliminen)(?:me|nos)\s+de\s+(?:la|las|los|este|esta|esa)\s+"
    r"(?:\w+\s+)?(?:lista|hilo|copia|avisos|recordatorios|notificaciones|correos))"
)
# A strong stop-verb and its thing with any words between ("kindly stop the weekly status reminders")
_STOP_ANY_EN = (
    rf"\b(?:stop|quit|pause|cease|mute|silence|halt|discontinue|suspend|turn off|switch off|disable)\s+(?:[a-z'/-]+\s+){{0,4}}?{_THING_EN}\b|"
    # "put the reminders on ice / on hold"
    rf"\bput\s+(?:[a-z'/-]+\s+){{0,3}}?{_THING_EN}\s+on\s+(?:ice|hold|pause)\b"
)
# Parking the request itself until they write: a pause of the ticket ("park this", "put it on hold", "pongan esto
# en espera", "hold off") and a clause that they will come back ("until you hear from me", "I'll reopen it when",
# "cuando tengamos el OK les escribo"); either half alone is a plan or a status, not an opt-out.
_PARK = (
    r"(?<!\bwe )(?<!\bi )(?<!\bthey )(?<!\bwe've )(?<!\bi've )\b(?:(?:park|pause|shelve|freeze)\s+(?:this|it|the (?:ticket|request|case|issue)|this (?:one|ticket|request|case))|"
    r"put\s+(?:this|it|the (?:ticket|request|case))(?:\s+\w+)?\s+on\s+(?:hold|ice|pause)|hold off|"
    r"(?:you can|you may|feel free to)\s+(?:stop|pause|hold off)|"
    r"(?:(?:pon|ponga|pongan|poned|deja|deje|dejen|dejad|dejemos|pongamos)\s+(?:esto|esta|este|lo|la|el (?:ticket|caso|tema)|"
    r"la (?:solicitud|peticion))|(?:pon|ponga|pongan|poned|deja|deje|dejen|deja|dejemos|pongamos)(?:lo|la|le)s?)\s+(?:\w+\s+)?"
    r"en\s+(?:espera|pausa|stand ?by|pendiente)|"
    r"congel\w*\s+(?:esto|esta|este|el|la)\b)"
)
_THEY_WRITE = (
    r"\b(?:until|till|til)\s+(?:you|u)\s+hear\s+(?:back\s+)?from\s+(?:me|us)|"
    r"(?:i|we)(?:'ll| will)\s+(?:reopen|ping|write|get back|reach out|come back|let you know|tell you|follow up|circle back|"
    r"get in touch|be in touch|contact you)|"
    r"(?:lo|la|los|las)\s+(?:retom|reabr)\w*|"
    r"(?:les|te|os|le)\s+(?:escribo|escribimos|aviso|avisamos|contacto|contactamos|retomo|retomamos)|"
    r"(?:yo|nosotros)\s+(?:les|te|os|le)\s+(?:escribo|escribimos|aviso|avisamos)|"
    r"hasta\s+que\s+(?:yo\s+|nosotros\s+)?(?:les|te|os|le)\s+(?:escriba|escribamos|avise|avisemos)"
)
# The same two halves in other words, anywhere in the message: the request set aside ("shelve this", "let's table
# this", "put it on ice", "aparcamos el tema", "lo archivamos", "bajarle la prioridad", "déjenlo en hold") and the
# customer coming back of their own accord ("we'll holler", "I'll give you a shout", "ya os contaré", "nosotros los
# buscaremos", "yo les retomo el hilo")
_ASIDE = (
    r"\b(?:shelv\w*|park(?:ed|ing)?|paus(?:e|ed|ing)|tabl(?:e|ing)|freez\w*|on ice|on hold|(?:set|put|putting|leave|leaving) "
    r"(?:\w+ ){0,3}aside|back ?burner|depriorit\w+|stand down|let (?:this|it) sit|leave it (?:here|with us|for now)|"
    r"close the loop|hold off|back-and-forth|nothing needed from you|don'?t worry about (?:chasing|following up|pinging)|"
    r"aparc\w+|congel\w+|pausa|stand-?by|\bhold\b|en espera|archiv\w+|de lado|segundo plano|prioridad|quiet[oa]|"
    r"para mas adelante|(?:no|ni) (?:le |les )?(?:den|des|deis|hagan|hagas) (?:mas )?seguimiento|no os preocupeis|"
    r"no se preocupen|no te preocupes)\b"
)
_WE_COME_BACK = (
    r"\b(?:(?:(?:i|we)(?:'ll| will|'re going to| are going to)?|our side will)\s+(?:\w+\s+)?(?:ping|reach (?:back )?out|be in touch|"
    r"get (?:back|in touch)|come back|circle back|re-?open|holler|give you a (?:shout|call|ping)|drop (?:you )?a (?:note|line)|"
    r"let you know|write|contact|revisit|pick (?:it|this) (?:back )?up)|until (?:you hear from|i come back|we come back)|"
    r"(?:os|les|te|le|los|las)\s+(?:avis\w+|escrib\w+|comunic\w+|cont\w+|dir\w+|dig\w+|busc\w+|retom\w+|contact\w+|"
    r"llam\w+)|(?:nosotros|yo)\s+(?:\w+\s+)?(?:retom\w+|volvemos|volvere\w*|escrib\w+|avis\w+)|ya volvemos|"
    r"hasta que (?:yo |nosotros )?(?:les |te |os |le )?(?:vuelva|volvamos|escriba|escribamos|retom\w+))\b"
)
SET_ASIDE = _c(
    rf"{_ASIDE}[^.!?]*(?:[.!?]\s*[^.!?]*)?{_WE_COME_BACK}|{_WE_COME_BACK}[^.!?]*(?:[.!?]\s*[^.!?]*)?{_ASIDE}"
)

PARKED = _c(rf"{_PARK}[^.!]{{0,80}}?(?:{_THEY_WRITE})|(?:{_THEY_WRITE})[^.!?]{{0,80}}?{_PARK}")

OPT_OUT_BY_PARTS = [
    _c(_STOP_ANY_EN),
    _c(_OFF_LIST),
    _c(_STOP_THING_ES),
    _c(rf"\b{_STOP_EN}\s+{_FILLER_EN}(?:{_THING_EN}|{_ACT_EN}{_ACT_TARGET})\b"),
    _c(_NO_THING_EN),
    _c(_NO_THING_ES),
    _c(rf"\b{_STOP_ES}\s+{_FILLER_ES}(?:{_ACT_ES}|{_THING_ES})\b"),
]
# The bare "no" of Spanish needs a verb addressed to the reader: "no me manden", "no nos envíen más".
_BARE_NO_ES = _c(
    r"\bno\s+(?:me|nos)\s+(?:(?:sig|est)\w+\s+(?:\w+ando|\w+iendo)|"
    r"(?:escrib|mand|envi|contact|molest|insist|persig|recuerd|pregunt|llam|hostig)(?:an|as|ais|en|es|eis)|"
    r"vuelv(?:an|as|a)\s+a\s+(?:escribir|mandar|enviar|contactar|llamar|molestar|recordar|avisar|etiquetar)|"
    # "no me hagan más seguimiento", "no nos den seguimiento"
    r"(?:hag(?:an|as|ais|a)|d(?:en|es|eis|e))\s+(?:mas\s+|ningun\s+)?(?:el\s+)?seguimiento)\b"
)
# Negations that look like a stop-phrase but ask for nothing ("I don't need the reminder I asked for"?
# no: those are rare; "don't forget" is the common one).
_NOT_AN_OPT_OUT = _c(
    # "¿dejaron de mandar el resumen?": what they stopped doing, asked about
    r"\bdej(?:aron|aste|asteis)\s+de|"
    r"\b(?:don'?t|do not|dont) (?:forget|miss|hesitate)|\bno (?:me|nos) (?:llego|llegan|llegaron|funciona)|"
    r"\bno (?:recib\w+|vi|veo|tengo|tenemos)\b"
)
# Asking how to do it themselves ("how do I mute notifications?", "¿cómo hago para desactivar los avisos?")
_HOW_TO = _c(
    r"\b(?:how (?:do|can|could|would) (?:i|we)|is there a way to|where (?:do|can) i|"
    r"como (?:hago|hacemos|puedo|podemos|se puede|se hace)(?: para)?|hay (?:forma|manera) de)\b"
)


# "no me contacten hasta el 21 de junio": a stop bounded by a day is a window, not an opt-out (which lasts until they
# write again; "until I'm back" still is one)
_UNTIL_A_DAY = _c(
    r"\s*(?:(?:mas|more|please|por favor|about this|sobre esto|por (?:este|el) (?:tema|caso))\s+)*(?:hasta|until|till|til)\s+"
    # "till then", "hasta entonces": the day said before
    r"(?:el\s+|la\s+|the\s+|next\s+|this\s+)?(?:\d|lunes|martes|miercoles|jueves|viernes|sabado|domingo|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|manana|tomorrow|proxim|semana|week|mes\b|month|enero|febrero|marzo|abril|mayo|"
    r"junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|january|february|march|april|may|june|july|august|"
    r"september|october|november|december)"
)
# "please no calls or messages to me in this days", "no nos escriban esos días": a stop for days said before
FOR_THOSE_DAYS = _c(
    r"(?:\s+[\w']+){0,4}?\s*,?\s*(?:in|during|on|for|en|durante|por)?\s*"
    r"(?:this|these|those|that|esos|esas|ese|esa|estos|estas|este|esta|dichos|dichas|dicho|dicha)\s+"
    r"(?:days?|dates?|period|week|time|dias?|fechas?|semana|periodo)\b"
)


class _Bounded:
    """A stop bounded by a day ("until the 21st") or by days said before ("those days"): `match` as a regex does."""

    @staticmethod
    def match(text: str, pos: int = 0) -> re.Match | None:
        return _UNTIL_A_DAY.match(text, pos) or FOR_THOSE_DAYS.match(text, pos)


UNTIL_A_DAY = _Bounded()

# "no hace falta que me mandes el PDF": a thing they need no more, not a message to stop
_A_THING_SENT = _c(
    r"(?:(?<=mandes)|(?<=mandas)|(?<=manden)|(?<=mandeis)|(?<=envies)|(?<=envien)|(?<=envieis)|(?<=mandar)|(?<=enviar))"
    r"\s+(?:el|la|los|las|un|una|otro|otra|ese|esa|este|esta)\s+"
    r"(?!(?:\w+\s+)?(?:recordatorios?|avisos?|mensajes?|correos?|mails?|emails?|seguimientos?|notificaciones?|alertas?|pings?|toques?)\b)"
)


# "no me mandes nada al correo viejo", "don't email me at my old address": where to write, not whether
_ELSEWHERE = _c(
    r"\s+(?:(?:nada|mas|nothing|anything)\s+)?(?:al|a (?:este|ese|mi|la|el)|to (?:my|this|that|the)|at (?:my|this|that|the))\s+"
    r"(?:\w+\s+)?(?:correo|mail|email|e-mail|address|numero|number|direccion|cuenta|account|inbox)\b"
)


def asks_not_to_be_chased(folded: str) -> bool:
    """A stop-phrase with its object in any person and number (P5: "please stop pinging me"); never a question
    about how to do it themselves."""
    if _HOW_TO.search(folded):
        return False
    for pattern in OPT_OUT_BY_PARTS:
        for m in pattern.finditer(folded):
            if (
                not _NOT_AN_OPT_OUT.match(folded, m.start())
                and not _A_THING_SENT.match(folded, m.end())
                and not UNTIL_A_DAY.match(folded, m.end())
                and not _ELSEWHERE.match(folded, m.end())
            ):
                return True
    if PARKED.search(folded) or SET_ASIDE.search(folded):
        return True
    return any(
        not UNTIL_A_DAY.match(folded, m.end()) and not _ELSEWHERE.match(folded, m.end())
        for m in _BARE_NO_ES.finditer(folded)
    )


def stops_for_days(folded: str) -> bool:
    """A stop-phrase bounded by days said before ("no calls or messages in those days"): the days are a window."""
    return any(
        FOR_THOSE_DAYS.match(folded, m.end()) for pattern in OPT_OUT_BY_PARTS for m in pattern.finditer(folded)
    ) or any(FOR_THOSE_DAYS.match(folded, m.end()) for m in _BARE_NO_ES.finditer(folded))
