"""Refund follow-ups and automatic acknowledgements, driven by a clock the test moves."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, update

from inboxbot import config, review
from inboxbot.config import FollowupSettings, Settings
from inboxbot.drafting import Drafter
from inboxbot.errors import ConfigError, DraftConflict
from inboxbot.extraction import extract
from inboxbot.followups import AUTO_ACTOR, FollowupRule, run_once
from inboxbot.mail.parse import parse
from inboxbot.models import DraftStatus, Label, LabelName, MessageRef, Skip, SkipReason
from inboxbot.store import Store, sending
from inboxbot.store.ledger import record_message
from inboxbot.store.queue import queue_page
from inboxbot.store.schema import drafts, events, followups
from tests.mailgen import customer_mail

BERLIN = ZoneInfo("Europe/Berlin")
# Friday 27 November 2026, 15:00 in Berlin: seven business days on is Tuesday 8 December.
APPROVED = datetime(2026, 11, 27, 15, 0, tzinfo=BERLIN)
DUE = datetime(2026, 12, 8, 15, 0, tzinfo=BERLIN)


def settings_with(**followup: Any) -> Settings:
    """The demo's settings (shop in Europe/Berlin) with these [followup] keys."""
    return config.load(None).model_copy(update={"followup": FollowupSettings(**followup)})


@pytest.fixture
def settings() -> Settings:
    return settings_with()


@pytest.fixture
def drafter(settings: Settings) -> Drafter:
    return Drafter(settings.templates.path, shop=settings.shop)


class Inbox:
    """Customer mail recorded into the store as the poller would, at chosen times."""

    def __init__(self, store: Store, settings: Settings, drafter: Drafter) -> None:
        self.store = store
        self.settings = settings
        self.drafter = drafter
        self.count = 0

    def receive(
        self, raw: bytes, *, label: str = "refund", at: datetime, skip: Skip | None = None
    ) -> int | None:
        """Record `raw` as arrived at `at`; its reply draft's id (None when screened)."""
        self.count += 1
        email = parse(raw)
        name = LabelName(label)
        order = extract(email, timezone=BERLIN)
        tag = Label(name, 0.9, "rule", "test")
        draft = None if skip else self.drafter.draft(email, tag, order)
        ref = MessageRef(self.settings.account, "INBOX", 1, str(self.count))
        with self.store.write() as conn:
            recorded = record_message(
                conn,
                ref,
                email,
                raw=raw,
                received_at=at,
                skip=skip,
                label=None if skip else tag,
                order=order,
                draft=draft,
            )
            return conn.execute(
                select(drafts.c.id).where(drafts.c.message == recorded.message)
            ).scalar()

    def approve(self, draft_id: int, *, at: datetime, send: bool = True) -> None:
        """Approve the draft at `at` and, unless `send` is False, move it to sent as the
        outbox does a minute later."""
        review.approve(
            self.store,
            draft_id,
            actor="va@acme.example",
            followups=FollowupRule.of(self.settings),
            now=at,
        )
        if send:
            self.send(draft_id, at=at + timedelta(minutes=1))

    def send(self, draft_id: int, *, at: datetime) -> None:
        with self.store.write() as conn:
            assert sending.claim(conn, draft_id, via="smtp", now=at) is not None
            assert sending.mark(conn, draft_id, DraftStatus.SENT, "draft.sent", now=at)


@pytest.fixture
def inbox(store: Store, settings: Settings, drafter: Drafter) -> Inbox:
    return Inbox(store, settings, drafter)


def draft_row(store: Store, draft_id: int) -> Any:
    with store.read() as conn:
        return conn.execute(select(drafts).where(drafts.c.id == draft_id)).one()


def follow_ups(store: Store) -> list[Any]:
    with store.read() as conn:
        return list(conn.execute(select(followups).order_by(followups.c.id)))


def follow_up_drafts(store: Store) -> list[Any]:
    with store.read() as conn:
        return list(
            conn.execute(select(drafts).where(drafts.c.kind == "follow_up").order_by(drafts.c.id))
        )


# --- scheduling ------------------------------------------------------------------------------


def test_it_schedules_a_follow_up_seven_business_days_after_a_refund_reply_is_approved(
    store, inbox
):
    reply = inbox.receive(customer_mail(1, kind="refund"), at=APPROVED - timedelta(hours=2))

    inbox.approve(reply, at=APPROVED)

    [scheduled] = follow_ups(store)
    assert (scheduled.draft, scheduled.kind, scheduled.state) == (reply, "refund", "scheduled")
    assert scheduled.due_at == DUE
    with store.read() as conn:
        approved = conn.execute(select(events).where(events.c.kind == "draft.approved")).one()
    assert json.loads(approved.detail)["followup_due"].startswith("2026-12-08 14:00")


def test_it_follows_up_on_the_configured_number_of_business_days(store, drafter):
    settings = settings_with(refund_after_business_days=2, working_days=["mon", "fri"])
    inbox = Inbox(store, settings, drafter)
    reply = inbox.receive(customer_mail(1, kind="refund"), at=APPROVED - timedelta(hours=2))

    inbox.approve(reply, at=APPROVED)

    # Friday → Monday 30 Nov (one) → Friday 4 Dec (two).
    assert follow_ups(store)[0].due_at == datetime(2026, 12, 4, 15, 0, tzinfo=BERLIN)


@pytest.mark.parametrize("label", ["dispute", "other"])
def test_it_schedules_nothing_for_a_reply_that_is_not_about_a_refund(store, inbox, label):
    reply = inbox.receive(customer_mail(1, kind=label), label=label, at=APPROVED)

    inbox.approve(reply, at=APPROVED)

    assert follow_ups(store) == []


def test_it_schedules_nothing_when_the_approval_comes_without_the_rule(store, inbox):
    reply = inbox.receive(customer_mail(1, kind="refund"), at=APPROVED)

    review.approve(store, reply, actor="va@acme.example")

    assert follow_ups(store) == []


# --- drafting when due -----------------------------------------------------------------------


def test_it_drafts_the_follow_up_when_it_is_due_and_not_before(store, inbox, settings, drafter):
    """GIVEN a refund reply approved on Friday 27 November at 15:00
    WHEN the job runs a minute before Tuesday 8 December, 15:00, and then at 15:00
    THEN the first run drafts nothing, the second puts one pending follow-up in the
    queue, threaded under our reply and the customer's mail."""
    reply = inbox.receive(customer_mail(1, kind="refund"), at=APPROVED - timedelta(hours=2))
    inbox.approve(reply, at=APPROVED)

    early = run_once(store, drafter, settings, now=DUE - timedelta(minutes=1))
    assert (early.drafted, follow_up_drafts(store)) == (0, [])

    report = run_once(store, drafter, settings, now=DUE)

    assert report.drafted == 1
    [made] = follow_up_drafts(store)
    original = draft_row(store, reply)
    assert made.status == "pending"
    assert made.message == original.message
    assert made.template == "refund_follow_up"
    assert (made.to_address, made.subject) == (original.to_address, original.subject)
    assert made.in_reply_to == original.reply_message_id
    assert made.references.split() == ["<msg-1@example.com>", original.reply_message_id]
    assert made.reply_message_id not in (original.reply_message_id, "<msg-1@example.com>")
    assert "Has it reached your" in made.body and "order 1001" in made.body
    assert made.created_at == DUE
    [row] = follow_ups(store)
    assert (row.state, row.made) == ("drafted", made.id)


def test_it_never_drafts_a_follow_up_twice(store, inbox, settings, drafter):
    reply = inbox.receive(customer_mail(1, kind="refund"), at=APPROVED - timedelta(hours=2))
    inbox.approve(reply, at=APPROVED)

    first = run_once(store, drafter, settings, now=DUE)
    second = run_once(store, drafter, settings, now=DUE + timedelta(minutes=5))
    third = run_once(store, drafter, settings, now=DUE + timedelta(days=30))

    assert (first.drafted, second.drafted, third.drafted) == (1, 0, 0)
    assert len(follow_up_drafts(store)) == 1


def test_a_follow_up_draft_waits_in_the_queue_like_any_other(store, inbox, settings, drafter):
    reply = inbox.receive(customer_mail(1, kind="refund"), at=APPROVED - timedelta(hours=2))
    inbox.approve(reply, at=APPROVED)
    run_once(store, drafter, settings, now=DUE)

    page = queue_page(store)

    assert [(row["kind"], row["template"]) for row in page.rows] == [
        ("follow_up", "refund_follow_up")
    ]


def test_it_cancels_the_follow_up_when_the_customer_wrote_back_first(
    store, inbox, settings, drafter
):
    """GIVEN an approved refund reply
    WHEN the customer answers it (In-Reply-To: our reply) before the follow-up is due
    THEN the follow-up is cancelled with the reason and no draft is made."""
    reply = inbox.receive(customer_mail(1, kind="refund"), at=APPROVED - timedelta(hours=2))
    inbox.approve(reply, at=APPROVED)
    ours = draft_row(store, reply).reply_message_id
    answer = customer_mail(
        2,
        kind="other",
        sender="Customer 1 <customer1@example.com>",
        subject="Re: Refund for order #1001",
        message_id="<answer-1@example.com>",
        headers={"In-Reply-To": ours, "References": f"<msg-1@example.com> {ours}"},
    )
    inbox.receive(answer, label="other", at=APPROVED + timedelta(days=3))

    report = run_once(store, drafter, settings, now=DUE)

    assert (report.drafted, report.cancelled) == (0, 1)
    assert follow_up_drafts(store) == []
    [row] = follow_ups(store)
    assert row.state == "cancelled"
    assert "customer1@example.com wrote again after our reply" in row.reason


def test_mail_in_the_thread_from_before_the_approval_does_not_cancel_it(
    store, inbox, settings, drafter
):
    reply = inbox.receive(customer_mail(1, kind="refund"), at=APPROVED - timedelta(hours=5))
    earlier = customer_mail(
        2,
        kind="refund",
        message_id="<again-1@example.com>",
        headers={"References": "<msg-1@example.com>"},
    )
    inbox.receive(earlier, at=APPROVED - timedelta(hours=1))
    inbox.approve(reply, at=APPROVED)

    report = run_once(store, drafter, settings, now=DUE)

    assert report.drafted == 1


def test_it_cancels_the_follow_up_of_a_reply_that_was_never_sent(store, inbox, settings, drafter):
    reply = inbox.receive(customer_mail(1, kind="refund"), at=APPROVED - timedelta(hours=2))
    inbox.approve(reply, at=APPROVED)
    with store.write() as conn:  # what the outbox does when the server refuses it for good
        conn.execute(update(drafts).where(drafts.c.id == reply).values(status="failed"))

    report = run_once(store, drafter, settings, now=DUE)

    assert report.cancelled == 1
    assert follow_ups(store)[0].reason == "our reply was never sent"


def test_a_follow_up_waits_while_our_reply_has_not_gone_out(store, inbox, settings, drafter):
    """GIVEN a refund reply approved but still in the outbox when its follow-up is due
    WHEN the job runs, then runs again after the reply was sent
    THEN the first run only postpones it by an hour; the second drafts it."""
    reply = inbox.receive(customer_mail(1, kind="refund"), at=APPROVED - timedelta(hours=2))
    inbox.approve(reply, at=APPROVED, send=False)

    waiting = run_once(store, drafter, settings, now=DUE)

    assert (waiting.waiting, waiting.drafted, follow_up_drafts(store)) == (1, 0, [])
    [row] = follow_ups(store)
    assert (row.state, row.due_at) == ("scheduled", DUE + timedelta(hours=1))
    assert row.reason == "our reply is approved, not sent yet"

    inbox.send(reply, at=DUE + timedelta(minutes=30))
    later = run_once(store, drafter, settings, now=DUE + timedelta(hours=1))

    assert later.drafted == 1
    assert [d.in_reply_to for d in follow_up_drafts(store)] == [
        draft_row(store, reply).reply_message_id
    ]


def test_a_follow_up_that_cannot_be_drafted_is_tried_again_later(store, inbox, settings, drafter):
    reply = inbox.receive(customer_mail(1, kind="refund"), at=APPROVED - timedelta(hours=2))
    inbox.approve(reply, at=APPROVED)
    drafter.render = None  # type: ignore[method-assign]  # a bug while drafting

    report = run_once(store, drafter, settings, now=DUE)

    assert (report.failed, report.drafted) == (1, 0)
    [row] = follow_ups(store)
    assert (row.state, row.due_at) == ("scheduled", DUE + timedelta(hours=1))
    assert "TypeError" in row.reason


def test_a_broken_follow_up_template_still_drafts_it_without_text(store, inbox, settings, tmp_path):
    for path in settings.templates.path.glob("*.txt"):
        (tmp_path / path.name).write_text(path.read_text())
    (tmp_path / "refund_follow_up.txt").write_text("Hello {{ nobody.name }}\n")
    drafter = Drafter(tmp_path, shop=settings.shop)
    reply = inbox.receive(customer_mail(1, kind="refund"), at=APPROVED - timedelta(hours=2))
    inbox.approve(reply, at=APPROVED)

    run_once(store, drafter, settings, now=DUE)

    [made] = follow_up_drafts(store)
    assert made.body is None
    assert "refund_follow_up.txt" in made.error and "nobody" in made.error


def test_a_follow_up_cannot_be_relabelled(store, inbox, settings, drafter):
    reply = inbox.receive(customer_mail(1, kind="refund"), at=APPROVED - timedelta(hours=2))
    inbox.approve(reply, at=APPROVED)
    run_once(store, drafter, settings, now=DUE)
    [made] = follow_up_drafts(store)

    with pytest.raises(DraftConflict, match="follow-up"):
        review.relabel(store, drafter, made.id, "other", actor="va@acme.example")


def test_approving_a_follow_up_schedules_no_further_one_and_trains_nothing(
    store, inbox, settings, drafter
):
    reply = inbox.receive(customer_mail(1, kind="refund"), at=APPROVED - timedelta(hours=2))
    inbox.approve(reply, at=APPROVED)
    run_once(store, drafter, settings, now=DUE)
    [made] = follow_up_drafts(store)

    inbox.approve(made.id, at=DUE + timedelta(hours=1), send=False)

    assert len(follow_ups(store)) == 1
    assert draft_row(store, made.id).status == "approved"


# --- automatic acknowledgement ----------------------------------------------------------------

NOW = datetime(2026, 11, 30, 10, 0, tzinfo=BERLIN)


@pytest.fixture
def auto_settings() -> Settings:
    return settings_with(auto_acknowledge_template="acknowledge_refund")


@pytest.fixture
def auto_inbox(store: Store, auto_settings: Settings, drafter: Drafter) -> Inbox:
    return Inbox(store, auto_settings, drafter)


def test_it_approves_a_new_reply_from_the_chosen_template_as_an_automatic_reply(
    store, auto_inbox, auto_settings, drafter
):
    reply = auto_inbox.receive(customer_mail(1, kind="refund"), at=NOW - timedelta(minutes=3))

    report = run_once(store, drafter, auto_settings, now=NOW)

    assert report.acknowledged == 1
    row = draft_row(store, reply)
    assert (row.template, row.status, row.decided_by) == (
        "acknowledge_refund",
        "approved",
        AUTO_ACTOR,
    )
    assert row.auto_submitted is True
    assert row.decided_at == NOW
    # An approved refund reply is followed up, whoever approved it.
    assert sorted((f.draft, f.kind, f.state) for f in follow_ups(store)) == [
        (reply, "acknowledge", "drafted"),
        (reply, "refund", "scheduled"),
    ]


def test_the_chosen_template_counts_in_every_reply_language(store, auto_settings):
    """GIVEN a shop that writes German, and acknowledge_refund chosen for automatic replies
    WHEN a German refund request is drafted from acknowledge_refund_de
    THEN that reply is approved automatically too."""
    settings = auto_settings.model_copy(
        update={"shop": auto_settings.shop.model_copy(update={"languages": ["en", "de"]})}
    )
    drafter = Drafter(settings.templates.path, shop=settings.shop)
    inbox = Inbox(store, settings, drafter)
    german = customer_mail(
        5,
        kind="refund",
        subject="Erstattung",
        body="Hallo, die Tasse aus Bestellung 1005 ist kaputt angekommen. Ich bitte um eine "
        "Erstattung.\n\nMax",
    )
    reply = inbox.receive(german, at=NOW - timedelta(minutes=3))

    report = run_once(store, drafter, settings, now=NOW)

    assert report.acknowledged == 1
    row = draft_row(store, reply)
    assert (row.template, row.status) == ("acknowledge_refund_de", "approved")
    assert row.body.startswith("Hallo Customer,")


def test_it_acknowledges_once_per_sender_and_conversation_a_day(
    store, auto_inbox, auto_settings, drafter
):
    """GIVEN a refund mail acknowledged automatically
    WHEN the same customer writes again in the same conversation that day, and
    again the next day, and also starts a second conversation
    THEN the second mail waits for a VA; the next day's and the new conversation's
    are acknowledged."""
    first = auto_inbox.receive(customer_mail(1, kind="refund"), at=NOW - timedelta(minutes=5))
    run_once(store, drafter, auto_settings, now=NOW)
    same_day = auto_inbox.receive(
        customer_mail(
            1,
            kind="refund",
            message_id="<again-1@example.com>",
            headers={"References": "<msg-1@example.com>"},
        ),
        at=NOW + timedelta(hours=2),
    )
    other_thread = auto_inbox.receive(
        customer_mail(
            1, kind="refund", message_id="<new-1@example.com>", subject="Refund for order #2002"
        ),
        at=NOW + timedelta(hours=2),
    )

    report = run_once(store, drafter, auto_settings, now=NOW + timedelta(hours=2, minutes=5))

    assert (report.acknowledged, report.held) == (1, 1)
    assert draft_row(store, first).status == "approved"
    assert draft_row(store, same_day).status == "pending"
    assert draft_row(store, other_thread).decided_by == AUTO_ACTOR
    held = [f for f in follow_ups(store) if f.draft == same_day]
    assert held[0].state == "cancelled" and "within a day" in held[0].reason

    next_day = auto_inbox.receive(
        customer_mail(
            1,
            kind="refund",
            message_id="<third-1@example.com>",
            headers={"References": "<msg-1@example.com> <again-1@example.com>"},
        ),
        at=NOW + timedelta(days=1, minutes=1),
    )
    again = run_once(store, drafter, auto_settings, now=NOW + timedelta(days=1, minutes=5))

    assert again.acknowledged == 1
    assert draft_row(store, next_day).auto_submitted is True
    assert draft_row(store, same_day).status == "pending"  # decided once: it stays with the VA


def test_it_acknowledges_nothing_when_switched_off(store, inbox, settings, drafter):
    reply = inbox.receive(customer_mail(1, kind="refund"), at=NOW - timedelta(minutes=3))

    report = run_once(store, drafter, settings, now=NOW)

    assert report.acknowledged == 0
    assert (draft_row(store, reply).status, follow_ups(store)) == ("pending", [])


def test_it_never_acknowledges_screened_mail(store, auto_inbox, auto_settings, drafter):
    screened = customer_mail(1, kind="refund", headers={"Auto-Submitted": "auto-replied"})
    auto_inbox.receive(
        screened, at=NOW - timedelta(minutes=3), skip=Skip(SkipReason.AUTO_REPLY, "Auto-Submitted")
    )

    report = run_once(store, drafter, auto_settings, now=NOW)

    assert report.acknowledged == 0
    with store.read() as conn:
        assert conn.execute(select(drafts)).all() == []


def test_it_leaves_replies_from_other_templates_and_old_mail_to_a_person(
    store, auto_inbox, auto_settings, drafter
):
    no_number = auto_inbox.receive(
        customer_mail(
            1,
            kind="refund",
            subject="Money back please",
            body="I want my money back for the lamp, please.",
        ),
        at=NOW - timedelta(minutes=3),
    )
    old = auto_inbox.receive(customer_mail(2, kind="refund"), at=NOW - timedelta(days=2))

    report = run_once(store, drafter, auto_settings, now=NOW)

    assert report.acknowledged == 0
    assert draft_row(store, no_number).template == "need_information"
    assert draft_row(store, no_number).status == "pending"
    assert draft_row(store, old).status == "pending"


def test_a_reply_a_va_already_decided_is_not_acknowledged(
    store, auto_inbox, auto_settings, drafter
):
    reply = auto_inbox.receive(customer_mail(1, kind="refund"), at=NOW - timedelta(minutes=3))
    review.reject(store, reply, actor="va@acme.example", reason="wrong shop")

    report = run_once(store, drafter, auto_settings, now=NOW)

    assert report.acknowledged == 0
    assert draft_row(store, reply).decided_by == "va@acme.example"


def test_the_config_refuses_an_automatic_template_that_does_not_exist(tmp_path):
    path = tmp_path / "inboxbot.toml"
    path.write_text(
        f'[mailbox]\nkind = "maildir"\npath = "{config.DEMO_MAILDIR}"\n'
        '[followup]\nauto_acknowledge_template = "acknowledge_refnud"\n'
    )

    with pytest.raises(ConfigError, match="no template 'acknowledge_refnud'"):
        config.load(path, env={})


def test_now_is_always_aware(store, inbox, settings, drafter):
    with pytest.raises(ValueError, match="naive"):
        run_once(store, drafter, settings, now=datetime(2026, 12, 8, 15, 0))


def test_utc_and_berlin_clocks_give_the_same_due_time(store, inbox):
    reply = inbox.receive(customer_mail(1, kind="refund"), at=APPROVED - timedelta(hours=2))

    inbox.approve(reply, at=APPROVED.astimezone(UTC))

    assert follow_ups(store)[0].due_at == DUE
