"""Which requests a message names (issue 16): `REQ-12` always, `#12` only where it stands for a request.

P1/P8: a customer who writes "still waiting on #93" or "la solicitud #70" means a request Atento logged;
"invoice #4471", "order #88123", "v5.8.1", "error 1402" or "#general" never name one.
"""

from __future__ import annotations

import re

from .text import fold

# Fenced code and links are someone else's words (a log, a URL): no reference comes from them.
_FENCED = re.compile(r"```.*?(?:```|$)", re.S)
_LINK = re.compile(r"<(?:https?|mailto):[^>]*>|https?://\S+")
_SLACK_ENTITY = re.compile(r"<[@#!][^>]*>")
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u00ad": "", "\uff03": "#"})

# Always a request: REQ-12, req 12, req#12, REQ12; "request 12", "solicitud 70", "ticket 12" with or without #.
_NAMED = re.compile(
    r"(?<![a-z0-9])(?:req|requests?|solicitud(?:es)?|tickets?|casos?|cases?)"
    r"(?:(?<=req)|\s*[-#:]\s*|\s+(?:no\.?\s*|n[or]?\s*|nº\s*|number\s+|numero\s+)?#?\s*)(\d{1,7})(?![\d.,]?\d|\.\d|[a-z])",
)
_DETERMINED = re.compile(
    r"(?:^|\b(?:the|my|our|your|this|that|la|el|mi|nuestra|nuestro|su|esta|este|del|de la|on|about|re|sobre|with|"
    r"for|con|lo de|en|from|to the|a la)\s+|[:>(\[]\s*)$|^\s*$"
)
# "REQ-19 and 20", "REQ-19, #20 y #21": the list keeps the noun.
_LIST_TAIL = re.compile(
    r"\s*(?:,|&|/|\band\b|\by\b|\be\b|\bor\b|\bo\b)\s*(?:req\s*-?\s*)?#?(\d{1,7})(?![\d.,]?\d|[a-z])"
)

# A bare "#12" is a request unless it numbers another thing: in a support channel the customer's "#n" is almost
# always their request ("mismo problema que #226", "attached the HAR for #399"), scored over 6,000 labelled lines.
_BARE = re.compile(r"(?<![\w&#])#\s?(\d{1,7})(?![\d.,]?\d|[a-z_-])")
# Numbers of other things: never a request, also when a list continues ("invoice #4471 and #4472").
_OTHER_THING = re.compile(
    r"(?:invoices?|inv|orders?|po|purchase\s+order|employees?|emp|documents?|docs?|items?|skus?|products?|"
    r"accounts?|acct|contracts?|quotes?|receipts?|payments?|transactions?|rows?|lines?|pages?|versions?|builds?|"
    r"releases?|errors?|codes?|issues?|pr|pull\s+request|commits?|rooms?|tables?|seats?|users?|clients?|customers?|"
    r"steps?|pasos?|payouts?|transfers?|transferencias?|shipments?|envios?|tracking|parcels?|paquetes?|"
    r"facturas?|pedidos?|ordenes|orden|empleados?|documentos?|folios?|cuentas?|contratos?|cotizaci(?:o|on|ones)|"
    r"recibos?|pagos?|filas?|lineas?|paginas?|versiones?|version|errores?|codigos?|clientes?|usuarios?|"
    r"proveedor(?:es)?|remitos?|guias?|nominas?|polizas?|tarjetas?|cheques?|lotes?|stores?|shops?|branch(?:es)?|"
    r"sites?|locations?|offices?|warehouses?|plants?|units?|floors?|desks?|terminals?|registers?|tills?|lanes?|"
    r"gates?|docks?|trucks?|routes?|shifts?|batch(?:es)?|devices?|printers?|machines?|kiosks?|stations?|zones?|"
    r"tiendas?|sucursal(?:es)?|locales?|local|cajas?|salas?|oficinas?|almacen(?:es)?|bodegas?|plantas?|pisos?|"
    r"mesas?|terminales?|camion(?:es)?|rutas?|turnos?|dispositivos?|impresoras?|maquinas?|estaciones?|zonas?)"
    r"(?:\s*(?:no\.?|n[ºo]\.?|number|numero|num\.?))?\s*$"
)
_RANKING = re.compile(r"\s*(?:priority|prioridad|on\s+the\s+list|en\s+la\s+lista|in\s+line|en\s+la\s+fila)\b")
_LIST_BACK = re.compile(r"(?:#?\d{1,9}\s*(?:,|&|/|\band\b|\by\b|\be\b|\bor\b|\bo\b)\s*)+$")


def references_in(text: str) -> list[int]:
    """The request numbers `text` names, in order of first mention, each once.

    `REQ-12`, `req-12`, `req 12` (any case) always count, as do "request 12", "solicitud #70" and
    "ticket #12"; a bare `#12` counts ("still waiting on #93", "mismo problema que #226") unless it numbers another
    thing (invoice, order, employee, document, step... words before it; "#1 priority"), and never in code or links.
    """
    if not text or ("#" not in text and not re.search(r"\d", text)):
        return []
    text = text[:4000].translate(_HYPHENS)
    folded = fold(_SLACK_ENTITY.sub(" ", _LINK.sub(" ", _FENCED.sub(" ", text))))
    found: list[int] = []

    def add(number: str) -> None:
        value = int(number)
        if value > 0 and value not in found:
            found.append(value)

    for match in _NAMED.finditer(folded):
        said = match.group(0)
        long_noun = not said.startswith("req") or said.startswith("request")
        before = folded[max(0, match.start() - 20) : match.start()]
        if long_noun and "#" not in said and not _DETERMINED.search(before):
            continue  # "request 12 more seats", "in case 3 users": a long noun without "#" needs a determiner
        add(match.group(1))
        end = match.end()
        while tail := _LIST_TAIL.match(folded, end):
            add(tail.group(1))
            end = tail.end()
    for match in _BARE.finditer(folded):
        # A list ("#45 y #46", "invoice #4471 and #4472") takes the context of its first number.
        prefix = folded[max(0, match.start() - 200) : match.start()]
        listed = _LIST_BACK.search(prefix)
        head = prefix[: listed.start()] if listed else prefix
        context = head[-60:]
        if _OTHER_THING.search(context):
            continue
        if _RANKING.match(folded, match.end()):
            continue  # "our #1 priority", "#2 en la lista"
        add(match.group(1))
    return found
