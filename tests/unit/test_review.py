"""The approval state machine: every change once, by one person, on the record."""

from __future__ import annotations

import json
import threading
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from inboxbot import review
from inboxbot.errors import ReviewError
from inboxbot.models import (
    Address,
    Draft,
    DraftStatus,
    Fact,
    Label,
    LabelName,
    MessageRef,
    Money,
    OrderDetails,
)
from inboxbot.store import Store, utcnow
from inboxbot.store.ledger import record_message
from inboxbot.store.schema import drafts, events
from tests.factories import make_email

REF = MessageRef("imap:support@acme.example@imap.acme.example:993", "INBOX", 1700000000, "42", 42)
LABEL = Label(LabelName.REFUND, 0.95, "rule", "asks for a refund", ("refund",))
ORDER = OrderDetails(
    number=Fact("#1001", 0.99, "order #1001"),
    amount=Fact(Money(Decimal("49.90"), "EUR"), 0.9, "€49.90"),
)
BODY = "Hello Jane,\n\nthank you for letting us know.\n\nKind regards,\nAcme Homewares\n"


def add_draft(store: Store, *, body: str | None = BODY, error: str | None = None) -> int:
    """Record one customer message with a pending draft; the draft's id."""
    email = make_email()
    draft = Draft(
        template="acknowledge_refund",
        subject="Re: Refund please",
        to=Address("Jane Doe", "jane@example.com"),
        reply_message_id="<inboxbot.1795711181.85fcbb48c76a4435@acme.example>",
        in_reply_to=email.message_id,
        references=(email.message_id,) if email.message_id else (),
        body=body,
        error=error,
    )
    with store.write() as conn:
        message, _ = record_message(
            conn,
            REF,
            email,
            raw=b"From: Jane Doe <jane@example.com>\r\n\r\nrefund please\r\n",
            received_at=utcnow(),
            skip=None,
            label=LABEL,
            order=ORDER,
            draft=draft,
        )
        return int(
            conn.execute(select(drafts.c.id).where(drafts.c.message == message)).scalar_one()
        )


def row(store: Store, draft_id: int) -> Any:
    with store.read() as conn:
        return conn.execute(select(drafts).where(drafts.c.id == draft_id)).one()


def events_of(store: Store, kind: str) -> list[tuple[str, dict[str, Any]]]:
    """(actor, detail) of every event of `kind`, oldest first."""
    with store.read() as conn:
        found = conn.execute(select(events).where(events.c.kind == kind).order_by(events.c.id))
        return [(e.actor, json.loads(e.detail)) for e in found]


@pytest.fixture
def draft_id(store: Store) -> int:
    return add_draft(store)


def test_it_starts_a_recorded_draft_as_pending(store, draft_id):
    pending = row(store, draft_id)

    assert pending.status == DraftStatus.PENDING
    assert pending.body == BODY
    assert pending.decided_by is None and pending.decided_at is None


# --- approve -------------------------------------------------------------------------------


def test_it_approves_a_pending_draft_and_records_who_and_when(store, draft_id):
    """GIVEN a pending draft
    WHEN Jane approves it
    THEN it is approved, by Jane, now, and one draft.approved event says so."""
    before = utcnow()

    review.approve(store, draft_id, actor="jane@acme.example")

    approved = row(store, draft_id)
    assert approved.status == DraftStatus.APPROVED
    assert approved.decided_by == "jane@acme.example"
    assert before <= approved.decided_at <= utcnow() + timedelta(seconds=1)
    assert approved.body == BODY
    with store.read() as conn:
        logged = conn.execute(select(events).where(events.c.kind == "draft.approved")).all()
    assert [(e.actor, e.draft) for e in logged] == [("jane@acme.example", draft_id)]


def test_it_refuses_a_second_approval_naming_who_approved(store, draft_id):
    review.approve(store, draft_id, actor="jane@acme.example")

    with pytest.raises(ReviewError) as raised:
        review.approve(store, draft_id, actor="omar@acme.example")

    message = str(raised.value)
    assert message.startswith(f"cannot approve draft {draft_id}: it was already approved")
    assert "by jane@acme.example at " in message
    assert row(store, draft_id).decided_by == "jane@acme.example"
    assert len(events_of(store, "draft.approved")) == 1


def test_it_says_there_is_no_such_draft(store):
    with pytest.raises(ReviewError, match=r"^there is no draft 999$"):
        review.approve(store, 999, actor="jane@acme.example")
    with pytest.raises(ReviewError, match=r"^there is no draft 999$"):
        review.edit(store, 999, actor="jane@acme.example", body="Hello")
    with pytest.raises(ReviewError, match=r"^there is no draft 999$"):
        review.reject(store, 999, actor="jane@acme.example", reason="spam")


# --- edit ----------------------------------------------------------------------------------


def test_it_edits_a_pending_draft_and_records_before_and_after(store, draft_id):
    new_body = BODY.replace("thank you", "many thanks")

    review.edit(store, draft_id, actor="omar@acme.example", body=new_body)

    edited = row(store, draft_id)
    assert edited.body == new_body
    assert edited.status == DraftStatus.PENDING
    assert events_of(store, "draft.edited") == [
        ("omar@acme.example", {"before": BODY, "after": new_body})
    ]


def test_it_refuses_to_edit_an_approved_draft(store, draft_id):
    review.approve(store, draft_id, actor="jane@acme.example")

    with pytest.raises(
        ReviewError, match=r"cannot edit draft \d+: it was already approved by jane"
    ):
        review.edit(store, draft_id, actor="omar@acme.example", body="Something else")

    assert row(store, draft_id).body == BODY
    assert events_of(store, "draft.edited") == []


def test_it_refuses_an_empty_edit(store, draft_id):
    with pytest.raises(ReviewError, match="cannot be empty"):
        review.edit(store, draft_id, actor="omar@acme.example", body=" \n ")

    assert row(store, draft_id).body == BODY


# --- reject --------------------------------------------------------------------------------


@pytest.mark.parametrize("reason", ["", "   ", "\n"])
def test_it_needs_a_reason_to_reject(store, draft_id, reason):
    with pytest.raises(ReviewError, match="needs a reason"):
        review.reject(store, draft_id, actor="jane@acme.example", reason=reason)

    assert row(store, draft_id).status == DraftStatus.PENDING


def test_it_rejects_with_the_reason(store, draft_id):
    review.reject(store, draft_id, actor="jane@acme.example", reason="  wrong order  ")

    rejected = row(store, draft_id)
    assert rejected.status == DraftStatus.REJECTED
    assert rejected.reject_reason == "wrong order"
    assert rejected.decided_by == "jane@acme.example"
    assert events_of(store, "draft.rejected") == [("jane@acme.example", {"reason": "wrong order"})]


def test_it_refuses_to_approve_a_rejected_draft(store, draft_id):
    review.reject(store, draft_id, actor="jane@acme.example", reason="wrong order")

    with pytest.raises(ReviewError, match=r"already rejected by jane@acme\.example"):
        review.approve(store, draft_id, actor="omar@acme.example")


# --- drafts whose template failed ----------------------------------------------------------


def test_it_approves_a_draft_without_text_only_after_an_edit(store):
    """GIVEN a draft whose template failed (no body, an error)
    WHEN a VA tries to approve it, then writes the text, then approves
    THEN the first approval is refused with the error, the second goes through."""
    error = "template acknowledge_refund.txt, line 4: 'dict object' has no attribute 'tracking_url'"
    draft_id = add_draft(store, body=None, error=error)

    with pytest.raises(ReviewError) as raised:
        review.approve(store, draft_id, actor="jane@acme.example")
    assert str(raised.value) == f"draft {draft_id} has no text yet ({error}); edit it first"
    assert row(store, draft_id).status == DraftStatus.PENDING

    review.edit(store, draft_id, actor="jane@acme.example", body=BODY)
    review.approve(store, draft_id, actor="jane@acme.example")

    approved = row(store, draft_id)
    assert approved.status == DraftStatus.APPROVED
    assert approved.body == BODY
    assert approved.error is None
    assert events_of(store, "draft.edited") == [
        ("jane@acme.example", {"before": None, "after": BODY})
    ]


# --- at the same time ----------------------------------------------------------------------


def test_it_lets_exactly_one_of_two_simultaneous_approvals_win(store, draft_id):
    """GIVEN two VAs who click Approve on the same draft at the same moment
    WHEN both approvals run in parallel threads against the same SQLite file
    THEN exactly one succeeds, the other gets a ReviewError, and one event is written."""
    actors = [f"va{i}@acme.example" for i in range(2)]
    start = threading.Barrier(len(actors))
    outcomes: dict[str, str] = {}

    def click(actor: str) -> None:
        start.wait()
        try:
            review.approve(store, draft_id, actor=actor)
            outcomes[actor] = "approved"
        except ReviewError as err:
            outcomes[actor] = f"refused: {err}"

    threads = [threading.Thread(target=click, args=(actor,)) for actor in actors]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    winners = [actor for actor, outcome in outcomes.items() if outcome == "approved"]
    assert len(outcomes) == 2
    assert len(winners) == 1
    (loser,) = set(actors) - set(winners)
    assert f"already approved by {winners[0]}" in outcomes[loser]
    assert row(store, draft_id).decided_by == winners[0]
    assert [actor for actor, _ in events_of(store, "draft.approved")] == winners


def test_it_lets_exactly_one_of_many_simultaneous_approvals_win(store, draft_id):
    actors = [f"va{i}@acme.example" for i in range(8)]
    start = threading.Barrier(len(actors))
    won: list[str] = []
    refused: list[str] = []

    def click(actor: str) -> None:
        start.wait()
        try:
            review.approve(store, draft_id, actor=actor)
            won.append(actor)
        except ReviewError:
            refused.append(actor)

    threads = [threading.Thread(target=click, args=(actor,)) for actor in actors]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert len(won) == 1
    assert len(refused) == len(actors) - 1
    assert len(events_of(store, "draft.approved")) == 1
