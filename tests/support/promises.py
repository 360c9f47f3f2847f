"""The promise stories (issue 5): Ana and Bea support Carla, Lola leads, nine to six in Panama."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.platform.models import Channel, Promise
from bot.sandbox.simulator import OUR_TEAM
from tests.support.flow import says, settle, staff_says
from tests.support.team import office_in_panama

PANAMA = ZoneInfo("America/Panama")
REMINDER, MISSED = "Reminder: you told", "has passed"


def at(day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, second, tzinfo=PANAMA)


def setup_team(bot, slack, *, customer_tz: str | None = "Europe/Madrid") -> None:
    """Ana (Panama, English) and Bea (Panama, Spanish locale) support Carla; Lola leads; 9 to 6 in Panama."""
    office_in_panama(bot, slack, "UANA", "UBEA", "ULEAD", "UCARLA", UBEA={"locale": "es-ES"})


def open_request(bot, clock, slack, text="The invoice export is broken", *, customer_tz="Europe/Madrid") -> str:
    clock.set(at(16, 9, 50))
    ts = says(bot, clock, text)
    settle(bot, clock)
    if customer_tz:
        with bot.atento.sessions.begin() as session:
            session.get(Channel, (OUR_TEAM, "CSHARED")).timezone = customer_tz
    return ts


def staff_answers(bot, clock, thread: str, text: str, *, user="UANA", moment: datetime | None = None) -> None:
    """`user` answers in the thread at `moment` (10:00 on the 16th), then the worker settles."""
    clock.set(moment or at(16, 10))
    staff_says(bot, clock, text, user=user, thread_ts=thread)
    settle(bot, clock)


def confirmations(slack, user: str) -> list[str]:
    return [
        c.args["text"]
        for c in slack.calls("chat.postEphemeral")
        if c.args.get("user") == user
        and "REQ-" in c.args["text"]
        and ("Tracked" in c.args["text"] or "Anotado" in c.args["text"])
    ]


def promises(bot) -> list[Promise]:
    with bot.atento.sessions() as session:
        return list(session.scalars(select(Promise).order_by(Promise.id)))
