"""Every sentence a person reads, in one lookup: `key → {"en": ..., "es": ...}`.

The texts live in a few modules by audience (each a dict of that shape, read by its own
`say`); this module merges them under a prefix per module so that `bot.texts.language.say`
reaches any of them and the catalogue test checks them all:

- `answers.*`  private answers to a person's own command or button (bot.texts.answers)
- `staff.*`    what the team reads: claims, triage, escalations, hints (bot.texts.staff_texts)
- `customer.*` what customers read in their threads, usted and tú (bot.texts.customer_texts)
- `staff_beside.*` the triage post and the Claim button (bot.texts.render)
- `promise.*`  promises, to their owner and the customer (bot.texts.promise_texts)
- `digest.*`   digests (bot.texts.digest_texts)
- `settings.*` the settings modal and its errors (bot.texts.settings_texts)
- `record.*`   a customer's record and the figures (bot.texts.record_texts)
- `staff_time.*` a staff member's own time: hours, `/away me`, cover, end-of-day note (bot.texts.staff_time_texts)

Weekday and month names are not here but in bot.texts.calendar_words.
"""

from __future__ import annotations

from bot.texts import (
    answers,
    customer_texts,
    digest_texts,
    promise_texts,
    record_texts,
    render,
    settings_texts,
    staff_texts,
    staff_time_texts,
)

SOURCES: dict[str, dict[str, dict[str, str]]] = {
    "answers": answers.TEXTS,
    "staff": staff_texts.TEXTS,
    "customer": customer_texts.TEXTS,
    "staff_beside": {**render.TEXTS, "claim_button": render.CLAIM_BUTTON},
    "promise": promise_texts.TEXTS,
    "digest": {**{f"title:{key}": texts for key, texts in digest_texts.TITLES.items()}, **digest_texts.WORDS},
    "settings": settings_texts.TEXTS,
    "record": {
        **record_texts.TEXTS,
        **{
            f"counted:{key}:{number}": {language: forms[language][i] for language in forms}
            for key, forms in record_texts.COUNTED.items()
            for i, number in enumerate(("one", "many"))
        },
    },
    "staff_time": staff_time_texts.TEXTS,
}

CATALOGUE: dict[str, dict[str, str]] = {
    f"{prefix}.{key}": texts for prefix, texts_by_key in SOURCES.items() for key, texts in texts_by_key.items()
}
