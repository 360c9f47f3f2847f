"""Cue families for `intent_of` (issue 16), English and Spanish, on folded text (lower case, no accents).

Each family is one compiled pattern built from parts (subjects, verbs, objects), not from whole sentences:
a family must read the sentences nobody wrote down yet. `intent.py` decides; this module only reads.
"""

from __future__ import annotations

import re

from .text import fold


def _words(*alternatives: str) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


# ---------------------------------------------------------------- Slack markup and emoji

_FENCE = re.compile(r"```.*?(?:```|$)", re.S)
_INLINE = re.compile(r"`[^`\n]+`")
_LINK_LABEL = re.compile(r"<(?:https?|mailto):[^|>]*\|([^>]*)>")
_LINK = re.compile(r"<(?:https?|mailto):[^>]*>|https?://\S+")
_ENTITY = re.compile(r"<[@#!][^>]*>")
_QUOTE = re.compile(r"^[ \t]*(?:>|&gt;).*$", re.M)
_SHORTCODE = re.compile(r":([a-z+_\-][a-z0-9_+\-']*):(?::skin-tone-\d:)?", re.I)
_ACK_SHORTCODES = {
    "+1", "thumbsup", "thumbs_up", "pray", "raised_hands", "ok_hand", "clap", "handshake",
    "white_check_mark", "heavy_check_mark", "ballot_box_with_check", "100", "heart",
    "saluting_face", "heart_hands", "ok", "thank_you", "thanks", "gracias",
}  # fmt: skip
_ACK_EMOJI = "👍🙏👌🙌👏🤝✅✔☑💯❤🫶🫡🆗"
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\u2190-\u21ff\u2300-\u23ff\u3030\u303d\u3297\u3299]"
)
_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"))

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f]+")

CODE = " zcodez "  # what a pasted code span becomes: content, not words


def prepare(text: str) -> tuple[str, bool]:
    """The words a person wrote, folded, and whether they acknowledged with an emoji.

    Code blocks, inline code, links, mentions, channel names and quoted lines are not their words.
    """
    text = _FENCE.sub(CODE, text)
    text = _QUOTE.sub(" ", text)
    text = _INLINE.sub(CODE, text)
    text = _LINK_LABEL.sub(r" \1 ", text)
    text = _LINK.sub(" ", text)
    text = _ENTITY.sub(" ", text)
    for entity, char in _ENTITIES:
        text = text.replace(entity, char)
    acknowledged = False

    def shortcode(match: re.Match) -> str:
        nonlocal acknowledged
        if match.group(1).lower() in _ACK_SHORTCODES:
            acknowledged = True
        return " "

    text = _SHORTCODE.sub(shortcode, text)
    if any(ch in text for ch in _ACK_EMOJI):
        acknowledged = True
    text = _SPACES.sub(" ", _EMOJI.sub(" ", text))
    return fold(text), acknowledged


_SPLIT = re.compile(
    r"(\?+|[.!;\n]+(?!\w)|\.{2,}|,(?!\d)|\s[-]+\s|(?<!\bre):\s|"
    r"(?<![\w'])(?:but|pero|however|though|although|aunque|sin embargo|and now|y ahora|also|ademas|tambien|"
    r"btw|by the way|por cierto|otra cosa|another thing|and also|plus)(?![\w']))"
)


def clauses(words: str) -> list[str]:
    """Clauses of a message; a clause keeps its question mark."""
    out: list[str] = []
    current = ""
    for i, part in enumerate(_SPLIT.split(words)):
        if i % 2 == 0:
            current += part
            continue
        if "?" in part:
            current += "?"
        elif part.startswith(":"):
            current += ":"  # a label ("update:", "fyi:") stays with its word
        if current.strip():
            out.append(current)
        current = ""
    if current.strip():
        out.append(current)
    return out


_FILLER = frozenset(
    re.findall(
        r"\S+",
        """a an the to of on in at for with and or so but it this that these those is are was be been i we you u me us
    my our your its it's el la los las lo un una unos unas de del al y o que en por para con mi mis su sus nuestro
    nuestra se nos les le te ya team equipo everyone all guys folks y'all todos todas ustedes gente chicos ok one
    thing other just re zcodez hey hi hola oye oigan buenas still any anyone anybody alguien someone no""",
    )
)
_TOKEN = re.compile(r"[a-z0-9'#-]+")
_REF = re.compile(r"^(?:req-?\d+|#\d+|\d+)$")


def content_words(text: str) -> list[str]:
    """Words that are neither filler nor references: what is left to say once the cues are read."""
    return [w for w in _TOKEN.findall(text) if w not in _FILLER and not _REF.match(w)]


# ---------------------------------------------------------------- shared parts

_REF_ = r"(?:req\s*-?\s*#?\d+|#\d+|(?:la |el )?(?:solicitud|ticket|caso|request|case) #?\d+)"
_MINE = (
    r"(?:my|our|mi|nuestr[oa]|the|el|la) (?:request|ticket|message|email|question|case|issue|solicitud|mensaje|"
    r"correo|pregunta|caso|consulta|tema)"
)
_OBJ_OLD = rf"(?:{_REF_}|{_MINE}|this(?: one)?|that(?: one)?|it|esto|eso|lo mio|lo nuestro|lo de \w+)"
_NEG = (
    r"(?:can'?t|cant|cannot|can not|couldn'?t|couldnt|unable to|not able to|won'?t|wont|doesn'?t|doesnt|does not|"
    r"don'?t|dont|do not|didn'?t|didnt|did not|isn'?t|isnt|is not|aren'?t|arent|are not|wasn'?t|wasnt|weren'?t|"
    r"hasn'?t|hasnt|haven'?t|havent|has not|have not|never|no longer|not)"
)
_FUNCTION = (
    r"(?:got|gotten|work\w*|load\w*|open\w*|show\w*|appear\w*|arriv\w*|match\w*|sync\w*|sav\w*|send\w*|sent|go(?:ing)? "
    r"(?:out|through)|went (?:out|through)|gone (?:out|through)|get|getting|receiv\w*|see|seeing|log\s?in|logging "
    r"in|login|sign(?:ing)? in|access\w*|connect\w*|download\w*|upload\w*|export\w*|import\w*|print\w*|updat\w*|"
    r"refresh\w*|display\w*|render\w*|start\w*|run\w*|respond\w*|come through|came through|find|found|add up|"
    r"populat\w*|trigger\w*|fir(?:e|es|ed|ing)|reach\w*|approv\w*|submit\w*|click\w*|pay|process\w*|generat\w*|"
    r"calculat\w*|reflect\w*|accept\w*|right|correct|visible|availab\w*|let(?:ting)? (?:me|us))"
)
_ES_FUNCTION = (
    r"(?:puedo|podemos|puede|pueden|deja|dejan|carga|cargan|cargo|abre|abren|aparece|aparecen|aparecio|llega|"
    r"llegan|llego|llegaron|sale|salen|salio|muestra|muestran|guarda|guardan|sincroniza\w*|descarga\w*|baja|"
    r"bajan|sube|suben|envia|envian|manda|mandan|cuadra|cuadran|coincide\w*|hace|hacen|responde\w*|trae|traen|"
    r"encuentr\w*|veo|vemos|ve|ven|reconoce\w*|acepta\w*|jala|funcion\w*|sirve\w*|anda|andan|actualiza\w*|"
    r"refresca\w*|genera\w*|calcula\w*|permite\w*|procesa\w*|deja\w*|entra\w*|conecta\w*|imprime\w*|exporta\w*|"
    r"importa\w*|refleja\w*|registra\w*|aplica\w*|dispara\w*|termina\w*|completa\w*|he podido|hemos podido|"
    r"han llegado|ha llegado|hemos recibido|he recibido|recib\w*)"
)

# ---------------------------------------------------------------- families

# "you can close REQ-45", "pueden cerrar el ticket": closing is acceptance (thanks), not a new ask.
CLOSING = _words(
    rf"(?:you |u |we |y'?all )?(?:can|could|may|are free to|feel free to|go ahead and|ok to|okay to) (?:now )?close "
    rf"(?:it|this|that|the (?:ticket|request|case|thread|issue)|{_REF_})",
    rf"(?:please |pls )?close (?:it|this|that|the (?:ticket|request|case|thread|issue)|{_REF_})(?: out)?",
    rf"(?:ya )?(?:lo |la )?(?:pueden|puedes|podeis|podes|podemos|se puede|pueden ya) (?:ya )?cerrar"
    rf"(?:lo|la)?(?: (?:el|la) (?:ticket|caso|hilo|tema|solicitud|consulta)| {_REF_})?",
    r"(?:(?:yes|yeah|ok|okay|sure|si|dale|vale)\s+)?(?:please |pls )?go ahead(?! and| with)|adelante|procedan|"
    r"proceed|green light|luz verde",
    r"(?:(?:ok|okay|sure|yes|perfect|great)\W+)?will do",
    r"(?:we|i)(?:'ll| will) (?:take it from here|handle it from here|take care of (?:it|the rest)|manage from here)|"
    r"(?:lo |la )?(?:tomamos|seguimos) (?:desde aqui|desde aca|nosotros)|nosotros seguimos",
    r"(?:justo|exactamente|just|exactly|precisely|eso era|eso es|that'?s|that was|this is|this was|es) (?:justo |"
    r"exactamente |just |exactly )?(?:lo que|what) (?:\w+ )?(?:necesitaba\w*|necesitamos|queriamos|"
    r"buscaba\w*|needed|wanted|was looking for|were looking for|i needed|we needed|i wanted|we wanted)",
    r"(?:asi|de esa forma|de esa manera|entonces) (?:lo|la) (?:dejamos|hacemos|manejamos)|(?:lo|la) dejamos (?:asi|"
    r"entonces)|quedamos (?:asi|en eso|de acuerdo)|let'?s (?:go with|do) (?:that|it|this|option \w+)|go with (?:that|this)",
    r"cierren(?:lo|la)?(?: (?:el|la) (?:ticket|caso|hilo|tema|solicitud|consulta))?",
    r"(?:den|dar|damos|doy) por (?:cerrad[oa]|resuelt[oa]|terminad[oa])(?: (?:el|la) \w+)?",
)

# "if anything breaks we'll tell you", "les escribo si algo falla": a problem that has not happened.
CONDITIONAL = _words(
    r"(?:if|in case|si|por si|en caso de que?) (?:\w+ ){0,2}?(?:anything|something|algo|hay algo|any (?:issues?|"
    r"problems?)|there'?s (?:an? |any )?(?:issues?|problems?)|hay (?:algun |un )?problema|surge algo|comes up|sale "
    r"algo|falla algo|cualquier (?:cosa|duda)|it (?:fails|breaks) again|vuelve a (?:fallar|pasar))(?: \w+){0,3}",
    r"cualquier (?:cosa|duda|consulta|novedad)(?: \w+){0,5}|for anything (?:else|urgent)(?: \w+){0,4}",
    r"(?:puede que|quizas|quiza|tal vez|capaz que|es posible que|posiblemente)(?: \w+){0,6}",
    r"(?:(?:we|you|they|users?|some \w+|there) )?(?:may|might) (?:see|notice|experience|get|have|receive|be slow|be "
    r"delayed|be late)(?: \w+){0,6}",
)

# Hellos, wishes and small talk, their questions included ("how was the offsite?", "¿cómo están?").
SMALLTALK = _words(
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

# Chasing what was already asked: progress, ETA, owner, "did you see it", nudges.
STATUS = _words(
    r"any (?:\w+ )?(?:updates?|news|progress|eta|word|luck|movement|feedback|follow[- ]?ups?|status)",
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
    r"(?:at|into)|working on|on|handling|checking|taking a look at) " + _OBJ_OLD,
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
    r"molestar de nuevo)",
    r"llevamos (?:\w+ ){0,3}esperando|(?:we'?ve|we have|i'?ve|i have) been waiting",
    r"did (?:anyone|anybody|someone|somebody|you|u|you guys|y'?all|the team) (?:\w+ )?(?:see|get|receive|check|look|"
    r"read|have a chance|manage|find|get a chance)",
    r"ha(?:ve|s) (?:anyone|anybody|someone|somebody|you|u|the team) (?:\w+ )?(?:had|taken|gotten|got) (?:a )?"
    r"(?:look|chance|peek|minute)|(?:es|sera|estara|queda|estaria|esta) para (?:hoy|manana|cuando|esta semana|el \w+)",
    r"ha(?:ve|s) (?:anyone|anybody|someone|somebody|you|u|the team) (?:\w+ )?(?:seen|looked|checked|had a chance|"
    r"gotten|received|read|managed)",
    r"(?:still )?waiting (?:on|for) (?:an? |any |your |the )?(?:update|reply|response|answer|news|feedback|fix|"
    + _REF_
    + r"|this|that|it|you|someone)",
    r"still waiting|(?:we'?re|i'?m|are|am) waiting",
    r"following[ -]?up(?: again| once more| here)?(?: on)?(?: (?:my|our|this|the|req\S*|#\d+)(?: \w+){0,3})?",
    r"(?<!will )(?<!'ll )(?<!to )follow[ -]?up on (?:my|our|this|that|the|req\S*|#\d+)(?: \w+){0,3}",
    r"(?:a|any|quick) follow[ -]?up (?:on|about|re|regarding)(?: \w+){0,3}",
    r"circling back(?: on)?|checking in(?: on)?(?: (?:this|that|it|my|our|the) ?\w*)?|just checking|"
    r"(?:gentle|friendly|quick) (?:reminder|nudge|ping|bump)|reminder on",
    r"check(?:ing)? on (?:the )?(?:status|progress|this|that|it|" + _REF_ + ")",
    r"(?:no one|nobody|noone|no-one) (?:has |have |'?s )?(?:replied|answered|responded|gotten back|got back|picked|"
    r"looked|reached|said)",
    r"(?:haven'?t|have not|didn'?t|did not) (?:\w+ )?(?:heard|hear|gotten|got) (?:back|anything|a reply|a response|"
    r"an answer)",
    r"(?:still )?no (?:reply|replies|response|answer|news|word|update|updates) (?:yet|since|so far|from|on|here|about)"
    r"|still no (?:reply|replies|response|answer|news|word|update|updates)",
    r"(?:una |alguna )?(?:actualizacion|novedad(?:es)?|noticias?|avances?|estatus|status|estado|respuesta) (?:sobre|de|"
    r"del|de la|con|acerca de) (?:\w+ )?(?:" + _REF_ + r"|mi|nuestr[oa]|est[oe]|eso|lo|caso|ticket|solicitud|tema)",
    r"when (?:will|would|can|could|should|do|might) (?:it|this|that|the fix|a fix|this fix|req\S*|#\d+) be",
    r"any idea (?:when|if|how long|on timing)|(?:alguna )?idea de (?:cuando|para cuando|cuanto)|where (?:are we|do we "
    r"stand|is this|are things) (?:on|with)|(?:en )?donde estamos con|how far along",
    r"when (?:can|could|should|will|would|might) (?:we|i) (?:expect|hear|know)",
    r"how(?:'s| is| s| are) (?:it going with|things going with|(?:my|our|the) (?:request|ticket|case|fix)|"
    + _REF_
    + r"|the progress|progress|(?:it|this|that) (?:going|coming along))",
    r"^\s*(?:ping|pinging|bump|bumping|up|\^+|anyone|anybody|someone|alguien|nudge)"
    r"(?: (?:again|here|on this|this|this one|that|team|equipo|everyone|all|please|pls|porfa|x?\d)){0,3}\s*\?*$",
    r"^\s*(?:hello+|helo|hola+|hey+|hi+|oigan|team|equipo|alo)(?: (?:again|here|team|equipo|everyone|all|anyone|"
    r"alguien)){0,2}\s*\?+$",
    r"(?:can|could|would|will) (?:someone|somebody|anyone|anybody|you|u|y'?all|you guys) (?:please |pls |kindly |"
    r"just )*(?:look at|look into|check|check on|take a look at|update (?:me|us) on|get back to (?:me|us) on|respond "
    r"to|reply to|answer) " + rf"(?:{_REF_}|{_MINE})",
    r"(?:alguna|algun|alguna otra|hay|tienen|hubo|tenemos|tendran|tendrian|tienes|teneis) (?:\w+ )?"
    r"(?:novedad(?:es)?|avances?|noticias?|actualizacion(?:es)?|update|respuesta|feedback|info(?:rmacion)? "
    r"(?:de|del|sobre))",
    r"que novedades|novedades\s*\??$|alguna novedad",
    r"(?:me|nos) (?:\w+ )?confirm\w* si (?:\w+ )?(?:lo |la |los |las |me |nos |les |te |ya )*(?:vieron|viste|"
    r"visteis|recibieron|recibiste|recibisteis|leyeron|leiste|llego|llegaron|revisaron|han (?:visto|recibido|"
    r"leido|revisado)|habeis (?:visto|recibido|leido)|pudieron|tienen novedades)",
    r"(?:pudieron|pudiste|pudisteis|han podido|habeis podido|has podido|lograron|alcanzaron a|alcanzaste a|"
    r"tuv\w+ (?:la )?(?:chance|oportunidad|tiempo|ocasion) de|ha(?:n|s|beis)? tenido (?:la )?(?:chance|oportunidad|"
    r"tiempo|ocasion) de) (?:\w+ )?(?:revisar|ver|mirar|checar|chequear|leer|avanzar|"
    r"resolver|verlo|revisarlo|mirarlo|checarlo|echarle)",
    r"(?:sabeis|saben|sabes|se sabe|sabemos) algo(?: de| del| sobre)?",
    r"(?:give|send|share|provide|get) (?:me|us) (?:an? |any |some |a quick )?(?:update|eta|status|news|timeline)",
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
    r"como (?:va|vamos|van|andamos|anda|vais) (?:lo|el|la|eso|esto|con|mi|nuestro|nuestra|" + _REF_ + r")\w*",
    r"en que (?:quedo|quedamos|va|estado esta|anda)",
    r"que (?:paso|pasa|hay|onda|tal) con (?:lo|el|la|mi|nuestro|nuestra|eso|esto)",
    r"(?:dar|doy|hago|hacer|dando|hacemos|damos) seguimiento|les escribo (?:de nuevo|nuevamente|otra vez) "
    r"(?:por|sobre)|recordatorio",
    r"(?:y|and|but|pero) (?:still )?(?:nada|nothing)(?! (?:funciona|works|carga|loads|anda|sirve|aparece|shows|happens|"
    r"se \w+|sale|llega|arrives))(?: (?:todavia|aun|yet|de nada))?|(?:still|todavia|aun) (?:nada|nothing)"
    r"|nothing yet|nada (?:todavia|aun)",
    r"alguien (?:lo |la )?(?:vio|ha visto|pudo ver|reviso|leyo)",
    r"lo (?:vieron|recibieron|leyeron|revisaron)|les llego",
    r"(?:pueden|podrian|podeis|puede) (?:alguien )?(?:revisar|ver|mirar|checar) (?:el |la )?" + _REF_,
)

# "thanks for the help with REQ-19": gratitude for what was done, not a new ask for help.
GRATITUDE = _words(
    r"(?:thanks?|thank you|thx|ty|appreciate|grateful)(?: you)?(?: so much| a lot| again| all)? for (?:the|your|all|"
    r"all the|this|that|looking|checking|helping|fixing|sorting|the quick|everything)(?: \w+){0,4}",
    r"gracias (?:de nuevo |otra vez )?(?:por|x) (?:la|tu|su|vuestra|todo|el|los|las|avisar|revisar|ayudar|"
    r"resolver|arreglar|responder)(?: \w+){0,4}",
)

# Asking to be told, beside a chase, only carries it ("still waiting on REQ-61, please advise").
TELL_ME = _words(
    r"please advise|advise please|kindly advise|let (?:me|us) know(?! (?:how|if|when|what|whether|which|where))|lmk|"
    r"keep (?:me|us) (?:posted|updated|informed)|(?:me|nos) (?:avisan|avisas|cuentan|comentan|confirman)|"
    r"avisen(?:me|nos)?|please confirm|confirmen(?:me|nos)?",
    r"(?:writing|reaching out|contacting you|escribo|escribimos|contacto|contactamos|les escribo|te escribo|os escribo) "
    r"(?:\w+ )?(?:to|para|porque|because|about|sobre|por)",
)

# A team blocked or waiting is urgency about the old thing, not a new problem.
BLOCKED = _words(
    r"(?:we|team|i|they|users|people|everyone|everybody|(?:the|our) (?:\w+ )?team)(?:'re|'m| are| is| am)? (?:\w+ )?"
    r"(?:blocked|stuck waiting|on hold|waiting)",
    r"(?:estamos|estoy|esta|estan) (?:\w+ )?(?:bloquead[oa]s|frenad[oa]s|parad[oa]s|detenid[oa]s)",
)

# "any news on REQ-77? we need it before the 31st": needing the old thing is urgency, not a new ask.
NEED_IT = _words(
    r"(?:we|i) (?:really |urgently |do )?need (?:it|this|that|them|these|those|an? (?:update|answer|reply|response))"
    r"(?! (?:fixed|done|sorted|resolved|changed|updated|removed|added|to))",
    r"(?:lo|la|los|las) (?:necesito|necesitamos|ocupamos|ocupo)",
)

# Once a clause chases, these frames only carry the chase ("can you give me an update on REQ-3?").
CHASE_FRAME = _words(
    r"(?:can|could|would|will) (?:you|u|someone|somebody|anyone|anybody|y'?all|you guys)(?: please| pls| kindly)*"
    r"(?: (?:give|send|share|tell|provide|get|let) (?:me|us)(?: know)?)?",
    r"please|pls|plz|kindly|let (?:me|us) know|asap|(?:can|could|may) (?:i|we) (?:get|have|receive)",
    r"quisiera saber|queria saber|quisieramos saber|me gustaria saber|nos gustaria saber|(?:i'?d|we'?d) like to know|"
    r"(?:(?:i|we) )?(?:just )?(?:wanted|want|wanting|trying) to (?:know|check|ask|see|confirm|find out)(?: if| whether)?",
    r"(?:alguien )?(?:me|nos) (?:pueden|puede|podrian|podria|podeis|puedes|podes|podrias) (?:dar|pasar|enviar|mandar|compartir|decir|confirmar|"
    r"contar|avisar)|(?:me|nos) (?:dan|pasan|dicen|confirman|cuentan|avisan)|por ?fa(?:vor)?|porfis|plis",
)

CHASE_SUBJECT = _words(
    r"(?:re:?|regarding|about|sobre|acerca de|respecto (?:a|al|de)|con lo de|lo de|lo del)\s+(?:\w+ ){0,5}\w+",
    r"(?:con |de |sobre )?lo que (?:\w+ ){0,4}\w+|(?:on|about|with) (?:what|the thing|the stuff) (?:\w+ ){0,4}\w+",
)

# The cause was on the customer's side, or the problem is gone by their own doing: news, not a problem.
CAUSE_OURS = _words(
    r"(?:the )?(?:issue|problem|cause|culprit|error|reason|bug) (?:was|is|were|turned out to be) (?:on |in |with )?"
    r"(?:our|my)(?: \w+){0,4}",
    r"(?:it|that|this) (?:was|is) (?:on )?(?:our|my) (?:side|end|fault|bad|firewall|proxy|network|vpn|config\w*)"
    r"(?: \w+){0,3}",
    r"(?:was|were) (?:\w+ ){1,4}on our (?:side|end)",
    r"our (?:fault|bad|mistake)|my (?:bad|fault|mistake)",
    r"(?:sorry|apologies) for the (?:noise|confusion|trouble|spam)|false alarm",
    r"never ?mind|nvm|(?:please |pls )?ignore (?:that|my last|me|the above|my previous)(?: \w+){0,2}",
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
FIXED = _words(
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
    r"ya (?:funciona\w*|quedo(?: todo)?|esta (?:funcionando|bien|ok|listo|resuelto|arreglado|solucionado)|anda|jala"
    r"|carga|cargo|salio|salieron|llego|llegaron|aparece|aparecen|sirve|se ve|lo vemos|pude|pudimos|se (?:resolvio|"
    r"soluciono|arreglo)|tenemos acceso|tengo acceso|entr[eo]|entramos|se descarg\w*|se envi\w*)",
    r"ahora si(?: \w+){0,4}",
    r"(?:funciona|anda|carga|jala) (?:de nuevo|otra vez|bien|perfecto|perfectamente|correctamente)",
    r"(?:vuelve|volvio) a funcionar",
    r"todo (?:ok|bien|en orden|correcto|perfecto|funcionando|listo)(?: \w+){0,2}",
    r"(?:quedo|queda|esta) (?:resuelto|solucionado|arreglado)|solucionado|resuelto|arreglado",
)

# Asking for an action, information or a change: questions, polite and wishful frames, imperatives.
ASK = _words(
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
    r"need (?:help|assistance|support|access|a |an |to |some |more |the |it fixed|this fixed)",
    r"(?:i|we) wish|feature request|any plans? (?:to|for)|are you (?:planning|going to)|on (?:the|your) roadmap",
    r"let (?:me|us) know (?:how|if|when|what|whether|which|where)(?! you need)",
    r"help (?:me|us|with|please)|help!",
    r"(?:need|needs|needed) (?:it|this|that) (?:fixed|done|sorted|resolved|changed|updated)",
    r"^\s*(?:(?:hey|hi|hello|ok|okay|so|also|and|team|folks|guys|then)\s+)*(?:add|remove|send|resend|re-send|cancel|"
    r"change|move|delete|reset|enable|disable|create|invite|extend|upgrade|downgrade|refund|check|fix|help|share|give|"
    r"tell|confirm|explain|update(?!s?:)|reissue|re-issue|merge|unlock|restore|revert|grant|activate|deactivate|"
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
    r"^\s*(?:(?:hola|oye|oigan|buenas|equipo|y|ok|entonces)\s+)*(?:agreguen|agrega|agregame|agreguenme|anadan|anade|"
    r"manden|mandenme|mandame|envien|envienme|enviame|revisen|revisa|revisenme|cancelen|cancela|eliminen|elimina|"
    r"borren|borra|activen|activa|desactiven|desactiva|habiliten|habilita|reenvien|reenvia|pasenme|pasame|denme|"
    r"dame|den|cambien|cambia|chequen|checa|checan|ayudenme|ayudame|confirmen|confirma|confirmame|expliquen|"
    r"explicame|actualicen|actualiza|generen|genera|emitan|reemitan|corrijan|corrige|arreglen|arregla|configuren|"
    r"configura|restablezcan|reseteen|resetea|desbloqueen|desbloquea|agenden|programen|suban|bajen|quiten|quita|"
    r"saquen|incluyan|verifiquen|verifica|echen un ojo|echenle|fijense|avisenme|avisame|digan|diganme|dime)\b",
    r"(?:a ver si|ver si) (?:me |nos )?(?:pueden|podeis|puedes|podrian)",
)

# Something we provide does not work, is wrong, slow, missing, or came back.
PROBLEM = _words(
    r"errors?|err|exception|traceback|fail(?:s|ed|ing|ure|ures)?|broken|breaks|broke|crash(?:es|ed|ing)?|bug(?:s|gy)?",
    r"glitch\w*|outage|timing out|times? out|timed out|timeouts?|hangs|hanging|frozen|freez(?:es|ing)|stuck",
    r"(?:is|are|'?s|went|goes|been|still|seems) down",
    _NEG + r" (?:(?!be |we |i |you )\w+ ){0,2}?" + _FUNCTION,
    r"missing|(?:is|are|'?s|comes? (?:up|back)|shows?|still|was|were|looks?) (?:\w+ )?(?:empty|blank)",
    r"wrong|incorrect|inaccurate|off by|(?:looks?|seems?|is|are) (?:a bit |slightly |way |totally )?off",
    _NEG + r" (?:\w+ )?(?:match|add up|line up|agree)|mismatch\w*|discrepanc\w*",
    r"duplicat\w*|twice|double[- ]?charged|charged (?:twice|double|\w+ times)|overcharg\w*|shifted",
    r"declined|rechazad[oa]s?|denegad[oa]s?|greyed out|grayed out|locked out|blocked|forbidden|access denied|denied|unauthori[sz]ed|invalid|expired|"
    r"not found|rejected|bounc\w*|disappear\w*|vanish\w*",
    r"(?:an?|the|to) [45]0[0-9](?!\d)|page not found|pagina no encontrada",
    r"(?:error|code|http|status|get|got|returns?|returned|returning|throws?|throwing|devuelve|da|sale|codigo|with)\s*:?"
    r"\s*[45]\d\d(?:s|'s)?",
    r"(?:is|are|'?s|went|got|been) (?:gone|lost|deleted|wiped)",
    r"(?:problem|issue|error|bug|crash|it)(?:'s| is| are) back|(?:it|problem|issue|error|bug|crash)(?:'s| has)? (?:came|comes|coming|come) back|(?:volvio|regreso|vuelve) "
    r"(?:el|la) (?:problema|error|falla|bug)",
    r"nada (?:funciona|carga|anda|sirve|aparece|se ve|sale|llega)|nothing (?:works|loads)",
    r"same (?:thing|error|issue|problem|result|behaviou?r|message|story)|(?<!hi )(?<!hello )(?<!hey )(?<!thanks )(?<!thank you )(?<!hola )(?<!you )(?<!up )(?<!this )(?<!in )(?<!asking )(?<!writing )(?<!sorry )(?<!ping )(?<!bump )again|keeps? (?!asking|bugging|pinging|chasing|calling|emailing|writing|insisting|waiting)\w+ing",
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
    r"shows? (?:zero|0|no|nothing|only|the old|old|an? old|blank)|(?:zero|0) (?:rows|results|records|items)|no data|"
    r"(?:viene|vienen|sale|salen|aparece|aparecen|llega|llegan) (?:sin|vaci\w*|en cero|con errores)|sin (?:los |las )?"
    r"datos",
    r"(?:gives?|gave|returns?|returned|throws?|threw|shows?|says|said|dice|devuelve|arroja|muestra|tira|marca|fails "
    r"with|falla con|responde) (?:me |us |nos |me un |un |an? |back )?zcodez",
    r"blank|white screen|pantalla (?:en )?blanc\w*|gives? (?:me |us )?(?:an? )?(?:error|blank|white|404|500)",
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
    r"rot[oa]s?|se (?:cae|cayo|caen|cierra|cerro|cierran|cuelga|colgo|traba|trabo|congela|congelo|reinicia|borr\w*|"
    r"pierde|perdio|duplica\w*|queda (?:cargando|pegad\w*|trabad\w*|colgad\w*|en blanco)|quedo (?:en|pegad\w*|"
    r"trabad\w*|colgad\w*|cargando))|caid[oa]s?",
    r"trabad[oa]s?|congelad[oa]s?|pegad[oa]s?|colgad[oa]s?|bloquead[oa]s?|atorad[oa]s?",
    r"lent[oa]s?|lentisim[oa]|tarda|tardan|tardando|demora|demoran",
    r"no (?:me |nos |le |les |se |lo |la |los |las |te )*(?:esta |estan )?" + _ES_FUNCTION,
    r"sin (?:funcionar|cargar|aparecer|llegar|sincronizar|actualizar)",
    r"duplicad[oa]s?|dos veces|doble (?:cobro|cargo|factura)|cobraron (?:de mas|dos veces|doble)|cobro de mas|"
    r"de mas",
    r"equivocad[oa]s?|incorrect[oa]s?|erroneo|erronea|mal (?:calculad\w*|hech\w*|el|la|los|las|escrit\w*)|sale mal|"
    r"salen mal|esta mal|estan mal",
    r"vaci[oa]s?|en blanco|desaparec\w*|se (?:borro|borraron|perdio|perdieron)|perd(?:i|io|imos|ieron)",
    r"(?<!hola )(?<!gracias )(?<!escribo )(?<!escribimos )(?<!pregunto )(?<!molestar )(?<!molesto )(?<!insisto )"
    r"(?:otra vez|de nuevo|nuevamente)|volvio a (?:pasar|fallar|salir|ocurrir|aparecer|caer)|vuelve a (?:pasar|fallar|"
    r"salir|ocurrir|aparecer)",
    r"sigue (?:igual|fallando|sin \w+|dando|saliendo|apareciendo|mal|roto|rota|caido|caida|lento|lenta|bloquead\w*|"
    r"pasando|el mismo|la misma|con el)|siguen (?:igual|fallando|sin \w+|saliendo|apareciendo|mal)",
    r"(?:me|nos|le|les) (?:sale|salen|da|dice|tira|aparece|arroja|marca|manda) (?:un |el |este |una |la )?(?:\w+ )?"
    r"(?:error|mensaje|zcodez|aviso|'|\")",
    r"no (?:deberia|deberian)|(?:un |el |este |otro )?(?:problema|inconveniente|tema) (?:con|en|al|para)|"
    r"problemas (?:con|en|al|para)",
    r"no cuadra\w*|no coincide\w*|no concuerda\w*|descuadr\w*|diferencia (?:entre|de|en)",
)

# Troubleshooting already done ("tried Chrome and Edge", "ya revisé spam"): a problem, unless it works now.
TRIED = _words(
    r"(?:i|we)(?:'ve| have)? (?:already |also )?tried|already tried|tried (?:again|\w+ing|with|on|in)",
    r"ya (?:intente|intentamos|probe|probamos|revise|revisamos)|(?:intente|intentamos|probe|probamos) (?:\w+ )?"
    r"(?:pero|y no|de nuevo|otra vez|con|en)",
)

# News from the customer's side: plans, absences, changes, what they sent or will do.
INFO = _words(
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
    r"(?:will|may|might|could) be (?:slow|late|unavailable|offline|away|out|delayed|on-site|onsite|in|closed|off)",
    r"public holiday|bank holiday|day off|days off",
    r"(?<!you )(?<!u )(?<!it )(?<!this )will (?:be |now |also )?(?!you\b)\w+|\w+ (?:van|va) a (?:estar|empezar|unirse|"
    r"encargarse|llevar|cubrir|tomar)",
    r"(?:our|my|nuestro|nuestra|mi) (?:\w+ ){1,2}(?:approved|signed|decided|confirmed|renewed|paid|sent|agreed|chose|"
    r"picked|finished|completed|updated|changed|aprobo|firmo|decidio|confirmo|pago|envio|mando)",
    r"(?:lo|la|los|las|les|os|te|le) (?!necesit|podemos|pudimos|queremos)\w+(?:amos|emos|imos)",
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

THANKS = _words(
    r"thanks?|thank you|thank u|thankyou|thx|thnx|thanx|tks|ty|tysm|tyvm|cheers|appreciate(?:d)?(?: it)?|much "
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

GREETING = _words(
    r"hi+|hello+|helo|hey+|heya|hiya|howdy|yo|morning|good (?:morning|afternoon|evening|night|day)|gm|bye|goodbye|"
    r"cya|take care|talk (?:soon|later)|greetings",
    r"hola+|holi|buenas|buenos dias|buen dia|buenas tardes|buenas noches|saludos|que tal|chao|chau|adios|"
    r"hasta (?:luego|pronto|la proxima|manana)|cuidense|abrazos?",
)

URGENCY = _words(
    r"(?:nos|me) urge|urge$|"
    r"keeps? (?:asking|bugging|pinging|chasing|calling|emailing|writing|insisting)|siguen? preguntando|"
    r"urgent\w*|asap|urge|urgente|es urgente|importante|critical|critico|high priority|prioridad|important",
    r"(?:it'?s|is|this is|that'?s|it) (?:\w+ )?blocking|blocking (?:us|our|me|the)",
    r"(?:it'?s|it has|has) been (?:\w+ )?(?:days?|hours?|weeks?|a while|ages)",
    r"pasaron (?:\w+ )?(?:dias|horas|semanas)|lleva(?:mos)? (?:\w+ )?(?:dias|horas|semanas)|hace (?:\w+ )?(?:dias|horas|semanas)",
)

# A question that opens with a question word even without its question mark ("how do i export the report").
WH_START = re.compile(
    r"(?:how|what|where|why) (?:do|does|did|can|could|should|would|is|are|was|were|to|much|many|long)\b|"
    r"(?:como|donde|por que|cuanto|cual|cuando) (?:se|hago|hacemos|puedo|podemos|esta|estan|es|son|no|cuesta|sale)\b|"
    r"(?:is|are|does|do|can|could|should|would|will|hay|tienen) (?:i|we|you|u|it|this|that|there|the|my|our|someone|"
    r"anyone|alguien|algun|alguna)\b"
)
