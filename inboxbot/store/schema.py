"""The store's tables, as SQLAlchemy Core.

The migrations in `migrations/versions/` create exactly these; a test compares
the two, so a change here needs a new migration.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    UniqueConstraint,
    false,
    func,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime, stored as naive UTC (SQLite has no time zones)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r} reached the store; use an aware one")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def _created() -> Column[datetime]:
    return Column("created_at", UTCDateTime(), nullable=False)


# Per (account, folder): the UIDVALIDITY we trust, the high-water mark below which
# every UID is finished, and the cut-off before which mail is history (never drafted).
mailbox_state = Table(
    "mailbox_state",
    metadata,
    Column("account", Text, primary_key=True),
    Column("folder", Text, primary_key=True),
    Column("uidvalidity", BigInteger, nullable=False),
    Column("watermark", BigInteger, nullable=False),
    Column("since", UTCDateTime(), nullable=True),
    Column("updated_at", UTCDateTime(), nullable=False),
)

# One row per customer message we keep. The same mail seen again (another UID,
# a new UIDVALIDITY) maps to this row through the ledger, by dedup_key.
messages = Table(
    "messages",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("account", Text, nullable=False),
    Column("dedup_key", Text, nullable=False),
    Column("message_id", Text, nullable=True),
    Column("status", Text, nullable=False),  # drafted | screened | quarantined
    Column("received_at", UTCDateTime(), nullable=True),
    Column("sent_at", UTCDateTime(), nullable=True),
    Column("from_name", Text, nullable=False, default=""),
    Column("from_address", Text, nullable=False, default=""),
    Column("recipients", Text, nullable=False, default=""),
    Column("subject", Text, nullable=False, default=""),
    Column("in_reply_to", Text, nullable=True),
    Column("references", Text, nullable=False, default=""),
    Column("text", Text, nullable=False, default=""),
    Column("new_text", Text, nullable=False, default=""),
    Column("html", Text, nullable=True),
    Column("skip_reason", Text, nullable=True),
    Column("skip_detail", Text, nullable=True),
    Column("error", Text, nullable=True),
    Column("label", Text, nullable=True),
    Column("confidence", Float, nullable=True),
    Column("label_source", Text, nullable=True),
    Column("label_reason", Text, nullable=True),
    Column("label_words", Text, nullable=True),
    Column("order_facts", Text, nullable=True),  # JSON
    Column("defects", Text, nullable=False, default=""),
    _created(),
    UniqueConstraint("account", "dedup_key"),
    Index(None, "message_id"),
    Index(None, "status"),
)

# When a message reached us: its Received time, else its Date header, else when we stored it.
ARRIVED = func.coalesce(messages.c.received_at, messages.c.sent_at, messages.c.created_at)
# Periods of mail (reports, follow-ups) read a range of it (migration 0005).
Index("ix_messages_arrived", ARRIVED)

# The raw bytes, apart so that listing messages never drags them along.
message_raw = Table(
    "message_raw",
    metadata,
    Column("message", Integer, ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True),
    Column("raw", LargeBinary, nullable=False),
)

attachments = Table(
    "attachments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("message", Integer, ForeignKey("messages.id", ondelete="CASCADE"), nullable=False),
    Column("filename", Text, nullable=False),
    Column("content_type", Text, nullable=False),
    Column("size", Integer, nullable=False),
    Column("sha256", Text, nullable=False),
    Column("data", LargeBinary, nullable=False),
    Index(None, "message"),
)

# What we have done with each item of each mailbox. `item` is the UID in decimal
# for IMAP and the file's unique name for a Maildir (which has no UIDs).
ledger = Table(
    "ledger",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("account", Text, nullable=False),
    Column("folder", Text, nullable=False),
    Column("uidvalidity", BigInteger, nullable=False),
    Column("item", Text, nullable=False),
    Column("uid", BigInteger, nullable=True),
    Column("state", Text, nullable=False),  # done | ignored | failed
    Column("message", Integer, ForeignKey("messages.id"), nullable=True),
    Column("attempts", Integer, nullable=False, default=0),
    Column("error", Text, nullable=True),
    _created(),
    Column("updated_at", UTCDateTime(), nullable=False),
    UniqueConstraint("account", "folder", "uidvalidity", "item"),
)

drafts = Table(
    "drafts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("message", Integer, ForeignKey("messages.id"), nullable=False),
    Column("status", Text, nullable=False),
    Column("label", Text, nullable=False),
    Column("template", Text, nullable=False),
    Column("subject", Text, nullable=False),
    Column("body", Text, nullable=True),
    Column("error", Text, nullable=True),
    Column("to_name", Text, nullable=False),
    Column("to_address", Text, nullable=False),
    Column("reply_message_id", Text, nullable=False, unique=True),
    Column("in_reply_to", Text, nullable=True),
    Column("references", Text, nullable=False, default=""),
    _created(),
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("decided_by", Text, nullable=True),
    Column("decided_at", UTCDateTime(), nullable=True),
    Column("reject_reason", Text, nullable=True),
    # The manager's version of the template it was drafted from; None: the file in templates/.
    Column("template_version", Integer, nullable=True),
    Column("order_number", Text, nullable=True),  # a copy of the fact, for searching
    # The outbox (migration 0004): retries, when and how it went out, the server's
    # words, and a hash of what was approved, checked before sending.
    Column("send_attempts", Integer, nullable=False, server_default="0"),
    Column("next_attempt_at", UTCDateTime(), nullable=True),
    Column("last_attempt_at", UTCDateTime(), nullable=True),
    Column("reply_sent_at", UTCDateTime(), nullable=True),
    Column("sent_via", Text, nullable=True),  # smtp | drafts
    Column("send_error", Text, nullable=True),
    Column("approved_hash", Text, nullable=True),
    # True only for mail no person approved: it then carries Auto-Submitted (AUTO-7).
    Column("auto_submitted", Boolean, nullable=False, server_default=false()),
    # reply: the answer to the customer's mail, one per message (the pipeline's);
    # follow_up: a later mail of ours in the same conversation (migration 0005).
    Column("kind", Text, nullable=False, default="reply", server_default="reply"),
    # When the customer's mail arrived (`ARRIVED` of its message), copied here so the
    # overdue filter and count read the narrow draft rows only (migration 0005).
    Column("arrived_at", UTCDateTime(), nullable=True),
    # The classifier was less sure of the label than classifier.triage_below; a
    # person's relabel clears it (migration 0006).
    Column("needs_triage", Boolean, nullable=False, server_default=false()),
    Index(None, "status", "created_at"),
    # Covers the web queue's order and its counts per label (migration 0003).
    Index(None, "status", "label", "created_at", "id"),
    Index(None, "message"),
    Index(None, "status", "kind", "arrived_at"),
    # A message has one reply draft however often it is recorded; follow-ups come on top.
    Index(
        "uq_drafts_message_reply",
        "message",
        unique=True,
        sqlite_where=text("kind = 'reply'"),
        postgresql_where=text("kind = 'reply'"),
    ),
)

# What comes after a reply: a refund follow-up due some business days after the
# reply was approved, or the decision to acknowledge a new mail automatically.
# One row per (draft, kind), so the job can never act twice on the same reply.
followups = Table(
    "followups",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("draft", Integer, ForeignKey("drafts.id"), nullable=False),  # the reply it follows
    Column("kind", Text, nullable=False),  # refund | acknowledge
    Column("due_at", UTCDateTime(), nullable=False),
    Column("state", Text, nullable=False),  # scheduled | drafted | cancelled
    Column("reason", Text, nullable=True),  # why it was cancelled, or what it did
    Column("made", Integer, ForeignKey("drafts.id"), nullable=True),  # the draft it made
    _created(),
    Column("updated_at", UTCDateTime(), nullable=False),
    UniqueConstraint("draft", "kind"),
    Index(None, "state", "due_at"),
)

# Append-only: the migration adds triggers that refuse UPDATE and DELETE.
events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UTCDateTime(), nullable=False),
    Column("kind", Text, nullable=False),
    Column("actor", Text, nullable=False),
    Column("message", Integer, ForeignKey("messages.id"), nullable=True),
    Column("draft", Integer, ForeignKey("drafts.id"), nullable=True),
    Column("detail", Text, nullable=False, default="{}"),  # JSON
    Index(None, "kind", "at"),
)

# Cross-process locks with a lease, e.g. one poller per mailbox.
leases = Table(
    "leases",
    metadata,
    Column("name", Text, primary_key=True),
    Column("owner", Text, nullable=False),
    Column("expires_at", UTCDateTime(), nullable=False),
)

# People who work the queue (va) or also shape it (manager). Never deleted:
# the event log names them; a deactivated user cannot log in.
users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("email", Text, nullable=False, unique=True),
    Column("name", Text, nullable=False, default=""),
    Column("role", Text, nullable=False),  # va | manager
    Column("password_hash", Text, nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    _created(),
    Column("updated_at", UTCDateTime(), nullable=False),
)

# Server-side sessions: the cookie holds a random token, the store only its hash,
# so logout, deactivation and a password change end a session for good.
sessions = Table(
    "sessions",
    metadata,
    Column("token_hash", Text, primary_key=True),
    Column("user", Integer, ForeignKey("users.id"), nullable=False),
    Column("csrf_token", Text, nullable=False),
    _created(),
    Column("seen_at", UTCDateTime(), nullable=False),
    Column("ip", Text, nullable=False, default=""),
    Index(None, "user"),
)

# Every save of a reply template from the browser. The newest version of a name
# is the one in use; a rollback saves an old text again as a new version.
template_versions = Table(
    "template_versions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("version", Integer, nullable=False),
    Column("body", Text, nullable=False),
    Column("author", Text, nullable=False),
    Column("note", Text, nullable=False, default=""),
    _created(),
    UniqueConstraint("name", "version"),
)

# What a person said a message is: an approval confirms the label, a relabel
# corrects it. The classifier learns the shop's mail from these rows.
training_labels = Table(
    "training_labels",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("message", Integer, ForeignKey("messages.id"), nullable=False),
    Column("label", Text, nullable=False),
    Column("kind", Text, nullable=False),  # confirmed | corrected
    Column("actor", Text, nullable=False),
    _created(),
    Index(None, "message"),
)
