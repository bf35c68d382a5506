"""The outbox: what sending a draft needs to remember.

send_attempts and next_attempt_at: a 4xx waits and is tried again later.
last_attempt_at: when the draft was last handed to the server (the per-recipient cap counts these).
reply_sent_at: when the server took it, or when it was saved to the Drafts folder.
sent_via: "smtp" or "drafts", written at the claim, so an interrupted send is judged right.
send_error: the server's words, or why the reply may not go out; shown to the VA.
approved_hash: SHA-256 of what was approved; the sender checks it (OUT-7).
auto_submitted: the reply was not approved by a person, so it carries Auto-Submitted.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

from inboxbot.store.schema import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("drafts") as batch:
        batch.add_column(
            sa.Column("send_attempts", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("next_attempt_at", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("last_attempt_at", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("reply_sent_at", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("sent_via", sa.Text(), nullable=True))
        batch.add_column(sa.Column("send_error", sa.Text(), nullable=True))
        batch.add_column(sa.Column("approved_hash", sa.Text(), nullable=True))
        batch.add_column(
            sa.Column("auto_submitted", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("drafts") as batch:
        for name in (
            "auto_submitted",
            "approved_hash",
            "send_error",
            "sent_via",
            "reply_sent_at",
            "last_attempt_at",
            "next_attempt_at",
            "send_attempts",
        ):
            batch.drop_column(name)
