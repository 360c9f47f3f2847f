"""Cues that a message tells, thanks or greets (issue 16): news from the customer's side, fixes confirmed,
acknowledgements and acceptance, hellos, wishes and small talk.
"""

from __future__ import annotations

from .intent_requests import REFERENCE, words

# "you can close REQ-45", "pueden cerrar el ticket": closing is acceptance (thanks), not a new ask.
CLOSING = words(
    r"(?:we|i)(?:'ll| will) wait(?: for (?:the|your|it|that) ?\w*)?(?: then)?|esperamos entonces|"
    r"no rush|sin apuro|sin prisa|no hay prisa|take your time|tomen?se (?:su|el) tiempo",
    r"closing (?:this|it|that|the (?:ticket|request|case|thread|issue))(?: out)?(?: on our (?:side|end))?|"
    r"(?:lo|la) (?:cerramos|damos por cerrad[oa])(?: de nuestro lado| por nuestra parte)?",
    r"let (?:me|us) know if (?:you|u) (?:need|have|want) (?:anything|something|more|any)(?: \w+){0,4}|"
    r"feel free to (?:reach out|ping|contact|ask|call|write|message)(?: \w+){0,5}|happy to help|"
    r"quedo (?:atent[oa]|a la orden|a las ordenes|a (?:su|tu|vuestra) disposicion)|quedamos (?:atent[oa]s|a la orden|a "
    r"(?:su|tu|vuestra) disposicion)|(?:estamos|estoy) a (?:la orden|las ordenes|disposicion)",
    rf"(?:you |u |we |y'?all )?(?:can|could|may|are free to|feel free to|go ahead and|ok to|okay to) (?:now )?close "
    rf"(?:it|this|that|the (?:ticket|request|case|thread|issue)|{REFERENCE})",
    rf"(?:please |pls )?close (?:it|this|that|the (?:ticket|request|case|thread|issue)|{REFERENCE})(?: out)?",
    rf"(?:ya )?(?:lo |la )?(?:pueden|puedes|podeis|podes|podemos|se puede|pueden ya) (?:ya )?cerrar"
    rf"(?:lo|la)?(?: (?:el|la) (?:ticket|caso|hilo|tema|solicitud|consulta)| {REFERENCE})?",
    r"(?:(?:yes|yeah|ok|okay|sure|si|dale|vale)\s+)?(?:please |pls )?go ahead(?! and| with)|adelante|procedan|"
    r"proceed|green light|luz verde",
    r"(?:(?:ok|okay|sure|yes|perfect|great)\W+)?will do",
    r"(?:we|i)(?:'ll| will) (?:take it from here|handle it from here|take care of (?:it|the rest)|manage from here)|"
    r"(?:lo |la )?(?:tomamos|seguimos) (?:desde aqui|desde aca|nosotros)|nosotros seguimos",
    r"(?:justo|exactamente|just|exactly|precisely|eso era|eso es|that'?s|that was|this is|this was|es) (?:justo |"
    r"exactamente |just |exactly )?(?:lo que|what) (?:\w+ )?(?:necesitaba\w*|necesitamos|queriamos|"
    r"buscaba\w*|faltaba\w*|needed|wanted|was looking for|were looking for|i needed|we needed|i wanted|we wanted|"
    r"was missing|were missing|i was missing|we were missing|missed)",
    r"ya lo (?:vimos|vi|lei|leimos|tenemos|tengo)|(?:we|i)(?:'ve)? (?:saw|seen|got|read) it",
    r"(?:asi|de esa forma|de esa manera|entonces) (?:lo|la) (?:dejamos|hacemos|manejamos)|(?:lo|la) dejamos (?:asi|"
    r"entonces)|quedamos (?:asi|en eso|de acuerdo)|(?:we'?ll|we will|i'?ll|i will) go with (?:that|this|it|option \w+|the \w+(?: one)?)|let'?s (?:go with|do) (?:that|it|this|option \w+)|go with (?:that|this)",
    r"cierren(?:lo|la)?(?: (?:el|la) (?:ticket|caso|hilo|tema|solicitud|consulta))?",
    r"(?:den|dar|damos|doy) por (?:cerrad[oa]|resuelt[oa]|terminad[oa])(?: (?:el|la) \w+)?",
)

# "thanks for the help with REQ-19": gratitude for what was done, not a new ask for help.
GRATITUDE = words(
    r"(?:thanks?|thank you|thx|ty|appreciate|grateful)(?: you)?(?: so much| a lot| again| all)? for (?:the|your|all|"
    r"all the|this|that|looking|checking|helping|fixing|sorting|the quick|everything)(?: \w+){0,4}",
    r"gracias (?:de nuevo |otra vez )?(?:por|x) (?:la|tu|su|vuestra|todo|el|los|las|avisar|revisar|ayudar|"
    r"resolver|arreglar|responder)(?: \w+){0,4}",
)

# Hellos, wishes and small talk, their questions included ("how was the offsite?", "¿cómo están?").
SMALLTALK = words(
    r"(?:les|te|os|le) (?:deseamos|deseo|desea|desean) (?:\w+ ){0,8}(?:fiestas|navidad|ano|exito\w*|semana|fin de "
    r"semana|finde|vacaciones|dia|descanso|\d{4})|(?:we |i )?(?:wish|wishing) (?:you|everyone|y'?all|the team)"
    r"(?: \w+){0,8}",
    r"(?:any|big|fun) plans (?:for|this) (?:the )?(?:holidays?|weekend|break|christmas|xmas|new year|summer|vacation|"
    r"long weekend)|(?:ready|excited|listos?|listas?) (?:for|para) (?:the |las |el |la )?(?:holidays?|weekend|break|"
    r"fiestas|finde|fin de semana|vacaciones|navidad|christmas)",
    r"(?:tuvieron|pasaron|disfrutaron|tuviste|pasaste|tuvisteis|pasasteis) (?:un |una |unas |unos |el |la |las )?"
    r"(?:buen|buena|buenas|buenos|lind[oa]s?|felices|lindo)? ?(?:fin de semana|finde|fiestas|vacaciones|navidad|"
    r"descanso|viaje|puente)",
    r"(?:how'?s|how is|what'?s) the weather(?: \w+){0,3}|(?:que tal|como esta) el clima(?: \w+){0,3}",
    r"cuando (?:salen|se van|se toman) de vacaciones(?: \w+){0,2}|when (?:are|do) you (?:go|guys go|leave|take) "
    r"(?:on )?(?:vacation|holidays?|break)",
    r"how(?: are| r| were| was| is|'s| s) (?:you|u|ya|y'?all|you all|you guys|everyone|everybody|things|the team|"
    r"your (?:\w+ )?(?:day|week|weekend|holidays?|break|trip|vacation|morning)|the (?:offsite|trip|weekend|holidays?"
    r"|break|vacation|conference|event|party|summit|retreat|launch|holiday party))(?: \w+){0,2}",
    r"how'?s it going(?! with)",
    r"how (?:have you been|are things|is everyone|are you all|is life|is the family)",
    r"hope (?:you|everyone|everybody|all|y'?all|the team|your|things|the week|the weekend|the holidays|the \w+ (?:was|"
    r"went|is going|were)|it (?:was|went))(?! can| could| guys can)[\w' ]{0,50}",
    r"how (?:are|r|have|is|'s) (?:you|u|y'?all|you all|things|everyone|everybody|the new \w+) (?:\w+ing|been)"
    r"(?: \w+){0,3}",
    r"signing off|logging off|heading out|calling it a day|off for the day|that'?s (?:it|all) for (?:today|now)|"
    r"me despido|me retiro|nos retiramos|me desconecto|cerrando por hoy|bye for now",
    r"como (?:te|les|os|le) (?:ha|han|fue|va|esta|estan|has) (?:ido|yendo|tratando|ido)?(?: \w+){0,4}",
    r"como (?:te|les|os|le|los|las|lo) (?:trata|tratan|ha tratado|esta tratando)(?: \w+){0,4}",
    r"(?:arrancando|empezando|comenzando|starting|kicking off) (?:el|la|the|this|un|una|a) (?:nuevo |new )?(?:ano|year|"
    r"semana|week|dia|day|lunes|monday|mes|month)",
    r"hace (?:rato|tiempo|mucho|un rato|bastante)(?: tiempo)? (?:que )?no (?:\w+)(?: (?:por|de|con|nada) ?\w*){0,2}",
    r"(?:it'?s been|long time) (?:a while|ages|too long|forever) since (?:we|i) (?:talked|chatted|spoke|wrote|last \w+)",
    r"long time no (?:see|talk|chat)",
    r"(?:todo|all) (?:bien|good|ok|well|tranqui) (?:por (?:alla|alli|aca|ahi)|over there|with you|on your end|con "
    r"ustedes|de su lado)|(?:y )?ustedes (?:como|que tal) (?:estan|andan|van)|how about you|and you\?",
    r"lol|lmao|haha\w*|jaja\w*|jeje\w*|xd|rofl|tgif|yay|woo+hoo+|congrat\w*|felicidades|felicitaciones|enhorabuena",
    r"(?:nice|good|great|lovely|a pleasure|so good) to (?:e-?meet|meet|see|hear from|catch up with) (?:you|y'?all|"
    r"everyone|everybody|all)(?: all)?(?: \w+){0,5}",
    r"(?:que gusto|un gusto|fue un placer|un placer) (?:verl\w+|conocerl\w+|saludarl\w+|ver\w*|coincidir)(?: \w+){0,4}",
    r"have a (?:\w+ ){0,2}(?:weekend|day|week|one|holiday|holidays|break|evening|time|trip|christmas|new year|"
    r"thanksgiving|vacation)",
    r"happy (?:holidays|new year|christmas|xmas|thanksgiving|hanukkah|diwali|easter|\w+day|friday|monday)",
    r"merry (?:christmas|xmas)(?: and (?:a )?happy new year)?",
    r"season'?s greetings|best wishes|warm wishes",
    r"enjoy (?:the|your) (?:\w+ )?(?:weekend|holidays?|break|day|time off|vacation|evening)",
    r"welcome (?:to|aboard|back|on board)(?: \w+){0,3}",
    r"welcome(?! (?:email|e-mail|page|message|screen|mail|pack|kit|letter|call|flow|link|modal|tour|banner))",
    r"see (?:you|ya) (?:\w+ ){0,2}(?:soon|later|next \w+|tomorrow|in \d+|all)|see (?:you|ya)",
    r"from all of us(?: \w+){0,3}",
    r"como (?:estan|estas|estais|esta usted|andan|andas|les fue|te fue|os fue|les va|te va|os va|va todo|va la "
    r"semana|va el dia|les trata|estuvo)(?: (?:todo|todos|por alla|por alli|el \w+|la \w+|las \w+))*",
    r"que tal(?: (?:todo|estan|estas|va|el \w+|la \w+|las \w+|los \w+))*",
    r"espero que (?:esten|estes|esteis|se encuentren|hayan|hayas|hayais|todo|lo hayan)(?: \w+){0,5}",
    r"hace (?:rato|tiempo|mucho) (?:que )?no (?:hablabamos|hablamos|sabiamos|nos \w+)",
    r"un gusto(?: \w+){0,2}|mucho gusto|encantad[oa] de(?: \w+){0,2}",
    r"que (?:tengan|tengas|tengais|pasen|pases|paseis|disfruten|disfrutes) (?:\w+ ){0,4}?(?:fin de ano|fin de "
    r"semana|finde|dia|semana|navidad|fiestas|ano|vacaciones|tarde|noche|descanso|fin)",
    r"feli(?:z|ces) (?:\w+ ){0,2}?(?:navidad|ano(?: nuevo)?|fiestas|semana|dia|fin de semana|finde|lunes|viernes|"
    r"cumple\w*|pascua|ano)",
    r"(?:buen|buena|buenas|lindo|linda|lindas|excelente|excelentes|feliz|felices) (?:fin de semana|finde|fin|dia|semana|viaje|descanso|fin de ano|"
    r"inicio de semana)",
    r"bienvenid[oa]s?(?: (?:a|al) (?:\w+ ){0,2}\w+)?",
    r"nos vemos(?: (?:en|el|la|pronto|manana) ?\w*)?",
    r"saludos(?: (?:desde|a|cordiales|de) \w+)?",
    r"un (?:fuerte )?abrazo",
)

# The cause was on the customer's side, or the problem is gone by their own doing: news, not a problem.
CAUSE_OURS = words(
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
    r"(?:it|that|this|everything|all|they|now it|the \w+) (?:\w+ )?(?:works|worked|is working|'?s working|are working"
    r"|working|loads|loaded|went through|arrived) (?:now|again|fine|perfectly|great|ok|okay|this time|correctly)",
    r"(?:works|working|loads|loading) (?:now|again|fine now|correctly now)",
    r"(?:issue|problem|error|bug|it)(?:'s| is| has| was)? (?:gone|disappeared|fixed|resolved|sorted)|ya no (?:aparece|"
    r"sale|pasa|falla|ocurre|da error)|desaparecio el (?:error|problema)|(?:se fue|se resolvio) el (?:error|problema)",
    r"(?:y|and|now|ahora|pero) (?:ya )?(?:it )?(?:funciona|works|anda|carga|loads|jala|sirve)$",
    r"(?!fail|crash|break|error|happen|spinn|hang|timing|lagg|duplicat|repeat|show)\w+ing (?:fine |ok |okay |correctly |"
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

# News from the customer's side: plans, absences, changes, what they sent or will do.
# "please find attached …": what they send, read before "please" can ask for anything.
SENT = words(
    r"(?:you|u|y'?all) (?:asked|requested|wanted|needed) (?:for|me for|us for)?|(?:que|lo que) (?:me|nos) (?:pidieron|"
    r"pediste|pedisteis|solicitaron|solicitaste)|(?:as|like) (?:you )?(?:requested|asked)|(?:como|segun lo) "
    r"(?:pidieron|solicitado|acordado)",
    r"(?:para|to) (?:comentar\w*|informar\w*|avisar\w*|contar\w*|let you know|inform you|share|give you a heads up|"
    r"confirmar\w*|confirm) (?:que|that)",
    r"(?:para|to) (?:saludar\w*|agradecer\w*|thank you|say thanks|say thank you|say hi|say hello)",
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
    r"(?:quick |small |short )?(?:update|news|novedades?|noticias?) (?:from|de|desde) (?:our|my|nuestro|nuestra|mi) "
    r"(?:side|end|team|lado|parte|equipo)|^\s*(?:quick |small )?(?:update|novedad|aviso|news|note|nota)\s*:",
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

THANKS = words(
    r"thanks+|thank+s|thnks|thks|tnx|tx|grx|gra+cia+s+|thanks?|thank you|thank u|thankyou|thx+|thnx|thanx|tks|ty|tysm|tyvm|cheers|appreciate(?:d)?(?: it)?|much "
    r"appreciated|grateful",
    r"ok+|okay|okey|oki|okis|k+|kk|great|perfect|awesome|excellent|amazing|cool|nice|sweet|lovely|brilliant|fantastic"
    r"|wonderful|super(?=\s*(?:[!.,]|$|gracias|thanks|thx|\w+ (?:gracias|thanks)))",
    r"sounds (?:good|great|perfect|fine)|works for (?:me|us)|that works|(?:that|this) (?:is|'?s) fine|got it|gotcha|"
    r"understood|noted|roger|will do|sure|fair enough|makes sense|agreed|deal|np|no problem|no worries|all set|"
    r"good to (?:know|go|hear)|yes|yep|yup|yeah|alright|all right|done|confirmed|received|perfecto",
    r"gracias|grax|grcs|grs|muchas gracias|mil gracias|perfect[oa]|genial|excelente|super|listo|lista|dale|vale|"
    r"de acuerdo|entendido|entendida|anotado|enterad[oa]|buenisimo|barbaro|bacan|chevere|joya|claro|por supuesto|"
    r"sin problema|quedamos asi|recibido|recibida|ok|perfecto|buenisima|estupendo|fenomenal|maravilloso|sip|"
    r"va|sale|de una|excelente|agradezco|agradecemos|agradecid[oa]s?|te pasaste|crack|capo|ideal",
    r"(?:love|loves|loving|loved|(?<!looks )(?<!look )(?<!seems )(?<!sounds )like|likes|liked|enjoy\w*) (?:the|it|"
    r"this|your|how)|great (?:job|work)|well done|kudos|nice work|"
    r"impressed|(?:nos|me|les) (?:encanta|encanto|gusta|gusto)|buen trabajo|excelente trabajo|you rock|lifesaver",
)

GREETING = words(
    r"hi+|hello+|helo|hey+|heya|hiya|howdy|yo|(?<!this )(?<!tomorrow )(?<!yesterday )(?<!the )(?<!in the )morning|good (?:morning|afternoon|evening|night|day)|gm|bye|goodbye|"
    r"cya|take care|talk (?:soon|later)|greetings|(?:best|kind|warm|warmest) regards|regards|best wishes|sincerely|"
    r"atentamente|cordialmente|un saludo|saludos cordiales|quedo a la espera de sus comentarios",
    r"hola+|holi|buenas+|buenos dias+|buen dia+|buenas tardes|buenas noches|saludos|que tal|chao|chau|adios|"
    r"hasta (?:luego|pronto|la proxima|manana)|cuidense|abrazos?",
)
