"""Needs triage: a draft whose label the classifier was unsure of comes first in the queue.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: no copy of the table, and no reflection of its neighbours.
    op.add_column(
        "drafts",
        sa.Column("needs_triage", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    with op.batch_alter_table("drafts") as batch:
        batch.drop_column("needs_triage")
