"""What customers read in their threads (P7): short, exact, in their language and register.

Spanish is "usted" by default; a channel may choose "tú" (channel setting `register`), whose texts are
the keys ending in `:tu` (each keeps an English twin so that the catalogue stays `{en, es}`). Dates are
said in full ("Thursday 24 December", "jueves 24 de diciembre"): no abbreviations where customers read.
Only bot.requests.customer_notices (the gate) renders these: tests/unit/test_customer_gate.py checks it.
"""

from __future__ import annotations

REGISTERS = ("usted", "tu")
DEFAULT_REGISTER = "usted"

TEXTS = {
    "ack": {
        "en": "Logged as {ref}. A named person from our team will take it.",
        "es": "Registrado como {ref}. Una persona de nuestro equipo se hará cargo.",
    },
    "intro": {
        "en": "Hi! I'm Atento. I log each request here and make sure one named person from the team takes it.",
        "es": "¡Hola! Soy Atento. Registro cada solicitud de este canal y me aseguro de que una persona del equipo se haga cargo.",
    },
    # the echo of a stated window (policies.window_echo): in progress, or ahead with its days
    "echo_now": {
        "en": "Noted — we'll hold follow-ups until {back}.",
        "es": "Entendido: no le escribiremos hasta el {back}.",
    },
    "echo_now:tu": {
        "en": "Noted — we'll hold follow-ups until {back}.",
        "es": "Entendido: no te escribiremos hasta el {back}.",
    },
    "echo_person": {
        "en": "Noted: you're away {days}; we'll write again from {back}.",
        "es": "Entendido: no estará disponible {days}; le escribiremos de nuevo a partir del {back}.",
    },
    "echo_person:tu": {
        "en": "Noted: you're away {days}; we'll write again from {back}.",
        "es": "Entendido: no estarás disponible {days}; te escribiremos de nuevo a partir del {back}.",
    },
    "echo_company": {
        "en": "Noted: your company is closed {days}; we'll write again from {back}.",
        "es": "Entendido: su empresa estará cerrada {days}; le escribiremos de nuevo a partir del {back}.",
    },
    "echo_company:tu": {
        "en": "Noted: your company is closed {days}; we'll write again from {back}.",
        "es": "Entendido: tu empresa estará cerrada {days}; te escribiremos de nuevo a partir del {back}.",
    },
    "not_right": {"en": "That's not right", "es": "No es correcto"},
    # who owns the request, and what became of it
    "owner": {"en": "{name} is taking care of {ref}.", "es": "{name} se encarga de {ref}."},
    "handed_off": {
        "en": "{name} is now taking care of {ref} and has the full context, so there's no need to repeat anything.",
        "es": "{name} se encarga ahora de {ref} y tiene todo el contexto, así que no hace falta repetir nada.",
    },
    "resolved": {
        "en": "{ref} is resolved. If anything is left, just reply here.",
        "es": "{ref} está resuelta. Si queda algo pendiente, responda aquí mismo.",
    },
    "resolved:tu": {
        "en": "{ref} is resolved. If anything is left, just reply here.",
        "es": "{ref} está resuelta. Si queda algo pendiente, responde aquí mismo.",
    },
    "reopened": {"en": "{ref} is open again.", "es": "{ref} está abierta de nuevo."},
    "state_unclaimed": {
        "en": "{ref} is logged; a named person from our team will take it.",
        "es": "{ref} está registrada; una persona de nuestro equipo se hará cargo.",
    },
    "state_promised": {
        "en": "{name} said they'd get back to you by {when}.",
        "es": "{name} dijo que le respondería antes del {when}.",
    },
    "state_promised:tu": {
        "en": "{name} said they'd get back to you by {when}.",
        "es": "{name} dijo que te respondería antes del {when}.",
    },
    # a staff member's honest "need more time", sent by their click
    "update": {
        "en": "Update from {name} on {ref}: we need until {until}",
        "es": "Novedad de {name} sobre {ref}: necesitamos hasta el {until}",
    },
}


def say(key: str, language: str, register: str = DEFAULT_REGISTER, **values) -> str:
    """The customer text `key` in `language` (English when it has none) and, in Spanish, `register`."""
    if language == "es" and register == "tu" and f"{key}:tu" in TEXTS:
        key = f"{key}:tu"
    templates = TEXTS[key]
    return templates.get(language, templates["en"]).format(**values)
