"""Read-only queries behind `inboxbot queue …` and `inboxbot messages …`."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import case, select

from inboxbot.store import Store
from inboxbot.store.schema import attachments, drafts, messages

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
)


def list_drafts(
    store: Store, *, status: str | None = None, label: str | None = None, limit: int = 200
) -> list[dict[str, Any]]:
    """Drafts, pending first; among those disputes first, then oldest first."""
    query = select(*QUEUE_COLUMNS).join(messages, messages.c.id == drafts.c.message)
    if status:
        query = query.where(drafts.c.status == status)
    if label:
        query = query.where(drafts.c.label == label)
    query = query.order_by(
        case((drafts.c.status == "pending", 0), else_=1),
        case((drafts.c.label == "dispute", 0), else_=1),
        drafts.c.created_at,
        drafts.c.id,
    ).limit(limit)
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
            select(attachments.c.filename, attachments.c.content_type, attachments.c.size).where(
                attachments.c.message == row.message
            )
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
        .outerjoin(drafts, drafts.c.message == messages.c.id)
        .order_by(messages.c.id.desc())
    )
    if status:
        query = query.where(messages.c.status == status)
    with store.read() as conn:
        return [_with_facts(dict(row._mapping)) for row in conn.execute(query.limit(limit))]


def _with_facts(row: dict[str, Any]) -> dict[str, Any]:
    row["order_facts"] = json.loads(row["order_facts"]) if row.get("order_facts") else {}
    return row
