"""Cues that a message acknowledges or greets (issue 16): thanks, acceptance and closing, agreement to a plan,
hellos, welcomes, wishes and small talk, their questions included.
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
    # Agreement to a plan: "lo dejamos para el lunes entonces", "let's leave it for Monday", "Thursday it is".
    r"(?:lo |la |los |las )?(?:dejamos|pasamos|movemos|vemos|hablamos|hacemos|seguimos|retomamos|postergamos|"
    r"posponemos|charlamos) (?:\w+ ){0,4}?entonces|(?:lo |la |los |las )(?:dejamos|pasamos|movemos|postergamos|"
    r"posponemos|retomamos) (?:para|al|hasta|a|en|el|la) (?:\w+ ){0,4}?\w+",
    r"let'?s (?:leave|keep|park|revisit|hold|push|move|pick up|do|go with|circle back on) (?:it|that|this|things)"
    r"(?: \w+){0,5}|fine by (?:us|me)|^\s*\w+ it is\s*$",
    r"(?:we'?ll|we will|i'?ll|i will) (?:do|leave|revisit|pick|tackle|move|push|park|keep|hold|look at|go over|discuss|"
    r"talk about|continue)(?: \w+){1,5}? then"
    r"\s*$",
    r"entonces (?:lo |la |los |las )?(?:dejamos|pasamos|movemos|vemos|hablamos|hacemos|seguimos|retomamos|charlamos)"
    r"(?: \w+){0,4}",
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

# An event or a time off ends its noun phrase ("the conference in Lisbon", not "the conference call recording").
_ENDS = (
    r"(?=[\s?!.,]*$|\s+(?:in|at|to|from|with|on|en|de|a|del|back|last|this|yesterday|over|go|went|ayer|as|the other|"
    r"pasad[oa]|so far|guys|all|everyone|team|folks|y'?all)\b)"
)

# Hellos, wishes and small talk, their questions included ("how was the offsite?", "¿cómo están?").
SMALLTALK = words(
    r"(?:counting (?:down )?(?:the )?(?:days|hours|minutes)|looking forward|contando los dias) (?:to|until|till|for|para) "
    r"(?:the |el |la |las |los )?(?:\w+ )?(?:break|holidays?|weekend|vacations?|christmas|xmas|new year|friday|summer|"
    r"time off|vacaciones|fiestas|finde|navidad|viernes)",
    r"how (?:was|were|is|'s|s|did) (?:the|your|ur|everyone'?s|y'?all'?s?|you guys'?) (?:\w+ ){0,2}?(?:weekend|"
    r"holidays?|break|trip|vacations?|time off|days? off|offsite|conference|retreat|party|celebration|christmas|xmas|"
    r"thanksgiving|new year'?s?|summer|winter|puente|week|monday|friday|first (?:week|day|month))"
    + _ENDS
    + r"(?: go| treat you)?",
    r"how(?:'s| is| are) (?:the |your )?(?:\w+ ){0,2}treating (?:you|y'?all|everyone|you all|you guys)",
    r"(?:great|nice|good|glad|happy|lovely|so good|awesome|a pleasure|excited) (?:to have|having|to see|to welcome) "
    r"(?:you|ya|y'?all|\w+|a new face|new faces)(?: \w+){0,4}|(?:glad|happy|great|nice|good) (?:you(?:'re| are)?|to "
    r"have you) (?:joined|here|on board|aboard|with us|joining)(?: \w+){0,3}",
    r"(?:un gusto|que bueno|genial|un placer|que lindo|que alegria|encantad[oa]s?) (?:de )?(?:tenerte|tenerlos|"
    r"tenerlas|teneros|tenerla|tenerlo|contar con\w*|que te sumes|que se sumen|que te unas|verte)(?: \w+){0,4}",
    r"hope (?:\d{4}|the (?:new|coming) year|this (?:new )?year|next year|the holidays|the season) (?:brings|is|will "
    r"be|treats)(?: \w+){0,6}",
    r"all the best (?:for|in) (?:the )?(?:new year|\d{4}|holidays|coming year|year ahead)",
    r"como (?:vienen|venis|vienes|andan|andas|va|van|estan|les va|te va|les fue|te fue|arrancaron|empezaron|comenzaron|"
    r"arrancan|empiezan) (?:con )?(?:el|la|las|los|este|esta|estos|ese|esa|esos|esas|"
    r"estas) (?:\w+ )?(?:fin de ano|fin de semana|finde|cierre(?: de (?:ano|mes))?|semana|mes|ano|vacaciones|fiestas|"
    r"laburo|trabajo|arranque|inicio|verano|invierno|lunes|dia)(?: de (?:ano|mes|semana))?",
    r"que tal (?:arrancaron|empezaron|comenzaron|pasaron|arrancan|empiezan) (?:\w+ ){0,3}\w+",
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
    r"|break|vacation|conference|event|party|summit|retreat|launch|holiday party)" + _ENDS + r")(?: \w+){0,2}",
    r"how'?s it going(?! with)",
    r"how (?:have you been|are things|is everyone|are you all|is life|is the family)",
    r"hope (?:you|everyone|everybody|all|y'?all|the team|your|things|the week|the weekend|the holidays|the (?:\w+ ){1,2}(?:was|"
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
    r"que tal(?! si\b)(?: (?:todo|estan|estas|va|el \w+|la \w+|las \w+|los \w+))*",
    r"espero que (?:esten|estes|esteis|se encuentren|hayan|hayas|hayais|todo|lo hayan)(?: \w+){0,5}",
    r"hace (?:rato|tiempo|mucho) (?:que )?no (?:hablabamos|hablamos|sabiamos|nos \w+)",
    r"un gusto(?: \w+){0,2}|mucho gusto|encantad[oa] de(?: \w+){0,2}",
    r"que (?:tengan|tengas|tengais|pasen|pases|paseis|disfruten|disfrutes) (?:\w+ ){0,4}?(?:fin de ano|fin de "
    r"semana|finde|dia|semana|navidad|fiestas|ano|vacaciones|tarde|noche|descanso|fin|\d{4})",
    r"feli(?:z|ces) (?:\w+ ){0,2}?(?:navidad|ano(?: nuevo)?|fiestas|semana|dia|fin de semana|finde|lunes|viernes|"
    r"cumple\w*|pascua|ano)",
    r"(?:buen|buena|buenas|lindo|linda|lindas|excelente|excelentes|feliz|felices) (?:fin de semana|finde|fin|dia|semana|viaje|descanso|fin de ano|"
    r"inicio de semana)",
    r"bienvenid[oa]s?(?: (?:a|al) (?:\w+ ){0,2}\w+)?",
    r"nos vemos(?: (?:en|el|la|pronto|manana) ?\w*)?",
    r"saludos(?: (?:desde|a|cordiales|de) \w+)?",
    r"un (?:fuerte )?abrazo",
)

# Who is welcomed, after the welcome: "…, our new payroll lead!" (a clause of its own, not news).
APPOSITIVE = words(
    r"^\s*(?:our|the|my|nuestr[oa]|el|la|mi) (?:new|nuev[oa]) (?:\w+ ){0,3}\w+(?=[\s!.]*$)",
)

# Asked, small talk about the other side's work: "busy with year-end?", "¿mucho laburo con el cierre?".
SMALLTALK_ASKED = words(
    r"(?:is |are )?(?:everyone|everybody|you all|y'?all|you guys|the team|you) (?:\w+ )?(?:surviving|enjoying|doing ok|"
    r"doing well|doing alright|holding up|hanging in|keeping busy|keeping sane|recovered|rested)(?: \w+){0,4}|"
    r"(?:sobreviviendo|sobrevivieron|descansaron|descansados)(?: \w+){0,4}",
    r"(?:any|big|fun) (?:fun |big )?plans(?! to| on| for (?:a|an|the|adding|supporting|\w+ing)\b)(?: (?:for|this|over) "
    r"(?:the )?(?:\w+ )?(?:weekend|holidays?|break|christmas|xmas|new year|summer|vacation|tonight|\w+day))?",
    r"(?:(?:are )?(?:you|y'?all|you guys|everyone|the team) )?(?:(?:very|super|really|pretty|crazy|so) )?(?:busy|"
    r"swamped|slammed|buried|hectic)(?: (?:with|over|at|this|these|lately|today|around)(?: \w+){0,3})?",
    r"(?:mucho|mucha|muchos) (?:laburo|trabajo|lio|movimiento|quilombo|carga|trajin)(?: (?:con|por|en)(?: \w+){1,4})?|"
    r"(?:muy |re |bastante )?(?:cargad|ocupad|tapad|ataread|complicad)[oa]s(?: (?:con|por|en)(?: \w+){1,4})?",
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

# Events and trips the other side went to: small talk about them is a greeting ("how was the conference in Lisbon?",
# "¿volvieron bien del congreso?").
_EVENT = (
    r"(?:conference|conf|summit|workshop|meetup|meet-up|expo|fair|trade show|trip|flight|offsite|off-site|retreat|"
    r"party|wedding|honeymoon|vacation|festival|concert|marathon|race|talk|keynote|congress|convention|hackathon|"
    r"feria|congreso|conferencia|convencion|viaje|vuelo|fiesta|boda|luna de miel|concierto|maraton|charla|ponencia|"
    r"evento|taller|encuentro|cumbre|retiro|escapada)"
)
_PLACE = _ENDS + r"(?: (?:in|at|to|from|with|on|en|de|a|del) (?:\w+ ){0,2}?\w+)?"
EVENT_TALK = words(
    r"how (?:was|were|did|'s|is) (?:the|your|ur|y'?all'?s?) (?:\w+ ){0,2}?"
    + _EVENT
    + _PLACE
    + r"(?: go| treat you| turn out)?",
    r"(?:did|do) (?:you|y'?all|you guys|everyone|the team) (?:all )?(?:enjoy|like|love|have fun at|make it (?:to|back "
    r"from)|survive|get back from|go to) (?:the|your) (?:\w+ ){0,2}?" + _EVENT + _PLACE,
    r"(?:was|were) (?:the|your) (?:\w+ ){0,2}?" + _EVENT + _PLACE + r" (?:as )?(?:\w+ ){0,2}?(?:fun|good|great|nice|"
    r"worth it|sunny|busy|crowded|cold|hot)(?: as (?:it|they) (?:looked|seemed|sounded))?",
    r"(?:que tal|como) (?:estuvo|fue|salio|(?:les|te|os) fue(?: en)?) (?:el|la|los|las|su|tu) (?:\w+ ){0,2}?"
    + _EVENT
    + _PLACE,
    r"(?:volvieron|volviste|volvisteis|llegaron|regresaron|regresaste|llegaste|got back|made it back|back) (?:bien|"
    r"safe(?:ly)?|ok) (?:del|de la|de|a casa|from|home)(?: (?:the )?\w+){0,3}",
    r"(?:(?:i|we) )?(?:saw|seen|loved|watched|vi|vimos|me encantaron|nos encantaron) (?:the|your|las|tus|sus|los|el|"
    r"la) (?:\w+ ){0,2}?(?:photos?|pics?|pictures?|posts?|stories|reels?|talk|keynote|fotos?|publicaci\w+|historias|"
    r"charla|ponencia)(?: \w+){0,6}",
)

# Said after small talk, about it: "looked fun from the pictures", "se veía buenísima en LinkedIn", "how did it go?".
AFTER_SMALLTALK = words(
    r"(?:looked|seemed|se veia|se veian|parecia|parecian) (?:\w+ ){0,2}?(?:fun|great|amazing|awesome|incredible|epic|"
    r"lovely|beautiful|sunny|buenisim\w*|genial\w*|increible\w*|divertid\w*|lind\w*|hermos\w*|espectacular\w*)"
    r"(?: \w+){0,4}",
    r"how did (?:it|that|everything) go|how was it|(?:como|que tal) (?:te|les|os) fue|que tal (?:estuvo|salio)",
)
