"""Who is a customer, who is staff, and which messages are people talking at all."""

from __future__ import annotations

from dataclasses import dataclass

# Message subtypes that are people talking; every other subtype (joins, topic changes,
# bot_message, pins…) is the system talking and is ignored.
CONVERSATION_SUBTYPES = frozenset({None, "", "file_share", "thread_broadcast", "me_message"})


@dataclass(frozen=True)
class Author:
    """What we know of a message's author: from the event, and from the cached profile if any."""

    user_id: str | None
    team_id: str | None = None  # the author's organisation (event user_team/team, or profile)
    bot_id: str | None = None
    is_bot: bool = False
    is_restricted: bool | None = None  # None: we have not seen their profile yet
    is_ultra_restricted: bool | None = None


def is_conversation(subtype: str | None) -> bool:
    return subtype in CONVERSATION_SUBTYPES


def role_of(author: Author, installing_team: str, installing_enterprise: str | None = None) -> str:
    """'customer', 'staff', 'bot' or 'unknown' (own-workspace author whose profile we lack).

    A customer is anyone from another organisation (Slack Connect), or a guest of ours.
    Staff are full members of the installing workspace.
    """
    if author.bot_id or author.is_bot or not author.user_id:
        return "bot"
    ours = {installing_team, installing_enterprise} - {None}
    if author.team_id and author.team_id not in ours:
        return "customer"
    if author.is_restricted or author.is_ultra_restricted:
        return "customer"
    if author.is_restricted is None:
        return "unknown"
    return "staff"
