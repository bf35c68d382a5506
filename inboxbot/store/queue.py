"""Read-only queries behind `inboxbot queue …`, `inboxbot messages …` and the web queue."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Select,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    true,
    tuple_,
)

from inboxbot.models import DraftStatus
from inboxbot.store import Store
from inboxbot.store.schema import UTCDateTime, attachments, drafts, messages

QUEUE_COLUMNS = (
    drafts.c.id,
    drafts.c.status,
    drafts.c.label,
    drafts.c.template,
    drafts.c.subject,
    drafts.c.created_at,
    drafts.c.error,
    messages.c.message_id,
    messages.c.from_name,
    messages.c.from_address,
    messages.c.subject.label("message_subject"),
    messages.c.order_facts,
    messages.c.received_at,
    messages.c.sent_at,
    drafts.c.kind,
    drafts.c.needs_triage,
)
# When the customer's mail came: the mailbox's date, else the mail's own, else when we stored it.


def list_drafts(
    store: Store, *, status: str | None = None, label: str | None = None, limit: int = 200
) -> list[dict[str, Any]]:
    """Drafts in queue order: pending first, then those that need triage, disputes, oldest."""
    query = select(*QUEUE_COLUMNS).join(messages, messages.c.id == drafts.c.message)
    if status:
        query = query.where(drafts.c.status == status)
    if label:
        query = query.where(drafts.c.label == label)
    query = query.order_by(*QUEUE_ORDER).limit(limit)
    with store.read() as conn:
        return [_with_facts(dict(row._mapping)) for row in conn.execute(query)]


def get_draft(store: Store, draft_id: int) -> dict[str, Any] | None:
    """One draft with the customer's message and its attachments."""
    query = (
        select(
            drafts,
            messages.c.message_id,
            messages.c.from_name,
            messages.c.from_address,
            messages.c.subject.label("message_subject"),
            messages.c.sent_at,
            messages.c.text,
            messages.c.new_text,
            messages.c.label_source,
            messages.c.confidence,
            messages.c.label_reason,
            messages.c.label_words,
            messages.c.order_facts,
            messages.c.html,
            messages.c.received_at,
            messages.c.in_reply_to.label("message_in_reply_to"),
            messages.c.references.label("message_references"),
        )
        .join(messages, messages.c.id == drafts.c.message)
        .where(drafts.c.id == draft_id)
    )
    with store.read() as conn:
        row = conn.execute(query).first()
        if row is None:
            return None
        found = _with_facts(dict(row._mapping))
        files = conn.execute(
            select(
                attachments.c.id,
                attachments.c.filename,
                attachments.c.content_type,
                attachments.c.size,
            )
            .where(attachments.c.message == row.message)
            .order_by(attachments.c.id)
        )
        found["attachments"] = [dict(f._mapping) for f in files]
    return found


def list_messages(
    store: Store, *, status: str | None = None, limit: int = 200
) -> list[dict[str, Any]]:
    """Messages newest first, with their draft, or why they got none."""
    query = (
        select(
            messages.c.id,
            drafts.c.id.label("draft"),
            drafts.c.template,
            messages.c.order_facts,
            messages.c.status,
            messages.c.created_at,
            messages.c.from_address,
            messages.c.subject,
            messages.c.label,
            messages.c.skip_reason,
            messages.c.skip_detail,
            messages.c.error,
        )
        .outerjoin(drafts, and_(drafts.c.message == messages.c.id, drafts.c.kind == "reply"))
        .order_by(messages.c.id.desc())
    )
    if status:
        query = query.where(messages.c.status == status)
    with store.read() as conn:
        return [_with_facts(dict(row._mapping)) for row in conn.execute(query.limit(limit))]


# The queue's order as a sort key: pending first, then labels the classifier was
# unsure of (a VA settles those before trusting the rest), disputes first, then
# oldest first. Keyset pages compare this whole tuple, so a page costs the same at
# row 9,950 as at row 0, and approving drafts while paging skips nothing.
STATUS_RANK = case((drafts.c.status == "pending", 0), else_=1)
TRIAGE_RANK = case((drafts.c.needs_triage, 0), else_=1)
LABEL_RANK = case((drafts.c.label == "dispute", 0), else_=1)
QUEUE_ORDER = (STATUS_RANK, TRIAGE_RANK, LABEL_RANK, drafts.c.created_at, drafts.c.id)


@dataclass(frozen=True, slots=True)
class QueuePage:
    """One page of the queue, and what the filters leave in all."""

    rows: list[dict[str, Any]]
    total: int  # rows matching the filters, on every page
    by_label: dict[str, int]  # matching rows per label, ignoring the label filter
    next_after: int | None  # pass as `after` for the next page; None: this is the last


def queue_page(
    store: Store,
    *,
    status: str | None = "pending",
    label: str | None = None,
    search: str = "",
    after: int | None = None,
    limit: int = 50,
    arrived_by: datetime | None = None,
) -> QueuePage:
    """A page of drafts in queue order, filtered by status and label, searched by
    subject, sender or order number; `after` is the last draft id of the page before.
    With `arrived_by`, only replies to mail that arrived then or earlier (overdue mail)."""
    wanted = _filters(status=status, search=search, arrived_by=arrived_by)
    # The order, the search and the counts need the narrow drafts rows only; the
    # wide message rows are read for the page's drafts alone.
    base = select(drafts.c.id)
    counted = select(drafts.c.label, func.count())
    paged = base.where(*wanted)
    if label:
        paged = paged.where(drafts.c.label == label)
    with store.read() as conn:
        if after is not None:
            key = conn.execute(select(*QUEUE_ORDER).where(drafts.c.id == after)).first()
            if key is not None:
                paged = paged.where(tuple_(*QUEUE_ORDER) > _key(key))
        ids = list(conn.execute(paged.order_by(*QUEUE_ORDER).limit(limit + 1)).scalars())
        found = {
            row.id: _with_facts(dict(row._mapping))
            for row in conn.execute(
                _joined(select(*QUEUE_COLUMNS)).where(drafts.c.id.in_(ids[:limit]))
            )
        }
        counts = conn.execute(counted.where(*wanted).group_by(drafts.c.label))
        by_label = {str(name): int(n) for name, n in counts}
    rows = [found[i] for i in ids[:limit] if i in found]
    total = by_label.get(label, 0) if label else sum(by_label.values())
    return QueuePage(rows, total, by_label, rows[-1]["id"] if len(ids) > limit else None)


def next_pending(store: Store, after: int) -> int | None:
    """The pending draft after draft `after` in queue order, else the first pending one."""
    pending = select(drafts.c.id).where(drafts.c.status == "pending", drafts.c.id != after)
    with store.read() as conn:
        key = conn.execute(select(*QUEUE_ORDER).where(drafts.c.id == after)).first()
        found = None
        if key is not None:
            found = conn.execute(
                pending.where(tuple_(*QUEUE_ORDER) > _key(key)).order_by(*QUEUE_ORDER).limit(1)
            ).scalar()
        if found is None:
            found = conn.execute(pending.order_by(*QUEUE_ORDER).limit(1)).scalar()
    return None if found is None else int(found)


def count_arrived_by(store: Store, arrived_by: datetime) -> int:
    """Pending replies to mail that arrived at `arrived_by` or earlier: the overdue count."""
    wanted = _filters(status="pending", search="", arrived_by=arrived_by)
    with store.read() as conn:
        return int(
            conn.execute(select(func.count()).select_from(drafts).where(*wanted)).scalar_one()
        )


def count_unsent(store: Store) -> dict[str, int]:
    """Approved replies the outbox could not send, by status: a person must look at them."""
    with store.read() as conn:
        found = conn.execute(
            select(drafts.c.status, func.count())
            .where(drafts.c.status.in_([DraftStatus.UNCERTAIN, DraftStatus.FAILED]))
            .group_by(drafts.c.status)
        )
        return {str(status): int(n) for status, n in found}


def thread_links(conn: Connection, message: int) -> ColumnElement[bool] | None:
    """The condition on `messages` that finds the rest of this message's conversation.

    Linked either way by Message-ID, In-Reply-To and References; our own replies
    are not stored as messages, so a customer answering one of them is found
    through the Message-ID any draft of this message was (or will be) sent with.
    """
    this = conn.execute(
        select(messages.c.message_id, messages.c.in_reply_to, messages.c.references).where(
            messages.c.id == message
        )
    ).first()
    if this is None:
        return None
    own = conn.execute(select(drafts.c.reply_message_id).where(drafts.c.message == message))
    cited = {this.in_reply_to, *this.references.split()} - {None, ""}
    ours = [i for i in (this.message_id, *own.scalars()) if i]
    links: list[ColumnElement[bool]] = []
    if cited:
        answered = select(drafts.c.message).where(drafts.c.reply_message_id.in_(cited))
        links += [messages.c.message_id.in_(cited), messages.c.id.in_(answered)]
    for mine in ours:
        links += [
            messages.c.in_reply_to == mine,
            messages.c.references.contains(mine, autoescape=True),
        ]
    if not links:
        return None
    return and_(messages.c.id != message, or_(*links))


def thread_of(store: Store, message: int) -> list[dict[str, Any]]:
    """The other stored messages of this message's conversation, oldest first."""
    with store.read() as conn:
        linked = thread_links(conn, message)
        if linked is None:
            return []
        query = (
            select(
                messages.c.id,
                messages.c.from_name,
                messages.c.from_address,
                messages.c.subject,
                messages.c.sent_at,
                messages.c.received_at,
                messages.c.new_text,
                drafts.c.id.label("draft"),
                drafts.c.status.label("draft_status"),
            )
            .outerjoin(drafts, and_(drafts.c.message == messages.c.id, drafts.c.kind == "reply"))
            .where(linked)
            .order_by(func.coalesce(messages.c.sent_at, messages.c.received_at), messages.c.id)
            .limit(50)
        )
        return [dict(row._mapping) for row in conn.execute(query)]


def get_attachment(store: Store, draft_id: int, attachment_id: int) -> dict[str, Any] | None:
    """One attachment of the mail behind draft `draft_id`, with its bytes."""
    query = (
        select(
            attachments.c.filename,
            attachments.c.content_type,
            attachments.c.size,
            attachments.c.data,
        )
        .join(drafts, drafts.c.message == attachments.c.message)
        .where(attachments.c.id == attachment_id, drafts.c.id == draft_id)
    )
    with store.read() as conn:
        row = conn.execute(query).first()
    return None if row is None else dict(row._mapping)


def _joined(query: Select[Any]) -> Select[Any]:
    return query.select_from(drafts.join(messages, messages.c.id == drafts.c.message))


def _filters(
    *, status: str | None, search: str, arrived_by: datetime | None = None
) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if status:
        found.append(drafts.c.status == status)
    if arrived_by is not None:
        # The copy on the draft: paging and counting keep reading narrow draft rows.
        found += [drafts.c.kind == "reply", drafts.c.arrived_at <= arrived_by]
    words = search.strip()
    if words:
        fields = [
            drafts.c.subject.icontains(words, autoescape=True),
            drafts.c.to_address.icontains(words, autoescape=True),
            drafts.c.to_name.icontains(words, autoescape=True),
        ]
        number = words.lstrip("#").strip()
        if any(c.isdigit() for c in number):  # only then can it be an order number
            fields.append(drafts.c.order_number.icontains(number, autoescape=True))
        found.append(or_(*fields))
    return found or [true()]


def _key(row: Any) -> Any:
    """A row of QUEUE_ORDER as literals of the right types, to compare against."""
    status_rank, triage_rank, label_rank, created_at, draft_id = row
    return tuple_(
        literal(status_rank, Integer),
        literal(triage_rank, Integer),
        literal(label_rank, Integer),
        literal(created_at, UTCDateTime()),
        literal(draft_id, Integer),
    )


def _with_facts(row: dict[str, Any]) -> dict[str, Any]:
    row["order_facts"] = json.loads(row["order_facts"]) if row.get("order_facts") else {}
    return row
