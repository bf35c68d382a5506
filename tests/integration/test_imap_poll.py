"""Polling a real Dovecot: each message drafted exactly once, nothing lost, flags untouched."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from inboxbot.store.schema import drafts, events, ledger, messages
from tests.integration.conftest import Mailbox
from tests.mailgen import customer_mail


def count(mailbox: Mailbox, table, *where) -> int:  # type: ignore[no-untyped-def]
    store = mailbox.store()
    with store.read() as conn:
        return int(conn.execute(select(func.count()).select_from(table).where(*where)).scalar())


def flags(mailbox: Mailbox) -> dict[int, set[bytes]]:
    """The flags of every message, as a person's mail client would see them."""
    with mailbox.client() as client:
        found = client.get_flags(client.search(["ALL"]))
    # \\Recent belongs to whichever session saw the mail first, not to the mail.
    return {uid: set(values) - {b"\\Recent"} for uid, values in found.items()}


def drafted_message_ids(mailbox: Mailbox) -> list[str]:
    store = mailbox.store()
    with store.read() as conn:
        rows = conn.execute(
            select(messages.c.message_id).join(drafts, drafts.c.message == messages.c.id)
        )
        return sorted(row.message_id for row in rows)


def test_it_drafts_new_mail_once_and_a_second_poll_adds_nothing(mailbox: Mailbox) -> None:
    """
    GIVEN three customer mails in the inbox
    WHEN inboxbot polls twice
    THEN each mail has one draft, and the second poll handled nothing at all
    (not even the highest UID, which `UID n:*` always returns).
    """
    mailbox.deliver(customer_mail(n) for n in range(3))

    first = mailbox.poll()
    second = mailbox.poll()

    assert first.drafted == 3
    assert second.handled == 0
    assert drafted_message_ids(mailbox) == [
        "<msg-0@example.com>",
        "<msg-1@example.com>",
        "<msg-2@example.com>",
    ]
    assert count(mailbox, drafts) == 3


def test_it_drafts_mail_that_arrives_between_polls(mailbox: Mailbox) -> None:
    mailbox.deliver([customer_mail(1)])
    mailbox.poll()
    mailbox.deliver([customer_mail(2), customer_mail(3)])

    report = mailbox.poll()

    assert report.drafted == 2
    assert count(mailbox, drafts) == 3


def test_it_processes_mail_a_person_already_read_and_leaves_every_flag_alone(
    mailbox: Mailbox,
) -> None:
    """
    GIVEN mail a VA has already opened (\\Seen), flagged, or left unread
    WHEN inboxbot polls
    THEN every one of them is drafted, and the flags on the server are exactly as before.
    """
    mailbox.deliver([customer_mail(1)], flags=("\\Seen",))
    mailbox.deliver([customer_mail(2)], flags=("\\Flagged", "\\Seen"))
    mailbox.deliver([customer_mail(3)])
    before = flags(mailbox)

    report = mailbox.poll()

    after = flags(mailbox)
    assert report.drafted == 3
    assert after == before
    assert b"\\Seen" not in after[3]


def test_it_drafts_only_the_new_mail_after_uidvalidity_changes(mailbox: Mailbox) -> None:
    """
    GIVEN a folder whose five mails were drafted
    WHEN the folder is deleted and recreated with the same five mails plus two new ones
      (a new UIDVALIDITY: every old UID is void)
    THEN the next poll drafts only the two new mails, maps the five to what we hold,
    and records one alert.
    """
    folder = "Support"
    mailbox.deliver((customer_mail(n) for n in range(5)), folder=folder)
    mailbox.poll(mailbox={"folder": folder})
    old = mailbox.status(folder)["uidvalidity"]
    with mailbox.client(folder=None) as client:
        client.delete_folder(folder)
    mailbox.deliver((customer_mail(n) for n in range(7)), folder=folder)
    assert mailbox.status(folder)["uidvalidity"] != old

    report = mailbox.poll(mailbox={"folder": folder})

    assert report.drafted == 2
    assert report.known == 5
    assert report.uidvalidity_change is not None
    assert count(mailbox, drafts) == 7
    assert count(mailbox, events, events.c.kind == "mailbox.uidvalidity_changed") == 1
    assert mailbox.poll(mailbox={"folder": folder}).handled == 0


def test_it_takes_only_mail_that_arrives_after_the_start_when_start_is_now(
    mailbox: Mailbox,
) -> None:
    """
    GIVEN a mailbox with 500 old messages and `start = "now"`
    WHEN inboxbot polls for the first time, and again after two new mails arrive
    THEN the first poll drafts nothing and the second drafts exactly the two new mails.
    """
    mailbox.deliver(customer_mail(n) for n in range(500))

    first = mailbox.poll(mailbox={"start": "now"})
    mailbox.deliver([customer_mail(1000), customer_mail(1001)])
    second = mailbox.poll(mailbox={"start": "now"})

    assert first.handled == 0
    assert second.drafted == 2
    assert drafted_message_ids(mailbox) == ["<msg-1000@example.com>", "<msg-1001@example.com>"]


def test_it_takes_mail_received_since_the_start_date(mailbox: Mailbox) -> None:
    mailbox.deliver([customer_mail(1)], when=datetime(2026, 10, 1, 12, 0, tzinfo=UTC))
    mailbox.deliver([customer_mail(2)], when=datetime(2026, 11, 3, 12, 0, tzinfo=UTC))

    report = mailbox.poll(mailbox={"start": "2026-11-01"})

    assert report.drafted == 1
    assert drafted_message_ids(mailbox) == ["<msg-2@example.com>"]


def test_it_processes_only_new_mail_after_a_person_expunged_some(mailbox: Mailbox) -> None:
    """Sequence numbers shift when mail is expunged; UIDs do not (IMAP-1)."""
    mailbox.deliver(customer_mail(n) for n in range(10))
    mailbox.poll()
    with mailbox.client() as client:
        client.delete_messages([1, 2, 3])
        client.expunge()
    mailbox.deliver(customer_mail(n) for n in range(10, 15))

    report = mailbox.poll()

    assert report.drafted == 5
    assert count(mailbox, drafts) == 15


def test_it_does_not_draft_the_same_mail_twice_when_it_is_filed_again(mailbox: Mailbox) -> None:
    """The same bytes under a new UID (re-delivered, copied back) map to the mail we hold."""
    mailbox.deliver([customer_mail(1)])
    mailbox.poll()
    mailbox.deliver([customer_mail(1)])

    report = mailbox.poll()

    assert report.known == 1
    assert report.drafted == 0
    assert count(mailbox, drafts) == 1
    assert count(mailbox, ledger) == 2


def test_it_drafts_new_mail_on_a_server_that_reused_the_uids(mailbox: Mailbox, dovecot) -> None:  # type: ignore[no-untyped-def]
    """A different account (same UIDs, different mail) is never mistaken for mail we hold."""
    mailbox.deliver(customer_mail(n) for n in range(3))
    mailbox.poll()
    other_login, other_password = dovecot.add_user()
    dovecot.deliver(other_login, other_password, (customer_mail(n) for n in range(100, 103)))

    settings_env = {"INBOXBOT_MAILBOX_PASSWORD": other_password}
    path = mailbox.config_file(mailbox={"username": other_login})
    from inboxbot import config
    from inboxbot.pipeline import Poller
    from inboxbot.store import Store

    settings = config.load(path, env=settings_env)
    poller = Poller(settings, Store.open(settings.store.url))
    report = poller.poll_once()
    poller.close()

    assert report.drafted == 3
    assert count(mailbox, drafts) == 6


def test_it_drafts_once_for_the_same_mail_filed_twice_before_a_poll(mailbox: Mailbox) -> None:
    mailbox.deliver([customer_mail(1), customer_mail(1)])

    report = mailbox.poll()

    assert (report.drafted, report.known) == (1, 1)
    assert count(mailbox, drafts) == 1
    assert count(mailbox, ledger) == 2
