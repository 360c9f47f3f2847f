"""Cues that a message tells news from the customer's side (issue 16): a cause of theirs, a fix confirmed,
what they sent, will do or changed, absences and closures.
"""

from __future__ import annotations

from .intent_requests import ES_FUNCTION, FUNCTION, words

# The cause was on the customer's side, or the problem is gone by their own doing: news, not a problem.
CAUSE_OURS = words(
    r"(?:(?:the|el|la|los|las|that|this|our|those|these) (?:\w+ ){0,2}?)?(?:(?:missing|duplicated?|wrong|blank|empty|"
    r"extra|failed|bounced|rejected) \w+|issues?|problems?|cause|culprit|errors?|"
    r"reason|bugs?|timeouts?|failures?|bounces?|rejections?|loops?|delays?|outages?|slowness|crash(?:es)?|[45]\d\ds?|"
    r"problemas?|fallas?|causa|tema|culpa|rebotes?|demoras?)(?: (?:with|on|in|of|con|de|del|"
    r"en) (?:\w+ ){0,2}?\S+)? (?:was|were|is|turned out to be|came from|come from|era|eran|fue|fueron|es|estaba|venia|"
    r"venian) (?:\w+ ){0,5}?(?:(?:in|on|of|from|with|at|de|en|por|del|con) )?(?:our|my|nuestr[oa]s?|mis?)\b"
    r"(?! (?:\w+ )?(?:account|dashboard|workspace|portal|invoices?|reports?|exports?|page|app|plan|subscription|"
    r"licen[cs]es?|seats?|cuenta|panel|facturas?|reportes?|plan)\b)(?: \w+){0,4}",
    r"(?:the )?(?:\w+ )?(?:issues?|problems?|errors?|bugs?|timeouts?|failures?|bounces?|cause|culprit) (?:on|from|at) "
    r"(?:our|my) (?:side|end) (?:was|were|is)(?: \w+){0,6}",
    r"(?:it )?turn(?:s|ed)? out (?:that )?(?:\w+ ){0,8}?(?:our|my)\b(?: \w+){0,6}|resulta que (?:\w+ ){0,8}?"
    r"(?:nuestr[oa]s?|mis?)\b(?: \w+){0,6}",
    r"(?:(?:the|el|la) (?:\w+ ){0,2}?)?(?:(?:was|were|is|fue|era) )?(?:caused|triggered|causad[oa]|provocad[oa]) (?:by|por) "
    r"(?:our|my|nuestr[oa]|mi)\b(?: \w+){0,4}",
    r"(?:(?:the|el|la|los|las|our|nuestr[oa]) )?(?:\w+ ){0,3}?(?:on|in|of|de|en|del) (?:our|my|nuestr[oa]s?|mis?) "
    r"(?:\w+ ){0,2}?(?:had|was|were|estaba|estaban|habia) (?:expired|vencid\w*|misconfigured|mal configurad\w*|"
    r"blocking|bloqueando|down|caid\w*|wrong|mal|full|llen\w*)",
    r"(?:the )?(?:issue|problem|cause|culprit|error|reason|bug) (?:was|is|were|turned out to be) (?:on |in |with )?"
    r"(?:our|my)(?: \w+){0,4}",
    r"(?:it|that|this) (?:was|is) (?:on )?(?:our|my) (?:side|end|fault|bad|firewall|proxy|network|vpn|config\w*)"
    r"(?: \w+){0,3}",
    r"(?:was|were) (?:\w+ ){1,4}on our (?:side|end)",
    r"our (?:fault|bad|mistake)|my (?:bad|fault|mistake)",
    r"(?:sorry|apologies) for the (?:noise|confusion|trouble|spam)|false alarm",
    r"never ?mind|nvm|(?:please |pls )?ignore (?:that|my last|me|the above|my previous|the (?:\w+ ){0,2}(?:alerts?|"
    r"emails?|messages?|notifications?|tickets?))(?: \w+){0,4}",
    r"(?:that|it|this) was (?:me|us|our \w+) (?:testing|test\w*|playing|trying)|(?:fui|fuimos|era|eramos) (?:yo|"
    r"nosotros) (?:probando|haciendo pruebas)",
    r"(?:era|fue|es) (?:un |una )?(?:tema|problema|error|cosa|culpa|configuracion) (?:\w+ ){0,5}?(?:de|por|en) "
    r"(?:nuestro lado|nuestra parte|nuestro|nuestra)(?: \w+){0,3}",
    r"(?:era|fue) (?:nuestr[oa]|mi) \w+(?: \w+){0,3}",
    r"culpa nuestra|falsa alarma|olviden(?:lo)?|ignoren (?:lo anterior|mi mensaje|el mensaje)",
    r"ya lo (?:resolvimos|solucionamos|arreglamos|encontramos|resolvi|solucione|arregle)",
    r"(?:we|i) (?:fixed|solved|sorted|figured|found) (?:it|out|the (?:issue|problem|cause))(?: \w+){0,3}",
    r"(?:we|i)(?: have|'ve)? (?:found|figured out|came up with|have) (?:a|an|the) (?:workaround|fix|solution|way "
    r"around)(?: \w+){0,3}|(?:encontramos|encontre|dimos con) (?:una|la) (?:solucion|alternativa|forma|manera|vuelta)"
    r"(?: \w+){0,3}",
    r"(?:we|i) (?:found|figured out|realized|realised|discovered|noticed|confirmed)(?: that| out)? (?:\w+ ){0,8}?"
    r"(?:our|my) (?:own )?\w+(?: \w+){0,3}",
    r"(?:our|my) (?:own )?\w+(?: \w+)? (?:was|were|had been) (?:down|broken|misconfigured|blocking|offline|expired|"
    r"the (?:issue|problem|cause|culprit))(?: \w+){0,3}|that'?s why(?: \w+){0,6}|por eso(?: \w+){0,6}",
    r"(?:coming|came|comes|caused|triggered) (?:from|by) (?:our|my)(?: own)? \w+(?: \w+){0,3}",
    r"(?:fixed|solved|sorted|resolved|arreglad[oa]|resuelt[oa]) (?:it )?(?:on|from|de|por|en) (?:our|my|nuestro|"
    r"nuestra) (?:side|end|lado|parte)",
)

# It works now: info alone, thanks with a word of thanks or acceptance.
FIXED = words(
    r"(?:(?:the|el|la|los|las) (?:\w+ ){0,2}?)?ya no (?:se )?(?:aparece|aparecen|sale|salen|pasa|falla|fallan|ocurre|"
    r"da error|reproduce|repite|corta|cae|traba|cuelga|ve|tarda|duplica\w*|pierde\w*|borra\w*|congela\w*|rebota\w*|"
    r"rechaza\w*|bloquea\w*|demora\w*)(?: (?:el|la|los|las|ese|este|esa|esta|mas|nunca) \w+)?",
    r"ya (?:se )?(?!ve\b|veo|vemos|ven\b|hace)" + ES_FUNCTION + r"(?: (?:el|la|los|las|bien|normal) \w*)?"
    r"(?: (?:todos|todas|todo|bien|normal|sin (?:problemas?|errores|drama)))*",
    r"(?:(?:the|all|those|these) )?(?:\w+ )?(?:errors?|issues?|problems?|timeouts?|crash\w*|warnings?|failures?|"
    r"[45]\d\ds?|loops?|bounces?|rejections?|duplicates?|delays?|logouts?|lag|freezes) "
    r"(?:have |has )?(?:stopped|went away|gone away|disappeared|are gone|is gone|no longer \w+)",
    r"(?:no longer|doesn'?t|does not|don'?t) (?:happens?|reproduces?|occurs?|shows? up|appears?|times? out|fails?|"
    r"crash(?:es)?)(?: anymore| any more| again)?|not (?:happening|reproducing|failing) (?:anymore|any more)",
    r"(?:goes|comes) through(?: (?:now|fine|ok|this time))?",
    r"ya (?!no\b)\w+ (?:bien|normal|correctamente|perfecto|sin (?:problemas|errores))",
    r"(?:it|that|this|everything|all|they|now it|the \w+) (?:\w+ )?(?:works|worked|is working|'?s working|are working"
    r"|working|loads|loaded|went through|arrived) (?:now|again|fine|perfectly|great|ok|okay|this time|correctly)",
    r"(?:works|working|loads|loading) (?:now|again|fine now|correctly now)",
    r"(?:issue|problem|error|bug|it)(?:'s| is| has| was)? (?:gone|disappeared|fixed|resolved|sorted)|ya no (?:aparece|"
    r"sale|pasa|falla|ocurre|da error)|desaparecio el (?:error|problema)|(?:se fue|se resolvio) el (?:error|problema)",
    r"(?:y|and|now|ahora|pero) (?:ya )?(?:it )?(?:funciona|works|anda|carga|loads|jala|sirve)$",
    r"(?!fail|crash|break|error|happen|spinn|hang|timing|lagg|duplicat|repeat|show|loop|freez|reboot|restart|redirect|"
    r"bounc|drop|disconnect|kick|log)\w+ing (?:fine |ok |okay |correctly |"
    r"properly |normally |well |as expected )?(?:again|now)",
    r"(?:esta|estan|ya) \w+(?:ando|iendo) (?:bien|normal|correctamente|de nuevo|otra vez)",
    r"(?:that|this|it|which|the \w+|req\S*) (?:fixed|solved|did|resolved|sorted) (?:it|the (?:\w+ ){0,2}(?:issue|"
    r"problem|bug|error|trick))",
    r"(?:it'?s|is|are|got|been|all|everything|it is) (?:\w+ )?(?:fixed|resolved|solved|sorted)(?: now)?",
    r"(?:went|came|got|go) through(?: (?:now|this time|fine|ok))?",
    r"(?:all|everything) (?:is |'?s )?(?:good|ok|okay|fine|working|set|sorted)(?: \w+){0,4}",
    r"(?:looks?|seems?|looking|is|are) (?:all )?(?:good|fine|ok|correct|right) now|(?:both|all) looks? good",
    r"good now|back to normal|(?<!problem )(?<!issue )(?<!error )(?<!bug )(?<!crash )(?<!it )(?:is|are|'?s) back"
    r"(?: up)?(?: now)?",
    r"(?:the \w+|it|everything|all|they) (?:has |have |just )?(?:finished|completed)(?! with)(?: \w+){0,2}|"
    r"(?:are|is) all in|all in now",
    r"ya (?:lo |la |los |las |me |nos )?(?:pude|pudimos|pudieron|logramos|pudo)(?: \w+)?",
    r"ya (?:esta|quedo|fue) (?:hecho|realizado|pagado|aplicado|hecha|realizada|pagada|aplicada)|"
    r"(?:went|gone|going) live|salimos (?:en vivo|a produccion)|ya estamos en produccion",
    r"ya (?:funciona\w*|quedo(?: todo)?|esta (?:funcionando|bien|ok|listo|resuelto|arreglado|solucionado)|anda|jala"
    r"|carga|cargo|salio|salieron|llego|llegaron|aparece|aparecen|sirve|se ve|lo vemos|pude|pudimos|se (?:resolvio|"
    r"soluciono|arreglo)|tenemos acceso|tengo acceso|entr[eo]|entramos|se descarg\w*|se envi\w*)",
    r"ahora si(?: \w+){0,4}",
    r"(?:funciona|anda|carga|jala) (?:de nuevo|otra vez|bien|perfecto|perfectamente|correctamente)",
    r"(?:vuelve|volvio) a funcionar",
    r"todo (?:ok|bien|en orden|correcto|perfecto|funcionando|listo)(?: \w+){0,2}",
    r"(?:quedo|queda|esta) (?:resuelto|solucionado|arreglado)|solucionado|resuelto|arreglado",
)

# "the sync runs fine now": a subject, a verb and "now" (read only when no problem is named).
FIXED_NOW = words(
    r"(?:it|that|this|they|everything|all|the \w+|\w+s) (?:(?!not|no|never|still|stopped|keeps?|doesnt|dont|didnt|"
    r"isnt|wont|cant)\w+ )?(?:" + FUNCTION + r"|finish\w*|complet\w*)(?: (?:fine|ok|okay|correctly|properly|normally|"
    r"smoothly|through|well|up|in|as expected|without (?:errors?|issues|problems)))* (?:now|again)\s*$"
)

# News from the customer's side: plans, absences, changes, what they sent or will do.
# "please find attached …": what they send, read before "please" can ask for anything.
SENT = words(
    r"(?:lo |la |los |las )?(?:probamos|pruebo|testeamos|revisamos|reviso|miramos|miro|chequeamos|vemos|veo) "
    r"(?:\w+ ){0,3}?(?:manana|hoy|esta (?:semana|tarde|noche)|este (?:finde|fin de semana|\w+)|el (?:lunes|martes|"
    r"miercoles|jueves|viernes)|la (?:semana|proxima)|en (?:staging|sandbox|pruebas|qa|test))|(?:y )?(?:les|te|os|le) "
    r"(?:contamos|avisamos|comentamos|confirmamos|escribimos)",
    r"(?:you|u|y'?all) (?:asked|requested|wanted|needed) (?:for|me for|us for)?|(?:que|lo que) (?:me|nos) (?:pidieron|"
    r"pediste|pedisteis|solicitaron|solicitaste)|(?:as|like) (?:you )?(?:requested|asked)|(?:como|segun lo) "
    r"(?:pidieron|solicitado|acordado)",
    r"(?:para|to) (?:comentar\w*|informar\w*|avisar\w*|contar\w*|let you know|inform you|share|give you a heads up|"
    r"confirmar\w*|confirm) (?:que|that)",
    r"(?:para|to) (?:saludar\w*|agradecer\w*|thank you|say thanks|say thank you|say hi|say hello)",
    # What they will send or have sent, whatever it shows: "I'll send you the screenshots of the error", "mañana les
    # mando las capturas del error".
    r"(?:(?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to| can|'ve| have)? (?:just |also |"
    r"already )?(?:send|sent|share|shared|forward|forwarded|attach|attached|upload|uploaded|paste|pasted|email|emailed|"
    r"drop|dropped)|(?:les |te |os |le )?(?:mando|mandamos|paso|pasamos|envio|enviamos|comparto|compartimos|adjunto|"
    r"adjuntamos|subo|subimos|reenvio|reenviamos|mandare|mandaremos|enviare|enviaremos|pasare|pasaremos)) (?:you |u |"
    r"over |along |les |te |os |le )?(?:the |a |some |our |a few |las |los |el |la |unas |unos |un |una |mas |more )?"
    r"(?:\w+ ){0,2}?(?:screenshots?|screen ?caps?|captures?|logs?|files?|examples?|samples?|recordings?|videos?|"
    r"details|ids|har|traces?|capturas?|pantallazos?|archivos?|ejemplos?|registros|grabacion\w*|evidencias?|"
    r"detalles)(?: (?:de pantalla|completos?))?(?: (?:of|from|with|showing|de|del|con|que|that|which|where|donde)"
    r"(?: \w+){1,6})?",
    r"please (?:find|see) (?:attached|enclosed|the attached)|(?:les |te |os )?(?:envio|remito|mando|paso) adjunto|"
    r"adjunto (?:les |te |os )?(?:envio|remito|mando|paso)",
)

INFO = words(
    r"(?:taking|takes|took|will take) over|(?:se hace|se hara|queda) (?:cargo|a cargo)|(?:as|como) (?:our|nuestro|"
    r"nuestra) (?:main |new |nuev[oa] |principal )?(?:contact|admin\w*|contacto|responsable|lead)",
    r"(?:les|te|os|le) (?:llega|llegara|llegaran|va a llegar)",
    r"(?:sharing|compartiendo|pasting|adding) (?:\w+ ){0,5}(?:for context|for reference|fyi|para contexto|como "
    r"referencia|de referencia)|for (?:context|reference)|(?:para|como) (?:contexto|referencia)",
    r"(?:our|my) (?:\w+ ){0,2}(?:team|admin|admins|department|it|finance|legal|accountant|manager|boss|cto|cfo|ceo|"
    r"developers|devs|provider|vendor) (?:\w+ )?(?:\w+ed|approved|sent|made|did|took|gave|set|put|got)\b",
    r"(?:confirm|cambi|actualiz|agend|program)\w*amos|nuestro horario|our (?:hours|schedule|business hours)",
    r"(?:we|i)(?:'re|'m| are| am| will be|'ll be) (?:\w+ )?(?:available|free|around|online|reachable)|(?:estamos|estoy|"
    r"estaremos|estare) (?:\w+ )?disponibles?",
    r"(?:i|we) can (?:jump|hop|do|meet|talk|join|be|make|take|send|share|provide|test|set up|schedule)",
    r"fyi|f\.y\.i|heads[- ]?up|just so you know|for your (?:info|information|awareness|records)|jsyk|quick note|"
    r"note that|(?:just )?(?:letting|wanted to let|want to let|to let) you (?:all |guys )?know|wanted to (?:share|"
    r"mention|give you)",
    r"i'?ll|i will|i'?m going to|i am going to|we'?ll|we will|we'?re going to|we are going to|gonna",
    r"(?:i|we)(?:'?ve| have)? (?:just |already )?(?:sent|attached|uploaded|shared|emailed|forwarded|submitted|rolled "
    r"back|upgraded|updated|migrated|moved|switched|changed|added|removed|hired|installed|deployed|restarted|"
    r"rebooted|cleared|renewed|paid|signed|approved|tested|decided|finished|completed|received|got)",
    r"sent (?:you|it|them|over|the)|(?:here'?s|here is|here are|attached (?:is|are)|attaching|pasting|enclosed)",
    r"(?:is|are) (?:now|our new|the new)|(?:left|leaving|joined|joining|has left) (?:the company|us|the team)",
    r"no longer (?:with us|works|working (?:here|with))|new (?:admin|contact|email|address|owner|point of contact|"
    r"manager|billing contact)",
    r"(?:i'?m|we'?re|i am|we are|i'?ll be|we'?ll be|i will be|we will be|i'?d be|he'?s|she'?s|he is|she is|they'?re)"
    r" (?:\w+ )?(?:out|off|away|closed|on (?:vacation|holiday|holidays|leave|pto|\w+ leave)|travell?ing|ooo|back|"
    r"offline|unavailable|migrating|moving|switching|closing|upgrading|testing|sick)",
    r"(?:is|are|'s|will be|estara|esta|estan) (?:\w+ )?(?:out|off|away|fuera|ausente) (?:sick|today|tomorrow|until|till"
    r"|of (?:the )?office|this|next|on|for|from|hoy|manana|hasta|esta|la semana|el \w+)",
    r"(?:is|are|'s|will be|esta|estan|estara) (?:\w+ )?(?:on|de) (?:vacation|leave|holiday|pto|vacaciones|licencia|"
    r"baja|permiso)|(?:is|are|'s|esta) (?:\w+ )?(?:sick|enferm[oa])",
    r"out of (?:the )?office|ooo|on (?:vacation|holiday|leave|pto)",
    r"(?:office|offices|we|company|plant|warehouse|store|stores)(?: is| are| will be| '?re| '?ll be|'re|'ll be)? "
    r"closed|closed (?:on|from|until|for|between|over|\d|this|next|all)",
    r"(?:closes|closing|will close|cierra|cerrara|cierran|cerraran) (?:\w+ )?(?:for|por|on|el|la|next|this|from|"
    r"desde|until|hasta|early|temprano)",
    r"ya (?:lo |la |los |las |le |les |se )?(?!no\b)\w+(?:aron|ieron|o)\b",
    r"(?:the|our|el|la|nuestro|nuestra) (?:board|team|cfo|ceo|cto|coo|management|legal|finance|directorio|junta|"
    r"gerencia|direccion|equipo(?: de \w+)?|area de \w+|auditor\w*|contador\w*|accountants?) (?:\w+ )?(?:approved|"
    r"signed|decided|agreed|confirmed|chose|asked|aprobo|firmo|decidio|confirmo|eligio|configuro|termino|pidio)",
    r"(?:will|may|might|could) be (?:slow|late|unavailable|offline|away|out|delayed|on-site|onsite|in|closed|off)",
    r"public holiday|bank holiday|day off|days off",
    r"(?<!you )(?<!u )(?<!it )(?<!this )will (?:be |now |also )?(?!you\b)\w+|\w+ (?:van|va) a (?:estar|empezar|unirse|"
    r"encargarse|llevar|cubrir|tomar)",
    r"(?:our|my|nuestro|nuestra|mi) (?:\w+ ){1,2}(?:approved|signed|decided|confirmed|renewed|paid|sent|agreed|chose|"
    r"picked|finished|completed|updated|changed|aprobo|firmo|decidio|confirmo|pago|envio|mando)",
    r"(?:lo|la|los|las|les|os|te|le) (?!necesit|podemos|pudimos|queremos|deseamos)\w+(?:amos|emos|imos)",
    r"\w+(?:aremos|eremos|iremos)",
    r"(?:we'?re|we are|i'?m|i am) (?:\w+ly )?(?!having|seeing|getting|trying|looking|hoping|waiting|still|experienci)"
    r"\w+ing(?! (?:to|for|an? error|errors?)\b)",
    r"(?:quick |small |short )?(?:update|news|novedades?|noticias?) (?:from|de|desde) (?:(?:our|my|nuestro|nuestra|"
    r"mi) (?:side|end|team|lado|parte|equipo)|us|here)|^\s*(?:quick |small )?(?:update|novedad|aviso|news|note|nota)\s*:",
    r"(?:opens|opening|launch\w*|starts|begins|goes live|go live|kicks off|arranca|empieza|abre|inaugura|entra|"
    r"se incorpora|comienza) (?:\w+ ){0,4}?(?:on|in|next|this|el|la|en|a partir|manana|tomorrow|hoy|today|monday|"
    r"lunes|al equipo|to the team)",
    r"(?:le|les|te|os) (?:van|va) a llegar|(?:les|te|os|le) llegar(?:a|an)|you(?:'ll| will) (?:get|receive|see)",
    r"adjunto|adjuntamos|attached|attaching|enclosed|(?:aqui|aca|ahi) (?:va|van|les va|les dejo|tienen)|here you go|"
    r"there you go",
    r"(?:(?:hoy|manana|el \w+) )?(?:salgo|me voy|me retiro) (?:temprano|antes|de vacaciones|de viaje|a las)|"
    r"(?:i'?m|i am|we'?re|we are) (?:leaving|heading out) (?:early|at|for)",
    r"(?:i'?m|i am|soy|me llamo|my name is|we'?re|somos) (?:\w+ ){0,3}(?:the |el |la |our |your )?(?:new|nuev[oa]s?)"
    r"|(?:me acabo de|acabo de|just) (?:sumar|unir|incorporar|joined)|introduce myself|presentarme|me presento",
    r"^\s*(?:i'?m|i am|soy|me llamo|my name is|this is|les habla|les escribe) \w+(?: \w+)?\s*$|"
    r"(?:the|el|la|our|nuestr[oa]) (?:new|nuev[oa]) (?:\w+ ){0,2}(?:lead|admin|manager|contact|director|owner|person|"
    r"analyst|engineer|responsable|encargad[oa]|gerente|contacto|jef[ea])",
    r"on our (?:end|side) (?:is|was|are|were) (?:now )?(?:complete|completed|done|finished|ready|live)|(?:is|are) "
    r"(?:now )?(?:complete|completed|finished|live) on our (?:end|side)",
    r"(?:office|we|company|team|warehouse|plant|we'?re|we are) (?:\w+ )?(?:moves|is moving|are moving|will move|"
    r"relocat\w*|moving)|(?:se muda|nos mudamos|mudanza|nos cambiamos de oficina)",
    r"(?:they|he|she|someone|\w+)'ll \w+|(?:i|we)(?:'ve| have)? (?:let|told|informed|notified|looped in|cc'?d|"
    r"asked) (?:our|my|the|\w+)",
    r"respondemos|contestamos|(?:les|os|te|le) (?:respondo|contesto|respondemos|contestamos)|"
    r"(?:tenemos|hay|we have|we'?ve got) (?:una |un |an? )?(?:auditoria|reunion|cierre|inventario|visita|capacitacion|"
    r"evento|feriado|audit|meeting|offsite|inventory|holiday|event|training)",
    r"(?:year|quarter|office|month|books|fiscal year|plant|period) (?:closes|ends|starts|close|end)|expect (?:a lot|"
    r"some|delays|slower|more|fewer)|cierre (?:de|del) (?:ano|mes|trimestre|ejercicio)|cerramos|^\s*aviso\b|"
    r"(?:sera|seran|va a ser) (?:el|la|nuestro|nuestra)? ?(?:nuev[oa] )?(?:contacto|admin\w*|responsable|encargad[oa])",
    r"(?:our|my) (?:\w+ )?(?:email|address|phone|contact|admin|domain) (?:is now|changed|has changed|will change)|"
    r"changed (?:my|our)",
    r"(?:les|os|te) (?:aviso|cuento|comento|comparto|informo|escribo|mando|envio|paso|confirmo)|aviso que|"
    r"para que (?:lo |la )?(?:sepan|sepais|tengan en cuenta|tengais en cuenta|esten al tanto)|para su "
    r"(?:informacion|conocimiento)|para que lo tengan|ojo que|como dato|les dejo|os dejo|comparto",
    r"ya (?:les |le |te |os |lo |la |los |las |se lo |se la |se los )?(?:mande|envie|pase|comparti|adjunte|subi|di|"
    r"agregue|cree|configure|actualice|cambie|pague|hice|enviamos|mandamos|pagamos|hicimos|dimos|pasamos|agregamos|"
    r"creamos|configuramos|actualizamos|cambiamos|compartimos|subimos)",
    r"(?:our|my|nuestr[oa]|mi) (?:new|nuev[oa]) \w+(?: \w+)?",
    r"(?:hemos|he|ya) (?:actualizado|cambiado|migrado|instalado|hecho|agregado|quitado|enviado|mandado|subido|pagado|"
    r"renovado|firmado|aprobado|decidido|probado|contratado)",
    r"actualizamos|cambiamos|migramos|instalamos|enviamos|mandamos|subimos|pagamos|renovamos|firmamos|aprobamos|"
    r"hicimos|contratamos|decidimos|probamos",
    r"vamos a|voy a|hacemos|haremos|estaremos|estare|estamos (?:de|fuera|cerrad\w*|migrando|cambiando)|estoy (?:de|"
    r"fuera|en|con|enferm\w*)",
    r"no (?:estoy|estare|estaremos|vamos a estar|voy a estar|trabajamos|hay oficina)|de vacaciones|fuera de la "
    r"oficina|feriado|festivo|dia libre|de licencia|de baja|cerrad[oa]s",
    r"queda a cargo|a cargo|a partir de|cambio (?:mi|nuestro|el)|ahora es|nuevo (?:correo|contacto|admin\w*|"
    r"responsable)|nueva (?:administradora|contacta|responsable|direccion)",
    r"ya no trabaja|dejo la empresa|se fue de la empresa|se unio|se incorpora|entra (?:a trabajar|el|la)",
    r"(?:les|os|te) (?:escribo|aviso|confirmo) (?:si|cuando|en cuanto|manana|luego|despues)",
    r"zcodez",
)

# What they did, in the first person: "this morning we reinstalled the agent", "we spent the morning on it". Weaker
# than news: beside words about something we provide, those words may still be a problem ("… but we downgraded").
WE_DID = words(
    r"(?:i|we)(?:'ve| have)? (?:just |already |also |then )?(?!need|want|tried|seem|notic|receiv|experienc|encounter)"
    r"\w{3,}ed(?: \w+){0,4}|(?:i|we) spent (?:the|all|most of the|this|a few|some|an?) \w+(?: \w+){0,4}",
)

# Calling off an ask: "no need to check the printer anymore", "no hace falta que revisen …" (closing, not a new ask;
# the cause said after it is news of theirs: "…, it was unplugged").
CANCEL = words(
    r"(?:there'?s |there is )?no (?:more |further )?need (?:to|for)(?: (?!just|only|but|please|instead)\w+){0,6}|"
    r"(?:you )?(?:don'?t|do not) (?:need|have) to (?:\w+ ){0,5}?(?:anymore|any more|after all)|(?:ya )?no (?:hace "
    r"falta|es necesario|hay que|necesitamos que|necesitan)(?: que)?(?: (?!solo|pero|sino|por favor)\w+){0,6}",
    r"(?:you can|feel free to|pueden|puedes) (?:ignore|skip|disregard|ignorar|olvidar\w*|saltear|omitir)(?: \w+){0,6}",
)

# After calling off an ask, a state in the past is their cause: "it was unplugged", "estaba desconectada",
# "someone here had the wrong filter on".
CAUSE_AFTER = words(
    r"^\s*(?:\w+ ){0,4}?(?:was|were|had|had been|estaba|estaban|era|eran|tenia|tenian|habia|habian|fue|fueron|"
    r"turned out)\b.*",
)
