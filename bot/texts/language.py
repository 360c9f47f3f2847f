"""The one rule for which language a person reads, and `say`, the one way to get a text.

`language_for(reader)`: the reader's Slack locale when we know it; else, for a customer, their
channel's customer language; else the language they just wrote in (staff typing a promise);
else the team's language (workspace setting `language`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy.orm import Session

from bot.platform.models import Channel, Person
from bot.platform.settings import workspace_settings
from bot.texts.catalogue import CATALOGUE

LANGUAGES = ("en", "es")


@dataclass(frozen=True)
class Reader:
    """What we know about whoever reads a text."""

    role: Literal["customer", "staff"] = "staff"
    slack_locale: str | None = None
    channel_language: str | None = None
    wrote_in: str | None = None
    team_language: str | None = None


def language_for(reader: Reader) -> str:
    """'en' or 'es' for this reader (see the module's docstring)."""
    if reader.slack_locale:
        return "es" if reader.slack_locale.lower().startswith("es") else "en"
    if reader.role == "customer" and reader.channel_language in LANGUAGES:
        return reader.channel_language
    if reader.wrote_in in LANGUAGES:
        return reader.wrote_in
    return reader.team_language if reader.team_language in LANGUAGES else "en"


def say(key: str, language: str, **values) -> str:
    """The catalogue's text `key` in `language` (English when it has none), filled in with `values`."""
    templates = CATALOGUE[key]
    return templates.get(language, templates["en"]).format(**values)


# -- the rule applied to what the database knows --------------------------------------------------
def _team(session: Session, workspace_id: str) -> str | None:
    return workspace_settings(session, workspace_id).language


def team_language(session: Session, workspace_id: str) -> str:
    """The language of texts addressed to the team at large (triage posts, escalations, hints)."""
    return language_for(Reader(role="staff", team_language=_team(session, workspace_id)))


def person_language(
    session: Session,
    workspace_id: str,
    user_id: str,
    *,
    wrote_in: str | None = None,
    customer_channel: str | None = None,
) -> str:
    """The language of one person we answer: their Slack locale, else (a customer, in
    `customer_channel`) that channel's customer language, else `wrote_in`, else the team's."""
    person = session.get(Person, (workspace_id, user_id))
    channel = session.get(Channel, (workspace_id, customer_channel)) if customer_channel else None
    reader = Reader(
        role="customer" if channel is not None else "staff",
        channel_language=channel.language if channel is not None else None,
        slack_locale=(person.locale or None) if person is not None else None,
        wrote_in=wrote_in,
        team_language=_team(session, workspace_id),
    )
    return language_for(reader)
