"""Held customer notices (issue 17): the customer writing looks at what the gate holds for them, so the
`customer.notice` timers are found by kind and state without reading every pending timer.

Revision ID: 0011
Revises: 0010
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_timers_kind_state", "timers", ["kind", "state"])


def downgrade() -> None:
    op.drop_index("ix_timers_kind_state", table_name="timers")
