"""Foundation: workspaces, people, channels, requests, their messages, audit log, Slack event ids.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

UTC_TIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "workspaces",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(200)),
        sa.Column("enterprise_id", sa.String(32)),
        sa.Column("bot_user_id", sa.String(32)),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("last_request_number", sa.Integer(), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("created_at", UTC_TIME, nullable=False),
    )
    op.create_table(
        "people",
        sa.Column("workspace_id", sa.String(32), sa.ForeignKey("workspaces.id"), primary_key=True),
        sa.Column("user_id", sa.String(32), primary_key=True),
        sa.Column("home_team_id", sa.String(32)),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("display_name", sa.String(200)),
        sa.Column("real_name", sa.String(200)),
        sa.Column("tz", sa.String(64)),
        sa.Column("locale", sa.String(16)),
        sa.Column("status_text", sa.String(200)),
        sa.Column("status_emoji", sa.String(100)),
        sa.Column("status_expires_at", UTC_TIME),
        sa.Column("is_restricted", sa.Boolean(), nullable=False),
        sa.Column("is_ultra_restricted", sa.Boolean(), nullable=False),
        sa.Column("is_stranger", sa.Boolean(), nullable=False),
        sa.Column("is_bot", sa.Boolean(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("fetched_at", UTC_TIME, nullable=False),
    )
    op.create_table(
        "channels",
        sa.Column("workspace_id", sa.String(32), sa.ForeignKey("workspaces.id"), primary_key=True),
        sa.Column("channel_id", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(200)),
        sa.Column("is_shared", sa.Boolean(), nullable=False),
        sa.Column("customer_org_name", sa.String(200)),
        sa.Column("language", sa.String(8)),
        sa.Column("country", sa.String(8)),
        sa.Column("timezone", sa.String(64)),
        sa.Column("ack_mode", sa.String(16), nullable=False),
        sa.Column("triage_channel_id", sa.String(32)),
        sa.Column("grouping_minutes", sa.Integer(), nullable=False),
        sa.Column("introduced_at", UTC_TIME),
        sa.Column("created_at", UTC_TIME, nullable=False),
    )
    op.create_table(
        "requests",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("workspace_id", sa.String(32), sa.ForeignKey("workspaces.id"), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.String(32), nullable=False),
        sa.Column("thread_ts", sa.String(32), nullable=False),
        sa.Column("customer_user_id", sa.String(32), nullable=False),
        sa.Column("excerpt", sa.Text(), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("owner_user_id", sa.String(32)),
        sa.Column("handoff_count", sa.Integer(), nullable=False),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.Column("first_staff_reply_at", UTC_TIME),
        sa.Column("claimed_at", UTC_TIME),
        sa.Column("resolved_at", UTC_TIME),
        sa.Column("last_customer_at", UTC_TIME),
        sa.Column("last_staff_at", UTC_TIME),
        sa.UniqueConstraint("workspace_id", "number", name="uq_requests_workspace_number"),
        sa.UniqueConstraint("workspace_id", "channel_id", "thread_ts", name="uq_requests_thread"),
    )
    op.create_index(
        "ix_requests_grouping",
        "requests",
        ["workspace_id", "channel_id", "customer_user_id", "state"],
    )
    op.create_index("ix_requests_owner", "requests", ["workspace_id", "owner_user_id", "state"])
    op.create_table(
        "request_messages",
        sa.Column("workspace_id", sa.String(32), primary_key=True),
        sa.Column("channel_id", sa.String(32), primary_key=True),
        sa.Column("ts", sa.String(32), primary_key=True),
        sa.Column("request_id", sa.Integer(), sa.ForeignKey("requests.id"), nullable=False),
        sa.Column("author_user_id", sa.String(32), nullable=False),
        sa.Column("author_role", sa.String(16), nullable=False),
        sa.Column("is_opening", sa.Boolean(), nullable=False),
        sa.Column("posted_at", UTC_TIME, nullable=False),
    )
    op.create_index("ix_request_messages_request_id", "request_messages", ["request_id"])
    op.create_table(
        "request_events",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("request_id", sa.Integer(), sa.ForeignKey("requests.id"), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("at", UTC_TIME, nullable=False),
    )
    op.create_index("ix_request_events_request_id", "request_events", ["request_id"])
    op.create_table(
        "processed_events",
        sa.Column("event_id", sa.String(64), primary_key=True),
        sa.Column("received_at", UTC_TIME, nullable=False),
    )
    op.create_index("ix_processed_events_received_at", "processed_events", ["received_at"])


def downgrade() -> None:
    op.drop_table("processed_events")
    op.drop_table("request_events")
    op.drop_table("request_messages")
    op.drop_table("requests")
    op.drop_table("channels")
    op.drop_table("people")
    op.drop_table("workspaces")
