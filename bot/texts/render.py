"""What people read: short, warm, exact texts in English and Spanish (P7)."""

from __future__ import annotations

from bot.texts.calendar_words import day  # noqa: F401  (render.day: the one date format, re-exported)

TEXTS = {  # what staff read beside a request (customers' texts: bot.texts.customer_texts)
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


def thread_link(workspace_url: str | None, channel_id: str, ts: str) -> str:
    base = (workspace_url or "https://slack.com/").rstrip("/")
    return f"{base}/archives/{channel_id}/p{ts.replace('.', '')}"


def short(excerpt: str, limit: int = 200) -> str:
    return excerpt if len(excerpt) <= limit else excerpt[: limit - 1] + "…"


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
