"""Drafts whose label the classifier was unsure of come first in the queue."""

from __future__ import annotations

from sqlalchemy import select

from inboxbot.models import Address, Draft, Label, LabelName, MessageRef
from inboxbot.store import Store, utcnow
from inboxbot.store.ledger import record_message
from inboxbot.store.queue import next_pending, queue_page
from inboxbot.store.schema import drafts
from tests.factories import make_email

ACCOUNT = "imap:support@acme.example@imap.acme.example:993"


def add(store: Store, uid: int, label: Label) -> int:
    """Record one message with a pending draft labelled `label`; the draft's id."""
    email = make_email(subject=f"Mail {uid}", message_id=f"<m{uid}@example.com>")
    draft = Draft(
        template="acknowledge_other",
        subject=f"Re: Mail {uid}",
        to=Address("Jane Doe", "jane@example.com"),
        reply_message_id=f"<inboxbot.{uid}@acme.example>",
        in_reply_to=email.message_id,
        references=(),
        body="Hello",
        error=None,
    )
    with store.write() as conn:
        message, _ = record_message(
            conn,
            MessageRef(ACCOUNT, "INBOX", 1700000000, str(uid), uid),
            email,
            raw=b"Subject: x\r\n\r\nx\r\n",
            received_at=utcnow(),
            skip=None,
            label=label,
            order=None,
            draft=draft,
        )
        return int(
            conn.execute(select(drafts.c.id).where(drafts.c.message == message)).scalar_one()
        )


def test_it_puts_drafts_that_need_triage_first(store: Store) -> None:
    """GIVEN a sure dispute, then a sure refund, then a refund the model was unsure of
    WHEN the queue is listed
    THEN the unsure one comes first, marked, then disputes, then the rest by age."""
    dispute = add(store, 1, Label(LabelName.DISPUTE, 0.95, "rule", "charged twice"))
    refund = add(store, 2, Label(LabelName.REFUND, 0.9, "model", "model: 0.90 refund"))
    unsure = add(
        store,
        3,
        Label(LabelName.REFUND, 0.41, "model", "model: 0.41 refund", needs_triage=True),
    )

    page = queue_page(store)

    assert [row["id"] for row in page.rows] == [unsure, dispute, refund]
    assert [row["needs_triage"] for row in page.rows] == [True, False, False]
    assert next_pending(store, unsure) == dispute


def test_it_pages_through_a_queue_with_drafts_that_need_triage(store: Store) -> None:
    ids = [
        add(
            store,
            uid,
            Label(LabelName.OTHER, 0.5, "model", "unsure", needs_triage=uid % 2 == 0),
        )
        for uid in range(1, 7)
    ]

    first = queue_page(store, limit=2)
    second = queue_page(store, limit=2, after=first.next_after)
    third = queue_page(store, limit=2, after=second.next_after)

    seen = [row["id"] for page in (first, second, third) for row in page.rows]
    assert seen == [ids[1], ids[3], ids[5], ids[0], ids[2], ids[4]]
    assert third.next_after is None
