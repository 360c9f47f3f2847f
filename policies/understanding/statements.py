"""What a message states: unavailability (customers), opt-out (customers), a promise (staff)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from . import lexicon as lx
from .atoms import Atom
from .clauses import asks, clause_of, day_off_reason, sentence_of
from .optout import UNTIL_A_DAY, asks_not_to_be_chased
from .others import only_possible, someone_else
from .pledges import _TOLD_PAST, Promise, _rolled, moment_of, promise
from .spans import TOMORROW, WD
from .typos import FUZZY_AWAY


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# "cerramos el trimestre", "cierra el mes", "cerramos la venta": closing a period or a deal, not a site
_NOT_A_SITE_CLOSING = (
    r"(?!\s+(?:el|la|los|las|este|esta|nuestro|nuestra)\s+(?:\w+\s+)?(?:trimestre|mes|ano|ejercicio|venta|ventas|trato|acuerdo|contrato|"
    r"caso|ticket|libros?|balance|cierre|periodo|semestre|sprint|pedido|deal|presupuesto|proyecto|tema|incidente)\b)"
)
AWAY = _c(
    r"\b(?:out of (?:the )?office|ooo|oof|pto|out sick|off sick|(?<!\bcome )(?<!\bcomes )(?<!\bcame )(?<!\bcoming )"
    r"(?<!\bfind )(?<!\bfigure )(?<!\bcheck )(?<!\broll )(?<!\brolled )(?<!\bsort )(?<!\bsent )(?<!\bsend )"
    r"(?<!\bprint )(?<!\blog )(?<!\blogged )(?<!\btimed )(?<!\bsold )(?<!\bwent )(?<!\bgoes )(?<!\bpoint )"
    r"(?<!\bfill )(?<!\bhand )(?<!\bturn )(?<!\bput )(?<!\bpull )(?<!\bkick )(?<!\bphase )(?<!\bship )(?<!\bworked )"
    r"(?<!\bcarry )(?<!\bcarried )(?<!\bspell )(?<!\btry )(?<!\breach )(?<!\breaching )(?<!\bhelp )out|(?<!\bturn )(?<!\bswitch )(?<!\blog )(?<!\bsign )"
    r"(?<!\bkick )(?<!\bpay )(?<!\bdrop )(?<!\bcut )(?<!\bshow )(?<!\bpaid )(?<!\bturned )(?<!\blogged )(?<!\bhold )"
    r"(?<!\bholding )(?<!\bheld )off|away|offline|unavailable|not available|"
    r"not around|won'?t be (?:around|available|in|reachable)|on (?:vacation|holiday|holidays|leave|pto|a trip)|"
    r"vacation|vacationing|holidays?(?!\s+(?:schedule|calendar|page|list|import|season|sale|pricing|hours|rota|party|parties|card|cards|gifts?|lunch|dinner|event|celebration|policy|allowance))|travell?ing|on the road|sick|ill|"
    # "we closed Q4 strong", "closed the deal": closing a period or a sale, not a site
    r"closed(?!\s+(?:q[1-4]\b|strong|out\b|(?:the|a|our|this|that)\s+(?:deal|sale|quarter|year|month|books|round|contract|ticket|case)))|"
    r"shut|out of pocket|day off|(?:will |'ll )?clos(?:es|e|ing)(?= (?:for|on|from|over|during|all|the whole|this|next)\b)|"
    r"(?:me )?(?:quedo|quedamos) fuera|estoy fuera|estare fuera|estaremos fuera|estamos fuera|dia libre|tarde libre|(?:el|los)\s+\w+\s+libres?|de vacas|"
    r"(?:cierra|cierran|cerrara|cerraran|cerraremos)" + _NOT_A_SITE_CLOSING + "|"
    r"fuera de (?:la )?oficina|de vacaciones|vacaciones|feriado|festivo|de viaje|viajando|enfermo|enferma|"
    r"de baja|de licencia|de permiso|cerrad[oa]s?|cerramos"
    + _NOT_A_SITE_CLOSING
    + "|no (?:estoy|estare|estaremos|estamos|voy a estar|vamos a estar)"
    r"(?!\s+(?:segur[oa]s?|de acuerdo|convencid[oa]s?|al tanto|enterad[oa]s?|familiarizad[oa]s?|tan |muy ))|"
    r"no (?:puedo|podre|podemos|podremos)|no (?:tengo|tendre) (?:acceso|conexion)|(?:estare|estaremos|voy a estar|vamos a estar|i'?ll be|we'?ll be|i will be|we will be)\b[^.;!?]{0,40}?"
    r"\b(?:sin|without) (?:acceso|conexion|internet|senal|access|internet|signal|connectivity)|ausente|sin conexion|"
    r"is crazy|is hectic|swamped|slammed|a tope|complicad[oa]|"
    # events and leave: where people are instead of at work
    r"(?:at|in|attending|on|to)\s+(?:a|an|the|our|my)?\s*(?:[\w-]+\s+){0,2}(?:conference|conf|summit|convention|trade ?show|"
    r"trade fair|fair|expo|offsite|off-site|retreat|kick-?off|workshop|training|course|seminar|customer site|"
    r"client site|wedding|funeral|hospital)s?\b|offsite|off-site|jury duty|site visits?|client visits?|on[- ]site (?:at|with)|"
    r"visiting (?:a |the |our |some )?(?:clients?|customers?)|at (?:the|a|our) (?:client|customer)'?s?\b|"
    r"visita(?:ndo)? (?:a |al )?(?:un |el |los )?clientes?|en (?:casa|las oficinas|la planta|la sede) del cliente|"
    r"(?:nos vamos|me voy|estamos|estoy) de inventario|(?:sick|parental|maternity|paternity|annual|"
    r"medical|family|bereavement|study|unpaid|garden) leave|on leave|out on leave|"
    r"en (?:un|una|el|la)\s+(?:\w+\s+)?(?:congreso|feria|convencion|capacitacion|formacion|curso|taller|seminario|"
    r"evento|expo|auditoria|jornada|retiro|boda|hospital|clinica)|congreso|feria|"
    r"(?:de|con) (?:baja|permiso|licencia|incapacidad|reposo)(?: \w+)?|incapacitad[oa]|indispuest[oa]|internad[oa]|"
    r"hospitalizad[oa]|convaleciente|(?:en|de) reposo|under the weather|unwell|not feeling well|in (?:the )?hospital|"
    r"me tomo (?:vacaciones|el dia|unos dias|libre)|"
    r"me cojo|me pido|tengo (?:medico|cita|doctor)|(?:turno|cita|consulta)(?: medica)? (?:con el |con la |en el |al |con )?"
    r"(?:medic[oa]|doctor|dentista)|(?:medical|doctor'?s|dentist'?s?) appointment|at the (?:doctor|dentist)'?s?|"
    r"no (?:vengo|voy a venir|vendre|entro|trabajo|voy a trabajar)|not coming in|"
    r"leaving (?:for|on|to)|heading (?:out|off)|flying (?:out|to|home)|"
    # "me voy a Cancún", not "me voy a poner con esto el lunes" (an infinitive after "a" is a plan, not a trip)
    r"me voy (?:a (?![a-z]+(?:ar|er|ir)\b)|a viajar|para|de viaje|de vacaciones)|salgo (?:de viaje|para|hacia)|viajo (?:a|el|para|hacia)|"
    r"desconectad[oa]s?|off (?:the )?grid|down for (?:maintenance|repairs?|upgrades?)|asueto|(?:nos vamos|estamos|estaremos|entramos|cerramos por|de) (?:de |en )?receso|receso (?:de la empresa|colectivo|administrativo|institucional|de fin de ano)|compensatorio|(?:de|estoy de|mi) franco|franco compensatorio|"
    r"me (?:tomo|cojo|pillo) el puente|hago puente|(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|dias) libres?|"
    r"(?:licencia|baja|permiso) (?:por|de) (?:maternidad|paternidad|enfermedad|estudios?|duelo|matrimonio|mudanza)|"
    r"(?:para|paramos|parara|pararemos|cierra|cerramos|cerrara|cerrado|cerrada|cerrados) por (?:mantenimiento|mantencion|"
    r"inventario|obras|remodelacion|reformas|fumigacion|auditoria)|"
    r"unreachable|not reachable|ilocalizable|no localizable|on-?site (?:install|installation|deployment|work|rollout)|"
    r"(?:sin poder|no (?:voy|vamos) a poder|no (?:podre|podremos)) (?:contestar|responder|revisar|ver|mirar|atender|conectarme)|"
    r"(?:estoy|estare|estamos|estaremos|voy a estar|vamos a estar|ando) de (?:auditoria|capacitacion|formacion|curso|inventario|"
    r"mudanza|cierre contable)|en (?:capacitacion|formacion|auditoria)|"
    r"tengo (?:una |un )?(?:inventario|auditoria|capacitacion|formacion|curso|cirugia|operacion|juicio)|"
    r"sabbatical|sabatico|excedencia|leave of absence|furlough|me voy \d+ (?:mes|meses|semanas?|dias)|day in lieu|comp day|annual leave|me ausento|nos ausentamos|ausentarme|"
    r"con (?:gripe|fiebre|covid|resfriado|migrana|gastroenteritis)|"
    r"no me (?:conecto|voy a conectar|puedo conectar)|(?:down )?with (?:the flu|a cold|covid|a fever|a migraine)|"
    r"no (?:habra|hay|tendremos|vamos a tener) (?:atencion|servicio|soporte)|no atiende|no atendemos|no vamos a estar operativos|"
    r"no (?:estaremos|estamos) operativos|para por mantenimiento|paramos|parada|shuts?|reopens?|reabr\w+|"
    r"no (?:atendera|atenderan|atenderemos|abrira|abriran|abriremos|va a abrir|van a abrir|vamos a abrir|va a atender|"
    r"vamos a atender)|(?:won'?t|will not) be (?:open|opening|operating|running|staffed|working)|"
    # a company's closure in other verbs: "no va a operar", "no abrimos", "there won't be anyone at the warehouse"
    r"no (?:opera|operan|operamos|operara|operaran|operaremos|va a operar|van a operar|vamos a operar|abrimos|abre|abren|"
    r"trabaja|trabajan|trabajamos|labora|laboran|laboramos)|no (?:habra|va a haber) nadie|"
    r"(?:won'?t|will not) be (?:anyone|anybody)|no staff|sin personal|(?:on|in) shutdown|shut ?down|"
    r"desaparecid[oa]s?|me toca (?:el |la |un |una )?(?:inventario|auditoria|cierre|capacitacion|curso|viaje|guardia|mudanza)|"
    r"(?:me tomo|tomo|tengo|me dieron|pedi) (?:una |la )?licencia|tengo reposo|me (?:operan|van a operar)|"
    r"tied up (?:in|with|at)|stuck (?:in|at) (?:a|an|the|my)\b|"
    r"ando (?:de|en|fuera|por)|nobody can|nadie (?:puede|podra)|no hay nadie|(?:nobody|no one)(?:'s| is| will be) (?:in|at|around))\b"
)
PAST_ABSENCE = _c(
    r"\b(?:was|were|had been|have been|i'?ve been|we'?ve been|estuve|estuvimos|estuvo|estaba|estabamos|estuvieron|"
    r"fui|fuimos|tuve|tuvimos|took|taken|tome|tomamos|cogi|cogimos|had)\b"
)
START_AHEAD = _c(
    r"\b(?:starting|beginning|a partir|empezando|comenzando|empiezo|empiezan?)\b"
    # "a partir de mañana y vuelvo el 1": a return said between is not the start's
    r"(?:\s+(?!\d+(?:st|nd|rd|th)?(?:\s|$))(?!(?:vuelv|volv|regres|retom|reincorpor|back|return|until|till|hasta)\w*\b)[^\s.;!?,]+){1,4}?"
    r"\s+(?:on|el|in|en)\s+"
    r"(?:the\s+)?$"
)
START_MARKER = _c(
    r"\b(?:from|starting|beginning|as of|effective|a partir del?|desde(?: el| el dia)?|empezando(?: el)?|"
    r"comenzando(?: el)?)\s*(?:the\s+|el\s+|this\s+|next\s+)?$"
)
INCLUSIVE_AFTER = _c(
    r"^\s*,?\s*\(?(?:inclusive|incluido|incluida|incluidos|included|inclusivo|incl|(?:both|ambos)(?: days| dias)? (?:included|inclusive|incluidos))\b"
)
THROUGH_BEFORE = _c(
    r"\b(?:through|thru|to the end of|hasta el final del?)\s*(?:the\s+|el\s+)?(?:following\s+|next\s+|siguiente\s+)?$"
)
# Words that name the day things start again only beside an absence ("closed tomorrow, open again
# Thursday", "mañana no estoy, cualquier cosa el viernes"): alone they state no window.
WEAK_RESUME = (
    r"\b(?<!won't be )(?<!wont be )(?<!not be )(?<!won't )(?<!wont )(?<!not )(?:(?:we(?:'re| are| will be|'ll be)? )?open(?:s|ing)?(?: again| back up| as usual| normally)?|"
    r"(?<!no )(?:abrimos|abre|abren|abriremos|atendemos|atiendo)(?: de nuevo| otra vez| normal)?|"
    r"cualquier (?:cosa|duda|consulta|tema|pregunta)|para lo que (?:necesites|necesiten)|"
    r"anything (?:else|urgent)|any (?:questions|issues)|"
    # "phones answered again from Tuesday", "replies will have to wait for the 25th", "la atención se reanuda el lunes"
    r"again (?:from|on|as of)|(?:will |'ll )?(?:have to |need to |must )?wait (?:for|until|till)|"
    r"(?:respuestas|replies|responses|answers|pedidos|orders|todo|everything|el resto|lo demas)\s+(?:\w+\s+){0,2}?quedan? para|"
    r"reanud\w*|(?:i'?m |soy )?(?:all yours|todo tuyo|toda tuya))\b"
)
RESUME_MARKER = _c(
    r"(?:\b(?:until|till|til|untill|hasta|asta|(?<!-)(?<!report )(?<!write )(?<!call )(?<!circle )(?<!get )(?<!ping )(?<!reply )back(?!-)(?!\s+to\s+(?:you|u|ya|y'all|him|her|them|us)\b)|returning|return|(?:vuelv|volv|regres|retom|reincorpor|reintegr|reengancho)\w*|"
    r"me reincorporo|estoy de vuelta|de vuelta|de regreso|(?:reachable|available|around|free|online) again(?: from| on)?|"
    # "os leo el lunes", "los leo el miércoles", "les escribo el lunes": when they read and write again
    r"(?:os|los|las|les|te) (?:leo|leemos|escribo|escribimos)|"
    r"catch (?:you|u|ya|me|us)(?: on| up)?|(?<=, )in(?= (?:tomorrow|on|monday|tuesday|wednesday|thursday|friday))|reach out (?:on|from)|(?:operamos|trabajamos|atendemos) (?:normal|con normalidad|como siempre)|"
    r"regroup|reconvene|see you|talk|speak|chat|reconnect|resume|continue|catch up|reply|respond|answer|continuemos|pick (?:this|it) up|follow up|circle back|ping me|ping us|"
    r"(?:normal|regular|usual) (?:service|hours|schedule)|back to normal|servicio normal|horario normal|"
    r"reach me|contact me|write me|write to me|message me|email me|hablamos|hablemos|retomamos|retomemos|"
    r"seguimos|lo vemos|lo hablamos|lo retomamos|nos vemos|escribeme|escribenos|escribanme|contactame|contactanos|llamame|"
    r"available (?:again )?(?:from|on)|disponible (?:a partir|desde)|a partir de|a partir del|starting|through|thru|"
    r"reopen|reopens|reopening|reabrimos|reabre|reabriremos|retomamos el contacto|"
    r"will (?:look|check|review|get to|reply|answer|respond)|i'?ll (?:look|check|review|get to|pick)|look at|"
    r"a mi regreso|a la vuelta|cuando vuelva|ya estoy|estoy de nuevo|estare de nuevo)\b|" + WEAK_RESUME + ")"
)
AFTER_MARKER = _c(r"\b(?:after|despues de|despues del|pasado el|pasada la|tras el|tras la)\s*(?:the\s+|el\s+)?$")
RESUME_AFTER_ATOM = _c(
    r"^\s*,?\s*(?:si(?=\s*(?:[.!,;]|$))|(?:estoy|estamos)(?=\s*(?:[.!,;]|$))|sigo|continuo|continuamos|(?:me|nos) (?:pongo|ponemos) al dia|"
    r"(?:me|nos) (?:reengancho|reenganchamos|reincorporo|reincorporamos|incorporo|incorporamos|reintegro|reintegramos)|"
    r"vuelvo a la carga|volvemos a la carga|lo (?:reviso|veo|miro|chequeo|retomo|hablamos)|te (?:respondo|contesto|escribo)|"
    r"les (?:respondo|contesto|escribo)|me pongo (?:con|a)|lo vemos|lo hablamos|lo retomamos|hablamos|seguimos|(?:vuelv|volv|regres|retom|reincorpor)\w*|nos vemos|"
    r"(?:ya )?(?:me|nos) (?:pueden|puedes|podes|podeis|puede) (?:llamar|escribir|contactar|encontrar|localizar)|we (?:can )?talk|i'?ll reply|i'?m back|"
    r"we(?:'re| are) (?:back|open)|i'?m (?:back|around|reachable|all yours)|estoy de vuelta|abrimos|reabrimos|"
    r"(?:ya )?(?:estoy|estamos|estare|estaremos) (?:de nuevo|otra vez)|"
    r"(?:ya )?(?:atendemos|atiendo|operamos|trabajamos|abre|abren)(?: con normalidad| normal| como siempre| de nuevo)?|"
    r"(?:normal|regular) (?:service|hours|schedule)|back to normal|ya (?:todo )?normal|"
    r"ya (?:estoy|estamos|estare|estaremos|vuelvo|volvemos|regreso|regresamos|abrimos|atiendo|atendemos|respondo|"
    r"(?:me|nos) (?:encuentr|pill|ubic)\w+)|(?:(?:it'?s |is )?business as usual|as usual|(?:works|would work|is good|is fine)"
    r"(?: for (?:a call|me|us))?|(?:me|nos) (?:va|viene) bien|con normalidad|(?:todo )?normal|como siempre))\b"
)
COMPANY = _c(
    r"\b(?:we(?:'re| are|'ll be| will be| re)? (?:all )?(?:closed|off|out|away|shut|offline|unavailable|at|on|in)\b|"
    r"we (?:close|reopen|shut|return|are back|'re back|'ll be back)|"
    r"(?<!\bof )(?<!\bde )(?<!\bin )(?<!\bto )(?<!\ba )(?<!\ben )(?<!\bat )"
    r"(?:our|my|the|whole|entire|all the|la|mi|nuestra|nuestro|nuestras|nuestros|el|toda la|todo el)\s+(?:\w+\s+)?"
    r"(?:office|offices|team|company|warehouse|plant|factory|store|shop|branch|firm|department|dept|desk|help ?desk|"
    r"support|service desk|call center|soporte|mesa de ayuda|atencion al cliente|"
    r"oficina|oficinas|equipo|empresa|planta|fabrica|tienda|almacen|bodega|sucursal|sede|departamento|site|location|"
    r"facility|depot|front desk|reception|delegacion|nave|deposito|recepcion|centro de \w+|lab|labs|laboratory|laboratorio|"
    r"clinic|clinica|consultorio|practice|hub|distribution cent(?:er|re)|administracion|corporativo|gerencia|headquarters|hq|"
    r"front office|back office)\b(?!\s+(?:of|de|to)\b)"
    r"(?!\s+(?:mate|member|lead|says|said|dijo|dice|day|lunch|dinner|event|building|party|outing|drinks))|"
    r"\b(?:office|offices|oficina|oficinas|store|shop|tienda|plant|planta|warehouse|lab|clinic|clinica)\s+(?:closed|shut|cerrad[oa]s?)\b|"
    r"tenemos cerrad|we(?:'ll| will)? be down\b|we'?re down\b|"
    # a site and its place, then its state: "la sede de Quito no atenderá", "our office in Austin won't be open"
    r"(?:office|branch|store|shop|site|location|warehouse|plant|oficina|sucursal|sede|tienda|planta|almacen|bodega|"
    r"delegacion|nave|deposito|centro de \w+)s?\s+"
    r"(?:(?:de|del|en|in|of|at)\s+)?(?:\w+\s+){0,2}(?:no (?:atendera|atenderan|atiende|abrira|abriran|abre|estara|opera|"
    r"operara|va a operar|trabaja)|(?:won'?t|will not) be (?:open|opening|operating|running|staffed)|(?:is|are|will be|stays?|remains?|will stay|will remain) (?:closed|shut)|"
    r"(?:closes|shuts|is down|will be down|goes down)\b|(?:estara|permanecer\w*) cerrad|cierran?\b|cerrara|para por|parara|"
    r"paramos|estara parad)|"
    r"team(?:'s| is| are| will be| will| has)|everyone is|"
    r"(?:el|the|our|nuestro|mi|my) (?:equipo|team|departamento|department|area) (?:de|of) \w+|"
    r"estaremos cerrados|estamos cerrados|(?:cerramos|cerraremos)"
    + _NOT_A_SITE_CLOSING
    + "|no estamos|no estaremos|no vamos a estar|"
    r"estaremos fuera|estamos fuera|estaremos de vacaciones|estamos de vacaciones|estamos (?:en|todo)|"
    r"estaremos en|reabrimos|no (?:habra|hay|tendremos) (?:atencion|servicio|soporte)|volvemos a (?:atender|abrir|operar|trabajar)|(?:ya )?(?:estamos|estaremos) de vuelta|"
    r"inventario|inventory count|stocktake|stock-take|(?:nos vamos|estamos|estaremos|entramos|cerramos por) (?:de |en )?receso|asueto|down for (?:maintenance|repairs?)|"
    # a state only a business is in: "closed today", "vamos a estar cerrados", "opening again tomorrow"
    r"(?:^|(?<=[.;!\n] ))\s*(?:closed|shut)\b|cerrad[oa]s\b|(?:opening|open) again\b|"
    r"(?:office|warehouse|plant|factory|store|shop|oficina|planta|tienda|almacen|bodega) (?:is|will be|esta|estara) (?:closed|shut|cerrad)|"
    r"no hay nadie|nobody(?:'s| is| will be) (?:in|at)|no one(?:'s| is| will be) (?:in|at)|"
    r"no (?:abrimos|operamos|trabajamos|atendemos)|no (?:habra|va a haber) nadie|(?:won'?t|will not) be (?:anyone|anybody)|"
    r"no staff|sin personal|(?:on|in) shutdown|(?:company|plant|office|holiday)[- ]wide|whole company|toda la empresa)"
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


@dataclass(frozen=True)
class Unavailability:
    start: date
    resume: date
    scope: str  # person | company
    matched: str
    confidence: float


def _span(original: str, atoms: list[Atom], cue: re.Match | None) -> str:
    points = [a.start for a in atoms] + [a.end for a in atoms]
    if cue is not None:
        points += [cue.start(), cue.end()]
    return original[min(points) : max(points)].strip(" ,.;!")


def _is_resume(folded: str, atom: Atom) -> bool:
    """A resume marker ("until", "back on", "hablamos") stands a few words before the atom."""
    return _resume_marker(folded, atom) is not None


def _resume_after(folded: str, atom: Atom) -> bool:
    """Resume words right after the atom that no other day follows ("a partir del viernes ya me pueden llamar")."""
    after = RESUME_AFTER_ATOM.search(folded[atom.end : atom.end + 30])
    return after is not None and not _DAY_NEXT.match(folded, atom.end + after.end())


def _resume_marker(folded: str, atom: Atom) -> str | None:
    before = folded[max(0, atom.start - 40) : atom.start]
    before = re.split(r"[.;!?\n]|,\s*(?=\w)", before)[-1]
    after = RESUME_AFTER_ATOM.search(folded[atom.end : atom.end + 30])
    if after and not _DAY_NEXT.match(folded, atom.end + after.end()):  # "Friday, we're back Monday": Monday's
        return after.group(0)
    for m in RESUME_MARKER.finditer(before):
        between = before[m.end() :]
        words = between.split()  # "back in the office on the 26th": an office and its article between
        if (len(words) <= 4 or (len(words) <= 6 and _IN_OFFICE.match(between))) and not re.search(
            r"\bget\s*$", before[: m.start()]
        ):
            return m.group(0)
    return None


# "available again from Thursday", "reachable from Monday", "disponible a partir del lunes": a resume, not a start
_RESUME_BEFORE_START = _c(
    r"\b(?:again|back|available|reachable|around|disponible|localizable|de vuelta|de nuevo|otra vez)\s+"
    r"(?:from|starting|as of|a partir del?|desde)\s*(?:the\s+|el\s+|this\s+|next\s+)?$"
)


def _resumes_before(before: str) -> bool:
    m = _RESUME_BEFORE_START.search(before)
    return m is not None and not re.search(r"\b(?:no|not|won'?t|ni|never|nunca)\b", before[: m.start()])


# A weekday said alone ("Wednesday", "el miércoles"): the next one, so it may come after a later start
_WEEKDAY_ONLY = _c(rf"(?:(?:on|el|this|este)\s+)?{WD}")
_IN_OFFICE = _c(
    r"\s*(?:in|at|to|en|a)\s+(?:the\s+|la\s+|el\s+|my\s+|our\s+)?(?:office|oficina|ofi|desk|work|trabajo)\b"
)
# A day named right after resume words is theirs ("closed on Friday, we're back Monday").
_DAY_NEXT = _c(
    rf"\s*(?:[a-z]+\s+){{0,2}}?(?:on |el |the |this |next |este |el proximo |from |desde |a partir del? )?"
    rf"(?:{WD}|{TOMORROW}|\d)"
)


# "tenemos stock hasta el 20", "the offer is valid until Friday": how long a thing lasts, nobody's absence
_THING_LASTS = _c(
    r"\b(?:tenemos|tengo|hay|queda|quedan|alcanza|alcanzan|dura|duran|vigente|valid[oa]?|we have|there is|there are|"
    r"lasts?|stock|suficiente|enough)\b"
)


def _only_until(folded: str, atom: Atom) -> bool:
    marker = _resume_marker(folded, atom)
    return (
        marker is not None
        and re.fullmatch(r"until|till|til|untill|hasta|asta", marker) is not None
        and _THING_LASTS.search(clause_of(folded, atom.start, atom.end)) is not None
    )


_THING_OF = _c(
    r"\b(?:the|el|la|los|las|our|your|my|su|sus|nuestr[oa]s?|this|that|ese|esa|este|esta)\s+(?!rest\b|resto\b|end\b|fin\b|"
    r"week\b|semana\b|most\b|middle\b|mitad\b)[a-z]+\s+(?:from|of|del|de|dated|fechad[oa])\s+(?:the\s+|el\s+)?$"
)


def _thing_date(folded: str, atom: Atom) -> bool:
    """A date that names what a thing is ("the fix from the 3rd", "la factura del 2"), in a sentence with no absence."""
    if not _THING_OF.search(folded[max(0, atom.start - 40) : atom.start]):
        return False
    left, right = sentence_of(folded, atom.start, atom.end)
    return AWAY.search(folded[left:right]) is None


def _contact_only(folded: str, atom: Atom) -> bool:
    """ "call me Monday" invites a call; "ping me after the 15th" asks for nothing before then."""
    marker = _resume_marker(folded, atom)
    if marker is None or not CONTACT_ONLY.match(marker):
        return marker is None
    return not NOT_BEFORE.search(folded[max(0, atom.start - 24) : atom.start])


# A clause that tells what happened ("desde el 18 hasta el 22 tuvimos caídas", "we were down Monday") with
# nothing said about now or later states no window.
PAST_FACT = _c(
    r"\b(?:had|was|were|happened|occurred|experienced|went down|saw|noticed|tuvimos|tuve|tuvo|tuvieron|hubo|"
    r"habia|habian|estuvo|estuvimos|estuve|estuvieron|estaba|estabamos|fue|fueron|sufrimos|vimos|notamos|ocurrio)\b"
)
NOW_OR_LATER = _c(
    r"\b(?:will|'ll|ll|am|i'?m|we'?re|are|is|estoy|estamos|estare|estaremos|voy|vamos|vuelvo|volvemos|regreso|back)\b"
)


_PAST_TIME = _c(
    r"\b(?:last|ago|pasad[oa]|ayer|yesterday|hace|took|taken|tome|tomamos|tomaron|cogi|cogimos|pedi|pedimos|[a-z]{3,}ed)\b"
)


def _told_past(clause: str) -> bool:
    """A clause that tells what was ("I took 2 days off last week", "me tomé 3 días") and nothing ahead."""
    return (_PAST_TIME.search(clause) or PAST_FACT.search(clause)) is not None and not _FUTURE_WORDS.search(clause)


_FUTURE_WORDS = _c(
    r"\b(?:will|'ll|ll|going to|next|from|starting|a partir|desde|voy a|vamos a|proxim[oa]|que viene|manana|tomorrow)\b"
)


# Habits ("no trabajo los viernes", "we ship every Monday", "una vez al año, en agosto normalmente") state no window.
_HABIT = _c(
    r"\b(?:every|each|cada|todos los|todas las|una vez al|once a|normally|normalmente|usually|generally|generalmente|"
    r"siempre|always|suele|suelen|solemos|typically|por lo general|de costumbre|"
    r"los (?:lunes|martes|miercoles|jueves|viernes|sabados|domingos)|(?:mon|tues|wednes|thurs|fri|satur|sun)days\b(?!\s+(?:from|hence|later|after|ago|out)\b))\b"
)


# "Last year you closed from Dec 24 to Jan 3": what happened a year ago, read as this year's dates
_LAST_YEAR = _c(
    r"\b(?:last year|the year before|previous year|el ano pasado|el pasado ano|ano pasado|el ano anterior)\b"
)
_AHEAD = _c(r"\b(?:will|'ll|going to|this year|este ano|voy a|vamos a|van a|va a)\b")


def _last_year(folded: str, atom: Atom) -> bool:
    left, right = sentence_of(folded, atom.start, atom.end)
    return _LAST_YEAR.search(folded[left:right]) is not None and _AHEAD.search(folded[left:right]) is None


def _habit(folded: str, atom: Atom) -> bool:
    return _HABIT.search(clause_of(folded, atom.start, atom.end)) is not None


# Another person's absence ("our CEO is travelling", "mi compañera está de baja"), the speaker not in it.
_SOMEONE_ELSE = _c(
    r"\b(?:(?:my|our|his|her|their|mi|mis|su|sus|nuestr[oa]s?)\s+(?:\w+\s+)?(?:ceo|cto|cfo|boss|manager|colleague|coworker|"
    r"co-worker|teammate|assistant|partner|wife|husband|compa(?:ñ|n)er[oa]s?|jef[ea]s?|gerente|director[a]?|colega|asistente|"
    r"soci[oa])|(?:he|she|they)(?:'s| is| will| are|'ll| was)|(?:el|ella|ellos) (?:esta|estara|estan|se va))\b"
)
_FIRST_PERSON = _c(
    r"\b(?:i|i'?m|i'?ll|we|we'?re|we'?ll|me|us|yo|estoy|estare|estamos|estaremos|vuelvo|volvemos|regreso|nos vamos|me voy|"
    r"and i|y yo)\b"
)


_MEETING = _c(r"\b(?:see you|see ya|see everyone|meet you|nos vemos|te veo|los veo|las veo|join us|nos encontramos)\b")


def _someone_else(clause: str) -> bool:
    return _SOMEONE_ELSE.search(clause) is not None and _FIRST_PERSON.search(clause) is None


# "Through" alone ("data through March 31", "valid thru Friday") names no absence without an absence word.
_END_ONLY = _c(r"^(?:through|thru)$")


def _bare_end(folded: str, atom: Atom) -> bool:
    marker = _resume_marker(folded, atom)
    return marker is not None and _END_ONLY.match(marker) is not None


# a preterite of a relative clause ("me pongo con lo que quedó pendiente") tells nothing of the day
_PRETERITE_ES = re.compile(r"(?<!\bque )\b[^\W\d_]{2,}(?:ó|aron|ieron)\b")


def _preterite(original: str, folded: str, atom: Atom) -> bool:
    """A Spanish preterite in the day's sentence, nothing about now or later in its clause ("El feriado del lunes nos
    agarró con el tema abierto")."""
    left, right = sentence_of(folded, atom.start, atom.end)
    return _PRETERITE_ES.search(original[left:right]) is not None and (
        NOW_OR_LATER.search(clause_of(folded, atom.start, atom.end)) is None
    )


def _rolled_past(original: str, folded: str, atom: Atom, today: date) -> bool:
    """A month-day already past this year, read as next year's, in a clause that tells what happened
    ("the site visit on Feb 3 went really well")."""
    if not _rolled(folded, atom, today) or NOW_OR_LATER.search(clause_of(folded, atom.start, atom.end)) is not None:
        return False
    if _is_resume(folded, atom):
        return False  # "closed from 20 Dec, reopening Tuesday 4 January": the day they open again is ahead
    sentence = sentence_of(folded, atom.start, atom.end)
    # a month-day a few days past, read as next year's, with no absence word in its sentence ("the shutdown on March 3
    # cost us a day of sales") is the past one too
    recent = (
        atom.first is not None
        and (atom.first - today).days > 330
        and not _FUTURE_WORDS.search(folded[slice(*sentence)])
    )
    return _TOLD_PAST.search(original[slice(*sentence)]) is not None or recent


def _past_fact(folded: str, atom: Atom) -> bool:
    clause = clause_of(folded, atom.start, atom.end)
    return PAST_FACT.search(clause) is not None and NOW_OR_LATER.search(clause) is None


# "Back in December we migrated …": a past time, told with a verb of the past, is no return.
_BACK_IN = _c(r"\bback in\s+(?:the\s+)?$")
_PAST_VERB = _c(r"\b(?:[a-z]{3,}ed|had|was|were|saw|began|ran|went|got|made|did|sent)\b")


def _back_then(folded: str, atom: Atom) -> bool:
    if not _BACK_IN.search(folded[max(0, atom.start - 12) : atom.start]):
        return False
    clause = clause_of(folded, atom.start, atom.end).replace("back in", "", 1)
    return (PAST_FACT.search(clause) or _PAST_VERB.search(clause)) is not None and NOW_OR_LATER.search(clause) is None


NOT_BEFORE = _c(r"\b(?:after|from|starting|not before|despues|a partir|desde|no antes|pasado|tras)\b")
# An invitation to get in touch ("call me Monday", "llámame el lunes") says when, not that they are away.
CONTACT_ONLY = _c(
    r"^(?:nos vemos|see you|te veo|los veo|ping me|ping us|reach me|contact me|write me|write to me|message me|email me|escribeme|escribenos|escribanme|"
    r"contactame|contactanos|llamame)$|"
    # what they will do on the day ("el lunes lo reviso", "mañana sigo"): a return only beside an absence
    r"^\s*,?\s*(?:lo (?:reviso|veo|miro|chequeo|retomo|hablamos)|te (?:respondo|contesto|escribo)|"
    r"les (?:respondo|contesto|escribo)|me pongo (?:con|a)|sigo|continuo|continuamos|si)\b|" + WEAK_RESUME
)


def unavailability(
    original: str,
    folded: str,
    atoms: list[Atom],
    today: date,
    now_local: datetime | None = None,
    said_away: bool = False,
) -> Unavailability | None:
    """P5: the window a customer said they are away, or None. Resume is literal, as they said it.

    An end with no start starts today; "from X … back Y" starts on X; "through X" and "X inclusive"
    resume the day after X. Questions ("are you open Friday?") and past absences state no window.
    `said_away`: the statement model is sure the message states an absence, in words no rule lists: its days
    are read without an absence word.
    """
    days = [a for a in atoms if a.kind in ("day", "range", "week", "month", "eow") and not a.past]
    days = [
        a
        for a in days
        if not asks(folded, a.start, a.end)
        and not _past_fact(folded, a)
        and not _back_then(folded, a)
        and not _habit(folded, a)
        and not _rolled_past(original, folded, a, today)
        and not _preterite(original, folded, a)
        and not _last_year(folded, a)
        and not _thing_date(folded, a)
        and original[a.start : a.end] not in ("SAT", "SUN")  # "trámites en el SAT": an acronym, no Saturday
    ]
    days = _window_sentences(folded, days, original)
    days = _the_weekday_after(folded, days)
    days = [
        a
        for i, a in enumerate(days)
        # "next week (Easter hols with the kids)": a named season in brackets after a day only says why
        if not (
            i and folded[days[i - 1].end : a.start].strip() == "(" and not re.search(r"\d", folded[a.start : a.end])
        )
        # "esta semana ha sido una locura", "esta semana todavía estoy": a day they are there, not away
        and not (_THERE.search(_own_words(folded, a, days)) and not _is_resume(folded, a))
    ]
    # "Tuesday or Wednesday works best": days offered as a choice are no window
    days = [
        a
        for a in days
        if not (
            (_CHOICE_AFTER.match(folded, a.end) or _CHOICE_BEFORE.search(folded, 0, a.start))
            and _PREFERENCE.search(folded, *sentence_of(folded, a.start, a.end))
        )
    ]
    # "this Saturday (the 6th)", "el lunes, día 8": a day said again right after itself is the same day
    days = [
        a
        for i, a in enumerate(days)
        if not any(b.first == a.first and b.last == a.last and 0 <= a.start - b.end <= 8 for b in days[:i])
    ]
    if not days and now_local is not None:
        # "out until 3am", "hasta medianoche": a clock that comes round only tomorrow names the resume day
        clocks = [
            a
            for a in atoms
            if a.kind == "time" and (_is_resume(folded, a) or re.match(r"(?:until|till|hasta)\b", folded[a.start :]))
        ]
        found = moment_of(clocks[:1], now_local) if clocks and AWAY.search(folded) else None
        if found is not None and found[0].date() > today:
            day = found[0].date()
            days = [Atom(clocks[0].start, clocks[0].end, "day", first=day, last=day, until=True)]
    lengths = [
        a
        for a in atoms
        if a.kind == "length"
        and not asks(folded, a.start, a.end)
        # "me tomé 3 días la semana pasada": a length beside a past day is history
        and not any(
            b.past and sentence_of(folded, b.start, b.end) == sentence_of(folded, a.start, a.end) for b in atoms
        )
        and not _told_past(clause_of(folded, a.start, a.end))
    ]
    if not days and not lengths:
        return None
    away = _away_of(folded)
    if away is None and any(_READERS.search(folded, max(0, m.start() - 12), m.start()) for m in AWAY.finditer(folded)):
        return None  # "got your out-of-office reply on Friday, are you back now?": the reader's absence
    while away is not None and asks(folded, away.start(), away.end()):  # "¿cierran en Semana Santa?" asks, says nothing
        away = AWAY.search(folded, away.end())
    if away is not None and _HABIT.search(clause_of(folded, away.start(), away.end())):
        return None  # "no abrimos los domingos, solo de lunes a sábado": a habit, no window
    if away is not None and PAST_ABSENCE.search(clause_of(folded, away.start(), away.end())):
        away = None  # "I was off sick Monday and Tuesday": an excuse, not a window
    if away is not None and _MEETING.search(clause_of(folded, away.start(), away.end())):
        away = None  # "see you Monday at the kickoff": where they meet, not where they are away
    if away is not None and _someone_else(clause_of(folded, away.start(), away.end())):
        return None  # "Mi compañera está de baja hasta abril": another person's absence, not the speaker's
    if away is not None and (
        someone_else(original, folded, away.start())
        or only_possible(folded, clause_of(folded, away.start(), away.end()), away.start())
    ):
        return None  # "Our auditor, Mr. Mehta, is on leave", "si al final cerramos …": not the speaker's window
    if away is None and any(a.vague for a in lengths) and not PAST_ABSENCE.search(folded):
        said = next(a for a in lengths if a.vague)
        away = re.compile(r".+", re.S).match(folded, said.start, said.end)  # its words are the absence
    if not days:  # "I'm off for two weeks": from today
        if (away is None and not said_away) or _past_fact(folded, lengths[0]):
            return None
        scope = "company" if _company(folded, lengths[:1], away) else "person"
        return Unavailability(today, today + lengths[0].delta, scope, _span(original, lengths[:1], away), 0.9)
    # a clock that comes round only tomorrow ("hasta las 3 de la mañana") was read as the resume day (until=True)
    resumes = [a for a in days if a.kind != "range" and (_is_resume(folded, a) or a.until)]
    reasons = [a for a in resumes if day_off_reason(folded, a.start, a.end)]
    if reasons and len(reasons) < len(resumes):  # "regreso el martes 19 (el lunes 18 es festivo)": the 19th
        resumes = [a for a in resumes if a not in reasons]
    ranges = [a for a in days if a.kind == "range"]
    if (
        away is None
        and not said_away
        and all(_contact_only(folded, a) or _bare_end(folded, a) or _only_until(folded, a) for a in resumes)
    ):
        return None  # "data through March 31", "hasta el lunes": an end without an absence is no window
    starts = [
        a
        for a in days
        if a.kind != "range"
        and (
            START_MARKER.search(folded[max(0, a.start - 24) : a.start])
            or START_AHEAD.search(folded[max(0, a.start - 48) : a.start])
        )
        and not _resumes_before(folded[max(0, a.start - 48) : a.start])
        and not _resume_after(folded, a)
    ]
    if starts and (lengths or any(r not in starts for r in resumes)):  # "a week starting Monday": a start
        resumes = [r for r in resumes if r not in starts]  # "starting Thursday, back Jan 11"

    if ranges:
        # "over Easter, Good Friday through Easter Monday": a range said after a named season it overlaps says the days
        inner = [
            r
            for r in ranges
            if any(
                o.end <= r.start
                and o.first <= r.last
                and r.first <= o.last
                and not re.search(r"\d", folded[o.start : o.end])
                for o in ranges
            )
        ]
        r = inner[0] if inner else ranges[0]
        start, resume = r.first, (r.last if r.until else r.last + timedelta(days=1))
        if r.until and INCLUSIVE_AFTER.search(folded[r.end : r.end + 24]):
            resume = r.last + timedelta(days=1)
        used = [r]
        later = [a for a in resumes if a.start > r.end and a.first > r.last]
        if later:  # "mañana y pasado estoy en un congreso, vuelvo el lunes": the day they named
            resume, used = later[-1].first, [r, later[-1]]
    else:
        # a day they only leave early ("hoy salgo temprano y mañana no vengo") is no day away
        away_days = [a for a in days if a not in resumes and not _partial_day(folded, a, atoms)]
        # "cierra el lunes 5 por el 4 de julio", "OOO next week for the 4th": a day given as the reason for another
        reasons = [a for a in away_days if _REASON_BEFORE.search(folded[max(0, a.start - 24) : a.start])]
        if reasons and (len(reasons) < len(away_days) or resumes):
            away_days = [a for a in away_days if a not in reasons]
        start = min((_first_day_away(folded, a) for a in away_days), default=today)
        if start == today + timedelta(days=1) and _REST_OF_TODAY.search(folded):
            start = today  # "out this afternoon and tomorrow", "esta tarde y mañana no estoy": away from today
        if resumes:
            r = resumes[-1]
            after = not r.after and AFTER_MARKER.search(folded[max(0, r.start - 20) : r.start])
            inclusive = THROUGH_BEFORE.search(folded[max(0, r.start - 24) : r.start]) or INCLUSIVE_AFTER.search(
                folded[r.end : r.end + 24]
            )
            resume = r.last + timedelta(days=1) if after or inclusive else r.first
            while resume <= start and r.kind == "day" and _WEEKDAY_ONLY.fullmatch(folded[r.start : r.end]):
                resume += timedelta(days=7)  # "from Friday, back Wednesday": the Wednesday after the Friday
            if r.kind in ("week", "month"):
                resume = r.first if r.first > today and not inclusive else r.last + timedelta(days=1)
        elif lengths and away is not None and not any(a.kind in ("week", "month") for a in away_days):
            # "off for a fortnight from tomorrow", "a week starting Monday"; not "all of next week (five days)"
            start = max(start, today)
            resume = start + lengths[0].delta
        elif away_days:
            resume = max(a.last for a in away_days) + timedelta(days=1)
        else:
            return None
        used = away_days + resumes
    start = max(start, today)
    if resume <= start or resume <= today:
        return None
    if away is None and (
        _someone_else(clause_of(folded, used[0].start, used[0].end))
        or someone_else(original, folded, used[0].start)
        or only_possible(folded, clause_of(folded, used[0].start, used[0].end), used[0].start)
    ):
        return None  # "mi compañero Luis está fuera hasta el lunes": another person's absence
    scope = "company" if _company(folded, used, away) else "person"
    confidence = 0.9 if away is not None else 0.6
    return Unavailability(start, resume, scope, _span(original, used, away), confidence)


_REST_OF_TODAY = _c(
    r"\b(?:this (?:afternoon|arvo|evening)|(?:esta|hoy en la|hoy por la) tarde|rest of (?:the|to)day)\b"
)
_REASON_BEFORE = _c(r"\b(?:por|for|due to|because of|debido a|con motivo de)\s+(?:el\s+|la\s+|the\s+)?$")

_THERE = _c(
    r"\b(?:ha sido|han sido|has been|have been|fue|todavia (?:estoy|estamos)|aun (?:estoy|estamos)|still (?:here|around|in)|"
    r"sigo (?:aca|aqui|por aca|por aqui|trabajando))\b"
)


def _own_words(folded: str, atom: Atom, days: list[Atom]) -> str:
    """The words of the atom's sentence from the atom to the next day said ("esta semana ha sido una locura y la que
    viene …": "ha sido" is this week's, not next week's)."""
    _, right = sentence_of(folded, atom.start, atom.end)
    after = min((b.start for b in days if b.start >= atom.end), default=len(folded))
    return folded[atom.start : min(right, after)]


_THE_WEEKDAY = _c(rf"(?<=\bthe )(?:following\s+)?{WD}$")


def _the_weekday_after(folded: str, days: list[Atom]) -> list[Atom]:
    """ "closed July 1 … and the Friday off too", "the 24th, plus the following Monday": a weekday after "the" is the
    first of its name after the dated day said before it."""
    out = []
    for a in days:
        dated = [b for b in out if b.kind == "day" and re.search(r"\d", folded[b.start : b.end])]
        if a.kind == "day" and dated and _THE_WEEKDAY.search(folded[max(0, a.start - 14) : a.end]):
            name = folded[a.start : a.end].split()[-1]
            wd = lx.WEEKDAYS.get(name)
            if wd is not None:
                base = dated[-1].first
                day = base + timedelta(days=(wd - base.weekday()) % 7 or 7)
                a = replace(a, first=day, last=day)
        out.append(a)
    return out


# "Freedom Day falls on Tue 27 April; our offices will be closed": a named holiday's day, before the closure
_HOLIDAY_DAY = _c(r"\b(?:is|es|falls on|cae|will be|sera)\b[^.;!?]{0,30}\b(?:festivo|feriado|holiday|puente)\b")
_NAMED_DAY = re.compile(r"\b[A-Z][\w']+ (?:Day|Eve)\b")


def _window_sentences(folded: str, days: list[Atom], original: str = "") -> list[Atom]:
    """When a sentence holds both an absence word and a day, the days of sentences with neither an absence word nor
    a resume word are facts of other things ("the renewal is due on the 28th. I'm out Monday"): left out."""
    if len(days) < 2:
        return days
    words = [m.start() for m in AWAY.finditer(folded)]
    if not words:
        return days
    placed = [
        (a, any(left <= w < right for w in words))
        for a in days
        for left, right in [sentence_of(folded, a.start, a.end)]
    ]
    if not any(beside for _, beside in placed):
        return days
    last_word = max(words)

    def holiday_before_absence(a: Atom) -> bool:
        left, right = sentence_of(folded, a.start, a.end)
        named = _HOLIDAY_DAY.search(folded, left, right) or _NAMED_DAY.search(original, left, right)
        return named is not None and right <= last_word

    return [a for a, beside in placed if beside or _is_resume(folded, a) or holiday_before_absence(a)]


_PARTIAL_DAY = _c(
    r"\b(?:salgo (?:mas )?temprano|me voy (?:mas )?temprano|leaving early|leave early|half[- ]day|medio dia|media jornada)\b"
)


def _partial_day(folded: str, atom: Atom, atoms: list[Atom]) -> bool:
    """The words between the day and its neighbours say they only leave early."""
    before = max((b.end for b in atoms if b.end <= atom.start), default=max(0, atom.start - 30))
    after = min((b.start for b in atoms if b.start >= atom.end and b.kind != "time"), default=atom.end + 30)
    return _PARTIAL_DAY.search(folded[max(before, atom.start - 30) : min(after, atom.end + 30)]) is not None


_I_AWAY = _c(
    r"\b(?:i'?m|i am|i'?ll|i will|i'?ve|i won'?t|i can'?t|estoy|estare|me voy|ando|voy a estar|me tomo|me cojo|tengo|"
    r"me ausento|no me conecto|me toca)\b"
)
_WE = _c(r"\b(?:we|we'?re|we'?ll|our|estamos|estaremos|nuestr[oa]s?|cerramos|cerraremos|nos vamos)\b")


# "my last day before the holidays is Friday", "mi último día es el viernes": away from the day after
_LAST_DAY_IN = _c(
    r"\b(?:my |mi |our |nuestro )?(?:last|ultimo) (?:day|dia|working day|dia laboral|dia habil)\b[^.;!?]*$"
)


_HOLIDAY_NOUN = _c(r"^(?:holidays?|feriado|festivo)$")
_CHOICE_AFTER = _c(
    r"\s+(?:or|o|u)\s+(?:on\s+|el\s+|the\s+)?(?:\d|monday|tuesday|wednesday|thursday|friday|lunes|martes|miercoles|jueves|viernes)"
)
_CHOICE_BEFORE = _c(
    r"\b(?:\w+day|lunes|martes|miercoles|jueves|viernes|\d+(?:st|nd|rd|th)?)\s+(?:or|o|u)\s+(?:on\s+|el\s+|the\s+)?$"
)
_PREFERENCE = _c(r"\b(?:works?|suits?|best|better|either|prefer\w*|conviene|convendria|nos va|me va|mejor|ideal)\b")
_READERS = _c(r"\b(?:your|tu|tus)\s+(?:[\w-]+\s+)?$")
_STILL_WORKING = _c(
    r"\b(?:but|pero)\b[^.;!?]*\b(?:trabaj\w*|labur\w*|working|work|online|disponible|conectad[oa]|as usual|como siempre|igual)\b"
)
_OURS = _c(r"\b(?:aca|aqui|here|for us|para nosotros|en la oficina|at the office|nuestr[oa]s?|our|we|i|i'?m|me|nos)\b")


def _away_of(folded: str) -> re.Match | None:
    """The first absence word that is the speaker's: a holiday noun alone ("el 20 es feriado en Colombia") is a
    fact of the calendar unless its clause makes it theirs ("mañana es feriado acá", "our holiday")."""
    first = AWAY.search(folded)
    if first is None:
        return FUZZY_AWAY.search(folded)
    for m in AWAY.finditer(folded, first.start()):
        if _READERS.search(folded, max(0, m.start() - 12), m.start()):
            continue  # "got your out-of-office reply": the reader's absence
        if not _HOLIDAY_NOUN.match(m.group(0)):
            return m
        clause = clause_of(folded, m.start(), m.end())
        _, right = sentence_of(folded, m.start(), m.end())
        if _STILL_WORKING.search(folded, m.end(), right):
            continue  # "hoy es feriado acá pero yo estoy laburando igual"
        if _OURS.search(clause) or COMPANY.search(clause):
            return m
    return None


def _first_day_away(folded: str, atom: Atom) -> date:
    left, _ = sentence_of(folded, atom.start, atom.end)
    last_in = _LAST_DAY_IN.search(folded[left : atom.start])
    return atom.first + timedelta(days=1) if last_in and atom.kind == "day" else atom.first


def _company(folded: str, used: list[Atom], away: re.Match | None) -> bool:
    """A company's words in a sentence of the window (its dates or its absence word): "Marco from the ops team
    can help" in another sentence leaves one's own absence the person's."""
    spans = [sentence_of(folded, a.start, a.end) for a in used]
    if away is not None:
        clause = clause_of(folded, away.start(), away.end())
        if _I_AWAY.search(clause) and not _WE.search(clause):
            return False  # "I'll be offline during the company retreat": the speaker's own absence
        spans.append(sentence_of(folded, away.start(), away.end()))
    return any(COMPANY.search(folded[left:right]) for left, right in spans) if spans else bool(COMPANY.search(folded))


def opt_out(folded: str) -> bool:
    """A customer asked not to be chased until they write again."""
    said = any(not UNTIL_A_DAY.match(folded, m.end()) for m in OPT_OUT.finditer(folded))
    return said or asks_not_to_be_chased(folded)


__all__ = ["Unavailability", "Promise", "unavailability", "opt_out", "promise", "moment_of", "ZoneInfo"]
