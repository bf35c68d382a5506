"""The approval state machine: the only code that changes a draft's status.

Every change is a conditional UPDATE whose WHERE clause names the state it
expects, checked for one row changed: a double click, a second VA or a second
process cannot approve, edit or reject a draft twice.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert, select, update

from inboxbot.errors import DraftConflict, MalformedMessage, NoSuchDraft, ReviewError
from inboxbot.mail.compose import approval_hash
from inboxbot.models import DraftStatus, Label, LabelName
from inboxbot.store import Store, append_event, utcnow
from inboxbot.store.schema import drafts, message_raw, training_labels

if TYPE_CHECKING:
    from inboxbot.drafting import Drafter
    from inboxbot.followups import FollowupRule


def approve(
    store: Store,
    draft_id: int,
    *,
    actor: str,
    body: str | None = None,
    followups: FollowupRule | None = None,
    now: datetime | None = None,
) -> None:
    """pending → approved, freezing the text as it is now.

    With `body` (the text the VA had on screen, edited or not) that exact text
    is what gets approved, in the same UPDATE: nothing can slip in between.
    With `followups`, an approved refund reply gets its follow-up scheduled in
    the same transaction.
    """
    now = now or utcnow()
    values: dict[str, Any] = {}
    conditions = [drafts.c.id == draft_id, drafts.c.status == DraftStatus.PENDING]
    if body is None:
        conditions.append(drafts.c.body.is_not(None))
    else:
        body = _clean(body)
        values = {"body": body, "error": None}
    with store.write() as conn:
        before = conn.execute(select(drafts).where(drafts.c.id == draft_id)).first()
        if before is not None:
            # What the VA approves is what goes out: the sender checks this hash (OUT-7).
            values["approved_hash"] = _hash(before, before.body if body is None else body)
        changed = conn.execute(
            update(drafts)
            .where(*conditions)
            .values(
                status=DraftStatus.APPROVED,
                decided_by=actor,
                decided_at=now,
                updated_at=now,
                send_error=None,
                **values,
            )
        )
        if changed.rowcount != 1 or before is None:
            raise _why_not(conn, draft_id, "approve")
        if body is not None and body != before.body:
            append_event(
                conn, "draft.edited", actor=actor, draft=draft_id, before=before.body, after=body
            )
        append_event(
            conn,
            "draft.approved",
            actor=actor,
            draft=draft_id,
            **_follow(conn, draft_id, now, followups),
        )
        if before.kind == "reply":  # a follow-up's approval says nothing about the label
            _train(conn, before.message, before.label, "confirmed", actor)


def approve_automatically(
    conn: Connection,
    draft_id: int,
    *,
    actor: str,
    now: datetime,
    followups: FollowupRule | None = None,
) -> bool:
    """pending → approved without a person, marked to be sent as an automatic reply.

    Inside the caller's transaction, which has decided that this reply may go
    out unseen (a manager switched its template on). Whether it changed the
    draft: False when a VA decided it first. It trains nothing: nobody looked.
    """
    before = conn.execute(select(drafts).where(drafts.c.id == draft_id)).first()
    if before is None or before.body is None:
        return False
    changed = conn.execute(
        update(drafts)
        .where(
            drafts.c.id == draft_id,
            drafts.c.status == DraftStatus.PENDING,
            drafts.c.body == before.body,
        )
        .values(
            status=DraftStatus.APPROVED,
            decided_by=actor,
            decided_at=now,
            updated_at=now,
            auto_submitted=True,
            approved_hash=_hash(before, before.body),
        )
    )
    if changed.rowcount != 1:
        return False
    due = _follow(conn, draft_id, now, followups)
    append_event(conn, "draft.approved", actor=actor, draft=draft_id, automatic=True, **due)
    return True


def _hash(row: Any, body: str) -> str:
    return approval_hash(
        to_name=row.to_name,
        to_address=row.to_address,
        subject=row.subject,
        body=body,
        message_id=row.reply_message_id,
        in_reply_to=row.in_reply_to,
        references=row.references,
    )


def _follow(
    conn: Connection, draft_id: int, now: datetime, followups: FollowupRule | None
) -> dict[str, Any]:
    """Schedule an approved refund reply's follow-up; its due time for the approval's event."""
    if followups is None:
        return {}
    from inboxbot.followups import schedule_refund  # it imports this module

    due = schedule_refund(conn, draft_id, approved_at=now, rule=followups)
    return {} if due is None else {"followup_due": due}


def relabel(store: Store, drafter: Drafter, draft_id: int, label: str, *, actor: str) -> None:
    """Say what the mail really is: re-draft it from that label's template, and remember it.

    The customer's mail is parsed again from its stored bytes and its facts
    extracted again, so the new draft is what the pipeline would have made
    with the right label. The label is kept as a correction the classifier
    learns from. Only a pending draft can be relabelled.
    """
    from inboxbot.extraction import extract
    from inboxbot.mail.parse import parse

    try:
        name = LabelName(label)
    except ValueError:
        raise ReviewError(f"the label must be refund, dispute or other, not {label!r}") from None
    with store.read() as conn:
        row = conn.execute(
            select(
                drafts.c.message,
                drafts.c.label,
                drafts.c.template,
                drafts.c.status,
                drafts.c.kind,
                message_raw.c.raw,
            )
            .join(message_raw, message_raw.c.message == drafts.c.message)
            .where(drafts.c.id == draft_id)
        ).first()
    if row is None:
        raise NoSuchDraft(f"there is no draft {draft_id}")
    if row.kind != "reply":
        raise DraftConflict(f"draft {draft_id} is a follow-up: edit its text instead of its label")
    try:
        email = parse(row.raw)
    except MalformedMessage as err:
        raise DraftConflict(f"the customer's mail cannot be read again: {err}") from None
    order = extract(
        email, timezone=drafter.shop.zone, order_patterns=drafter.shop.order_number_patterns
    )
    new = drafter.draft(email, Label(name, 1.0, "person", f"set by {actor}"), order)
    with store.write() as conn:
        changed = conn.execute(
            update(drafts)
            .where(drafts.c.id == draft_id, drafts.c.status == DraftStatus.PENDING)
            .values(
                label=name.value,
                needs_triage=False,
                template=new.template,
                template_version=new.template_version,
                body=new.body,
                error=new.error,
                updated_at=utcnow(),
            )
        )
        if changed.rowcount != 1:
            raise _why_not(conn, draft_id, "relabel")
        append_event(
            conn,
            "draft.relabelled",
            actor=actor,
            draft=draft_id,
            message=row.message,
            before=row.label,
            after=name.value,
            template_before=row.template,
            template=new.template,
        )
        _train(conn, row.message, name.value, "corrected", actor)


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
            raise _why_not(conn, draft_id, "reject")
        append_event(conn, "draft.rejected", actor=actor, draft=draft_id, reason=reason)


def edit(store: Store, draft_id: int, *, actor: str, body: str) -> None:
    """Replace the text of a pending draft; the old and new text go into the event log."""
    body = _clean(body)
    with store.write() as conn:
        before = conn.execute(select(drafts.c.body).where(drafts.c.id == draft_id)).scalar()
        changed = conn.execute(
            update(drafts)
            .where(drafts.c.id == draft_id, drafts.c.status == DraftStatus.PENDING)
            .values(body=body, error=None, updated_at=utcnow())
        )
        if changed.rowcount != 1:
            raise _why_not(conn, draft_id, "edit")
        append_event(conn, "draft.edited", actor=actor, draft=draft_id, before=before, after=body)


def mark_sent(store: Store, draft_id: int, *, actor: str) -> None:
    """uncertain → sent: a person checked that the reply arrived (in Sent, or the customer said)."""
    with store.write() as conn:
        changed = conn.execute(
            update(drafts)
            .where(drafts.c.id == draft_id, drafts.c.status == DraftStatus.UNCERTAIN)
            .values(status=DraftStatus.SENT, reply_sent_at=utcnow(), updated_at=utcnow())
        )
        if changed.rowcount != 1:
            raise _why_not(conn, draft_id, "mark as sent")
        append_event(conn, "draft.marked_sent", actor=actor, draft=draft_id)


def send_again(store: Store, draft_id: int, *, actor: str) -> None:
    """uncertain or failed → approved: the outbox sends it with its next pass.

    For an uncertain reply a person checked that it did not arrive; for a failed
    one, that what stopped it (the server's refusal, a setting) is put right.
    It goes out with the same Message-ID, so a copy that did arrive after all
    is one message twice in the customer's thread, not two different replies.
    """
    with store.write() as conn:
        changed = conn.execute(
            update(drafts)
            .where(
                drafts.c.id == draft_id,
                drafts.c.status.in_([DraftStatus.UNCERTAIN, DraftStatus.FAILED]),
            )
            .values(
                status=DraftStatus.APPROVED,
                send_attempts=0,
                next_attempt_at=None,
                send_error=None,
                updated_at=utcnow(),
            )
        )
        if changed.rowcount != 1:
            raise _why_not(conn, draft_id, "send again")
        append_event(conn, "draft.send_again", actor=actor, draft=draft_id)


def _clean(body: str) -> str:
    """The text as it will be sent: browser line ends made plain, never empty."""
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    if not body.strip():
        raise ReviewError("the reply cannot be empty")
    return body


def _train(conn: Connection, message: int, label: str, kind: str, actor: str) -> None:
    conn.execute(
        insert(training_labels).values(
            message=message, label=label, kind=kind, actor=actor, created_at=utcnow()
        )
    )


def _why_not(conn: Connection, draft_id: int, action: str) -> ReviewError:
    """Why a change did not apply, in words a VA can act on."""
    row: Any = conn.execute(select(drafts).where(drafts.c.id == draft_id)).first()
    if row is None:
        return NoSuchDraft(f"there is no draft {draft_id}")
    if row.status == DraftStatus.PENDING and row.body is None:
        return DraftConflict(f"draft {draft_id} has no text yet ({row.error}); edit it first")
    when = row.decided_at.strftime("%Y-%m-%d %H:%M UTC") if row.decided_at else "earlier"
    who = f" by {row.decided_by}" if row.decided_by else ""
    return DraftConflict(
        f"cannot {action} draft {draft_id}: it was already {row.status}{who} at {when}"
    )
