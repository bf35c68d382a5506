"""What the outbox will not send, even approved; encodings; TLS and login to the SMTP server."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from datetime import timedelta
from email.headerregistry import Address
from pathlib import Path

import pytest
import trustme
from sqlalchemy import update

from inboxbot.models import DraftStatus
from inboxbot.store import utcnow
from inboxbot.store.schema import message_raw
from tests.integration.conftest import Mailbox
from tests.integration.outbox.shop import Shop
from tests.mailgen import customer_mail
from tests.servers.smtp import SmtpSink

# Implicit TLS is TLS, though aiosmtpd does not count it as such when it warns.
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("subject", "Re: your order\r\nBcc: evil@evil.example"),
        ("subject", "Re: your order\nBcc: evil@evil.example"),
        ("subject", "Re: your order\u2028Bcc: evil@evil.example"),
        ("to_name", "Jane\r\nBcc: evil@evil.example"),
    ],
)
def test_it_refuses_a_line_break_in_a_header_and_sends_nothing(
    shop: Shop, column: str, value: str
) -> None:
    (draft_id,) = shop.receive(customer_mail(1))
    shop.change(draft_id, **{column: value})
    shop.approve(draft_id)

    report = shop.send()

    draft = shop.draft(draft_id)
    assert report.failed == 1
    assert draft["status"] == DraftStatus.FAILED
    assert "line break" in draft["send_error"]
    assert shop.sink is not None and shop.sink.delivered == []


@pytest.mark.parametrize(
    ("to_address", "reason"),
    [
        ("Support@Acme.example", "the shop's own address"),
        ("no-reply@example.com", "no-reply address"),
        ("shop-list-request@example.com", "mailing-list address"),
    ],
)
def test_it_never_sends_to_its_own_no_reply_or_list_addresses(
    shop: Shop, to_address: str, reason: str
) -> None:
    (draft_id,) = shop.receive(customer_mail(2))
    shop.change(draft_id, to_address=to_address)
    shop.approve(draft_id)

    shop.send()

    draft = shop.draft(draft_id)
    assert draft["status"] == DraftStatus.FAILED
    assert reason in draft["send_error"]
    assert shop.sink is not None and shop.sink.delivered == []


def test_it_never_answers_mailing_list_mail(shop: Shop) -> None:
    (draft_id,) = shop.receive(customer_mail(3))
    store = shop.store()
    with store.write() as conn:  # as if screening had let a list's mail through
        raw = conn.execute(message_raw.select()).one().raw
        conn.execute(update(message_raw).values(raw=b"List-Id: <shop.lists.example>\r\n" + raw))
    store.close()
    shop.approve(draft_id)

    shop.send()

    assert "mailing list (List-Id)" in shop.draft(draft_id)["send_error"]
    assert shop.sink is not None and shop.sink.delivered == []


def test_it_sends_at_most_the_daily_number_of_replies_to_one_address(shop: Shop) -> None:
    """GIVEN max_per_recipient_per_day = 1 and two approved replies to one customer
    THEN one goes now and the other waits a day, saying why."""
    shop.sections["sending"] = {"max_per_recipient_per_day": 1}
    sender = "Jane Doe <jane@example.com>"
    ids = shop.receive(customer_mail(4, sender=sender), customer_mail(5, sender=sender))
    shop.approve(*ids)

    report = shop.send()
    waiting = shop.draft(ids[1])
    next_day = shop.send(clock=lambda: utcnow() + timedelta(days=1, minutes=1))

    assert (report.sent, report.retry, next_day.sent) == (1, 1, 1)
    assert waiting["status"] == DraftStatus.APPROVED
    assert "max_per_recipient_per_day = 1" in waiting["send_error"]
    assert waiting["send_attempts"] == 0
    assert shop.sink is not None and len(shop.sink.delivered) == 2


def test_a_reply_changed_after_approval_goes_back_to_pending(shop: Shop) -> None:
    (draft_id,) = shop.receive(customer_mail(6))
    shop.approve(draft_id)
    shop.change(draft_id, body="Something nobody approved.")

    report = shop.send()

    draft = shop.draft(draft_id)
    assert report.returned == 1
    assert draft["status"] == DraftStatus.PENDING
    assert "changed after it was approved" in draft["send_error"]
    assert shop.sink is not None and shop.sink.delivered == []


def test_non_ascii_names_and_subjects_arrive_encoded_and_intact(shop: Shop) -> None:
    name = 'Jörg Müller, "JJ"'
    subject = "Rückerstattung für Bestellung 1234 😀 " + "払い戻しをお願いします" * 18
    raw = customer_mail(7, sender=str(Address(name, addr_spec="jorg@example.com")), subject=subject)
    (draft_id,) = shop.receive(raw)
    shop.approve(draft_id)

    shop.send()

    assert shop.sink is not None
    (delivered,) = shop.sink.delivered
    msg = delivered.parsed()
    assert delivered.data.isascii()  # RFC 2047: the server did not offer SMTPUTF8
    assert max(len(line) for line in delivered.data.split(b"\r\n")) <= 998
    assert msg["To"].addresses[0].display_name == name
    assert msg["To"].addresses[0].addr_spec == "jorg@example.com"
    # The approved subject, exactly (the inbound parser's reading of the customer's
    # encoded-words is its own matter).
    assert msg["Subject"] == shop.draft(draft_id)["subject"]
    assert msg["Subject"].startswith("Re: Rückerstattung für Bestellung 1234 😀")
    assert msg.get_content_charset() == "utf-8"


# --- TLS and login ------------------------------------------------------------------------


@pytest.fixture
def tls(tmp_path: Path) -> tuple[ssl.SSLContext, Path]:
    """A server TLS context with a certificate for 127.0.0.1, and the CA file to trust it."""
    ca = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    ca_file = tmp_path / "smtp-ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    return context, ca_file


LOGIN = ("support@acme.example", "correct horse battery staple")


@pytest.fixture(params=["starttls", "ssl"])
def tls_shop(
    request: pytest.FixtureRequest, mailbox: Mailbox, tls: tuple[ssl.SSLContext, Path]
) -> Iterator[Shop]:
    context, ca_file = tls
    security = request.param
    server = SmtpSink(
        login=LOGIN,
        tls=context if security == "starttls" else None,
        implicit_tls=context if security == "ssl" else None,
    )
    server.start()
    found = Shop(mailbox, server)
    found.sections["smtp"] = {
        "security": security,
        "username": LOGIN[0],
        "password": LOGIN[1],
        "ca_file": str(ca_file),
    }
    yield found
    server.stop()


def test_it_sends_over_tls_after_logging_in(tls_shop: Shop) -> None:
    (draft_id,) = tls_shop.receive(customer_mail(8))
    tls_shop.approve(draft_id)

    report = tls_shop.send()

    assert tls_shop.sink is not None
    assert report.sent == 1
    assert tls_shop.sink.logins == [LOGIN[0]]
    assert len(tls_shop.sink.delivered) == 1


def test_a_refused_login_keeps_the_reply_approved_and_says_why(tls_shop: Shop) -> None:
    tls_shop.sections["smtp"]["password"] = "not the password"
    (draft_id,) = tls_shop.receive(customer_mail(9))
    tls_shop.approve(draft_id)

    report = tls_shop.send()

    draft = tls_shop.draft(draft_id)
    assert "refused the login" in (report.stopped or "")
    assert draft["status"] == DraftStatus.APPROVED
    assert "refused the login" in draft["send_error"]
    assert LOGIN[1] not in draft["send_error"] and "not the password" not in draft["send_error"]


def test_it_refuses_a_certificate_it_cannot_verify(tls_shop: Shop) -> None:
    del tls_shop.sections["smtp"]["ca_file"]
    (draft_id,) = tls_shop.receive(customer_mail(10))
    tls_shop.approve(draft_id)

    report = tls_shop.send()

    assert "not trusted" in (report.stopped or "")
    assert tls_shop.draft(draft_id)["status"] == DraftStatus.APPROVED
    assert tls_shop.sink is not None and tls_shop.sink.delivered == []
