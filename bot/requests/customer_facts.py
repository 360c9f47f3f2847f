"""What we know about when a customer may be contacted, read from the rows (P5): their windows and their
company's, their Slack status, their zone, country and working hours, an opt-out. One floor below the
domains that use it: the customer-notice gate (bot.requests.customer_notices) and availability."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bot.platform.models import Channel, Person, Request, Unavailability
from bot.platform.settings import ChannelSettings, workspace_settings
from policies.availability import CustomerFacts, Window, customer_schedule, status_reads_as_away


def speaker_zone(person, channel, session: Session, workspace_id: str) -> str:
    """The customer's timezone; without one (or with one no zone database knows), the channel's, then
    the team's (DESIGN.md)."""
    for zone in (getattr(person, "tz", None), getattr(channel, "timezone", None)):
        if zone and known_zone(zone):
            return zone
    return workspace_settings(session, workspace_id).tz


def known_zone(zone: str) -> bool:
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def windows_of(session: Session, workspace_id: str, user_id: str, channel_id: str) -> list[Unavailability]:
    """The live windows that concern this customer: their own and their company's."""
    return list(
        session.scalars(
            select(Unavailability)
            .where(
                Unavailability.workspace_id == workspace_id,
                Unavailability.cleared_at.is_(None),
                or_(Unavailability.user_id == user_id, Unavailability.channel_id == channel_id),
            )
            .order_by(Unavailability.start_at)
        )
    )


def facts_for(
    session: Session,
    workspace_id: str,
    user_id: str,
    channel_id: str,
    zone: str,
    country: str | None,
    hours: dict | None = None,
) -> CustomerFacts:
    """Everything that pauses follow-ups to this customer, as the pure policy wants it."""
    live = windows_of(session, workspace_id, user_id, channel_id)
    return CustomerFacts(
        hours=customer_schedule(zone, None, zone, country, hours),
        windows=tuple(Window(w.start_at, w.resume_at, w.matched or "stated") for w in live if w.resume_at is not None),
        status_away_until=status_away_until(session.get(Person, (workspace_id, user_id))),
        opted_out=any(w.scope == "opt_out" for w in live),
    )


def status_away_until(person) -> datetime | None:
    """A Slack status that reads as away ("Vacation", ":palm_tree:") and expires: away until then."""
    if person is None or person.status_expires_at is None:
        return None
    return person.status_expires_at if status_reads_as_away(person.status_text, person.status_emoji) else None


def customer_facts(session: Session, request: Request, now: datetime) -> tuple[CustomerFacts, str]:
    channel = session.get(Channel, (request.workspace_id, request.channel_id))
    customer = session.get(Person, (request.workspace_id, request.customer_user_id))
    zone = speaker_zone(customer, channel, session, request.workspace_id)
    country = getattr(channel, "country", None)
    hours = ChannelSettings.from_json(channel.settings).customer_hours if channel else None
    facts = facts_for(session, request.workspace_id, request.customer_user_id, request.channel_id, zone, country, hours)
    return facts, zone
