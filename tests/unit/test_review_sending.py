"""The people's side of the outbox: approval fixes a hash; an uncertain reply is resolved once."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from inboxbot import review
from inboxbot.errors import DraftConflict
from inboxbot.mail.compose import approval_hash
from inboxbot.models import DraftStatus
from inboxbot.store import Store
from inboxbot.store.schema import drafts
from tests.unit.test_review import add_draft, events_of, row


@pytest.fixture
def draft_id(store: Store) -> int:
    return add_draft(store)


def uncertain(store: Store, draft_id: int) -> int:
    review.approve(store, draft_id, actor="va")
    with store.write() as conn:
        conn.execute(
            update(drafts)
            .where(drafts.c.id == draft_id)
            .values(status=DraftStatus.UNCERTAIN, send_error="the line dropped", send_attempts=2)
        )
    return draft_id


def test_approval_stores_the_hash_of_the_text_approved(store, draft_id):
    review.approve(store, draft_id, actor="va", body="The text on screen.")

    approved = row(store, draft_id)
    assert approved.approved_hash == approval_hash(
        to_name=approved.to_name,
        to_address=approved.to_address,
        subject=approved.subject,
        body="The text on screen.",
        message_id=approved.reply_message_id,
        in_reply_to=approved.in_reply_to,
        references=approved.references,
    )


def test_it_marks_an_uncertain_reply_sent_once(store, draft_id):
    uncertain(store, draft_id)

    review.mark_sent(store, draft_id, actor="va")
    with pytest.raises(DraftConflict, match="already sent"):
        review.mark_sent(store, draft_id, actor="va2")

    marked = row(store, draft_id)
    assert marked.status == DraftStatus.SENT
    assert marked.reply_sent_at is not None
    assert [actor for actor, _ in events_of(store, "draft.marked_sent")] == ["va"]


def test_send_again_puts_an_uncertain_reply_back_in_the_outbox_with_a_clean_slate(store, draft_id):
    uncertain(store, draft_id)

    review.send_again(store, draft_id, actor="va")
    with pytest.raises(DraftConflict):
        review.send_again(store, draft_id, actor="va")

    again = row(store, draft_id)
    assert again.status == DraftStatus.APPROVED
    assert (again.send_attempts, again.next_attempt_at, again.send_error) == (0, None, None)
    assert [actor for actor, _ in events_of(store, "draft.send_again")] == ["va"]


def test_send_again_tries_a_failed_reply_once_more(store, draft_id):
    uncertain(store, draft_id)
    with store.write() as conn:
        conn.execute(
            update(drafts).where(drafts.c.id == draft_id).values(status=DraftStatus.FAILED)
        )

    review.send_again(store, draft_id, actor="va")
    with pytest.raises(DraftConflict):
        review.send_again(store, draft_id, actor="va")

    again = row(store, draft_id)
    assert (again.status, again.send_attempts, again.send_error) == (DraftStatus.APPROVED, 0, None)
    with pytest.raises(DraftConflict):
        review.mark_sent(store, draft_id, actor="va")  # only an uncertain reply is marked sent


@pytest.mark.parametrize("action", [review.mark_sent, review.send_again])
def test_only_an_uncertain_reply_can_be_resolved(store, draft_id, action):
    with pytest.raises(DraftConflict):
        action(store, draft_id, actor="va")

    assert row(store, draft_id).status == DraftStatus.PENDING
