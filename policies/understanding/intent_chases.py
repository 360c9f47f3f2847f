"""Cues that a message chases what was already asked (issue 16): progress, ETA, owner, nudges, urgency.

A chase of an existing request without a new ask is status (corpus README); the frames and subjects of a
chase ("can you give me an update on…", "…re: the missing export") only carry it.
"""

from __future__ import annotations

from .intent_requests import ASKED_BEFORE, MINE, REFERENCE, words

# Chasing what was already asked: progress, ETA, owner, "did you see it", nudges.
STATUS = words(
    r"(?:did|has|have) (?:anyone|anybody|someone|somebody|you|u|the team|y'?all) (?:\w+ )?(?:pick(?:ed)? (?:this|it|"
    r"that|" + REFERENCE + r") up|pick(?:ed)? up|taken|grab\w*)",
    r"(?:just )?(?:a )?reminder (?:about|on|for|re|regarding|that)|(?:un |este )?recordatorio (?:sobre|de|del|por)",
    r"when (?:it|this|that|the fix|" + REFERENCE + r")(?: will| would| is going to| might| is)? (?:be )?(?:resolved|"
    r"fixed|done|ready|live|deployed|available|sorted)",
    r"fall(?:s|en)? through the cracks|(?:just )?making sure (?:this|it|that|someone|somebody|my|our)|"
    r"asegurarme de que (?:lo|alguien|no)|que no se (?:pierda|olvide|haya perdido|quede)",
    r"(?:did|has|have|is) (?:the )?(?:fix|patch|update|change|release|deploy\w*|correction|solution|hotfix) (?:\w+ ){0,2}"
    r"?(?:go out|gone out|been (?:deployed|released|applied|shipped)|out|live|deployed|released|shipped|applied)",
    r"(?:ya )?(?:salio|se aplico|subieron|liberaron|aplicaron|esta listo|esta lista) (?:el|la) (?:arreglo|fix|parche|"
    r"correccion|solucion|cambio|mejora|actualizacion)",
    r"(?:checking in|following up|circling back|bumping|pinging|nudging|escribo|pregunto|consulto|insisto|writing|"
    r"asking) (?:again|once more|de nuevo|nuevamente|otra vez)",
    r"(?:is|are|has|have) (?:" + REFERENCE + r"|this|it|that|my \w+|our \w+|the \w+ (?:issue|request|ticket)) (?:being|"
    r"been) (?:worked on|looked at|looked into|handled|reviewed|addressed|assigned|picked up|escalated|seen)|"
    r"(?:esta|estan) siendo (?:revisad|atendid|trabajad|analizad|vist)\w*",
    r"sin (?:novedades|noticias|respuesta|avances|actualizaciones)(?: todavia| aun| hasta ahora| por ahora)?",
    r"any (?:\w+ )?(?:updates?|news|progress|eta|word|luck|movement|feedback|follow[- ]?ups?|status)",
    r"any (?:eyes|one|body|traction) on (?:this|it|that|my|our|the|" + REFERENCE + r")",
    r"(?:updates?|news|status|progress|eta|timeline|timeframe|an? answer|a reply|a response) (?:on|for|about|of|"
    r"regarding|re)(?: \w+| #?\d+| req\S*){1,2}",
    r"(?:is there|do you have|do we have|got|have you got) (?:an? |any )?(?:update|eta|timeline|news|progress)",
    r"(?:can|could|may) (?:we|i) (?:get|have|please get) (?:an? |any |some )?(?:update|eta|timeline|news|status|"
    r"estimate)",
    r"(?:anyone|someone|somebody|anybody|you|u|y'?all|you guys) (?:got|had|has had|have had|get|gets) (?:a |the )?"
    r"(?:chance|moment|minute|time) to (?:look|check|review|see|read|go over)",
    r"^\s*(?:update|updates|news|eta|status)\s*\??$",
    r"who(?:'s| is| s| else is)? (?:looking|working|handling|on|taking care|assigned|in charge|owning|dealing|"
    r"checking|responsible)",
    r"(?:is |are )?(?:anyone|anybody|someone|somebody|you guys|y'?all|the team|you) (?:still |already )?(?:looking "
    r"(?:at|into)|working on|on|handling|checking|taking a look at) " + ASKED_BEFORE,
    r"(?:is |are )?(?:anyone|anybody|someone|somebody) (?:still |already )?(?:looking|working|handling|checking)",
    r"who (?:owns|has|took|picked up|is assigned|got assigned|'s assigned)",
    r"(?:hay|is there|has) (?:alguien|anyone|someone|somebody|anybody) (?:asignad[oa]|assigned|viendo|revisando|"
    r"looking|working|on|picked)",
    r"(?:en que|que) (?:estado|status|estatus|punto|situacion) (?:se encuentra|esta|va|anda|quedo)|(?:the )?status "
    r"of (?:my|our|the|this|that)",
    r"(?:necesitamos|necesito|need|we need|i need) (?:una |an? |some )?(?:respuesta|answer|reply|response|update|"
    r"novedades|noticias) (?:sobre|de|del|on|for|about|regarding|re|acerca)",
    r"^\s*(?:(?:hey|hi|hello|hola|so|and|also|ok)\s+)*(?:was|were|has|have|had|did) (?:\w+ ){1,7}?(?:received|seen|"
    r"delivered|read|picked up|looked at|reviewed|get to|arrive|arrived|make it|go through)\b(?: ok| okay| fine)?",
    r"^\s*(?:ping|pinging|bump|bumping|nudge|nudging|chase|chasing)\b",
    r"(?:sorry|apologies) (?:to|for) (?:nag|nagging|chase|chasing|insist|insisting|be a pain|bug you|pester)\w*(?: again)?|"
    r"(?:perdon|disculpa|disculpen|perdonen|lamento)(?: por)? (?:la |el )?(?:insistencia|insistir|ser pesad[oa]|"
    r"molestar de nuevo)|(?:sorry|apologies) (?:to|for) (?:bother|bug|pester|disturb)\w* (?:you |y'?all |you all )?"
    r"(?:again|once more)|no (?:\w+ )?(?:quiero|queremos|quisiera|quisieramos|queria|queriamos) (?:molestar|ser pesad[oa]s?|"
    r"insistir)(?: (?:de nuevo|otra vez|mas|demasiado))?",
    r"llevamos (?:\w+ ){0,3}esperando|(?:we'?ve|we have|i'?ve|i have) been waiting",
    r"did (?:anyone|anybody|someone|somebody|you|u|you guys|y'?all|the team) (?:\w+ )?(?:see|get|receive|check|look|"
    r"read|have a chance|manage|find|get a chance)",
    r"ha(?:ve|s) (?:anyone|anybody|someone|somebody|you|u|the team) (?:\w+ )?(?:had|taken|gotten|got) (?:a )?"
    r"(?:look|chance|peek|minute)|(?:es|sera|estara|queda|estaria|esta) para (?:hoy|manana|cuando|esta semana|el \w+)",
    r"ha(?:ve|s) (?:anyone|anybody|someone|somebody|you|u|the team) (?:\w+ )?(?:seen|looked|checked|had a chance|"
    r"gotten|received|read|managed)",
    r"(?:still )?waiting (?:on|for) (?:an? |any |your |the )?(?:update|reply|response|answer|news|feedback|fix|"
    + REFERENCE
    + r"|this|that|it|you|someone)",
    r"still waiting|(?:we'?re|i'?m|are|am) waiting",
    r"following[ -]?up(?: again| once more| here)?(?: on)?(?: (?:my|our|this|the|req\S*|#\d+)(?: \w+){0,3})?",
    r"(?<!will )(?<!'ll )(?<!to )follow[ -]?up on (?:my|our|this|that|the|req\S*|#\d+)(?: \w+){0,3}",
    r"(?:a|any|quick) follow[ -]?up (?:on|about|re|regarding)(?: \w+){0,3}",
    r"circling back(?: on)?|checking in(?: on)?(?: (?:this|that|it|my|our|the) ?\w*)?|just checking|"
    r"(?:gentle|friendly|quick) (?:reminder|nudge|ping|bump)|reminder on",
    r"check(?:ing)? on (?:the )?(?:status|progress|this|that|it|" + REFERENCE + ")",
    r"(?:no one|nobody|noone|no-one) (?:has |have |'?s )?(?:replied|answered|responded|gotten back|got back|picked|"
    r"looked|reached|said)",
    r"(?:haven'?t|have not|hasn'?t|has not|didn'?t|did not|never) (?:\w+ )?(?:received|receive|had|seen) (?:an? |any )?"
    r"(?:reply|response|answer|update|news|feedback)|no (?:hemos|he|han|habiamos) (?:recibido|tenido) (?:\w+ )?"
    r"(?:respuesta|novedades|noticias|feedback)",
    r"(?:chance|possible|possibility) (?:of|for|to get) (?:an? |some |any )?(?:update|eta|news|answer|reply|response|"
    r"status)",
    r"(?:haven'?t|have not|didn'?t|did not) (?:\w+ )?(?:heard|hear|gotten|got) (?:back|anything|a reply|a response|"
    r"an answer)",
    r"(?:still )?no (?:reply|replies|response|answer|news|word|update|updates) (?:yet|since|so far|from|on|here|about)"
    r"|still no (?:reply|replies|response|answer|news|word|update|updates)|(?:and|but|with) (?:still )?no (?:reply|"
    r"replies|response|answer|news|word|updates?)(?: (?:at all|whatsoever|yet))?\s*$",
    r"(?:una |alguna )?(?:actualizacion|novedad(?:es)?|noticias?|avances?|estatus|status|estado|respuesta) (?:sobre|de|"
    r"del|de la|con|acerca de) (?:\w+ )?(?:" + REFERENCE + r"|mi|nuestr[oa]|est[oe]|eso|lo|caso|ticket|solicitud|tema)",
    r"when (?:will|would|can|could|should|do|might) (?:it|this|that|the fix|a fix|this fix|req\S*|#\d+) be",
    r"any idea (?:when|if|how long|on timing)|(?:alguna )?idea de (?:cuando|para cuando|cuanto)|where (?:are we|do we "
    r"stand|is this|are things) (?:on|with)|(?:en )?donde estamos con|how far along",
    r"when (?:can|could|should|will|would|might) (?:we|i) (?:expect|hear|know)",
    r"how(?:'s| is| s| are) (?:it going with|things going with|(?:my|our|the) (?:request|ticket|case|fix)|"
    + REFERENCE
    + r"|the progress|progress|(?:it|this|that) (?:going|coming along))",
    r"^\s*(?:p+i+n+g+|pinging|b+u+m+p+|bumping|u+p+|\^+|anyone|anybody|someone|alguien|nudge|subo(?: (?:esto|este "
    r"(?:hilo|mensaje|tema)|el (?:hilo|mensaje|tema)|mi (?:mensaje|consulta)))?|reflot\w+|arriba)"
    r"(?: (?:again|here|on this|this|this one|that|team|equipo|everyone|all|please|pls|porfa|x?\d)){0,3}\s*\?*$",
    r"^\s*(?:hello+|helo|hola+|hey+|hi+|oigan|team|equipo|alo)(?: (?:again|here|team|equipo|everyone|all|anyone|"
    r"alguien)){0,2}\s*\?+$",
    r"(?:can|could|would|will) (?:someone|somebody|anyone|anybody|you|u|y'?all|you guys) (?:please |pls |kindly |"
    r"just )*(?:look at|look into|check|check on|take a look at|update (?:me|us) on|get back to (?:me|us) on|respond "
    r"to|reply to|answer) " + rf"(?:{REFERENCE}|{MINE})",
    r"(?:alguna|algun|alguna otra|hay|tienen|hubo|tenemos|tendran|tendrian|tienes|teneis) (?:\w+ )?"
    r"(?:novedad(?:es)?|avances?|noticias?|actualizacion(?:es)?|update|respuesta|feedback|info(?:rmacion)? "
    r"(?:de|del|sobre))",
    r"que novedades|novedades\s*\??$|alguna novedad",
    r"(?:me|nos) (?:\w+ )?confirm\w* si (?:\w+ )?(?:lo |la |los |las |me |nos |les |te |ya )*(?:vieron|viste|"
    r"visteis|recibieron|recibiste|recibisteis|leyeron|leiste|llego|llegaron|revisaron|han (?:visto|recibido|"
    r"leido|revisado)|habeis (?:visto|recibido|leido)|pudieron|tienen novedades)",
    r"(?:pudo|pudieron|pudiste|pudisteis|han podido|habeis podido|has podido|lograron|alcanzaron a|alcanzaste a|"
    r"tuv\w+ (?:la )?(?:chance|oportunidad|tiempo|ocasion) de|ha(?:n|s|beis)? tenido (?:la )?(?:chance|oportunidad|"
    r"tiempo|ocasion) de) (?:\w+ )?(?:revisar|ver|mirar|checar|chequear|leer|avanzar|"
    r"resolver|verlo|revisarlo|mirarlo|checarlo|echarle)",
    r"(?:sabeis|saben|sabes|se sabe|sabemos) algo(?: de| del| sobre)?",
    r"(?:give|send|share|provide|get) (?:me|us) (?:an? |any |some |a quick )?(?:update|eta|status|news|timeline)",
    r"(?:an? |some )?(?:time )?estimate (?:on|for) (?:this|it|that|the fix|" + REFERENCE + r")|(?:an? )?(?:time )?"
    r"estimate\s*\??$",
    r"(?:un |una |alguna )?(?:estimado|estimacion|fecha estimada|eta)(?: de (?:tiempo|entrega|solucion))?\s*\??$",
    r"confirm (?:if |whether |that )?(?:you|u|y'?all|someone|the team|it|this|they)(?: \w+)? (?:received|got|saw|have "
    r"(?:seen|received)|has been (?:seen|received)|arrived|came through)",
    r"quien (?:nos |me |lo |la |les |le )?(?:esta |estan )?(?:\w+ando|\w+iendo|atiende|lleva|tiene|revisa|ve)\b",
    r"quien (?:lleva|tiene|esta (?:viendo|con|revisando|a cargo|llevando|atendiendo)|se (?:encarga|esta encargando)"
    r"|atiende|ve|revisa|lo ve|lo lleva|lo tiene|lo esta)",
    r"(?:alguien|alguno|ustedes|uds) (?:ya )?(?:lo |la |los |las )?(?:esta|estan|sigue|siguen) (?:viendo|revisando|"
    r"mirando|trabajando|chequeando|checando|atendiendo)",
    r"sigue (?:pendiente|abiert[oa]|en revision|sin (?:respuesta|novedad\w*|noticias)|en proceso)",
    r"(?:still|sigue|siguen|todavia|aun) (?:pending|open|in progress|under review|en (?:proceso|revision)|pendiente|"
    r"abiert[oa])|(?:hubo|tuvieron|tienen|alguna|algo de) suerte",
    r"(?:seguimos|sigo|estamos|estoy|quedo|quedamos) (?:\w+ )?(?:esperando|a la espera)(?: (?:respuesta|novedades|"
    r"noticias|la respuesta|su respuesta|sus comentarios|de \w+))?",
    r"esperando (?:respuesta|novedades|noticias|la respuesta|su respuesta)|sin respuesta",
    r"no (?:me|nos) (?:han|habeis|has) (?:respondido|contestado|dicho nada|escrito)",
    r"nadie (?:me |nos )?(?:ha )?(?:respond|contest|dij|escrib)\w*",
    r"(?:hay|tienen|tenes|tienes|habra|teneis) (?:una |alguna )?(?:fecha|eta|hora|plazo|tiempo) (?:estimad[oa]|"
    r"aproximad[oa]|de (?:entrega|solucion|resolucion)|para)",
    r"para cuando (?:estaria|estara|lo|la|tendr\w*|queda\w*|seria|se)",
    r"cuando (?:estaria|estara|queda(?:ria)?|lo tendr\w*|la tendr\w*|lo van a|van a tener|se resuelve|se "
    r"soluciona|creen que)",
    r"como (?:va|vamos|van|andamos|anda|vais) (?:lo|el|la|eso|esto|con|mi|nuestro|nuestra|" + REFERENCE + r")\w*",
    r"en que (?:quedo|quedamos|va|estado esta|anda)",
    r"que (?:paso|pasa|hay|onda|tal) con (?:lo|el|la|mi|nuestro|nuestra|eso|esto)",
    r"(?:dar|doy|hago|hacer|dando|hacemos|damos) seguimiento|les escribo (?:de nuevo|nuevamente|otra vez) "
    r"(?:por|sobre)|recordatorio",
    r"(?:y|and|but|pero) (?:still )?(?:nada|nothing)(?! (?:funciona|works|carga|loads|anda|sirve|aparece|shows|happens|"
    r"se \w+|sale|llega|arrives))(?: (?:todavia|aun|yet|de nada))?|(?:still|todavia|aun) (?:nada|nothing)"
    r"(?! (?:on|in|at|en|under) (?:the |el |la |our |my )?(?:\w+ )?(?:screen|page|report|dashboard|list|tab|panel|"
    r"portal|app|pantalla|pagina|reporte|listado|tablero|informe))|nothing yet|nada (?:todavia|aun)",
    r"alguien (?:lo |la )?(?:vio|ha visto|pudo ver|reviso|leyo|escalo|paso|derivo|tomo|agarro|miro|chequeo|checo)",
    # Presence nudges, a clause of nothing but presence words: "anyone there?", "still there anyone?", "¿¿y??".
    r"^[\s¿]*(?=(?:.*\s)?(?:anyone|anybody|someone|somebody|alguien|nadie|nobody|no one|knock|toc|y|and|so|"
    r"entonces)\b)(?:(?:hello+|helo+|hi+|hey+|hola+|oigan|buenas|team|equipo|knock|toc|still|is|are|hay|esta|estan|"
    r"anyone|anybody|someone|somebody|alguien|nadie|nobody|no one|y|and|so|entonces|there|around|here|home|online|"
    r"alive|awake|out there|at all|por ahi|por aca|ahi|aca|en linea|del otro lado)(?:\s+|(?=[\s?]*$)))+[\s?]*$",
    r"lo (?:vieron|recibieron|leyeron|revisaron)|les llego",
    r"(?:pueden|podrian|podeis|puede) (?:alguien )?(?:revisar|ver|mirar|checar) (?:el |la )?" + REFERENCE,
)

# Asked as a question: is the old thing done yet? ("is REQ-81 fixed yet?", "¿ya procesaron el reembolso?")
DONE_YET = words(
    r"^\s*(?:(?:hey|hi|hello|so|and|ok)\s+)*(?:is|are|has|have|was|were|did) (?:\w+ ){0,8}?(?:fixed|resolved|solved|done|"
    r"ready|processed|deployed|live|sent|approved|applied|completed|finished|merged|shipped|sorted|issued|updated|"
    r"corrected|refunded|fix|resolve|process|send|approve|apply|finish|manage to \w+|escal\w*|looked at|looked into|seen|"
    r"picked up|passed (?:on|along)|forwarded|made it|make it|get to|got to)(?: \w+){0,3}",
    r"\w+ (?:fixed|resolved|done|ready|processed|deployed|live|sent|approved) yet",
    r"(?:ya )?(?:esta|estan|quedo|quedaron|fue|fueron|se) (?:\w+ ){0,3}?(?:resuelt|list|arreglad|procesad|aplicad|"
    r"enviad|aprobad|corregid|solucionad|hech|emitid|actualizad|reembolsad|escal|derivad|revisad|pas[oa] a)\w*"
    r"(?: (?!lo de\b|lo del\b|lo que\b)\w+){0,3}",
    r"ya (?:lo |la |los |las |le |les |me |nos )?\w+(?:aron|ieron)(?: \w+){0,3}",
)

# Asking to be told, beside a chase, only carries it ("still waiting on REQ-61, please advise").
TELL_ME = words(
    r"please advise|advise please|kindly advise|let (?:me|us) know(?! (?:how|if|when|what|whether|which|where))|lmk|"
    r"keep (?:me|us) (?:posted|updated|informed)|(?:me|nos) (?:avisan|avisas|cuentan|comentan|confirman)|"
    r"avisen(?:me|nos)?|please confirm|confirmen(?:me|nos)?",
    r"(?:writing|reaching out|contacting you|escribo|escribimos|(?:les|te|los|os) contacto|contactamos|les escribo|te escribo|os escribo) "
    r"(?:\w+ )?(?:to|para|porque|because|about|sobre|por)(?! (?:comentar|informar|avisar|contar|let|inform|share|"
    r"give|decir|saludar|agradecer|thank|say|confirm|confirmar))",
)

# A team blocked or waiting is urgency about the old thing, not a new problem.
BLOCKED = words(
    r"(?:we|team|i|they|users|people|everyone|everybody|(?:the|our) (?:\w+ ){0,2}team)(?:'re|'m| are| is| am)? (?:\w+ )?"
    r"(?:blocked|stuck waiting|on hold|waiting)",
    r"(?:estamos|estoy|esta|estan) (?:\w+ )?(?:bloquead[oa]s|frenad[oa]s|parad[oa]s|detenid[oa]s)",
    r"(?:accounting|finance|payroll|sales|hr|ops|operations|legal|marketing|the warehouse|everyone|everybody|nobody|"
    r"no one|half (?:the|of) (?:\w+ ){0,2}?(?:team|staff|people|company)|contabilidad|finanzas|ventas|rrhh|el equipo|"
    r"la gente|todos|nadie)(?: (?:\w+ )?(?:is|are|'s|esta|estan|sigue|siguen))? (?:still )?(?:stuck|blocked|on hold|"
    r"idle|parad[oa]s?|frenad[oa]s?|bloquead[oa]s?|trabad[oa]s?)",
    r"nadie (?:\w+ ){0,3}?(?:puede|pudo) (?:\w+ ){0,2}?(?:avanzar|seguir|continuar|trabajar|cerrar)(?: \w+){0,3}",
    # What the old thing holds up: "it's holding up our close", "we can't run payroll until it's sorted".
    r"(?:holding|holds|held) (?:up|back)(?: \w+){0,4}|(?:blocking|delaying|stalling|holding up) (?:us|our|me|the|all|"
    r"everyone|everything)(?: \w+){0,4}",
    r"(?:can'?t|cannot|can not|are unable to|couldn'?t|won'?t be able to) (?:\w+ ){1,4}?(?:until|till|without|unless) "
    r"(?:it|this|that|then|we|you|they)(?: \w+){0,3}|(?:can'?t|cannot) (?:move (?:on|forward)|proceed|continue|go "
    r"ahead)(?: \w+){0,4}",
    r"(?:nos |me |les |los )?(?:esta |estan |sigue |siguen )?(?:frenando|bloqueando|trabando|atrasando|retrasando|"
    r"demorando)(?: \w+){0,4}|(?:nos|me|los|les) (?:tiene|tienen) (?:\w+ )?(?:parad|frenad|bloquead|trabad|detenid)"
    r"\w*",
    r"no (?:podemos|puedo|puede|pueden) (?:\w+ ){0,3}?(?:hasta que|sin (?:eso|esto|que))(?: \w+){0,4}|no (?:podemos|"
    r"puedo|puede|pueden) (?:avanzar|seguir|continuar|arrancar|trabajar)(?: \w+){0,4}",
)

# "any news on REQ-77? we need it before the 31st": needing the old thing is urgency, not a new ask.
NEED_IT = words(
    r"(?:we|i) (?:really |urgently |do )?need (?:it|this|that|them|these|those|an? (?:update|answer|reply|response))"
    r"(?! (?:fixed|done|sorted|resolved|changed|updated|removed|added|to))",
    r"(?:lo|la|los|las) (?:necesito|necesitamos|ocupamos|ocupo)",
)

# Once a clause chases, these frames only carry the chase ("can you give me an update on REQ-3?").
CHASE_FRAME = words(
    r"(?:can|could|would|will) (?:you|u|someone|somebody|anyone|anybody|y'?all|you guys)(?: please| pls| kindly)*"
    r"(?: (?:give|send|share|tell|provide|get|let) (?:me|us)(?: know)?)?",
    r"please|pls|plz|kindly|let (?:me|us) know|asap|(?:can|could|may) (?:i|we) (?:get|have|receive)",
    r"quisiera saber|queria saber|quisieramos saber|me gustaria saber|nos gustaria saber|(?:i'?d|we'?d) like to know|"
    r"(?:(?:i|we) )?(?:just )?(?:wanted|want|wanting|trying) to (?:know|check|ask|see|confirm|find out)(?: if| whether)?",
    r"(?:alguien )?(?:me|nos) (?:pueden|puede|podrian|podria|podeis|puedes|podes|podrias) (?:dar|pasar|enviar|mandar|compartir|decir|confirmar|"
    r"contar|avisar)|(?:me|nos) (?:dan|pasan|dicen|confirman|cuentan|avisan)|por ?fa(?:vor)?|porfis|plis",
)

CHASE_SUBJECT = words(
    r"(?:re:?|regarding|about|sobre|acerca de|respecto (?:a|al|de)|con lo de|lo de|lo del)\s+(?:\w+ ){0,5}\w+",
    r"(?:con |de |sobre )?lo que (?:\w+ ){0,4}\w+|(?:on|about|with) (?:what|the thing|the stuff) (?:\w+ ){0,4}\w+",
)

# Time gone by since it was sent: "it's been 3 days", "3 days now", "van 4 días", "ya pasó una semana".
ELAPSED = words(
    r"(?:\d+|a|one|two|three|four|five|six|several|a few|many|couple of|a couple of) (?:days?|hours?|weeks?) (?:now|"
    r"already|and counting|without (?:an? |any )?(?:answer|reply|response|update|news))",
    r"(?:ya )?(?:paso|pasaron|van|vamos|llevamos|lleva|llevan) (?:\w+ )?(?:dias?|horas?|semanas?|mes(?:es)?)"
    r"(?: (?!con\b|de\b|del\b|sobre\b)\w+){0,3}",
)

URGENCY = words(
    r"(?:nos|me) urge|urge$|"
    r"keeps? (?:asking|bugging|pinging|chasing|calling|emailing|writing|insisting)|siguen? preguntando|"
    r"urgent\w*|asap|urge|urgente|es urgente|importante|critical|critico|high priority|prioridad|important",
    r"(?:it'?s|is|this is|that'?s|it) (?:\w+ )?blocking|blocking (?:us|our|me|the)",
    r"(?:it'?s|it has|has) been (?:\w+ )?(?:days?|hours?|weeks?|a while|ages)",
    r"pasaron (?:\w+ )?(?:dias|horas|semanas)|lleva(?:mos)? (?:\w+ )?(?:dias|horas|semanas)|hace (?:\w+ )?(?:dias|horas|semanas)",
)

# Something the customer already sent or reported ("the SSO thing I flagged this morning", "lo que reportamos
# ayer del portal"): the old thing, with its subject; read only beside a chase, never as a new problem.
_WHEN = (
    r"(?: (?:you|to you|u|here|in here|in this channel|earlier|before|this morning|yesterday|today|last \w+|on \w+|"
    r"the other day|a few days ago|\w+ days ago|ayer|hoy|antes|esta manana|esta tarde|el otro dia|la semana pasada|"
    r"el \w+|hace \w+ dias|aqui|aca|por aca|en el canal|al hilo|en el hilo|por correo|por mail))*"
)
EARLIER = words(
    # "lo de la factura", "el tema de la API lenta": a thing both sides already know about.
    r"(?:con |sobre )?(?:lo|el tema|el asunto|la cuestion) del?(?! \w+(?:ar|er|ir)\b)(?: (?:la|las|los|el))?(?: \w+){1,6}",
    r"(?:(?:the|my|our|this|that|what) (?:\w+ ){0,3}?)?(?:that |which )?(?:i|we)(?:'ve| have)? (?:sent|posted|"
    r"reported|flagged|mentioned|raised|opened|filed|submitted|shared|wrote|logged|described|brought up|emailed|"
    r"dropped|started|created|began|left|put)" + _WHEN + r"(?: (?:about|on|re|regarding|with|for) (?:\w+ ){0,5}\w+)?",
    r"(?:my|our) (?:message|post|note|email|question|report|ticket|request|thread|comment)s? (?:from|of) (?:earlier|"
    r"this morning|yesterday|today|last \w+|the other day|\w+day|before)(?: (?:about|on|re|regarding) (?:\w+ ){0,5}"
    r"\w+)?",
    r"(?:(?:lo|el|la|los|las) (?:\w+ ){0,3}?)?(?:que|del? que) (?:les |te |os |le )?(?:mande|mandamos|envie|enviamos|"
    r"reporte|reportamos|escribi|escribimos|comente|comentamos|subi|subimos|pase|pasamos|avise|avisamos|levante|"
    r"levantamos|abri|abrimos|plantee|planteamos|mencione|mencionamos|deje|dejamos|publique|publicamos|empece|"
    r"empezamos|inicie|iniciamos|cree|creamos|arme|armamos)"
    + _WHEN
    + r"(?: (?:sobre|de|del|con|acerca de) (?:\w+ ){0,5}\w+)?",
)

# Beside something already sent, asking to look at it again is a chase ("could someone take a look at the
# payslip issue I posted yesterday", "por favor revisen lo que reportamos ayer").
LOOK_AGAIN = words(
    r"(?:(?:can|could|would|will) (?:someone|somebody|anyone|anybody|you|u|y'?all|you guys|one of you|the team)"
    r"(?: please| pls| kindly| just)* |(?:please|pls|kindly|someone|somebody) )*(?:mind )?(?:(?:have|take|get|give) )?"
    r"(?:a (?:quick )?look|look(?:ing)? (?:at|into)|check(?:ing)?(?: on)?|review(?:ing)?|escal\w+|follow(?:ing)? "
    r"up on|get back to (?:me|us) (?:on|about)|(?:chase|nudge|ping|poke|push|hurry)(?: (?:the|your) (?:\w+ )?(?:team|"
    r"devs|developers|engineers|engineering))?(?: (?:on|about|re))?)(?! (?:why|how|whether|if)\b)",
    r"any chance (?:someone|somebody|anyone|anybody|you) (?:\w+ )?(?:saw|seen|looked|checked|read|got to)",
    r"(?:alguien |ustedes )?(?:me |nos )?(?:puede|pueden|podrian|podria|podeis|podes|pudo|pudieron) (?:revisar|"
    r"mirar|ver|chequear|checar|escalar|echarle un (?:ojo|vistazo) a)",
    r"(?:ya )?(?:lo |la |los |las )?(?:escalaron|pasaron|derivaron|elevaron|vieron|revisaron|miraron|leyeron|"
    r"recibieron|tomaron|asignaron)(?: (?:a|al|con) (?:\w+ ){0,2}?\w+)?",
    r"(?:(?:les|te) (?:pido|pedimos|rogamos) )?(?:por ?fa(?:vor)? |porfis |plis )?(?:que )?(?:revisen|miren|vean|"
    r"chequen|escalen|fijense en|echenle un ojo a|le echen un ojo a)",
)

# What a chase is about, right after its cue or a preposition: the old thing, even when it names a problem ("any
# progress on the invoice mismatch?", "alguna actualización del tema de la API lenta?"). Read only in a clause that
# chases; it stops where a new statement could start ("… and now the export fails").
_STOP = (
    r"(?!(?:and|but|y|pero|because|porque|since|ya que|now|ahora|also|tambien|again|still|sigue|siguen|todavia|aun|"
    r"it|is|are|was|were|es|esta|estan|can|could|pueden|please|por favor|porfa)\b)"
)
TOPIC = words(
    r"(?:on|for|about|with|of|re|regarding|around|del|de la|de los|de las|de|con|por|sobre|acerca de|respecto (?:a|al|"
    r"de))"
    r"(?: (?:the|el|la|los|las|lo|lo de|lo del|tema|asunto|issue|problem|thing)){0,3}(?: " + _STOP + r"\w+){1,8}",
)

# Someone on their side asks about it all the time: urgency about the old thing ("my boss asks me every morning
# about …", "el cliente nos lo pregunta a diario").
PRESSURE = words(
    r"(?:asks?|asking|ask|keeps? asking|is asking|pregunta\w*|reclama\w*|insiste\w*|pide\w*)(?: (?:me|us|nos|me lo|nos lo|"
    r"me la|nos la|por (?:esto|eso|ello)|about (?:it|this|that)))? (?:every|each|all the time|daily|constantly|todos los|"
    r"todas las|cada|a diario|diariamente|constantemente|todo el tiempo)(?: single)?(?: (?:day|morning|hour|week|time|"
    r"dias|mananas|horas|semanas|dia|manana|rato))?",
)
