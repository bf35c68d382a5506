"""Sending approved replies by SMTP: once, threaded, and never twice after a crash or a fault.

The customer's mail is in a real Dovecot; replies go to a real SMTP server
(aiosmtpd) on 127.0.0.1 that keeps what it receives and fails on request.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta

import pytest

from inboxbot import followups, review
from inboxbot.drafting import Drafter
from inboxbot.errors import DraftConflict
from inboxbot.models import DraftStatus
from inboxbot.outbox import FAILPOINT_ENV
from inboxbot.store import utcnow
from tests.integration.conftest import run_inboxbot
from tests.integration.outbox.shop import Shop
from tests.mailgen import customer_mail
from tests.servers.smtp import DROP, SLOW

CHAIN = tuple(f"<older-{i}@example.com>" for i in range(3))


def test_it_sends_one_approved_reply_once_with_its_threading_headers(shop: Shop) -> None:
    """GIVEN a customer's mail in a thread, drafted and approved (twice, by two clicks)
    WHEN `inboxbot send --once` runs twice
    THEN the server got exactly one reply, from the shop to the customer, threaded."""
    raw = customer_mail(1, kind="refund", headers={"References": " ".join(CHAIN)})
    (draft_id,) = shop.receive(raw)
    shop.approve(draft_id)
    with pytest.raises(DraftConflict):
        shop.approve(draft_id)

    first = shop.mailbox.run("send", "--once", **shop.config())
    second = shop.mailbox.run("send", "--once", **shop.config())

    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "1 sent, 0 retry later, 0 failed, 0 uncertain"
    assert second.stdout.strip() == "0 sent, 0 retry later, 0 failed, 0 uncertain"
    assert shop.sink is not None
    (delivered,) = shop.sink.delivered
    draft = shop.draft(draft_id)
    msg = delivered.parsed()
    assert delivered.sender == "support@acme.example"
    assert delivered.recipients == ("customer1@example.com",)
    assert msg["From"] == "Acme Homewares <support@acme.example>"
    assert msg["To"] == "Customer 1 <customer1@example.com>"
    assert msg["Subject"] == "Re: Refund for order #1001"
    assert msg["Message-ID"] == draft["reply_message_id"]
    assert msg["In-Reply-To"] == "<msg-1@example.com>"
    assert msg["References"].split() == [*CHAIN, "<msg-1@example.com>"]
    assert msg["Date"] is not None
    assert msg["Auto-Submitted"] is None
    assert msg.get_content_type() == "text/plain"
    assert msg.get_content().replace("\r\n", "\n").rstrip("\n") == draft["body"].rstrip("\n")
    assert draft["status"] == DraftStatus.SENT
    assert draft["reply_sent_at"] is not None
    assert shop.events(draft_id)[-3:] == ["draft.sending", "draft.sent", "draft.mailbox_updated"]


def test_an_automatic_acknowledgement_goes_out_marked_and_with_the_null_sender(
    shop: Shop,
) -> None:
    """GIVEN a manager switched on automatic acknowledgement for the refund template
    WHEN a refund mail is polled, the follow-up job runs and the outbox sends
    THEN the reply carries Auto-Submitted and X-Auto-Response-Suppress, and its
    envelope sender is <> (RELIABILITY.md AUTO-7), while its From is the shop's."""
    shop.sections["followup"] = {"auto_acknowledge_template": "acknowledge_refund"}
    (draft_id,) = shop.receive(customer_mail(4, kind="refund"))
    store = shop.store()
    settings = shop.settings()
    drafter = Drafter(settings.templates.path, shop=settings.shop)
    report = followups.run_once(store, drafter, settings, now=utcnow())
    store.close()

    sent = shop.send()

    assert (report.acknowledged, sent.sent) == (1, 1)
    assert shop.sink is not None
    (delivered,) = shop.sink.delivered
    msg = delivered.parsed()
    assert delivered.sender == "<>"  # MAIL FROM:<>
    assert msg["From"] == "Acme Homewares <support@acme.example>"
    assert (msg["Auto-Submitted"], msg["X-Auto-Response-Suppress"]) == ("auto-replied", "All")
    assert shop.draft(draft_id)["decided_by"] == followups.AUTO_ACTOR


def test_two_senders_started_at_once_deliver_each_reply_once(shop: Shop) -> None:
    """GIVEN five approved replies
    WHEN two `inboxbot send --once` processes start at the same moment, then a third
    THEN the server got each reply exactly once, and all five are sent."""
    ids = shop.receive(*(customer_mail(20 + i) for i in range(5)))
    shop.approve(*ids)
    command = [sys.executable, "-m", "inboxbot", "send", "--once", "--config"]
    config = str(shop.mailbox.config_file(**shop.config()))
    env = {**os.environ, **shop.mailbox.env()}

    both = [subprocess.Popen([*command, config], env=env, text=True) for _ in range(2)]
    codes = [process.wait(timeout=120) for process in both]
    third = shop.mailbox.run("send", "--once", **shop.config())

    assert codes == [0, 0]
    assert third.stdout.strip() == "0 sent, 0 retry later, 0 failed, 0 uncertain"
    assert shop.sink is not None
    sent_ids = sorted(d.parsed()["Message-ID"] for d in shop.sink.delivered)
    assert sent_ids == sorted(shop.draft(i)["reply_message_id"] for i in ids)
    assert {shop.draft(i)["status"] for i in ids} == {DraftStatus.SENT}


def test_it_puts_a_copy_in_sent_and_flags_the_customers_mail_answered(shop: Shop) -> None:
    (draft_id,) = shop.receive(customer_mail(2))
    shop.approve(draft_id)

    report = shop.send()

    assert report.sent == 1
    (copy, flags), *_ = shop.folder("Sent")
    assert b"\\Seen" in flags
    assert shop.draft(draft_id)["reply_message_id"].encode() in copy
    assert [b"\\Answered" in flags for flags in shop.inbox_flags()] == [True]


def test_it_flags_the_customers_mail_by_message_id_after_uidvalidity_changed(
    shop: Shop,
) -> None:
    """GIVEN a mail polled from folder Support and its reply approved
    WHEN the folder is rebuilt (a new UIDVALIDITY: the UID we hold is void)
    THEN the reply is sent and the mail is still found, by its Message-ID, and
    flagged \\Answered; no other mail is."""
    folder = "Support"
    shop.sections["mailbox"] = {"folder": folder}
    raws = [customer_mail(30), customer_mail(31)]
    (draft_id,) = shop.receive(raws[0], folder=folder)
    shop.approve(draft_id)
    old = shop.mailbox.status(folder)["uidvalidity"]
    with shop.mailbox.client(folder=None) as client:
        client.delete_folder(folder)
    shop.mailbox.deliver(raws[::-1], folder=folder)  # the answered mail now has UID 2
    assert shop.mailbox.status(folder)["uidvalidity"] != old

    report = shop.send()

    assert report.sent == 1
    flagged = [b"\\Answered" in flags for _, flags in shop.folder(folder)]
    assert flagged == [False, True]
    assert "draft.mailbox_updated" in shop.events(draft_id)


def test_it_skips_the_sent_copy_when_sent_folder_is_empty(shop: Shop) -> None:
    shop.sections["mailbox"] = {"sent_folder": ""}
    (draft_id,) = shop.receive(customer_mail(3))
    shop.approve(draft_id)

    shop.send()

    assert shop.folder("Sent") == []
    assert [b"\\Answered" in flags for flags in shop.inbox_flags()] == [True]


@pytest.mark.parametrize("failpoint", ["after_claim", "after_send"])
def test_a_crash_while_sending_leaves_the_reply_uncertain_and_never_sends_it_twice(
    shop: Shop, failpoint: str
) -> None:
    """GIVEN an approved reply
    WHEN the sender dies after claiming it (before or after handing it to the server)
    THEN the next runs mark it uncertain and do not send it (again)."""
    (draft_id,) = shop.receive(customer_mail(4))
    shop.approve(draft_id)
    config = str(shop.mailbox.config_file(**shop.config()))
    env = {**shop.mailbox.env(), FAILPOINT_ENV: failpoint}

    crashed = run_inboxbot("send", "--once", "--config", config, env=env)
    after_crash = shop.draft(draft_id)["status"]
    restarted = shop.mailbox.run("send", "--once", **shop.config())
    again = shop.mailbox.run("send", "--once", **shop.config())

    assert crashed.returncode == 137
    assert after_crash == DraftStatus.SENDING
    assert restarted.stdout.strip() == "0 sent, 0 retry later, 0 failed, 1 uncertain"
    assert again.stdout.strip() == "0 sent, 0 retry later, 0 failed, 0 uncertain"
    assert shop.sink is not None
    assert len(shop.sink.delivered) == (1 if failpoint == "after_send" else 0)
    draft = shop.draft(draft_id)
    assert draft["status"] == DraftStatus.UNCERTAIN
    assert "may or may not have reached the customer" in draft["send_error"]


def test_a_temporary_refusal_waits_and_then_delivers_once(shop: Shop) -> None:
    """GIVEN the server answers RCPT with 450 once
    WHEN the outbox runs now, again at once, and again after the wait
    THEN the reply waits as approved with the server's words, then goes out once."""
    assert shop.sink is not None
    shop.sink.fail("rcpt", "450 4.2.1 Mailbox busy, try later")
    (draft_id,) = shop.receive(customer_mail(5))
    shop.approve(draft_id)

    first = shop.send()
    waiting = shop.draft(draft_id)
    too_soon = shop.send()
    later = shop.send(clock=lambda: utcnow() + timedelta(hours=1))

    assert (first.retry, too_soon.sent, later.sent) == (1, 0, 1)
    assert waiting["status"] == DraftStatus.APPROVED
    assert waiting["send_attempts"] == 1
    assert waiting["next_attempt_at"] > utcnow()
    assert "450 4.2.1 Mailbox busy, try later" in waiting["send_error"]
    assert len(shop.sink.delivered) == 1
    assert shop.draft(draft_id)["status"] == DraftStatus.SENT


def test_a_temporary_refusal_of_the_data_is_tried_again(shop: Shop) -> None:
    assert shop.sink is not None
    shop.sink.fail("data", "451 4.3.0 Temporary local problem")
    (draft_id,) = shop.receive(customer_mail(6))
    shop.approve(draft_id)

    first = shop.send()
    later = shop.send(clock=lambda: utcnow() + timedelta(hours=1))

    assert (first.retry, later.sent) == (1, 1)
    assert len(shop.sink.delivered) == 1


def test_a_permanent_refusal_fails_the_reply_with_the_servers_words(shop: Shop) -> None:
    assert shop.sink is not None
    shop.sink.fail("data", "554 5.7.1 Message rejected as spam")
    (draft_id,) = shop.receive(customer_mail(7))
    shop.approve(draft_id)

    report = shop.send()
    again = shop.send(clock=lambda: utcnow() + timedelta(days=1))

    assert (report.failed, again.sent) == (1, 0)
    draft = shop.draft(draft_id)
    assert draft["status"] == DraftStatus.FAILED
    assert "554 5.7.1 Message rejected as spam" in draft["send_error"]
    assert shop.sink.delivered == []


def test_a_connection_lost_after_the_data_leaves_the_reply_uncertain(shop: Shop) -> None:
    """GIVEN a server that keeps the message and drops the line before its answer
    THEN the reply is uncertain, and no later pass sends it again."""
    assert shop.sink is not None
    shop.sink.fail("data", DROP)
    (draft_id,) = shop.receive(customer_mail(8))
    shop.approve(draft_id)

    report = shop.send()
    later = shop.send(clock=lambda: utcnow() + timedelta(days=1))

    assert (report.uncertain, later.sent, later.uncertain) == (1, 0, 0)
    draft = shop.draft(draft_id)
    assert draft["status"] == DraftStatus.UNCERTAIN
    assert "it may have been delivered" in draft["send_error"]
    assert len(shop.sink.delivered) == 1


def test_a_server_that_answers_the_data_too_late_leaves_the_reply_uncertain(shop: Shop) -> None:
    """GIVEN a server that keeps the message but answers the final dot after the
    client's timeout (1 s here, the answer after 3 s)
    THEN the reply is uncertain, delivered once, and no later pass sends it again."""
    assert shop.sink is not None
    shop.sections["smtp"] = {"timeout_seconds": 1}
    shop.sink.fail("data", SLOW)
    (draft_id,) = shop.receive(customer_mail(9))
    shop.approve(draft_id)

    report = shop.send()
    later = shop.send(clock=lambda: utcnow() + timedelta(hours=1))

    assert (report.uncertain, later.sent, later.uncertain) == (1, 0, 0)
    draft = shop.draft(draft_id)
    assert draft["status"] == DraftStatus.UNCERTAIN
    assert "before the server confirmed it" in draft["send_error"]
    assert len(shop.sink.delivered) == 1


def test_send_again_after_uncertain_sends_with_the_same_message_id(shop: Shop) -> None:
    assert shop.sink is not None
    shop.sink.fail("data", DROP)
    (draft_id,) = shop.receive(customer_mail(9))
    shop.approve(draft_id)
    shop.send()

    store = shop.store()
    review.send_again(store, draft_id, actor="va@acme.example")
    store.close()
    shop.send()

    ids = [d.parsed()["Message-ID"] for d in shop.sink.delivered]
    assert ids == [shop.draft(draft_id)["reply_message_id"]] * 2
    assert shop.draft(draft_id)["status"] == DraftStatus.SENT


def test_an_unreachable_server_leaves_every_reply_approved_for_later(shop: Shop) -> None:
    assert shop.sink is not None
    shop.sink.stop()
    ids = shop.receive(customer_mail(10), customer_mail(11))
    shop.approve(*ids)

    report = shop.send()

    assert report.retry == 1  # the first one found the server gone; the pass stopped there
    assert "connection refused" in (report.stopped or "").lower()
    assert [shop.draft(i)["status"] for i in ids] == [DraftStatus.APPROVED] * 2
    assert shop.draft(ids[0])["send_attempts"] == 0


def test_the_command_line_shows_an_uncertain_reply_and_resolves_it(shop: Shop) -> None:
    assert shop.sink is not None
    shop.sink.fail("data", DROP)
    (draft_id,) = shop.receive(customer_mail(12))
    shop.approve(draft_id)
    shop.send()

    shown = shop.mailbox.run("queue", "show", str(draft_id), **shop.config())
    marked = shop.mailbox.run("queue", "mark-sent", str(draft_id), "--as", "va", **shop.config())
    again = shop.mailbox.run("queue", "send-again", str(draft_id), **shop.config())

    assert "--- uncertain: " in shown.stdout
    assert f"inboxbot queue mark-sent {draft_id}" in shown.stdout
    assert marked.stdout.strip() == f"draft {draft_id} marked as sent by va"
    assert again.returncode == 1 and "already sent" in again.stderr
    assert shop.draft(draft_id)["status"] == DraftStatus.SENT


def test_one_refused_reply_does_not_stop_the_next_in_the_same_session(shop: Shop) -> None:
    """GIVEN two approved replies and a server that refuses the first recipient for good
    THEN the first fails, the second goes out over the same session (after RSET)."""
    assert shop.sink is not None
    shop.sink.fail("rcpt", "550 5.1.1 No such user")
    ids = shop.receive(customer_mail(13), customer_mail(14))
    shop.approve(*ids)

    report = shop.send()

    assert (report.failed, report.sent) == (1, 1)
    assert "550 5.1.1 No such user" in shop.draft(ids[0])["send_error"]
    assert [d.recipients for d in shop.sink.delivered] == [("customer14@example.com",)]
