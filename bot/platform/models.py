"""SQLAlchemy 2 models. The schema itself is owned by Alembic (migrations/)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator):
    """Aware datetimes in, aware UTC datetimes out, on SQLite and PostgreSQL alike."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use the clock")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON}


class Workspace(Base):
    __tablename__ = "workspaces"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # Slack team id
    name: Mapped[str | None] = mapped_column(String(200))
    enterprise_id: Mapped[str | None] = mapped_column(String(32))
    bot_user_id: Mapped[str | None] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_request_number: Mapped[int] = mapped_column(Integer, default=0)
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime]


class Person(Base):
    """A cached Slack profile, as seen from one workspace."""

    __tablename__ = "people"

    workspace_id: Mapped[str] = mapped_column(ForeignKey("workspaces.id"), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    home_team_id: Mapped[str | None] = mapped_column(String(32))
    role: Mapped[str] = mapped_column(String(16))  # customer | staff | bot
    display_name: Mapped[str | None] = mapped_column(String(200))
    real_name: Mapped[str | None] = mapped_column(String(200))
    tz: Mapped[str | None] = mapped_column(String(64))
    locale: Mapped[str | None] = mapped_column(String(16))
    status_text: Mapped[str | None] = mapped_column(String(200))
    status_emoji: Mapped[str | None] = mapped_column(String(100))
    status_expires_at: Mapped[datetime | None]
    is_restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    is_ultra_restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    is_stranger: Mapped[bool] = mapped_column(Boolean, default=False)
    is_bot: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    fetched_at: Mapped[datetime]


class Channel(Base):
    __tablename__ = "channels"

    workspace_id: Mapped[str] = mapped_column(ForeignKey("workspaces.id"), primary_key=True)
    channel_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str | None] = mapped_column(String(200))
    is_shared: Mapped[bool] = mapped_column(Boolean, default=False)
    customer_org_name: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str | None] = mapped_column(String(8))  # en | es | None (detect)
    country: Mapped[str | None] = mapped_column(String(8))
    timezone: Mapped[str | None] = mapped_column(String(64))
    ack_mode: Mapped[str] = mapped_column(String(16), default="reply")  # reply | reaction | none
    triage_channel_id: Mapped[str | None] = mapped_column(String(32))
    grouping_minutes: Mapped[int] = mapped_column(Integer, default=10)
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")  # overrides, e.g. "ladder"
    introduced_at: Mapped[datetime | None]
    created_at: Mapped[datetime]


class Request(Base):
    """A customer request: the thread it lives in, who asked, who owns it, and its times."""

    __tablename__ = "requests"
    __table_args__ = (
        UniqueConstraint("workspace_id", "number", name="uq_requests_workspace_number"),
        UniqueConstraint("workspace_id", "channel_id", "thread_ts", name="uq_requests_thread"),
        Index("ix_requests_grouping", "workspace_id", "channel_id", "customer_user_id", "state"),
        Index("ix_requests_owner", "workspace_id", "owner_user_id", "state"),
        Index("ix_requests_follows", "follows_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workspace_id: Mapped[str] = mapped_column(ForeignKey("workspaces.id"))
    number: Mapped[int] = mapped_column(Integer)
    channel_id: Mapped[str] = mapped_column(String(32))
    thread_ts: Mapped[str] = mapped_column(String(32))
    customer_user_id: Mapped[str] = mapped_column(String(32))
    excerpt: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="en")
    state: Mapped[str] = mapped_column(String(16), default="open")  # open | resolved | withdrawn
    owner_user_id: Mapped[str | None] = mapped_column(String(32))
    handoff_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime]
    first_staff_reply_at: Mapped[datetime | None]
    claimed_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    last_customer_at: Mapped[datetime | None]
    last_staff_at: Mapped[datetime | None]
    # The older request this one says it follows (the problem came back past the reopen window).
    follows_id: Mapped[int | None] = mapped_column(Integer)

    @property
    def reference(self) -> str:
        return f"REQ-{self.number}"


class RequestMessage(Base):
    """One Slack message that belongs to a request (stored once, whatever Slack retries)."""

    __tablename__ = "request_messages"

    workspace_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    channel_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    ts: Mapped[str] = mapped_column(String(32), primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    author_user_id: Mapped[str] = mapped_column(String(32))
    author_role: Mapped[str] = mapped_column(String(16))
    is_opening: Mapped[bool] = mapped_column(Boolean, default=False)
    posted_at: Mapped[datetime]


class RequestEvent(Base):
    """Append-only audit log: every state change of a request, with who and when."""

    __tablename__ = "request_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    actor: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    at: Mapped[datetime]


class ProcessedEvent(Base):
    """Slack event ids already handled: Slack retries, Bolt does not de-duplicate."""

    __tablename__ = "processed_events"

    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    received_at: Mapped[datetime] = mapped_column(index=True)


class Timer(Base):
    """Every future action is a row: escalations, reminders, digests and the Slack outbox."""

    __tablename__ = "timers"
    __table_args__ = (
        Index("ix_timers_state_due", "state", "due_at"),
        Index("ix_timers_kind_state", "kind", "state"),  # issue 17: held customer notices, found when they write
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workspace_id: Mapped[str | None] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(128))
    # When pending: when it falls due. When running: when its lease runs out.
    due_at: Mapped[datetime]
    state: Mapped[str] = mapped_column(String(16), default="pending")
    priority: Mapped[int] = mapped_column(Integer, default=5)
    pace_key: Mapped[str | None] = mapped_column(String(80))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claim_token: Mapped[str | None] = mapped_column(String(36))
    last_error: Mapped[str | None] = mapped_column(Text)
    result: Mapped[str | None] = mapped_column(Text)
    dedupe_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime]
    fired_at: Mapped[datetime | None]


class Pace(Base):
    """The next moment the outbox may speak on a key (a channel, a workspace)."""

    __tablename__ = "outbox_pace"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    next_at: Mapped[datetime | None]


class Unavailability(Base):
    """A window in which a customer (or their whole company, by channel) is not to be chased (P5)."""

    __tablename__ = "unavailability"
    __table_args__ = (
        Index("ix_unavailability_person", "workspace_id", "user_id", "cleared_at"),
        Index("ix_unavailability_channel", "workspace_id", "channel_id", "cleared_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workspace_id: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[str | None] = mapped_column(String(32))  # the person (scope person / opt_out)
    channel_id: Mapped[str | None] = mapped_column(String(32))  # the company's channel (scope company)
    scope: Mapped[str] = mapped_column(String(16))  # person | company | opt_out | staff (`/away me`)
    start_at: Mapped[datetime]
    resume_at: Mapped[datetime | None]  # None: until they write again (opt-out)
    source: Mapped[str] = mapped_column(String(16))  # statement | away | status
    source_ts: Mapped[str | None] = mapped_column(String(32))
    matched: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    created_by: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime]
    cleared_at: Mapped[datetime | None]


class Promise(Base):
    """A moment a staff member committed to on a request (P4): tracked until kept, missed or replaced."""

    __tablename__ = "promises"
    __table_args__ = (
        Index("ix_promises_request", "request_id", "state"),
        Index("ix_promises_due", "workspace_id", "state", "due_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workspace_id: Mapped[str] = mapped_column(String(32))
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"))
    promiser_user_id: Mapped[str] = mapped_column(String(32))
    owner_user_id: Mapped[str] = mapped_column(String(32))
    promised_at: Mapped[datetime]
    due_at: Mapped[datetime]
    tz: Mapped[str] = mapped_column(String(64))  # the promiser's, to show the moment as they meant it
    sentence: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(16))  # message | command | more_time | change
    source_ts: Mapped[str | None] = mapped_column(String(32))
    supersedes_id: Mapped[int | None] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16), default="open")  # open | kept | missed | renegotiated | cancelled
    closed_how: Mapped[str | None] = mapped_column(String(32))  # done | reply | resolved | undone | ...
    closed_at: Mapped[datetime | None]
    created_at: Mapped[datetime]


class DigestSubscription(Base):
    """A lead's (or a channel's) digest: when, in whose timezone and language, and what it last covered."""

    __tablename__ = "digest_subscriptions"
    __table_args__ = (UniqueConstraint("workspace_id", "target_id", name="uq_digest_target"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workspace_id: Mapped[str] = mapped_column(String(32))
    subscriber_user_id: Mapped[str] = mapped_column(String(32))  # whose channels it covers
    target_id: Mapped[str] = mapped_column(String(32))  # the subscriber's user id (a DM) or a channel id
    every: Mapped[str] = mapped_column(String(8))  # daily | weekly
    weekday: Mapped[int | None] = mapped_column(Integer)
    at_time: Mapped[str] = mapped_column(String(5))  # "09:00", in tz
    tz: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8), default="en")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    next_at: Mapped[datetime | None]
    covered_until: Mapped[datetime | None]  # the end of what the last digest covered
    created_at: Mapped[datetime]


class StaffPreference(Base):
    """A staff member's own time (issue 17): their hours and zone when not the team's, and their end-of-day note.

    Their `/away me` windows are rows of `unavailability` (scope `staff`), beside the customers'."""

    __tablename__ = "staff_preferences"

    workspace_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    hours_start: Mapped[str | None] = mapped_column(String(5))  # "08:00"; None: the team's hours
    hours_end: Mapped[str | None] = mapped_column(String(5))  # before the start: a night shift
    tz: Mapped[str | None] = mapped_column(String(64))  # None: their Slack profile's, else the team's
    day_digest_at: Mapped[str | None] = mapped_column(String(5))  # "17:00" in their zone; None: off
    day_digest_next_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Correction(Base):
    """A person's "That's not right" (issue 18): what the bot read, what it understood, what they chose.

    Kept so that a team can contribute real misreadings back as test cases (`atento corrections --json`,
    which never shows user ids); purged with message texts (`atento purge`), erased by `atento forget`."""

    __tablename__ = "corrections"
    __table_args__ = (Index("ix_corrections_created", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workspace_id: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))  # unavailable | promise
    text: Mapped[str] = mapped_column(Text)  # the words the bot read
    understood: Mapped[dict[str, Any]]  # `atento understand --json`'s shape, as the bot acted on it
    chosen: Mapped[dict[str, Any]]  # what the person chose instead
    language: Mapped[str] = mapped_column(String(8))
    said_at: Mapped[datetime]  # when the words were said (relative dates are read from there)
    tz: Mapped[str] = mapped_column(String(64))  # the zone they were read in
    speaker_user_id: Mapped[str | None] = mapped_column(String(32))  # for `atento forget`; never exported
    created_at: Mapped[datetime]
