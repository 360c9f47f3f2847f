"""Reading a record from the database: whose channels, in which zone and language, and each
request's lifecycle from the requests, the audit log (RequestEvent) and the promises.

Bulk reads on Core (a quarter of a busy customer is thousands of requests): one query per table,
filtered by a subquery of the requests in scope, never one query per request.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from bot.platform.models import Channel, Person, Promise, Request, RequestEvent, Workspace
from bot.platform.settings import workspace_settings
from policies.business_time import Schedule
from policies.figures import PromiseFacts, RequestFacts

OWNERSHIP = ("claimed", "taken_over", "handed_off", "released")
LIFECYCLE = OWNERSHIP + ("resolved", "withdrawn", "reopened", "purged", "forgotten")


class RecordError(Exception):
    """Bad input a person can fix (unknown channel or organisation, a backwards period): one line."""

    def __init__(self, key: str, **values):
        self.key, self.values = key, values
        super().__init__(self.text("en"))

    def text(self, language: str) -> str:
        from bot.record.texts import say

        return say(f"error:{self.key}", language, **self.values)


@dataclass(frozen=True)
class Scope:
    """Whose record: the channels of one customer, their label, time zone and language, the team's calendar."""

    workspace_id: str
    channels: tuple[str, ...]
    label: str  # the organisation, else '#channel-name'
    tz: str
    language: str
    hours: Schedule
    channel_names: dict[str, str] = field(default_factory=dict)


def channel_label(row) -> str:
    return row.customer_org_name or (f"#{row.name}" if row.name else row.channel_id)


def find_scope(
    session: Session, workspace_id: str | None, *, channel_id: str | None = None, org: str | None = None
) -> Scope:
    """The channel `channel_id`, or every channel of the organisation `org` (case-insensitive)."""
    query = select(Channel)
    if workspace_id is not None:
        if session.get(Workspace, workspace_id) is None:
            raise RecordError("unknown_workspace", workspace=workspace_id)
        query = query.where(Channel.workspace_id == workspace_id)
    if channel_id is not None:
        rows = session.scalars(query.where(Channel.channel_id == channel_id)).all()
        if not rows:
            raise RecordError("unknown_channel", channel=channel_id)
        what = channel_id
    else:
        wanted = (org or "").strip().lower()
        rows = session.scalars(
            query.where(func.lower(Channel.customer_org_name) == wanted).order_by(Channel.channel_id)
        ).all()
        if not rows:
            known = sorted(
                {
                    name
                    for name in session.scalars(
                        query.with_only_columns(Channel.customer_org_name).where(Channel.customer_org_name.is_not(None))
                    )
                    if name
                }
            )
            raise RecordError("unknown_org", org=org, known=", ".join(known[:10]) or "none")
        what = org
    workspaces = sorted({row.workspace_id for row in rows})
    if len(workspaces) > 1:
        raise RecordError("ambiguous", what=what, workspaces=", ".join(workspaces))
    settings = workspace_settings(session, workspaces[0])
    tz = next((row.timezone for row in rows if row.timezone), None) or settings.tz
    language = next((row.language for row in rows if row.language in ("en", "es")), None) or settings.language
    return Scope(
        workspace_id=workspaces[0],
        channels=tuple(row.channel_id for row in rows),
        label=rows[0].customer_org_name or channel_label(rows[0]),
        tz=tz,
        language=language if language in ("en", "es") else "en",
        hours=settings.hours,
        channel_names={row.channel_id: (f"#{row.name}" if row.name else row.channel_id) for row in rows},
    )


def team_hours(session: Session, workspace_id: str) -> Schedule:
    return workspace_settings(session, workspace_id).hours


# -- the export's rows ---------------------------------------------------------------------------------
@dataclass
class RawRequest:
    """A request row with what the audit log and the promises table say about it (ids, not names yet)."""

    id: int
    number: int
    channel_id: str
    customer: str
    excerpt: str
    state: str
    created_at: datetime
    first_response_at: datetime | None
    resolved_at: datetime | None
    events: list = field(default_factory=list)  # (kind, actor, data, at), in order
    promises: list = field(default_factory=list)  # Promise rows as named tuples, in order


def requests_in(session: Session, scope: Scope, since: datetime | None, until: datetime) -> list[RawRequest]:
    """The requests opened in [since, until) in the scope's channels, with their lifecycle events and promises."""
    where = [
        Request.workspace_id == scope.workspace_id,
        Request.channel_id.in_(scope.channels),
        Request.created_at < until,
    ]
    if since is not None:
        where.append(Request.created_at >= since)
    connection = session.connection()
    rows = connection.execute(
        select(
            Request.id,
            Request.number,
            Request.channel_id,
            Request.customer_user_id,
            Request.excerpt,
            Request.state,
            Request.created_at,
            Request.first_staff_reply_at,
            Request.resolved_at,
        )
        .where(*where)
        .order_by(Request.number)
    ).all()
    found = {
        r.id: RawRequest(r.id, r.number, r.channel_id, r.customer_user_id, r.excerpt or "", r.state, r.created_at,
                         r.first_staff_reply_at, r.resolved_at)
        for r in rows
    }  # fmt: skip
    if not found:
        return []
    ids = select(Request.id).where(*where).scalar_subquery()
    # Only a handover's data is read (to whom, whether with a note): decoding every event's JSON cost a third.
    events = connection.execute(
        select(RequestEvent.id, RequestEvent.request_id, RequestEvent.kind, RequestEvent.actor, RequestEvent.at).where(
            RequestEvent.request_id.in_(ids), RequestEvent.kind.in_(LIFECYCLE), RequestEvent.kind != "handed_off"
        )
    ).all()
    handovers = connection.execute(
        select(
            RequestEvent.id,
            RequestEvent.request_id,
            RequestEvent.kind,
            RequestEvent.actor,
            RequestEvent.at,
            RequestEvent.data,
        ).where(RequestEvent.request_id.in_(ids), RequestEvent.kind == "handed_off")
    ).all()
    for event in sorted([*events, *handovers], key=lambda e: e.id):
        data = (event.data or {}) if event.kind == "handed_off" else {}
        found[event.request_id].events.append((event.kind, event.actor, data, event.at))
    for promise in connection.execute(
        select(
            Promise.request_id,
            Promise.promised_at,
            Promise.due_at,
            Promise.state,
            Promise.closed_at,
            Promise.closed_how,
        )
        .where(Promise.request_id.in_(ids))
        .order_by(Promise.id)
    ):
        found[promise.request_id].promises.append(promise)
    return list(found.values())


def names(session: Session, workspace_id: str, user_ids: set[str]) -> dict[str, str]:
    """Display names of the people in a record (a forgotten person has none: they stay an id)."""
    wanted = sorted(u for u in user_ids if u)
    known: dict[str, str] = {}
    for start in range(0, len(wanted), 900):
        for row in session.connection().execute(
            select(Person.user_id, Person.display_name, Person.real_name).where(
                Person.workspace_id == workspace_id, Person.user_id.in_(wanted[start : start + 900])
            )
        ):
            if row.display_name or row.real_name:
                known[row.user_id] = row.display_name or row.real_name
    return known


# -- the figures' facts --------------------------------------------------------------------------------
def facts(
    session: Session, workspace_id: str, channels: list[str] | None, since: datetime, until: datetime
) -> tuple[list[RequestFacts], list[PromiseFacts]]:
    """What the figures of [since, until) need: every request opened before `until` and not resolved before
    `since`, its reopenings, and the promises settled or due in the period, labelled by organisation."""
    connection = session.connection()
    channel_rows = connection.execute(
        select(Channel.channel_id, Channel.customer_org_name, Channel.name).where(Channel.workspace_id == workspace_id)
    ).all()
    labels = {row.channel_id: channel_label(row) for row in channel_rows}
    where = [
        Request.workspace_id == workspace_id,
        Request.created_at < until,
        or_(Request.resolved_at.is_(None), Request.resolved_at >= since, Request.created_at >= since),
    ]
    if channels is not None:
        where.append(Request.channel_id.in_(channels))
    reopened: dict[int, list[datetime]] = defaultdict(list)
    for event in connection.execute(
        select(RequestEvent.request_id, RequestEvent.at)
        .join(Request, Request.id == RequestEvent.request_id)
        .where(*where, RequestEvent.kind == "reopened", RequestEvent.at >= since, RequestEvent.at < until)
    ):
        reopened[event.request_id].append(event.at)
    requests = [
        RequestFacts(
            number=r.number,
            org=labels.get(r.channel_id, r.channel_id),
            created_at=r.created_at,
            first_response_at=r.first_staff_reply_at,
            resolved_at=r.resolved_at,
            state=r.state,
            reopened_at=tuple(reopened.get(r.id, ())),
        )
        for r in connection.execute(
            select(
                Request.id,
                Request.number,
                Request.channel_id,
                Request.created_at,
                Request.first_staff_reply_at,
                Request.resolved_at,
                Request.state,
            ).where(*where)
        )
    ]
    promise_where = [
        Promise.workspace_id == workspace_id,
        Promise.promised_at < until,
        or_(Promise.closed_at >= since, and_(Promise.closed_at.is_(None), Promise.due_at >= since),
            Promise.due_at >= since),
    ]  # fmt: skip
    query = select(
        Request.number,
        Request.channel_id,
        Promise.promised_at,
        Promise.due_at,
        Promise.state,
        Promise.closed_at,
        Promise.closed_how,
    ).join(Request, Request.id == Promise.request_id)
    if channels is not None:
        query = query.where(Request.channel_id.in_(channels))
    promises = [
        PromiseFacts(
            number=p.number,
            org=labels.get(p.channel_id, p.channel_id),
            made_at=p.promised_at,
            due_at=p.due_at,
            state=p.state,
            closed_at=p.closed_at,
            closed_how=p.closed_how,
        )
        for p in connection.execute(query.where(*promise_where))
    ]
    return requests, promises
