"""Follow-ups: more than one draft per message, and the table of scheduled follow-ups.

A message had exactly one draft. A refund follow-up is a second mail of ours
in the same conversation, so it is a second draft of the same message, told
apart by `drafts.kind`; a partial unique index still allows one reply per
message. `followups` holds what is due when, one row per reply and kind.
`drafts.arrived_at` copies when the customer's mail arrived, for the overdue
filter and count; an index on the messages' arrival serves periods of mail.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

from inboxbot.store.schema import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

ONLY_REPLIES = sa.text("kind = 'reply'")


def upgrade() -> None:
    with op.batch_alter_table("drafts") as batch:
        batch.drop_constraint("uq_drafts_message", type_="unique")
        batch.add_column(sa.Column("kind", sa.Text(), nullable=False, server_default="reply"))
        batch.add_column(sa.Column("arrived_at", UTCDateTime(), nullable=True))
    op.execute(
        "UPDATE drafts SET arrived_at = (SELECT coalesce(m.received_at, m.sent_at, m.created_at)"
        " FROM messages AS m WHERE m.id = drafts.message)"
    )
    op.create_index("ix_drafts_message", "drafts", ["message"])
    op.create_index("ix_drafts_status_kind_arrived_at", "drafts", ["status", "kind", "arrived_at"])
    op.create_index(
        "ix_messages_arrived",
        "messages",
        [sa.text("coalesce(received_at, sent_at, created_at)")],
    )
    op.create_index(
        "uq_drafts_message_reply",
        "drafts",
        ["message"],
        unique=True,
        sqlite_where=ONLY_REPLIES,
        postgresql_where=ONLY_REPLIES,
    )
    op.create_table(
        "followups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("draft", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("due_at", UTCDateTime(), nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("made", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["draft"], ["drafts.id"], name="fk_followups_draft_drafts"),
        sa.ForeignKeyConstraint(["made"], ["drafts.id"], name="fk_followups_made_drafts"),
        sa.PrimaryKeyConstraint("id", name="pk_followups"),
        sa.UniqueConstraint("draft", "kind", name="uq_followups_draft_kind"),
    )
    op.create_index("ix_followups_state_due_at", "followups", ["state", "due_at"])


def downgrade() -> None:
    op.drop_index("ix_followups_state_due_at", table_name="followups")
    op.drop_table("followups")
    # Fails while a message has a follow-up draft: those are sent mail's records, never dropped.
    op.drop_index("uq_drafts_message_reply", table_name="drafts")
    op.drop_index("ix_messages_arrived", table_name="messages")
    op.drop_index("ix_drafts_status_kind_arrived_at", table_name="drafts")
    op.drop_index("ix_drafts_message", table_name="drafts")
    with op.batch_alter_table("drafts") as batch:
        batch.drop_column("arrived_at")
        batch.drop_column("kind")
        batch.create_unique_constraint("uq_drafts_message", ["message"])
