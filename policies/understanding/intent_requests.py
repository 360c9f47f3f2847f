"""Cues that a message asks for something or reports a problem (issue 16), English and Spanish, folded text.

Each family is one compiled pattern built from parts (subjects, verbs, objects), not from whole sentences:
a family must read the sentences nobody wrote down yet. `intent.py` decides; these modules only read.
"""

from __future__ import annotations

import re


def words(*alternatives: str) -> re.Pattern:
    """One pattern for a cue family, whole words only."""
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


REFERENCE = r"(?:req\s*-?\s*#?\d+|#\d+|(?:la |el )?(?:solicitud|ticket|caso|request|case) #?\d+)"
MINE = (
    r"(?:my|our|mi|nuestr[oa]|the|el|la) (?:request|ticket|message|email|question|case|issue|solicitud|mensaje|"
    r"correo|pregunta|caso|consulta|tema)"
)
ASKED_BEFORE = rf"(?:{REFERENCE}|{MINE}|this(?: one)?|that(?: one)?|it|esto|eso|lo mio|lo nuestro|lo de \w+)"
NEGATION = (
    r"(?:can'?t|cant|cannot|can not|couldn'?t|couldnt|unable to|not able to|won'?t|wont|doesn'?t|doesnt|does not|"
    r"don'?t|dont|do not|didn'?t|didnt|did not|isn'?t|isnt|is not|aren'?t|arent|are not|wasn'?t|wasnt|weren'?t|"
    r"hasn'?t|hasnt|haven'?t|havent|has not|have not|never|no longer|not)"
)
FUNCTION = (
    r"(?:got|gotten|includ\w*|contain\w*|support\w*|allow\w*|recogni\w*|appl(?:y|ied|ies)|count\w*|add\w*|creat\w*|"
    r"edit\w*|delet\w*|remov\w*|chang\w*|select\w*|enter\w*|reset\w*|work\w*|load\w*|open\w*|show\w*|appear\w*|arriv\w*|match\w*|sync\w*|sav\w*|send\w*|sent|go(?:ing)? "
    r"(?:out|through)|went (?:out|through)|gone (?:out|through)|get|getting|receiv\w*|see|seeing|log\s?in|logging "
    r"in|login|sign(?:ing)? in|ac+es+\w*|connect\w*|download\w*|upload\w*|export\w*|import\w*|print\w*|updat\w*|"
    r"refresh\w*|display\w*|render\w*|start\w*|run\w*|respond\w*|come through|came through|find|found|add up|"
    r"populat\w*|trigger\w*|fir(?:e|es|ed|ing)|reach\w*|approv\w*|submit\w*|click\w*|pay|process\w*|generat\w*|"
    r"calculat\w*|reflect\w*|accept\w*|right|correct|visible|availab\w*|let(?:ting)? (?:me|us)|com(?:e|es|ing) "
    r"(?:through|in))"
)
ES_FUNCTION = (
    r"(?:puedo|podemos|puede|pueden|deja|dejan|carga|cargan|cargo|abre|abren|aparece|aparecen|aparecio|llega|"
    r"llegan|llego|llegaron|sale|salen|salio|muestra|muestran|guarda|guardan|sincroniza\w*|descarga\w*|baja|"
    r"bajan|sube|suben|envia|envian|manda|mandan|cuadra|cuadran|coincide\w*|hace|hacen|responde\w*|trae|traen|"
    r"encuentr\w*|veo|vemos|ve|ven|reconoce\w*|acepta\w*|jala|funcion\w*|sirve\w*|anda|andan|actualiza\w*|"
    r"refresca\w*|genera\w*|calcula\w*|permite\w*|procesa\w*|deja\w*|entra\w*|conecta\w*|imprime\w*|exporta\w*|"
    r"importa\w*|refleja\w*|registra\w*|aplica\w*|dispara\w*|termina\w*|completa\w*|he podido|hemos podido|"
    r"han llegado|ha llegado|hemos recibido|he recibido|recib\w*)"
)

# "if anything breaks we'll tell you", "les escribo si algo falla": a problem that has not happened.
CONDITIONAL = words(
    r"(?:por si|in case|just in case) (?:\w+ )?(?:lo|la|los|las|it|them|this|that)? ?(?:necesitan|necesitas|necesiten|"
    r"need|needed|sirve|helps?)(?: \w+){0,4}|just in case",
    r"(?:if|in case|si|por si|en caso de que?) (?:\w+ ){0,2}?(?:anything|something|algo|hay algo|any (?:issues?|"
    r"problems?)|there'?s (?:an? |any )?(?:issues?|problems?)|hay (?:algun |un )?problema|surge algo|comes up|sale "
    r"algo|falla algo|cualquier (?:cosa|duda)|it (?:fails|breaks) again|vuelve a (?:fallar|pasar))(?: \w+){0,3}",
    r"cualquier (?:cosa|duda|consulta|novedad)(?: \w+){0,5}|for anything (?:else|urgent)(?: \w+){0,4}",
    r"(?:puede que|quizas|quiza|tal vez|capaz que|es posible que|posiblemente)(?: \w+){0,6}",
    r"(?:(?:we|you|they|users?|some \w+|there) )?(?:may|might) (?:see|notice|experience|get|have|receive|be slow|be "
    r"delayed|be late)(?: \w+){0,6}",
)

# Asking for an action, information or a change: questions, polite and wishful frames, imperatives.
ASK = words(
    r"same (?:question|q|doubt|request|ask)|(?:la )?misma (?:pregunta|duda|consulta|solicitud)",
    r"(?:users?|people|accounts?|usuarios?|personas?|cuentas?|contacts?|contactos?|seats?|licen[cs]e?s|licencias?) "
    r"(?:to|para|a|que hay que|que necesitamos|we need to|we want to) (?:add|create|remove|delete|invite|enable|disable|"
    r"dar de (?:alta|baja)|agregar|crear|eliminar|borrar|invitar|activar|desactivar|cargar|migrar|onboard)",
    r"(?:can|could|would|will|cna|coud|culd|may|can'?t|couldn'?t) (?:you|u|ya|someone|somebody|anyone|anybody|we|i|"
    r"y'?all|you guys|your team|the team|one of you|support)",
    r"would you mind|do you mind",
    r"(?:is|would|will) (?:it|that|this) (?:be )?possible|is (?:it|that) possible|is there (?:a|an|any) (?:way|option|"
    r"setting|chance|possibility|limit|fee|discount|plan|api|sandbox|integration)",
    r"any chance",
    r"do you (?:guys )?(?:have|support|offer|know|provide|sell|allow|plan|integrate|charge)",
    r"does (?:the|it|your|this|that|our|anyone|any|pro|business|enterprise|\w+ plan)",
    r"do (?:we|i) (?:need|have to|get)",
    r"how (?:do|can|could|should|would|to|does|much|many|long|often) ",
    r"what(?:'s| is| are| s) (?:the )?(?:best |right |correct )?(?:way|process|procedure|steps|price|cost|"
    r"difference|limit|plan|status code)",
    r"where (?:can|do|should|is|are|would) (?:i|we|the|you)",
    r"which (?:plan|option|one|version|settings?|role|permission)",
    r"why (?:is|are|does|do|did|can'?t|cant|isn'?t|doesn'?t|would|was|were|has|have|am|is there)",
    r"(?:look|looking|check|checking|find out|see|investigate|figure out|explain|tell (?:me|us)) (?:at |into )?(?:why|how "
    r"come)|(?:revis\w+|mir\w+|ver|averigu\w+|expliqu\w+|explicar\w*) (?:por ?que|como es que)",
    r"what (?:does|do|did|happens|happened|should)",
    r"(?:i|we)(?:'ve| have)? ?(?:have|got) (?:a|one|another|some|two|a few|a quick|several|a couple of|a couple) "
    r"(?:\w+ )?(?:question|doubt|query|request)s?",
    r"quick (?:question|q)|(?:a|one) (?:question|q) (?:about|on|regarding|re|for)|question:|question for",
    r"please|pls|plz|plse|kindly",
    r"(?:i|we)(?: would|'d| d) (?:really |much |greatly |very much |also )?(?:love|like|appreciate|prefer|need)",
    r"(?:would|'d|it'?d) be (?:\w+ ){0,2}(?:if|to have|to get|to see|to be able)",
    r"(?:i|we)(?:'re| are| were|'m| am| was)? (?:really |were |are )?hoping (?:to|that|you|someone|for)",
    r"(?:nos|me|les) (?:vendria|vendrian|seria|serviria|servirian|ayudaria) (?:\w+ ){0,2}(?:poder|que|si|tener|contar"
    r"|con)",
    r"(?:vendria|seria|estaria) (?:genial|bien|bueno|de maravilla|ideal|util|perfecto) (?:poder|que|si|tener|contar)",
    r"would (?:be|love|appreciate) (?:great|nice|awesome|helpful|good|ideal|amazing|useful|it)",
    r"it'?d be (?:great|nice|awesome|helpful|good|ideal)",
    r"(?:i|we) (?:really |urgently |also |still |just )?(?:need|needs|want|require|are looking for|'?re looking for|"
    r"are trying to|'?re trying to|am trying to|'?m trying to)",
    r"(?<!you )(?<!u )need (?:help|assistance|support|access|(?:a|an|to|some|more|the|my|our|\w+'s) \w+|it fixed|this fixed)",
    r"^\s*(?:(?:hey|hi|hello|team|folks|guys|so|ok|also|urgent|urgently)\W*\s+)*(?:urgently |really |still )?"
    r"(?:need|needs|needed|require|required)\b",
    r"(?:i|we) wish|feature request|any plans? (?:to|for)|are you (?:planning|going to)|on (?:the|your) roadmap",
    r"let (?:me|us) know (?:how|if|when|what|whether|which|where)(?! you need)",
    r"help (?:me|us|with|please)|help!",
    r"(?:need|needs|needed) (?:it|this|that) (?:fixed|done|sorted|resolved|changed|updated)",
    r"^\s*(?:[-*•>]+\s*|\d+[.)]\s*)?(?:(?:hey|hi|hello|ok|okay|so|also|and|team|folks|guys|then)\s+)*(?:add|remove|send|resend|re-send|cancel|"
    r"change|move|delete|reset|enable|disable|create|invite|extend|upgrade|downgrade|refund|check|fix|help|share|give|"
    r"tell|confirm|explain|update(?!s?:|s? (?:from|on our|de)\b)|reissue|re-issue|merge|unlock|restore|revert|grant|activate|deactivate|"
    r"assign|schedule|reschedule|book|look into|investigate|increase|raise|lower|set up|setup|turn (?:on|off)|issue|"
    r"generate|provide|revoke|rename|transfer|switch|clear|unblock|whitelist|allowlist|cc|loop in|escalate|credit|"
    r"waive|void|correct|adjust|verify|make sure|ensure|lmk|ping me|call me|email me|remind)\b",
    r"(?<!no )(?:me |nos |le |les |lo |la |los |las |se )*(?:pueden|puede|podeis|podrian|podrias|podria|puedes|"
    r"podes|podran|podriais|podeis) (?!ver\b)(?:\w+)",
    r"(?:me|nos) (?:ayudan|ayudas|ayudais|ayudarian|ayudarias|echan una mano|echas una mano|mandan|envian|pasan|"
    r"dicen|explican|indican|comparten|confirman|confirmas|facilitan|habilitan|activan|agregan|dan|regalan|apoyan|"
    r"orientan|asesoran)",
    r"se (?:puede|podria|pueden|podrian|podra)|es posible|seria posible|hay (?:alguna )?(?:manera|forma|modo|opcion) "
    r"de",
    r"como (?:hago|hacemos|puedo|podemos|se (?:hace|puede|configura|cambia|activa|agrega|exporta|genera))",
    r"donde (?:puedo|podemos|veo|vemos|esta|estan|encuentro|encontramos|se)",
    r"por ?que (?:no |me |nos |el |la |los |las |se |sale|aparece)",
    r"cual es (?:el|la) (?:forma|manera|precio|costo|limite|diferencia|proceso)",
    r"que (?:fechas|horarios|opciones|planes|precio) (?:tienen|hay|manejan)|cuanto (?:cuesta|sale|cobran|tarda)",
    r"necesit(?:o|amos|ariamos|aria|aba|abamos|aremos|are)|ocupo|ocupamos",
    r"(?:les|te|os|le) (?:pedimos|pido|solicitamos|rogamos)|agradeceri(?:a|amos) (?:que|si|mucho|su|tu|vuestra)",
    # A new ask announced: "les quería pedir que …", "quisiera pedirles", "I wanted to ask you to …".
    r"(?:queria|queriamos|quisiera|quisieramos|querria|querriamos|quiero|queremos|vengo a|venimos a|(?:me|nos) "
    r"gustaria) (?:\w+ )?(?:pedir\w*|solicitar\w*|rogar\w*|consultar\w*|preguntar\w*)",
    r"(?:i|we) (?:just |also )?(?:wanted|want|would like|'d like|d like|was hoping|were hoping) to ask (?:you|u|y'?all|"
    r"if|whether|for|about|that|a)",
    r"(?:para|to) (?:solicitar|pedir|pedirles|consultar|consultarles|preguntar|preguntarles|saber si|ver si|reportar|"
    r"request|ask|report|inquire|find out|check if|see if|get a quote|flag)",
    r"(?:wondering|wondered|curious) (?:if|whether|how|what|why|when|about)|(?:me|nos) pregunt\w+ (?:si|como|por que)",
    r"quisiera(?:mos)?|querria(?:mos)?|queremos|quiero|(?:nos|me|les) gustaria",
    r"seria (?:genial|bueno|ideal|util|excelente|fantastico|perfecto|buenisimo|de gran ayuda)",
    r"estaria (?:bueno|genial|bien|padre|chevere)",
    r"ojala (?:se pudiera|pudieran|puedan|se pueda)",
    r"(?:tengo|tenemos) (?:una|un par de|algunas|otra|dos|unas) (?:\w+ )?(?:duda|pregunta|consulta)s?",
    r"(?:una|otra|pequena|breve|rapida) (?:duda|pregunta|consulta)|consulta:",
    r"por ?fa(?:vor)?|porfis|porfi|favor de|plis",
    r"requiero|requerimos|solicito|solicitamos|ayuda (?:con|para|por favor|porfa)|ayuda!",
    r"urge (?:que|el|la|tener|\w+ar|\w+er|\w+ir)",
    r"^\s*(?:[-*•>]+\s*|\d+[.)]\s*)?(?:(?:hola|oye|oigan|buenas|equipo|y|ok|entonces)\s+)*(?:agreguen|agrega|agregame|agreguenme|anadan|anade|"
    r"manden|mandenme|mandame|envien|envienme|enviame|revisen|revisa|revisenme|cancelen|cancela|eliminen|elimina|"
    r"borren|borra|activen|activa|desactiven|desactiva|habiliten|habilita|reenvien|reenvia|pasenme|pasame|denme|"
    r"dame|den|cambien|cambia|chequen|checa|checan|ayudenme|ayudame|confirmen|confirma|confirmame|expliquen|"
    r"explicame|actualicen|actualiza|generen|genera|emitan|reemitan|corrijan|corrige|arreglen|arregla|configuren|"
    r"configura|restablezcan|reseteen|resetea|desbloqueen|desbloquea|agenden|programen|suban|bajen|quiten|quita|"
    r"saquen|incluyan|verifiquen|verifica|echen un ojo|echenle|fijense(?! que)|avisenme|avisame|digan|diganme|dime)\b",
    r"(?:a ver si|ver si) (?:me |nos )?(?:pueden|podeis|puedes|podrian)",
)

# Something we provide does not work, is wrong, slow, missing, or came back.
PROBLEM = words(
    r"errors?|err|exception|traceback|fail(?:s|ed|ing|ure|ures)?|broken|breaks|broke|crash(?:es|ed|ing)?|bug(?:s|gy)?",
    r"glitch\w*|outage|timing out|times? out|timed out|timeouts?|hangs|hanging|frozen|freez(?:es|ing)|stuck",
    r"(?:is|are|'?s|went|goes|been|still|seems) down",
    NEGATION + r" (?:(?!be |we |i |you )\w+ ){0,2}?" + FUNCTION,
    r"missing|(?:is|are|'?s|comes? (?:up|back)|shows?|still|was|were|looks?) (?:\w+ )?(?:empty|blank)",
    r"(?:one|a|two|\d+) (?:day|days|hour|hours|month|months|cent|cents|digit) off|"
    r"(?:shows?|showing|displays?|says|reads|charged|billed|invoiced|sent|sends|goes|went|arrives?|comes?|appears?|"
    r"uses?|returns?|sale|salen|aparece|aparecen|llega|llegan|cobr\w+|factur\w+|muestra\w*|dice|trae\w*|usa) "
    r"(?:\w+ ){0,4}(?:instead of|en (?:lugar|vez) de|rather than)|"
    r"wrong|incorrect|inaccurate|off by|(?:looks?|seems?|is|are) (?:a bit |slightly |way |totally )?off",
    NEGATION + r" (?:\w+ )?(?:match|add up|line up|agree)|mismatch\w*|discrepanc\w*",
    r"duplicat\w*|(?:charged|billed|invoiced|sent|sends|shows?|showing|shown|appears?|appearing|listed|counted|"
    r"imported|created|generated|arrived|arrives|came|comes|emailed|posted|synced|paid|deducted|applied|processed|"
    r"printed|entered|added|booked|ran|runs|fired|fires|triggered|notified|saved|recorded|there) (?:\w+ ){0,4}?twice|"
    r"twice (?:in|on|for|under|a)\b|double[- ]?(?:charged|billed|invoiced)|(?:charged|billed|invoiced) (?:twice|double|\w+ times)|overcharg\w*|shifted",
    r"declined|rechazad[oa]s?|denegad[oa]s?|greyed out|grayed out|locked out|blocked|forbidden|access denied|denied|unauthori[sz]ed|invalid|expired|"
    r"not found|forbid\w*|rejected|bounc\w*|disappear\w*|vanish\w*",
    r"(?:an?|the|to) [45]0[0-9](?!\d)|page not found|pagina no encontrada",
    r"(?:error|code|http|status|get|got|returns?|returned|returning|throws?|throwing|devuelve|da|sale|codigo|with)\s*:?"
    r"\s*[45]\d\d(?:s|'s)?",
    r"(?:is|are|'?s|went|got|been) (?:gone|lost|deleted|wiped)",
    r"(?:problem|issue|error|bug|crash|it)(?:'s| is| are) back|(?:it|problem|issue|error|bug|crash)(?:'s| has)? (?:came|comes|coming|come) back|(?:volvio|regreso|vuelve) "
    r"(?:el|la) (?:problema|error|falla|bug)",
    r"nada (?:funciona|carga|anda|sirve|aparece|se ve|sale|llega)|nothing (?:works|loads)",
    r"same (?:thing|error|issue|problem|result|behaviou?r|message|story)|(?<!try )(?<!trying )(?<!test )(?<!testing )(?<!check )(?<!hi )(?<!hello )(?<!hey )(?<!thanks )(?<!thank you )(?<!hola )(?<!you )(?<!up )(?<!this )(?<!in )(?<!asking )(?<!writing )(?<!sorry )(?<!ping )(?<!bump )again|(?<!'ll )(?<!will )(?<!to )(?<!going to )keeps? (?!monitoring|watching|checking|testing|trying|an eye|asking|bugging|pinging|chasing|calling|emailing|writing|insisting|waiting)\w+ing",
    r"still (?:not|no|empty|broken|fail\w*|wrong|slow|missing|down|the same|happen\w*|see\w*|get\w*|show\w*|can'?t|"
    r"cant|doesn'?t|isn'?t|stuck|there|blank|nothing|\w+ing)",
    r"nothing (?:happens|shows|loads|works|appears|arrives|comes)",
    r"(?:weird|strange|odd) (?:\w+ )?(?:behaviou?r|error|thing|issue|results?)",
    r"(?:is|are|'?s|been|getting|running|super|very|really|so|too|extremely|pretty|quite|painfully|incredibly|"
    r"unusably|insanely|kinda|a bit) slow|slowness|slow(?:ly)? to load",
    r"takes? (?:forever|ages|too long|\d+\+? ?(?:min|mins|minutes|sec|secs|seconds|hours|hrs))|taking (?:forever|ages"
    r"|too long)|lag(?:gy|ging|s)?|spinn\w*",
    r"stopped (?:\w+ing)|(?:issue|issues|problem|problems|trouble) (?:with|on|in|logging|accessing|when|since|"
    r"after)|having (?:\w+ )?(?:issues|problems|trouble)",
    r"same here|me too|same for us|us too|happening (?:for|to) us (?:too|as well)|(?:a )?nosotros tambien|(?:nos|me) "
    r"pasa lo mismo|mismo problema|igual (?:aca|aqui|nosotros)|same issue|same problem",
    r"(?:can'?t|cant|cannot|couldn'?t) (?:seem to|figure out|work out|understand|see how|find)|no (?:logro|consigo|"
    r"encuentro|entiendo)",
    r"(?:we|i|they|users?|everyone|he|she) (?:have |has |just )?lost|lost (?:all|our|my|the|some|every)",
    r"not sure if it'?s just me|is it just me|just me or|no se si (?:es cosa mia|soy yo|es normal)|(?:sera|es) "
    r"cosa mia",
    r"cut off|truncated|overlapping|misaligned|garbled|cropped|looks? (?:weird|broken|wrong|odd|strange)",
    r"(?:sale|salen|se ve|se ven|aparece|aparecen|viene|vienen|llega|llegan|quedan|queda) (?:\w+ )?(?:cortad\w*|mal|"
    r"rar\w*|incomplet\w*|desordenad\w*|descuadrad\w*|sin formato|encimad\w*|superpuest\w*)",
    r"since (?:the|your|last|yesterday'?s|the last) (?:deploy|deployment|update|upgrade|release|migration|change)|"
    r"desde (?:la|el) (?:actualizacion|deploy|cambio|migracion|ultima version|update)",
    r"(?:logged|kicked|signed|thrown|locked|logging|kicking|signing|throwing) (?:us |me |them |everyone |everybody |"
    r"users |people |\w+ )?out|(?:log|kick|sign)s (?:us |me |them )?out",
    r"stopped(?! (?:using|by|at|in|paying))|dej(?:o|aron|a|an|ado) de (?!trabajar)\w+(?:ar|er|ir)",
    r"(?:something|algo)(?:'s| is| esta| anda)? (?:off|wrong|weird|broken|funny|raro|mal)|off with|raro con",
    r"outdated|out of date|desactualizad[oa]s?|expirad[oa]s?|vencid[oa]s?|no logr\w+|intermittent\w*|intermitente|"
    r"[45]0\d[s']",
    r"show(?:s|ing|n)? (?:all )?(?:zero|0|no|nothing|only|the old|old|an? old|blank)|(?:zero|0) (?:rows|results|records|items)|no data|"
    r"(?:viene|vienen|sale|salen|aparece|aparecen|llega|llegan) (?:sin|vaci\w*|en cero|con errores)|sin (?:los |las )?"
    r"datos",
    r"(?:gives?|gave|returns?|returned|throws?|threw|shows?|says|said|dice|devuelve|arroja|muestra|tira|marca|fails "
    r"with|falla con|responde) (?:me |us |nos |me un |un |an? |back )?zcodez",
    r"blank|white screen|pantalla (?:en )?blanc\w*|gives? (?:me |us )?(?:an? )?(?:error|blank|white|404|500)",
    r"^\s*(?:still )?(?:getting|seeing|got|get|gets|receiving) (?:an? |the |this |these |that )?(?:\w+ )?(?:errors?|"
    r"zcodez|warnings?|[45]\d\d)",
    r"(?:i|we|they|users?|he|she) (?:\w+ )?(?:get|got|getting|see|seeing|receive|received|gets) (?:an? |the |this "
    r"|that )?(?:\w+ )?(?:error|zcodez|warning|message saying|\d{3})",
    r"(?:i |we )?(?:saw|seeing|see|got|getting|get|hit|hitting|encountered|ran into|running into) (?:this|these|the "
    r"following)(?! (?:email|message|morning|week|one|thread|update|news))|(?:me|nos|le|les) (?:sale|salio|aparece|"
    r"aparecio|da|dio|tira|tiro|salta|salto) (?:esto|lo siguiente|este)|sale esto",
    r"when (?:opening|trying|saving|clicking|uploading|exporting|logging|loading|running|submitting|importing|"
    r"downloading|printing)|al (?:abrir|intentar|guardar|cargar|subir|exportar|entrar|generar|importar|descargar|"
    r"imprimir|enviar|aprobar)",
    r"when (?:i|we|you|users?|they|someone) (?:try|click|open|go|hit|save|upload|export|log|press|submit)\w*",
    r"(?:falla|fallan|fallando|fallo|fallaron|fallas|falle)",
    r"no (?:funciona|funcionan|sirve|sirven|anda|andan|jala|jalan)",
    r"rot[oa]s?|se (?:cae|cayo|caen|cierra|cerro|cierran|cuelga|colgo|traba|trabo|congela|congelo|reinicia sol[oa]|borr\w*|"
    r"pierde|perdio|duplica\w*|queda (?:cargando|pegad\w*|trabad\w*|colgad\w*|en blanco)|quedo (?:en|pegad\w*|"
    r"trabad\w*|colgad\w*|cargando))|caid[oa]s?",
    r"trabad[oa]s?|congelad[oa]s?|pegad[oa]s?|colgad[oa]s?|bloquead[oa]s?|atorad[oa]s?",
    r"lent[oa]s?|lentisim[oa]|tarda|tardan|tardando|demora|demoran",
    r"(?:no|tampoco) (?:me |nos |le |les |se |lo |la |los |las |te )*(?:esta |estan )?(?!(?:puedo|podemos) (?:probar|testear|"
    r"asistir|ir|estar|atender|hablar|responder|contestar|esperar|confirmar|hacerlo|revisarlo|verlo)\b)" + ES_FUNCTION,
    r"sin (?:funcionar|cargar|aparecer|llegar|sincronizar|actualizar)",
    r"duplicad[oa]s?|dos veces|doble (?:cobro|cargo|factura)|cobraron (?:de mas|dos veces|doble)|cobro de mas|"
    r"de mas",
    r"equivocad[oa]s?|incorrect[oa]s?|erroneo|erronea|mal (?:calculad\w*|hech\w*|el|la|los|las|escrit\w*)|sale mal|"
    r"salen mal|esta mal|estan mal",
    r"vaci[oa]s?|en blanco|desaparec\w*|se (?:borro|borraron|perdio|perdieron)|perd(?:i|io|imos|ieron)",
    r"(?<!probamos )(?<!intentamos )(?<!probar )(?<!intentar )(?<!probarlo )(?<!intentarlo )(?<!hola )(?<!gracias )(?<!escribo )(?<!escribimos )(?<!pregunto )(?<!molestar )(?<!molesto )(?<!insisto )"
    r"(?:otra vez|de nuevo|nuevamente)|volvio a (?:pasar|fallar|salir|ocurrir|aparecer|caer)|vuelve a (?:pasar|fallar|"
    r"salir|ocurrir|aparecer)",
    r"sigue (?:igual|fallando|sin \w+|dando|saliendo|apareciendo|mal|roto|rota|caido|caida|lento|lenta|bloquead\w*|"
    r"pasando|el mismo|la misma|con el)|siguen (?:igual|fallando|sin \w+|saliendo|apareciendo|mal)",
    r"(?:me|nos|le|les) (?:sale|salen|da|dice|tira|aparece|arroja|marca|manda) (?:un |el |este |una |la )?(?:\w+ )?"
    r"(?:error|mensaje|zcodez|aviso|'|\")",
    r"no (?:deberia|deberian)|(?:un |el |este |otro )?(?:problema|inconveniente|tema) (?:con|en|al|para)|"
    r"problemas (?:con|en|al|para)",
    r"(?:ahora |ademas )?tambien (?:pasa|ocurre|sucede|se da|aparece|sale|falla)|(?:happens|happening|occurs|occurring|"
    r"shows up|showing up) (?:\w+ ){0,4}?(?:too|as well|now)\b|also (?:happens|happening|occurs|fails|failing|breaks"
    r"|shows up)",
    r"no cuadra\w*|no coincide\w*|no concuerda\w*|descuadr\w*|diferencia (?:entre|de|en)",
)

# Troubleshooting already done ("tried Chrome and Edge", "ya revisé spam"): a problem, unless it works now.
TRIED = words(
    r"(?:i|we)(?:'ve| have)? (?:already |also )?tried|already tried|tried (?:again|\w+ing|with|on|in)",
    r"no luck|sin suerte|sin exito|(?:didn'?t|did not) (?:help|work|do (?:anything|the trick))|no (?:sirvio|resulto|"
    r"hubo caso)|ya (?:intente|intentamos|probe|probamos|revise|revisamos)|(?:intente|intentamos|probe|probamos) (?:\w+ )?"
    r"(?:pero|y no|de nuevo|otra vez|con|en)",
)

# A question that opens with a question word even without its question mark ("how do i export the report").
WH_START = re.compile(
    r"(?:how|what|where|why) (?:do|does|did|can|could|should|would|is|are|was|were|to|much|many|long)\b|"
    r"(?:como|donde|por que|cuanto|cual|cuando) (?:se|hago|hacemos|puedo|podemos|esta|estan|es|son|no|cuesta|sale)\b|"
    r"(?:is|are|does|do|can|could|should|would|will|hay|tienen) (?:i|we|you|u|it|this|that|there|the|my|our|someone|"
    r"anyone|alguien|algun|alguna)\b"
)

# What we provide, by name: words with no cue about one of these are most often a problem described in the
# customer's own terms ("the invoice shows 30 seats"); without one, news ("the PO number is 4500123").
PRODUCT = words(
    r"(?:apps?|applica|portal|dash|repor|report|expor|impor|invo|bill|charg|pay|page|scre|but+on|tab|menu|field|colum|"
    r"filt|sear|serch|log ?in|logn|sign ?in|pas+w|sso|saml|2fa|mfa|api|webho|integ|intergr|sync|e-?mail|mail|notif|"
    r"aler|pdf|csv|excel|xls|file|uplo|downl|data|total|amount|balanc|seat|licen|plan|ac+ount|ac+es|user|"
    r"permis|role|modul|featur|link|calend|record|setting|sandbox|endpoint|certif|tax|vat|curren|price|pricing|"
    r"subscri|workspace|ticket|form|widget|chart|graph|tooltip|typo|logo|templat|workflow|approv|timezon|date|"
    r"aplica|panel|tabler|informe|export|import|factur|cobr|pago|pantall|boton|pestan|camp|filtr|busq|busc|contra|"
    r"corre|archiv|dato|mont|licenc|cuent|usuar|modul|enlac|regist|configur|sistem|plataf|impuest|iva|moned|preci|"
    r"suscrip|graf|plantill|flujo|aproba|fecha|comprob|timbr|concilia|sincron|integra|recibo|nomina|payslip|payroll|"
    r"liquidac|listado|timesheet|overtime)\w*"
)

# "fijate que …", "mirá, …": an opener that draws attention; what follows says what the message is.
OPENER = words(r"(?:fijate|fijense|fijese|fijaos|mira|mire|miren|mirad) que|^\s*(?:mira|mire|miren)(?=\s*,)")

# A bare please, with nothing asked beside it: a request alone, but only carries a chase said elsewhere.
POLITE = words(r"please|pls|plz|plse|kindly|por ?fa(?:vor)?|porfis|porfi|plis")
