"""The approval state machine: the only code that changes a draft's status.

Every change is a conditional UPDATE whose WHERE clause names the state it
expects, checked for one row changed: a double click, a second VA or a second
process cannot approve, edit or reject a draft twice.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select, update

from inboxbot.errors import ReviewError
from inboxbot.models import DraftStatus
from inboxbot.store import Store, append_event, utcnow
from inboxbot.store.schema import drafts


def approve(store: Store, draft_id: int, *, actor: str) -> None:
    """pending → approved, freezing the text as it is now."""
    with store.write() as conn:
        changed = conn.execute(
            update(drafts)
            .where(
                drafts.c.id == draft_id,
                drafts.c.status == DraftStatus.PENDING,
                drafts.c.body.is_not(None),
            )
            .values(
                status=DraftStatus.APPROVED,
                decided_by=actor,
                decided_at=utcnow(),
                updated_at=utcnow(),
            )
        )
        if changed.rowcount != 1:
            raise ReviewError(_why_not(conn, draft_id, "approve"))
        append_event(conn, "draft.approved", actor=actor, draft=draft_id)


def reject(store: Store, draft_id: int, *, actor: str, reason: str) -> None:
    """pending → rejected, with the reason a manager will read."""
    reason = reason.strip()
    if not reason:
        raise ReviewError("a rejection needs a reason")
    with store.write() as conn:
        changed = conn.execute(
            update(drafts)
            .where(drafts.c.id == draft_id, drafts.c.status == DraftStatus.PENDING)
            .values(
                status=DraftStatus.REJECTED,
                reject_reason=reason,
                decided_by=actor,
                decided_at=utcnow(),
                updated_at=utcnow(),
            )
        )
        if changed.rowcount != 1:
            raise ReviewError(_why_not(conn, draft_id, "reject"))
        append_event(conn, "draft.rejected", actor=actor, draft=draft_id, reason=reason)


def edit(store: Store, draft_id: int, *, actor: str, body: str) -> None:
    """Replace the text of a pending draft; the old and new text go into the event log."""
    if not body.strip():
        raise ReviewError("the reply cannot be empty")
    with store.write() as conn:
        before = conn.execute(select(drafts.c.body).where(drafts.c.id == draft_id)).scalar()
        changed = conn.execute(
            update(drafts)
            .where(drafts.c.id == draft_id, drafts.c.status == DraftStatus.PENDING)
            .values(body=body, error=None, updated_at=utcnow())
        )
        if changed.rowcount != 1:
            raise ReviewError(_why_not(conn, draft_id, "edit"))
        append_event(conn, "draft.edited", actor=actor, draft=draft_id, before=before, after=body)


def _why_not(conn: Connection, draft_id: int, action: str) -> str:
    """Why a change did not apply, in words a VA can act on."""
    row: Any = conn.execute(select(drafts).where(drafts.c.id == draft_id)).first()
    if row is None:
        return f"there is no draft {draft_id}"
    if row.status == DraftStatus.PENDING and row.body is None:
        return f"draft {draft_id} has no text yet ({row.error}); edit it first"
    when = row.decided_at.strftime("%Y-%m-%d %H:%M UTC") if row.decided_at else "earlier"
    who = f" by {row.decided_by}" if row.decided_by else ""
    return f"cannot {action} draft {draft_id}: it was already {row.status}{who} at {when}"
