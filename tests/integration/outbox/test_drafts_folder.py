"""Without [smtp]: approved replies are saved to the mailbox's Drafts folder, once, threaded."""

from __future__ import annotations

from email import message_from_bytes, policy

from inboxbot.models import DraftStatus
from inboxbot.outbox import FAILPOINT_ENV
from tests.integration.conftest import run_inboxbot
from tests.integration.outbox.shop import Shop
from tests.mailgen import customer_mail


def test_it_saves_the_approved_reply_to_drafts_threaded_and_flagged(drafts_shop: Shop) -> None:
    (draft_id,) = drafts_shop.receive(customer_mail(1))
    drafts_shop.approve(draft_id)

    result = drafts_shop.mailbox.run("send", "--once", **drafts_shop.config())

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "0 sent, 1 saved to Drafts, 0 retry later, 0 failed, 0 uncertain"
    )
    ((raw, flags),) = drafts_shop.folder("Drafts")
    msg = message_from_bytes(raw, policy=policy.default)
    draft = drafts_shop.draft(draft_id)
    assert b"\\Draft" in flags
    assert msg["Message-ID"] == draft["reply_message_id"]
    assert msg["In-Reply-To"] == "<msg-1@example.com>"
    assert msg["References"] == "<msg-1@example.com>"
    assert msg["To"] == "Customer 1 <customer1@example.com>"
    assert (draft["status"], draft["sent_via"]) == (DraftStatus.SENT, "drafts")
    assert "draft.saved_to_drafts" in drafts_shop.events(draft_id)
    assert [b"\\Answered" in f for f in drafts_shop.inbox_flags()] == [False]


def test_a_crash_after_the_append_does_not_leave_two_copies(drafts_shop: Shop) -> None:
    """GIVEN an approved reply, saved to Drafts by a process that died before marking it
    WHEN the outbox runs again
    THEN it finds the reply by its Message-ID: one copy, and the draft is marked."""
    (draft_id,) = drafts_shop.receive(customer_mail(2))
    drafts_shop.approve(draft_id)
    config = str(drafts_shop.mailbox.config_file(**drafts_shop.config()))
    env = {**drafts_shop.mailbox.env(), FAILPOINT_ENV: "after_send"}

    crashed = run_inboxbot("send", "--once", "--config", config, env=env)
    in_drafts = len(drafts_shop.folder("Drafts"))
    report = drafts_shop.send()

    assert crashed.returncode == 137
    assert in_drafts == 1
    assert (report.saved, report.uncertain) == (1, 0)
    assert len(drafts_shop.folder("Drafts")) == 1
    assert drafts_shop.draft(draft_id)["status"] == DraftStatus.SENT
    assert "draft.send_interrupted" in drafts_shop.events(draft_id)


def test_a_maildir_mailbox_without_smtp_keeps_approved_replies_waiting_and_says_why(
    tmp_path,
) -> None:
    from inboxbot import config, review
    from inboxbot.outbox import Outbox
    from inboxbot.store import Store
    from tests.integration.conftest import poll_once

    maildir = tmp_path / "mail"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    (maildir / "new" / "1.eml").write_bytes(customer_mail(3))
    settings = config.load(None).model_copy(
        update={
            "mailbox": config.MailboxSettings(kind="maildir", path=maildir, start="all"),
            "store": config.StoreSettings(url=f"sqlite:///{tmp_path / 'inboxbot.db'}"),
        }
    )
    poll_once(settings)
    store = Store.open(settings.store.url)
    review.approve(store, 1, actor="va")

    report = Outbox(settings, store).send_once()

    assert report.waiting == 1
    assert "no [smtp] section and the mailbox is a Maildir" in report.summary()
    with store.read() as conn:
        status = conn.exec_driver_sql("SELECT status FROM drafts WHERE id = 1").scalar()
    assert status == DraftStatus.APPROVED
    store.close()
