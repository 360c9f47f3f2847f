"""What people read: short, warm, exact texts in English and Spanish (P7)."""

from __future__ import annotations

from bot.texts.calendar_words import day  # noqa: F401  (render.day: the one date format, re-exported)

TEXTS = {
    "ack": {
        "en": "Logged as {ref}. A named person from our team will take it.",
        "es": "Registrado como {ref}. Una persona de nuestro equipo se hará cargo.",
    },
    "intro": {
        "en": "Hi! I'm Atento. I log each request here and make sure one named person from the team takes it.",
        "es": "¡Hola! Soy Atento. Registro cada solicitud de este canal y me aseguro de que una persona del equipo se haga cargo.",
    },
    "hold_until": {
        "en": "Noted — we'll hold follow-ups until {day}.",
        "es": "Entendido: no te escribiremos hasta el {day}.",
    },
    "triage": {
        "en": "New request {ref} from {customer} in <#{channel}>: “{excerpt}” <{link}|Open thread>{probably}",
        "es": "Nueva solicitud {ref} de {customer} en <#{channel}>: “{excerpt}” <{link}|Abrir hilo>{probably}",
    },
    "probably_away": {"en": "\n_Probably away until {day}_", "es": "\n_Probablemente ausente hasta el {day}_"},
}

ACK_REACTION = "ticket"


def pick(catalogue: dict, key: str, language: str, **values) -> str:
    """A text of `catalogue` in `language` (English when it has none), filled in."""
    templates = catalogue[key]
    return templates.get(language, templates["en"]).format(**values)


def text(key: str, language: str, **values: str) -> str:
    return pick(TEXTS, key, language, **values)


def intro() -> str:
    """Before we know the channel's language, we introduce ourselves in both."""
    return f"{TEXTS['intro']['en']}\n{TEXTS['intro']['es']}"


def thread_link(workspace_url: str | None, channel_id: str, ts: str) -> str:
    base = (workspace_url or "https://slack.com/").rstrip("/")
    return f"{base}/archives/{channel_id}/p{ts.replace('.', '')}"


def short(excerpt: str, limit: int = 200) -> str:
    return excerpt if len(excerpt) <= limit else excerpt[: limit - 1] + "…"


CLAIM_TEXTS = {
    "state_unclaimed": {
        "en": "{ref} is logged; a named person from our team will take it.",
        "es": "{ref} está registrada; una persona de nuestro equipo se hará cargo.",
    },
    "state_promised": {
        "en": "{name} said they'd get back to you by {when}.",
        "es": "{name} dijo que les respondería antes del {when}.",
    },
    "resolved": {
        "en": "{ref} is resolved. If anything is left, just reply here.",
        "es": "{ref} está resuelta. Si queda algo pendiente, respondan aquí mismo.",
    },
    "owner": {
        "en": "{name} is taking care of {ref}.",
        "es": "{name} se encarga de {ref}.",
    },
    "handed_off": {
        "en": "{name} is now taking care of {ref} and has the full context, so there's no need to repeat anything.",
        "es": "{name} se encarga ahora de {ref} y tiene todo el contexto, así que no hace falta repetir nada.",
    },
}


def claim_text(key: str, language: str, **values: str) -> str:
    templates = CLAIM_TEXTS[key]
    return templates.get(language, templates["en"]).format(**values)


CLAIM_BUTTON = {"en": "Claim", "es": "Tomar"}


def with_button(text: str, action_id: str, value: str, label: str, *, primary: bool = False) -> list[dict]:
    """A message as blocks: its text, and one button under it."""
    button = {"type": "button", "action_id": action_id, "value": value, "text": {"type": "plain_text", "text": label}}
    if primary:
        button["style"] = "primary"
    return [{"type": "section", "text": {"type": "mrkdwn", "text": text}}, {"type": "actions", "elements": [button]}]


def with_claim_button(text: str, number: int, language: str) -> list[dict]:
    """The message with a Claim button (staff claim; anyone else is told why not)."""
    return with_button(text, "claim_request", str(number), CLAIM_BUTTON.get(language, CLAIM_BUTTON["en"]))


def hold_until(language: str, resume) -> str:
    """P5, told to the customer: we will not chase them before they said."""
    return pick(TEXTS, "hold_until", language, day=day(resume, language))


NOT_RIGHT = {"en": "That's not right", "es": "No es correcto"}
