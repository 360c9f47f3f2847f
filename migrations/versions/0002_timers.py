"""Timers (every future action, the outbox included) and the outbox's pace per key.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

UTC_TIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "timers",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("workspace_id", sa.String(32)),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("subject", sa.String(128), nullable=False),
        sa.Column("due_at", UTC_TIME, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("pace_key", sa.String(80)),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("claim_token", sa.String(36)),
        sa.Column("last_error", sa.Text()),
        sa.Column("result", sa.Text()),
        sa.Column("dedupe_key", sa.String(200), unique=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.Column("fired_at", UTC_TIME),
    )
    # "Pending (or running with a lapsed lease) and due": a range scan, never the whole table.
    op.create_index("ix_timers_state_due", "timers", ["state", "due_at"])
    op.create_table(
        "outbox_pace",
        sa.Column("key", sa.String(80), primary_key=True),
        sa.Column("next_at", UTC_TIME),
    )


def downgrade() -> None:
    op.drop_table("outbox_pace")
    op.drop_table("timers")
