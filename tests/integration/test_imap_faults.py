"""Bad mail, machine mail, and a mailbox that fails: recorded, explained, never lost."""

from __future__ import annotations

import logging
from email.message import EmailMessage

import pytest
from sqlalchemy import select

from inboxbot import config
from inboxbot.errors import MailboxAuthError, MailboxError
from inboxbot.pipeline import Poller
from inboxbot.scheduler import Backoff, PollJob
from inboxbot.store import Store
from inboxbot.store.schema import drafts, message_raw, messages
from tests.integration.conftest import Mailbox, run_inboxbot
from tests.mailgen import SHOP, customer_mail
from tests.servers.dovecot import free_port


def message_rows(mailbox: Mailbox) -> dict[str | None, dict]:  # type: ignore[type-arg]
    with mailbox.store().read() as conn:
        rows = conn.execute(
            select(messages, drafts.c.id.label("draft")).outerjoin(
                drafts, drafts.c.message == messages.c.id
            )
        )
        return {row.message_id or f"#{row.id}": dict(row._mapping) for row in rows}


BOUNCE = b"""Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
To: support@acme.example
Subject: Undelivered Mail Returned to Sender
Message-ID: <bounce@mx.example.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn"

--dsn
Content-Type: text/plain

This is the mail system. Your message to <gone@example.net> could not be delivered.

--dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; gone@example.net
Action: failed
Status: 5.1.1

--dsn--
""".replace(b"\n", b"\r\n")


def nested(depth: int) -> bytes:
    head = b"From: deep@example.com\r\nSubject: deep\r\nMessage-ID: <deep@example.com>\r\n"
    parts = b"".join(
        b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i)
        for i in range(depth)
    )
    return head + parts + b"Content-Type: text/plain\r\n\r\nhello\r\n"


def test_it_quarantines_malformed_mail_and_drafts_the_good_mail_around_it(mailbox: Mailbox) -> None:
    """
    GIVEN good mail with, between them, bytes that are no message at all, a message
    without a sender, and one nested 5,000 MIME levels deep
    WHEN inboxbot polls
    THEN the good mail is drafted, each bad one is kept in quarantine with its error
    and its raw bytes, and a second poll does not try them again.
    """
    mailbox.deliver(
        [
            customer_mail(1),
            b"\x00\x01\x02 this is not a message \xff\xfe",
            customer_mail(2),
            b"Subject: nobody sent this\r\nMessage-ID: <nofrom@example.com>\r\n\r\nhello\r\n",
            nested(5000),
            customer_mail(3),
        ]
    )

    report = mailbox.poll()

    rows = message_rows(mailbox)
    assert report.drafted == 3
    assert report.quarantined == 3
    quarantined = {key: row for key, row in rows.items() if row["status"] == "quarantined"}
    assert len(quarantined) == 3
    assert "no header fields" in " ".join(r["error"] for r in quarantined.values())
    assert "no From address" in rows["<nofrom@example.com>"]["error"]
    assert "nest" in rows["<deep@example.com>"]["error"]
    assert all(row["draft"] is None for row in quarantined.values())
    with mailbox.store().read() as conn:
        raw = conn.execute(
            select(message_raw.c.raw).where(
                message_raw.c.message == rows["<nofrom@example.com>"]["id"]
            )
        ).scalar()
    assert b"nobody sent this" in raw
    assert mailbox.poll().handled == 0


def test_it_records_machine_mail_with_the_reason_and_drafts_nothing_for_it(
    mailbox: Mailbox,
) -> None:
    """
    GIVEN an out-of-office reply, a bounce, a newsletter, a no-reply notice and the
    shop's own mail, beside one customer mail
    WHEN inboxbot polls
    THEN only the customer gets a draft, and each other message is stored with its reason.
    """
    mailbox.deliver(
        [
            customer_mail(
                1, headers={"Auto-Submitted": "auto-replied"}, message_id="<ooo@example.com>"
            ),
            BOUNCE,
            customer_mail(
                3,
                headers={
                    "List-Id": "<news.example.org>",
                    "List-Unsubscribe": "<mailto:u@example.org>",
                },
                message_id="<news@example.org>",
            ),
            customer_mail(
                4, sender="Parcels <no-reply@carrier.example>", message_id="<carrier@example>"
            ),
            customer_mail(5, sender=f"Acme Support <{SHOP}>", message_id="<own@acme.example>"),
            customer_mail(6, message_id="<customer@example.com>"),
        ]
    )

    report = mailbox.poll()

    rows = message_rows(mailbox)
    assert report.drafted == 1
    assert rows["<customer@example.com>"]["draft"] is not None
    reasons = {key: row["skip_reason"] for key, row in rows.items() if row["status"] == "screened"}
    assert reasons == {
        "<ooo@example.com>": "auto_reply",
        "<bounce@mx.example.net>": "bounce",
        "<news@example.org>": "mailing_list",
        "<carrier@example>": "no_reply",
        "<own@acme.example>": "own_address",
    }
    assert all(rows[key]["draft"] is None and rows[key]["skip_detail"] for key in reasons)


def test_it_quarantines_mail_over_the_size_limit_without_downloading_it(mailbox: Mailbox) -> None:
    attachment = EmailMessage()
    attachment["From"] = "Big Sender <big@example.com>"
    attachment["To"] = SHOP
    attachment["Subject"] = "photos of the damage"
    attachment["Message-ID"] = "<big@example.com>"
    attachment.set_content("See the attached video.")
    attachment.add_attachment(
        b"\x00" * (2 * 1024 * 1024), maintype="video", subtype="mp4", filename="damage.mp4"
    )
    mailbox.deliver([bytes(attachment), customer_mail(1)])

    report = mailbox.poll(mailbox={"max_message_mb": 1})

    rows = message_rows(mailbox)
    assert report.drafted == 1
    assert report.quarantined == 1
    big = rows["<big@example.com>"]
    assert big["status"] == "quarantined"
    assert "over the 1 MB limit" in big["error"]
    assert (big["subject"], big["from_address"]) == ("photos of the damage", "big@example.com")
    with mailbox.store().read() as conn:
        raw = conn.execute(
            select(message_raw.c.raw).where(message_raw.c.message == big["id"])
        ).scalar()
    assert b"photos of the damage" in raw and len(raw) < 4096


def test_it_says_in_one_line_that_the_password_is_wrong_and_exits_non_zero(
    mailbox: Mailbox,
) -> None:
    result = run_inboxbot(
        "poll", "--once", "--config", str(mailbox.config_file()),
        env={"INBOXBOT_MAILBOX_PASSWORD": "wrong-password-123"},
    )  # fmt: skip

    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "refused the login" in result.stderr and mailbox.login in result.stderr
    assert "wrong-password-123" not in result.stderr
    assert "Traceback" not in result.stderr


def test_it_says_in_one_line_that_the_server_is_down_and_exits_non_zero(mailbox: Mailbox) -> None:
    result = mailbox.run("poll", "--once", mailbox={"port": free_port()})

    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "connection refused" in result.stderr


def test_it_names_the_bad_key_in_the_config_and_exits_with_status_2(mailbox: Mailbox) -> None:
    result = mailbox.run("poll", "--once", mailbox={"prot": 143, "security": "tls"})

    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert any("mailbox.prot: unknown key" in line for line in lines)
    assert any("mailbox.security" in line and "'tls'" in line for line in lines)
    assert "Traceback" not in result.stderr


def test_it_refuses_a_cleartext_password_to_a_remote_host(mailbox: Mailbox) -> None:
    result = mailbox.run("poll", "--once", mailbox={"host": "imap.example.com"})

    assert result.returncode == 2
    assert "only allowed for 127.0.0.1/localhost" in result.stderr


def test_the_scheduled_poll_backs_off_while_the_login_fails_and_never_logs_the_password(
    mailbox: Mailbox, caplog: pytest.LogCaptureFixture
) -> None:
    """
    GIVEN a scheduled poll whose password the server refuses
    WHEN the job runs on every tick of a clock we control
    THEN it tries at growing intervals (60, 120, 240 s), logs one error per try, never
    the password, and polls normally as soon as the password is right again.
    """
    from inboxbot import logs

    secret = "not-the-password-42"
    bad = config.load(
        mailbox.config_file(schedule={"poll_seconds": 60}),
        env={"INBOXBOT_MAILBOX_PASSWORD": secret},
    )
    now = [0.0]
    backoff = Backoff(base=60, cap=1800, clock=lambda: now[0], jitter=lambda: 0.5)
    store = Store.open(bad.store.url)
    job = PollJob(Poller(bad, store), backoff)
    logs.mask(caplog.handler, [secret])
    mailbox.deliver([customer_mail(1)])

    tries = []
    with caplog.at_level(logging.DEBUG):
        for tick in range(0, 480, 10):  # the scheduler calls the job every tick
            now[0] = float(tick)
            before = len(caplog.records)
            job()
            if len(caplog.records) > before:
                tries.append(tick)

    assert tries == [0, 60, 180, 420]
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 4
    assert all("refused the login" in r.getMessage() for r in errors)
    assert secret not in caplog.text

    good = config.load(mailbox.config_file(), env=mailbox.env())
    job.poller = Poller(good, store)
    now[0] = 10_000.0
    job()
    assert backoff.failures == 0
    assert len(message_rows(mailbox)) == 1


def test_it_uses_implicit_tls_with_a_private_ca(mailbox: Mailbox) -> None:
    mailbox.deliver([customer_mail(1)])

    report = mailbox.poll(
        mailbox={
            "security": "ssl",
            "port": mailbox.server.tls_port,
            "ca_file": str(mailbox.server.ca_file),
        }
    )

    assert report.drafted == 1


def test_it_upgrades_to_tls_with_starttls(mailbox: Mailbox) -> None:
    mailbox.deliver([customer_mail(1)])

    report = mailbox.poll(mailbox={"security": "starttls", "ca_file": str(mailbox.server.ca_file)})

    assert report.drafted == 1


def test_it_refuses_a_certificate_it_cannot_trust_and_says_what_to_do(mailbox: Mailbox) -> None:
    settings = mailbox.settings(mailbox={"security": "ssl", "port": mailbox.server.tls_port})
    poller = Poller(settings, Store.open(settings.store.url))

    with pytest.raises(MailboxError, match=r"certificate is not trusted.*mailbox\.ca_file"):
        poller.poll_once()


def test_it_raises_an_auth_error_for_a_wrong_password(mailbox: Mailbox) -> None:
    settings = config.load(mailbox.config_file(), env={"INBOXBOT_MAILBOX_PASSWORD": "nope-nope"})
    poller = Poller(settings, Store.open(settings.store.url))

    with pytest.raises(MailboxAuthError):
        poller.poll_once()
