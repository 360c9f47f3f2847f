"""Staff preferences (issue 17, P5: staff have hours too): their own working hours and zone, and the
end-of-day note ("Your day, before it ends") they opted into.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff_preferences",
        sa.Column("workspace_id", sa.String(32), primary_key=True),
        sa.Column("user_id", sa.String(32), primary_key=True),
        sa.Column("hours_start", sa.String(5)),
        sa.Column("hours_end", sa.String(5)),
        sa.Column("tz", sa.String(64)),
        sa.Column("day_digest_at", sa.String(5)),
        sa.Column("day_digest_next_at", sa.DateTime(timezone=True)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("staff_preferences")
