"""Reading and writing request rows: the statements intake runs for every message.

Built once and run on Core with parameters: bench/ingest showed that building them per message
cost a third of intake.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import bindparam, case, func, insert, or_, select, update
from sqlalchemy.orm import Session

from bot.platform.db import insert_ignoring_conflict, insert_or_gather
from bot.platform.models import Channel, Person, Request, RequestEvent, RequestMessage
from bot.requests import ids
from bot.slack.workspaces import ensure_channel, ensure_channels
from policies import requests as rules

REQUESTS = Request.__table__
CHANNELS = Channel.__table__
PEOPLE = Person.__table__
EVENTS = RequestEvent.__table__
MESSAGES = RequestMessage.__table__


_CHANNEL = select(CHANNELS).where(
    CHANNELS.c.workspace_id == bindparam("workspace"), CHANNELS.c.channel_id == bindparam("channel")
)
_PERSON = select(PEOPLE).where(PEOPLE.c.workspace_id == bindparam("workspace"), PEOPLE.c.user_id == bindparam("user"))
_THREAD_REQUEST = (
    select(REQUESTS.c.id, REQUESTS.c.state, REQUESTS.c.first_staff_reply_at, REQUESTS.c.resolved_at)
    .join(MESSAGES, MESSAGES.c.request_id == REQUESTS.c.id)
    .where(
        MESSAGES.c.workspace_id == bindparam("workspace"),
        MESSAGES.c.channel_id == bindparam("channel"),
        MESSAGES.c.ts == bindparam("ts"),
    )
)
_RECENT_REQUEST = (
    select(REQUESTS.c.id, REQUESTS.c.last_customer_at)
    .where(
        REQUESTS.c.workspace_id == bindparam("workspace"),
        REQUESTS.c.channel_id == bindparam("channel"),
        REQUESTS.c.customer_user_id == bindparam("user"),
        REQUESTS.c.state == "open",
    )
    .order_by(REQUESTS.c.last_customer_at.desc())
    .limit(1)
)
_INSERT_REQUEST = insert(REQUESTS).returning(REQUESTS.c.id)
_INSERT_DRAWN = insert(REQUESTS)  # with an id drawn ahead (bot.requests.ids)
_INSERT_EVENT = insert(EVENTS)


def _touch_statement(role: str, first_reply: bool):
    column = REQUESTS.c.last_customer_at if role == "customer" else REQUESTS.c.last_staff_at
    at = bindparam("at", type_=column.type)
    values = {column.key: case((or_(column.is_(None), column < at), at), else_=column)}
    if first_reply:
        values["first_staff_reply_at"] = func.coalesce(REQUESTS.c.first_staff_reply_at, at)
    return update(REQUESTS).where(REQUESTS.c.id == bindparam("request")).values(values).returning(REQUESTS.c.number)


_TOUCH = {(role, first): _touch_statement(role, first) for role in ("customer", "staff") for first in (False, True)}


@dataclass
class OpenedRequest:
    """What acknowledging a new request needs to know about it."""

    id: int
    workspace_id: str
    number: int
    channel_id: str
    thread_ts: str
    customer_user_id: str
    excerpt: str
    language: str

    @property
    def reference(self) -> str:
        return f"REQ-{self.number}"


def request_ref(session: Session, request_id: int) -> OpenedRequest | None:
    """What a reply in a request's thread needs to know about the request (in a batch that read its
    customers' latest requests ahead, those are known already: see prefetch_recent_requests)."""
    known = session.info.get("request_refs")
    if known is not None and request_id in known:
        return known[request_id]
    row = session.connection().execute(select(REQUESTS).where(REQUESTS.c.id == request_id)).first()
    return None if row is None else _ref(row)


def _ref(row) -> OpenedRequest:
    return OpenedRequest(
        row.id,
        row.workspace_id,
        row.number,
        row.channel_id,
        row.thread_ts,
        row.customer_user_id,
        row.excerpt,
        row.language,
    )


def insert_request(session: Session, **values) -> int:
    """A new request row; returns its id (and, in a batch that read ahead, it is its customer's latest).
    In a sweep's batch on PostgreSQL its id is drawn ahead and the INSERT joins the batch's (bot.requests.ids)."""
    request_id = ids.next_id(session)
    if request_id is None:
        request_id = session.connection().execute(_INSERT_REQUEST, values).scalar_one()
    else:
        insert_or_gather(session, _INSERT_DRAWN, "requests", {"id": request_id, **values})
    latest = session.info.get("recent_requests")
    if latest is not None and values.get("state") == "open":
        key = (values["workspace_id"], values["channel_id"], values["customer_user_id"])
        known = latest.get(key)
        if known is None or _aware(known.last_customer_at) <= _aware(values["last_customer_at"]):
            latest[key] = rules.RecentRequest(request_id, values["last_customer_at"])
    return request_id


def channel_settings(session: Session, workspace_id: str, channel_id: str, shared: bool, now: datetime):
    """The channel's settings row (created with defaults the first time we hear of it), read once per
    unit of work: a batch of messages mostly comes from a few channels."""
    rows = session.info.setdefault("channel_rows", {})
    params = {"workspace": workspace_id, "channel": channel_id}
    row = rows.get((workspace_id, channel_id)) or session.connection().execute(_CHANNEL, params).first()
    if row is None or (shared and not row.is_shared):
        ensure_channel(session, workspace_id, channel_id, shared=shared, now=now)
        session.flush()
        row = session.connection().execute(_CHANNEL, params).first()
    rows[(workspace_id, channel_id)] = row
    return row


def known_channels(session: Session, keys: set[tuple[str, str]]) -> dict:
    """(workspace, channel) -> the channel's row, for those that exist, read together and creating nothing
    (the sweep's read-ahead, in a snapshot: bot.intake.service.Intake.read_ahead)."""
    by_workspace: dict[str, list[str]] = {}
    for workspace_id, channel_id in keys:
        by_workspace.setdefault(workspace_id, []).append(channel_id)
    found = {}
    for workspace_id, channels in by_workspace.items():
        rows = session.connection().execute(
            select(CHANNELS).where(CHANNELS.c.workspace_id == workspace_id, CHANNELS.c.channel_id.in_(channels))
        )
        found.update({(row.workspace_id, row.channel_id): row for row in rows})
    return found


def prefetch_channels(session: Session, channels: dict[tuple[str, str], bool], now: datetime) -> None:
    """The channels of a batch of messages ((workspace, channel) -> shared), read and, if new, created
    together (ensure_channels); channel_settings then finds them held."""
    rows = session.info.setdefault("channel_rows", {})
    wanted = {
        key: shared for key, shared in channels.items() if key not in rows or (shared and not rows[key].is_shared)
    }
    if wanted:
        rows.update(ensure_channels(session, wanted, now))


def held_channel(session: Session, workspace_id: str, channel_id: str):
    """The channel's row if this unit of work read it already (see channel_settings), else None."""
    return session.info.get("channel_rows", {}).get((workspace_id, channel_id))


def person_row(session: Session, workspace_id: str, user_id: str):
    """The person as we know them; from the batch's read when the sweep made one (prefetch_people)."""
    known = session.info.get("people")
    if known is not None and (workspace_id, user_id) in known:
        return known[(workspace_id, user_id)]
    return session.connection().execute(_PERSON, {"workspace": workspace_id, "user": user_id}).first()


def prefetch_people(session: Session, authors: set[tuple[str, str]]) -> None:
    """One read for the authors of a batch of messages (absent ones too: they are new)."""
    known = session.info.setdefault("people", {})
    wanted = authors - known.keys()
    by_workspace: dict[str, list[str]] = {}
    for workspace_id, user_id in wanted:
        by_workspace.setdefault(workspace_id, []).append(user_id)
    for workspace_id, users in by_workspace.items():
        found = session.connection().execute(
            select(PEOPLE).where(PEOPLE.c.workspace_id == workspace_id, PEOPLE.c.user_id.in_(users))
        )
        rows = {row.user_id: row for row in found}
        known.update({(workspace_id, user): rows.get(user) for user in users})


def forget_person(session: Session, workspace_id: str, user_id: str) -> None:
    """Their row changed in this unit of work: read it again next time."""
    session.info.get("people", {}).pop((workspace_id, user_id), None)


def touch(session: Session, request_id: int, role: str, posted_at: datetime, *, first_reply: bool) -> str:
    """Record activity on a request: the latest customer or staff message, the first staff reply."""
    params = {"request": request_id, "at": posted_at}
    number = session.connection().execute(_TOUCH[(role, first_reply)], params).scalar_one()
    if role == "customer":
        _touched(session, request_id, posted_at)
    return f"REQ-{number}"


def _touched(session: Session, request_id: int, posted_at: datetime) -> None:
    """A customer wrote in a request: a batch's read-ahead of latest requests follows, when it holds that request
    (its time only grows: it stays its customer's latest); if not, it may be another one's next latest: read again."""
    latest = session.info.get("recent_requests")
    if latest is None:
        return
    for key, known in latest.items():
        if known is not None and known.request_id == request_id:
            if _aware(known.last_customer_at) < _aware(posted_at):
                latest[key] = rules.RecentRequest(request_id, posted_at)
            return
    session.info.pop("recent_requests", None)


def record_event(session: Session, request_id: int, actor: str | None, kind: str, data: dict, now: datetime) -> None:
    """Append-only audit log: every state change of a request, with who and when."""
    insert_or_gather(
        session,
        _INSERT_EVENT,
        "request_events",
        dict(request_id=request_id, actor=actor or "atento", kind=kind, data=data, at=now),
    )


def record_message(session: Session, message, request_id: int, role: str, *, is_opening: bool) -> None:
    """The message belongs to the request (stored once, whatever Slack retries)."""
    insert_ignoring_conflict(
        session,
        RequestMessage,
        dict(
            workspace_id=message.workspace_id,
            channel_id=message.channel_id,
            ts=message.ts,
            request_id=request_id,
            author_user_id=message.user_id or "",
            author_role=role,
            is_opening=is_opening,
            posted_at=message.posted_at,
        ),
        ["workspace_id", "channel_id", "ts"],
    )


def opened_by(session: Session, workspace_id: str, channel_id: str, ts: str) -> Request | None:
    return session.scalars(
        select(Request)
        .join(RequestMessage, RequestMessage.request_id == Request.id)
        .where(
            RequestMessage.workspace_id == workspace_id,
            RequestMessage.channel_id == channel_id,
            RequestMessage.ts == ts,
            RequestMessage.is_opening.is_(True),
        )
    ).first()


def thread_request_of(
    session: Session, workspace_id: str, channel_id: str, thread_ts: str
) -> rules.ThreadRequest | None:
    params = {"workspace": workspace_id, "channel": channel_id, "ts": thread_ts}
    row = session.connection().execute(_THREAD_REQUEST, params).first()
    if row is None:
        return None
    follower = None
    if row.state == "resolved":  # rare: only then can a later request say it follows this one
        later = session.connection().execute(_FOLLOWER, {"id": row.id}).first()
        if later is not None:
            follower = rules.ThreadRequest(
                later.id, later.state, later.first_staff_reply_at is not None, later.resolved_at
            )
    return rules.ThreadRequest(row.id, row.state, row.first_staff_reply_at is not None, row.resolved_at, follower)


_FOLLOWER = (
    select(REQUESTS.c.id, REQUESTS.c.state, REQUESTS.c.first_staff_reply_at, REQUESTS.c.resolved_at)
    .where(REQUESTS.c.follows_id == bindparam("id"))
    .order_by(REQUESTS.c.id.desc())
    .limit(1)
)


_NUMBERED = select(REQUESTS.c.id, REQUESTS.c.state, REQUESTS.c.first_staff_reply_at, REQUESTS.c.resolved_at).where(
    REQUESTS.c.workspace_id == bindparam("workspace"),
    REQUESTS.c.channel_id == bindparam("channel"),
    REQUESTS.c.number == bindparam("number"),
)


def named_request_of(
    session: Session, workspace_id: str, channel_id: str, numbers: list[int]
) -> rules.ThreadRequest | None:
    """The first request a message names that lives in this channel (P8: a reference to another
    channel's, another workspace's or an unknown request is no reference)."""
    for number in numbers[:5]:
        params = {"workspace": workspace_id, "channel": channel_id, "number": number}
        row = session.connection().execute(_NUMBERED, params).first()
        if row is not None:
            return rules.ThreadRequest(row.id, row.state, row.first_staff_reply_at is not None, row.resolved_at)
    return None


_OPEN_IN_CHANNEL = select(
    REQUESTS.c.id,
    REQUESTS.c.state,
    REQUESTS.c.first_staff_reply_at,
    REQUESTS.c.customer_user_id,
    REQUESTS.c.last_customer_at,
    REQUESTS.c.last_staff_at,
).where(
    REQUESTS.c.workspace_id == bindparam("workspace"),
    REQUESTS.c.channel_id == bindparam("channel"),
    REQUESTS.c.state == "open",
)


def answered_by_staff(
    session: Session, workspace_id: str, channel_id: str, mentioned: list[str], posted_at: datetime, minutes: int
) -> rules.ThreadRequest | None:
    """The request a top-level staff message answers (P8: a staff answer counts wherever it was posted):
    the latest open request of a customer it mentions, else the one request of the channel waiting on
    staff whose customer wrote within `minutes` before it."""
    rows = session.connection().execute(_OPEN_IN_CHANNEL, {"workspace": workspace_id, "channel": channel_id}).all()
    named = [r for r in rows if r.customer_user_id in mentioned]
    if named:
        row = max(named, key=lambda r: r.last_customer_at or r.last_staff_at or posted_at)
        return rules.ThreadRequest(row.id, row.state, row.first_staff_reply_at is not None)
    since = posted_at - timedelta(minutes=minutes)
    waiting = [
        r
        for r in rows
        if r.last_customer_at is not None
        and since <= _aware(r.last_customer_at) <= posted_at
        and (r.last_staff_at is None or _aware(r.last_staff_at) < _aware(r.last_customer_at))
    ]
    if len(waiting) != 1:
        return None
    return rules.ThreadRequest(waiting[0].id, waiting[0].state, waiting[0].first_staff_reply_at is not None)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def prefetch_recent_requests(session: Session, customers: set[tuple[str, str, str]]) -> None:
    """A batch's customers' latest open request in each channel, read in one statement per workspace;
    recent_request_of then answers from it. New requests and customers' activity keep it up to date (see
    insert_request, touch); any other write to requests in the batch (a reopening, a handler of another kind)
    drops it, and the reads go back to the database."""
    from bot.platform.db import gathering_of

    gathered = gathering_of(session, "timers")
    if gathered is None or not customers:
        return
    latest: dict[tuple[str, str, str], rules.RecentRequest | None] = dict.fromkeys(customers)
    refs: dict[int, OpenedRequest] = {}  # what a message joining one of them needs (request_ref), read with them
    by_workspace: dict[str, set[str]] = {}
    for workspace_id, _channel, user_id in customers:
        by_workspace.setdefault(workspace_id, set()).add(user_id)
    for workspace_id, users in by_workspace.items():
        rows = session.connection().execute(
            select(REQUESTS)
            .where(
                REQUESTS.c.workspace_id == workspace_id,
                REQUESTS.c.customer_user_id.in_(sorted(users)),
                REQUESTS.c.state == "open",
            )
            .order_by(REQUESTS.c.last_customer_at, REQUESTS.c.id)
        )
        for row in rows:  # in time order: the last one of each channel and customer stays
            key = (workspace_id, row.channel_id, row.customer_user_id)
            if key in latest:
                latest[key] = rules.RecentRequest(row.id, row.last_customer_at)
                refs[row.id] = _ref(row)
    session.info["recent_requests"], session.info["request_refs"] = latest, refs

    def forget(*_) -> None:
        session.info.pop("recent_requests", None)
        session.info.pop("request_refs", None)

    gathered.finishers.append(forget)
    gathered.watch("requests", forget, known=[_INSERT_REQUEST, _INSERT_DRAWN, *_TOUCH.values()])


def recent_request_of(
    session: Session, workspace_id: str, channel_id: str, user_id: str | None
) -> rules.RecentRequest | None:
    latest = session.info.get("recent_requests")
    if latest is not None and (workspace_id, channel_id, user_id) in latest:
        return latest[(workspace_id, channel_id, user_id)]
    params = {"workspace": workspace_id, "channel": channel_id, "user": user_id}
    row = session.connection().execute(_RECENT_REQUEST, params).first()
    return rules.RecentRequest(row.id, row.last_customer_at) if row else None
