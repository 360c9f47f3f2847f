"""Unavailability windows: stated by customers, recorded by staff, or read from Slack status.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unavailability",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("workspace_id", sa.String(32), nullable=False),
        sa.Column("user_id", sa.String(32)),
        sa.Column("channel_id", sa.String(32)),
        sa.Column("scope", sa.String(16), nullable=False),
        sa.Column("start_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resume_at", sa.DateTime(timezone=True)),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("source_ts", sa.String(32)),
        sa.Column("matched", sa.Text()),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("created_by", sa.String(32)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("cleared_at", sa.DateTime(timezone=True)),
    )
    op.create_index("ix_unavailability_person", "unavailability", ["workspace_id", "user_id", "cleared_at"])
    op.create_index("ix_unavailability_channel", "unavailability", ["workspace_id", "channel_id", "cleared_at"])


def downgrade() -> None:
    op.drop_table("unavailability")
