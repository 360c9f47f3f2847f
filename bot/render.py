"""What people read: short, warm, exact texts in English and Spanish (P7)."""

from __future__ import annotations

TEXTS = {
    "ack": {
        "en": "Logged as {ref}. A named person from our team will take it.",
        "es": "Registrado como {ref}. Una persona de nuestro equipo se hará cargo.",
    },
    "intro": {
        "en": "Hi! I'm Atento. I log each request here and make sure one named person from the team takes it.",
        "es": "¡Hola! Soy Atento. Registro cada solicitud de este canal y me aseguro de que una persona del equipo se haga cargo.",
    },
    "triage": {
        "en": "New request {ref} from {customer} in <#{channel}>: “{excerpt}” <{link}|Open thread>",
        "es": "Nueva solicitud {ref} de {customer} en <#{channel}>: “{excerpt}” <{link}|Abrir hilo>",
    },
}

ACK_REACTION = "ticket"


def text(key: str, language: str, **values: str) -> str:
    templates = TEXTS[key]
    return templates.get(language, templates["en"]).format(**values)


def intro() -> str:
    """Before we know the channel's language, we introduce ourselves in both."""
    return f"{TEXTS['intro']['en']}\n{TEXTS['intro']['es']}"


def thread_link(workspace_url: str | None, channel_id: str, ts: str) -> str:
    base = (workspace_url or "https://slack.com/").rstrip("/")
    return f"{base}/archives/{channel_id}/p{ts.replace('.', '')}"


def short(excerpt: str, limit: int = 200) -> str:
    return excerpt if len(excerpt) <= limit else excerpt[: limit - 1] + "…"


def command_unavailable(command: str) -> str:
    return f"Sorry, {command or 'that command'} isn't something Atento can do yet. Requests are logged automatically in shared channels."
