"""The example team: who is who in the stand-in Slack, and the workspace's settings."""

from __future__ import annotations

from bot.platform.models import Workspace
from bot.sandbox.simulator import CUSTOMER_TEAM, OUR_TEAM

# Our staff and the customer organisation's people, as the stories name them.
PEOPLE = {
    "UANA": dict(name="Ana García"),
    "UBEA": dict(name="Bea Ruiz"),
    "ULEAD": dict(name="Lola Lead"),
    "UCARLA": dict(name="Carla Pérez", team_id=CUSTOMER_TEAM),
    "UDORA": dict(name="Dora Díaz", team_id=CUSTOMER_TEAM),
}

# Weekdays nine to six in Panama.
PANAMA_OFFICE = {"tz": "America/Panama", "days": [0, 1, 2, 3, 4], "start": "09:00", "end": "18:00", "country": "PA"}


def people(slack, *users: str, **overrides: dict) -> None:
    """Add `users` (keys of PEOPLE) to the stand-in; `overrides` change one person's profile,
    e.g. people(slack, "UANA", "UBEA", UBEA={"locale": "es-ES"})."""
    for user in users:
        slack.add_user(user, **{**PEOPLE[user], **overrides.get(user, {})})


def workspace_settings(bot, **settings) -> None:
    """Merge `settings` into our workspace's settings (as /atento settings would store them)."""
    with bot.atento.sessions.begin() as session:
        workspace = session.get(Workspace, OUR_TEAM)
        workspace.settings = {**workspace.settings, **settings}


def office_in_panama(bot, slack, *users: str, lead: str | None = "ULEAD", **overrides: dict) -> None:
    """`users` work weekdays nine to six in Panama; `lead` leads them."""
    people(slack, *users, **overrides)
    workspace_settings(bot, **({"lead": lead} if lead else {}), hours=dict(PANAMA_OFFICE))
