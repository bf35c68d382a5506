"""The outbox's rows: which drafts are due, and each move of one, as a conditional UPDATE.

Every move names the status it expects and must change exactly one row, so a
second sender, a VA's click or a crash in between can never make one draft go
out twice. The claim (approved → sending) is committed before anything is
sent; the mark (sending → …) after.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, or_, select, update

from inboxbot.models import DraftStatus
from inboxbot.store import append_event
from inboxbot.store.schema import drafts, ledger, message_raw, messages

INTERRUPTED = (
    "inboxbot stopped while sending this reply, so it may or may not have reached the "
    "customer. Look in the Sent folder (or ask the customer), then mark it sent or send it again."
)


def due(conn: Connection, *, now: datetime, limit: int) -> list[int]:
    """Approved drafts whose next attempt is not in the future, oldest approval first."""
    return list(
        conn.execute(
            select(drafts.c.id)
            .where(
                drafts.c.status == DraftStatus.APPROVED,
                or_(drafts.c.next_attempt_at.is_(None), drafts.c.next_attempt_at <= now),
            )
            .order_by(drafts.c.decided_at, drafts.c.id)
            .limit(limit)
        ).scalars()
    )


def claim(conn: Connection, draft_id: int, *, via: str, now: datetime) -> Any:
    """approved → sending; the draft with its customer's Message-ID and raw mail, or None."""
    changed = conn.execute(
        update(drafts)
        .where(
            drafts.c.id == draft_id,
            drafts.c.status == DraftStatus.APPROVED,
            or_(drafts.c.next_attempt_at.is_(None), drafts.c.next_attempt_at <= now),
        )
        .values(status=DraftStatus.SENDING, sent_via=via, last_attempt_at=now, updated_at=now)
    )
    if changed.rowcount != 1:
        return None  # a VA or another sender changed it since it was listed
    append_event(conn, "draft.sending", draft=draft_id, via=via)
    return conn.execute(
        select(drafts, messages.c.message_id, message_raw.c.raw)
        .join(messages, messages.c.id == drafts.c.message)
        .outerjoin(message_raw, message_raw.c.message == drafts.c.message)
        .where(drafts.c.id == draft_id)
    ).one()


def mark(
    conn: Connection,
    draft_id: int,
    status: DraftStatus,
    event: str,
    *,
    now: datetime,
    detail: dict[str, Any] | None = None,
    **values: Any,
) -> bool:
    """sending → `status`, with `values`; False when the draft had left `sending`."""
    changed = conn.execute(
        update(drafts)
        .where(drafts.c.id == draft_id, drafts.c.status == DraftStatus.SENDING)
        .values(status=status, updated_at=now, **values)
    )
    if changed.rowcount != 1:
        return False
    why = values.get("send_error")
    append_event(conn, event, draft=draft_id, **({"error": why} if why else {}), **(detail or {}))
    return True


def recover(conn: Connection, *, now: datetime) -> int:
    """Drafts a dead sender left in `sending`: uncertain, or approved again for Drafts.

    Only the holder of the send lease calls this, so no live sender owns such
    a row. A reply saved to the Drafts folder may simply be tried again: the
    APPEND looks for its Message-ID first. An SMTP send may have arrived.
    """
    count = 0
    rows = conn.execute(
        select(drafts.c.id, drafts.c.sent_via).where(drafts.c.status == DraftStatus.SENDING)
    ).all()
    for row in rows:
        if row.sent_via == "drafts":
            values: dict[str, Any] = {"status": DraftStatus.APPROVED}
            kind = "draft.send_interrupted"
        else:
            values = {"status": DraftStatus.UNCERTAIN, "send_error": INTERRUPTED}
            kind = "draft.uncertain"
        changed = conn.execute(
            update(drafts)
            .where(drafts.c.id == row.id, drafts.c.status == DraftStatus.SENDING)
            .values(updated_at=now, **values)
        )
        if changed.rowcount == 1:
            append_event(conn, kind, draft=row.id, reason="interrupted")
            count += values["status"] == DraftStatus.UNCERTAIN
    return count


def customer_uid(
    conn: Connection, *, message: int, account: str, folder: str
) -> tuple[int, int] | None:
    """(UIDVALIDITY, UID) of the customer's mail in `folder`, as the ledger last saw it."""
    found = conn.execute(
        select(ledger.c.uidvalidity, ledger.c.uid)
        .where(
            ledger.c.message == message,
            ledger.c.account == account,
            ledger.c.folder == folder,
            ledger.c.uid.is_not(None),
        )
        .order_by(ledger.c.id.desc())
        .limit(1)
    ).first()
    return (int(found.uidvalidity), int(found.uid)) if found else None
