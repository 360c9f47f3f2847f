"""Cues that what we provide holds wrong data or is stuck (issue 16): a problem in the customer's own terms.

Split out of `intent_requests` (which keeps asks and the general problem family); `intent.py` decides.
"""

from __future__ import annotations

from .intent_requests import ES_FUNCTION, FUNCTION, words

# Wrong data: what we show or count includes what should not be there ("the churn report shows cancelled
# customers as active", "el listado incluye usuarios dados de baja").
WRONG_DATA = words(
    r"(?:muestra\w*|incluye\w*|aparece\w*|trae\w*|lista\w*|cuenta\w*|figura\w*|sale\w*|shows?|showing|lists?|"
    r"listing|includes?|including|counts?|counting|displays?) (?:\w+ ){0,6}?(?:de baja|que (?:no|nunca) (?:hizo|hicieron|"
    r"trabaj\w+|corresponde\w*|existe\w*|compr\w+|pidi\w+|tom\w+|us\w+)|(?:that|which) (?:\w+ )?(?:didn'?t|never|"
    r"did not) \w+|que ya (?:vencieron|expiraron|terminaron|finalizaron|no|"
    r"cancelaron|se dieron|se fueron|renunciaron|se borraron|se eliminaron)|inactiv[oa]s|eliminad[oa]s|borrad[oa]s|"
    r"deleted|deactivated|cancell?ed|removed|churned|inactive|former|who (?:already )?left|no longer|(?:that|which|who) "
    r"(?:already )?(?:expired|ended|quit|retired))",
    # A value read or computed wrong: "imported every date as 1970", "calculados sobre el sueldo viejo".
    r"(?:imported|exported|saved|stored|parsed|read|reads|shows?|showing|displays?|came (?:in|out)|comes (?:in|out)|"
    r"importad[oa]s?|exportad[oa]s?|guardad[oa]s?|aparece\w*|sale\w*|vien\w+) (?:\w+ ){0,4}?(?:as|like|como|en) "
    r"(?:\d+|zero|blank|empty|null|none|nan|undefined|cero|vaci[oa]s?|en blanco)\b",
    r"(?:calculad[oa]s?|calculated|computed|based|charged|billed|generad[oa]s?|generated|liquidad[oa]s?|pagad[oa]s?|"
    r"paid) (?:\w+ ){0,3}?(?:sobre|con|en base a|segun|on|with|using|from|at) (?:el |la |los |las |the |our |an? )?"
    r"(?:\w+ )?(?:viej[oa]s?|anterior(?:es)?|equivocad[oa]s?|old|previous|wrong|outdated|last (?:year|month)'?s?)\b",
)

# A problem still there, in a state that should have passed: "siguen en 'procesando'", "still sitting in 'queued'",
# "siguen rebotando", "the scanner still reads nothing".
STUCK = words(
    r"(?:still|sigue|siguen|continua|continuan|todavia|aun|stuck|stays?|se quedan?|quedan?|quedaron) (?:\w+ ){0,2}?"
    r"(?:in |at |on |en |como |as )?(?:'|\")?(?:processing|procesando|queued|en cola|loading|cargando|generating|"
    r"generando|uploading|subiendo|syncing|sincronizando|importing|importando|exporting|exportando|sending|enviando|"
    r"verifying|verificando|validating|validando|spinning|rebot\w*|bounc\w*)",
    r"(?:still|sigue|siguen|continua|continuan|todavia|aun|stuck|stays?|se quedan?|quedan?|quedaron) (?:\w+ ){0,2}?"
    r"(?:in |at |on |en |como |as )(?:'|\")\w+(?: \w+){0,2}(?:'|\")",
    r"(?:sigue|siguen|continua|continuan) (?!esperando)\w+(?:ando|iendo)",
    r"(?:reads?|shows?|loads?|returns?|prints?|scans?|finds?|detects?|syncs?|does|displays?|imports?|exports?|sends?|"
    r"receives?|captures?|picks? up|brings? up) (?:absolutely )?nothing|(?:still|todavia|aun) (?:nada|nothing) (?:on|in|"
    r"at|en|under) (?:the |el |la |our |my )?(?:\w+ )?(?:screen|page|report|dashboard|list|tab|panel|portal|app|"
    r"pantalla|pagina|reporte|listado|tablero|informe)",
    # Nobody can do it: "now nobody can log in", "nadie puede entrar", "none of our users get the emails".
    r"(?:nobody|no one|noone|no-one|none of (?:us|them|our \w+)|nadie|ninguno|ninguna) (?:\w+ )?(?:can |could |is able to |"
    r"are able to )?(?:" + FUNCTION + "|" + ES_FUNCTION + ")",
)
