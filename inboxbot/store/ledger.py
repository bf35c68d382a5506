"""The ledger of processed mail, and how each outcome is written.

Every outcome of a message is one transaction that writes the message, its
draft, its event and its ledger row together: a crash leaves either all of
them or none, so the message is processed again at most, never twice.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Collection, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import Connection, CursorResult, bindparam, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from inboxbot.mail.parse import header_glance, quarantine_key
from inboxbot.mail.source import FolderState
from inboxbot.models import (
    Draft,
    Email,
    Evidence,
    Fact,
    Label,
    MessageRef,
    Money,
    OrderDetails,
    Skip,
)
from inboxbot.store import Store, append_event, utcnow
from inboxbot.store.schema import (
    ARRIVED,
    attachments,
    drafts,
    ledger,
    mailbox_state,
    message_raw,
    messages,
)

# Every column a message row may have, so that each insert has the same shape
# (and SQLAlchemy compiles the statement once).
MESSAGE_DEFAULTS: dict[str, Any] = {
    "message_id": None,
    "sent_at": None,
    "from_name": "",
    "from_address": "",
    "recipients": "",
    "subject": "",
    "in_reply_to": None,
    "references": "",
    "text": "",
    "new_text": "",
    "html": None,
    "skip_reason": None,
    "skip_detail": None,
    "error": None,
    "label": None,
    "confidence": None,
    "label_source": None,
    "label_reason": None,
    "label_words": None,
    "order_facts": None,
    "defects": "",
}
# The per-message lookups, built once: they run for every message of a poll.
MESSAGE_BY_KEY = select(messages.c.id).where(
    messages.c.account == bindparam("account"), messages.c.dedup_key == bindparam("key")
)
LEDGER_ROW = select(ledger).where(
    ledger.c.account == bindparam("account"),
    ledger.c.folder == bindparam("folder"),
    ledger.c.uidvalidity == bindparam("uidvalidity"),
    ledger.c.item == bindparam("item"),
)
# A new draft, with its message's arrival copied in; the other columns come as
# parameters. Built once: building it per draft took longer than running it.
INSERT_DRAFT = insert(drafts).values(
    arrived_at=select(ARRIVED).where(messages.c.id == bindparam("of_message")).scalar_subquery()
)
# A message whose processing raised (not a parse failure: a bug or a store
# error) is retried on the next polls, then quarantined after this many tries.
MAX_ATTEMPTS = 3
FINISHED = ("done", "ignored")
# The facts stored in messages.order_facts, by these keys.
FACT_FIELDS = (
    "number",
    "date",
    "amount",
    "payment_method",
    "product",
    "reason",
    "evidence",
)
CHUNK = 500  # bound parameter lists well below SQLite's limit


class StoreLedger:
    """The `Ledger` a mail source talks to, backed by the store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def folder_state(self, account: str, folder: str) -> FolderState | None:
        with self.store.read() as conn:
            row = conn.execute(
                select(mailbox_state).where(
                    mailbox_state.c.account == account, mailbox_state.c.folder == folder
                )
            ).first()
        if row is None:
            return None
        return FolderState(row.uidvalidity, row.watermark, row.since, row.updated_at)

    def save_folder_state(self, account: str, folder: str, state: FolderState) -> None:
        values = {
            "uidvalidity": state.uidvalidity,
            "watermark": state.watermark,
            "since": state.since,
            "updated_at": state.updated_at or utcnow(),
        }
        with self.store.write() as conn:
            changed = conn.execute(
                update(mailbox_state)
                .where(mailbox_state.c.account == account, mailbox_state.c.folder == folder)
                .values(**values)
            )
            if changed.rowcount == 0:
                conn.execute(insert(mailbox_state).values(account=account, folder=folder, **values))

    def finished(
        self, account: str, folder: str, uidvalidity: int, items: Sequence[str]
    ) -> set[str]:
        done: set[str] = set()
        with self.store.read() as conn:
            for start in range(0, len(items), CHUNK):
                rows = conn.execute(
                    select(ledger.c.item).where(
                        ledger.c.account == account,
                        ledger.c.folder == folder,
                        ledger.c.uidvalidity == uidvalidity,
                        ledger.c.item.in_(items[start : start + CHUNK]),
                        ledger.c.state.in_(FINISHED),
                    )
                )
                done.update(row.item for row in rows)
        return done

    def known(self, account: str, keys: Collection[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        wanted = list(keys)
        with self.store.read() as conn:
            for start in range(0, len(wanted), CHUNK):
                rows = conn.execute(
                    select(messages.c.dedup_key, messages.c.id).where(
                        messages.c.account == account,
                        messages.c.dedup_key.in_(wanted[start : start + CHUNK]),
                    )
                )
                found.update({row.dedup_key: row.id for row in rows})
        return found

    def alert(self, kind: str, **detail: Any) -> None:
        with self.store.write() as conn:
            append_event(conn, kind, **detail)


class Recorded(NamedTuple):
    """The row a message is stored in, and whether it was stored just now."""

    message: int
    new: bool


def record_message(
    conn: Connection,
    ref: MessageRef,
    email: Email,
    *,
    raw: bytes,
    received_at: datetime | None,
    skip: Skip | None,
    label: Label | None,
    order: OrderDetails | None,
    draft: Draft | None,
) -> Recorded:
    """Store a parsed message with its outcome (draft or reason for none)."""
    existing = _message_by_key(conn, ref.account, email.dedup_key)
    if existing is not None:  # the same mail twice in one batch, under two UIDs
        _mark(conn, ref, "done", message=existing)
        return Recorded(existing, new=False)
    status = "screened" if skip else "drafted"
    message = _insert_message(
        conn,
        ref,
        email.dedup_key,
        raw=raw,
        status=status,
        received_at=received_at,
        **_email_columns(email),
        **_outcome_columns(skip, label, order),
    )
    for attachment in email.attachments:
        conn.execute(
            insert(attachments),
            {
                "message": message,
                "filename": attachment.filename,
                "content_type": attachment.content_type,
                "size": attachment.size,
                "sha256": attachment.sha256,
                "data": attachment.data,
            },
        )
    draft_id = None
    if draft is not None and label is not None:
        draft_id = _insert_draft(conn, message, draft, label, order)
    if skip:
        append_event(conn, "message.screened", message=message, reason=skip.reason.value)
    else:
        append_event(conn, "message.drafted", message=message, draft=draft_id)
    _mark(conn, ref, "done", message=message)
    return Recorded(message, new=True)


def record_quarantine(
    conn: Connection,
    ref: MessageRef,
    *,
    raw: bytes,
    error: str,
    received_at: datetime | None,
    email: Email | None = None,
) -> int:
    """Keep a message we could not handle, with the reason, for a person to look at."""
    key = email.dedup_key if email is not None else quarantine_key(raw)
    existing = _message_by_key(conn, ref.account, key)
    if existing is not None:
        _mark(conn, ref, "done", message=existing)
        return existing
    columns = _email_columns(email) if email is not None else header_glance(raw)
    message = _insert_message(
        conn,
        ref,
        key,
        raw=raw,
        status="quarantined",
        received_at=received_at,
        error=error,
        **columns,
    )
    append_event(conn, "message.quarantined", message=message, error=error)
    _mark(conn, ref, "done", message=message)
    return message


def record_known(conn: Connection, ref: MessageRef, message: int) -> None:
    """This item is mail we already hold."""
    _mark(conn, ref, "done", message=message)


def record_history(conn: Connection, ref: MessageRef, reason: str) -> None:
    """This item predates our watch: recorded, never drafted."""
    _mark(conn, ref, "ignored", error=reason)


def record_failure(conn: Connection, ref: MessageRef, error: str) -> int:
    """Count one failed try at an item; the number of tries so far."""
    row = _ledger_row(conn, ref)
    attempts = (row.attempts if row is not None else 0) + 1
    _mark(conn, ref, "failed", error=error, attempts=attempts)
    return attempts


def _email_columns(email: Email) -> dict[str, Any]:
    recipients = ", ".join(str(a) for a in (*email.to, *email.cc))
    return {
        "message_id": email.message_id,
        "sent_at": email.date,
        "from_name": email.sender.name if email.sender else "",
        "from_address": email.sender.address if email.sender else "",
        "recipients": recipients,
        "subject": email.subject,
        "in_reply_to": email.in_reply_to,
        "references": " ".join(email.references),
        "text": email.text,
        "new_text": email.new_text,
        "html": email.html,
        "defects": "\n".join(email.defects),
    }


def _outcome_columns(
    skip: Skip | None, label: Label | None, order: OrderDetails | None
) -> dict[str, Any]:
    columns: dict[str, Any] = {}
    if skip is not None:
        columns.update(skip_reason=skip.reason.value, skip_detail=skip.detail)
    if label is not None:
        columns.update(
            label=label.name.value,
            confidence=label.confidence,
            label_source=label.source,
            label_reason=label.reason,
            label_words=", ".join(label.words),
        )
    if order is not None:
        columns["order_facts"] = json.dumps(order_facts(order), ensure_ascii=False)
    return columns


def order_facts(order: OrderDetails) -> dict[str, Any]:
    """The extracted facts as JSON-ready data: value, confidence, source words."""
    facts: dict[str, Any] = {}
    for name in FACT_FIELDS:
        fact = getattr(order, name)
        if fact is None:
            continue
        value: Any = fact.value
        if name == "amount":
            value = {"amount": str(value.amount), "currency": value.currency}
        elif name == "date":
            value = value.isoformat()
        elif name == "evidence":
            value = [{"kind": item.kind, "file": item.filename} for item in value]
        facts[name] = {
            "value": value,
            "confidence": round(fact.confidence, 3),
            "source": fact.source_text,
        }
    return facts


def order_details(facts: dict[str, Any]) -> OrderDetails:
    """The OrderDetails that `order_facts` wrote; a value it cannot read is left out."""
    found: dict[str, Fact[Any]] = {}
    for name in FACT_FIELDS:
        stored = facts.get(name)
        if not isinstance(stored, dict) or stored.get("value") is None:
            continue
        raw = stored["value"]
        try:
            if name == "amount":
                value: Any = Money(Decimal(raw["amount"]), raw.get("currency"))
            elif name == "date":
                value = date.fromisoformat(raw)
            elif name == "evidence":
                value = tuple(Evidence(item["kind"], item["file"]) for item in raw)
            else:
                value = str(raw)
        except (ArithmeticError, KeyError, TypeError, ValueError):
            continue
        found[name] = Fact(value, float(stored.get("confidence", 0)), str(stored.get("source", "")))
    return OrderDetails(**found)


def _insert_message(
    conn: Connection,
    ref: MessageRef,
    key: str,
    *,
    raw: bytes,
    status: str,
    received_at: datetime | None,
    **columns: Any,
) -> int:
    values = {
        **MESSAGE_DEFAULTS,
        **columns,
        "account": ref.account,
        "dedup_key": key,
        "status": status,
        "received_at": received_at,
        "created_at": utcnow(),
    }
    message = _new_id(conn.execute(insert(messages), values))
    conn.execute(insert(message_raw), {"message": message, "raw": raw})
    return message


def _insert_draft(
    conn: Connection, message: int, draft: Draft, label: Label, order: OrderDetails | None
) -> int:
    now = utcnow()
    values = {
        "order_number": order.number.value if order and order.number else None,
        "message": message,
        "status": "pending",
        "label": label.name.value,
        "needs_triage": label.needs_triage,
        "template": draft.template,
        "template_version": draft.template_version,
        "subject": draft.subject,
        "body": draft.body,
        "error": draft.error,
        "to_name": draft.to.name,
        "to_address": draft.to.address,
        "reply_message_id": draft.reply_message_id,
        "in_reply_to": draft.in_reply_to,
        "references": " ".join(draft.references),
        "of_message": message,
        "created_at": now,
        "updated_at": now,
    }
    return _new_id(conn.execute(INSERT_DRAFT, values))


def _new_id(result: CursorResult[Any]) -> int:
    """The primary key an INSERT just made."""
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def _message_by_key(conn: Connection, account: str, key: str) -> int | None:
    return conn.execute(MESSAGE_BY_KEY, {"account": account, "key": key}).scalar()


def _ledger_row(conn: Connection, ref: MessageRef) -> Any:
    return conn.execute(
        LEDGER_ROW,
        {
            "account": ref.account,
            "folder": ref.folder,
            "uidvalidity": ref.uidvalidity,
            "item": ref.item,
        },
    ).first()


def _mark(
    conn: Connection,
    ref: MessageRef,
    state: str,
    *,
    message: int | None = None,
    error: str | None = None,
    attempts: int | None = None,
) -> None:
    """Insert or update the ledger row of `ref`; `attempts` is kept unless given."""
    now = utcnow()
    values = {
        "account": ref.account,
        "folder": ref.folder,
        "uidvalidity": ref.uidvalidity,
        "item": ref.item,
        "uid": ref.uid,
        "state": state,
        "message": message,
        "error": error,
        "attempts": attempts or 0,
        "created_at": now,
        "updated_at": now,
    }
    conn.execute(_ledger_upsert(conn.dialect.name, keep_attempts=attempts is None), values)


@functools.cache
def _ledger_upsert(dialect: str, *, keep_attempts: bool) -> Any:
    """INSERT … ON CONFLICT DO UPDATE for the ledger, built once and reused (it is hot)."""
    statement = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(ledger)
    changed = ["state", "message", "error", "updated_at"] + ([] if keep_attempts else ["attempts"])
    return statement.on_conflict_do_update(
        index_elements=["account", "folder", "uidvalidity", "item"],
        set_={name: statement.excluded[name] for name in changed},
    )
