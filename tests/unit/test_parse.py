"""Parsing: raw bytes to an Email, treating every message as hostile."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from email.message import EmailMessage

import pytest

from inboxbot.errors import MalformedMessage
from inboxbot.mail.parse import (
    MAX_DEPTH,
    MAX_FILENAME,
    MAX_PARTS,
    dedup_key,
    new_text,
    parse,
    quarantine_key,
    safe_filename,
)
from inboxbot.models import Address

CUSTOMER_MAIL = b"""\
Received: from mail.example.de (mail.example.de [192.0.2.10]) by mx.acme.example
Message-ID: <c4f1e2@mail.example.de>
Date: Fri, 20 Nov 2026 10:30:00 +0100
From: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <juergen@example.de>
To: Acme Support <support@acme.example>, orders@acme.example
Subject: =?utf-8?b?UsO8Y2tlcnN0YXR0dW5n?= for order #1001
In-Reply-To: <inboxbot.1795.ab12@acme.example>
References: <first@mail.example.de>
 <inboxbot.1795.ab12@acme.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

I would like my money back, please.
"""


def plain(body: str, *, headers: str = "", charset: str = "utf-8") -> bytes:
    """A minimal text/plain message around `body`."""
    head = (
        "From: Jane Doe <jane@example.com>\n"
        "Subject: Refund\n"
        f"{headers}"
        f"Content-Type: text/plain; charset={charset}\n\n"
    )
    return head.encode() + body.encode()


def nested(depth: int) -> bytes:
    """A message whose text sits inside `depth` levels of multipart/mixed."""
    inner = b"Content-Type: text/plain\n\nhello\n"
    for level in range(depth):
        boundary = b"level-%d" % level
        inner = (
            b'Content-Type: multipart/mixed; boundary="' + boundary + b'"\n\n'
            b"--" + boundary + b"\n" + inner + b"\n--" + boundary + b"--\n"
        )
    return b"From: jane@example.com\nSubject: deep\nMIME-Version: 1.0\n" + inner


def with_parts(count: int) -> bytes:
    """A multipart/mixed message with `count` text parts under its root."""
    parts = b"".join(b"--XX\nContent-Type: text/plain\n\npart %d\n" % i for i in range(count))
    return (
        b"From: jane@example.com\nSubject: many\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="XX"\n\n' + parts + b"--XX--\n"
    )


def with_attachments(*files: tuple[bytes, str, str | None]) -> bytes:
    """A text message with attachments given as (data, content type, file name)."""
    message = EmailMessage()
    message["From"] = "Jane Doe <jane@example.com>"
    message["Subject"] = "Photos of the broken vase"
    message["Message-ID"] = "<photos@example.com>"
    message.set_content("The photos are attached.")
    for data, content_type, filename in files:
        maintype, subtype = content_type.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes()


# --- headers -------------------------------------------------------------------------------


def test_it_decodes_an_rfc2047_subject_and_display_name():
    email = parse(CUSTOMER_MAIL)

    assert email.subject == "Rückerstattung for order #1001"
    assert email.sender == Address("Jürgen Müller", "juergen@example.de")


def test_it_reads_the_recipients_and_threading_headers():
    email = parse(CUSTOMER_MAIL)

    assert email.to == (
        Address("Acme Support", "support@acme.example"),
        Address("", "orders@acme.example"),
    )
    assert email.message_id == "<c4f1e2@mail.example.de>"
    assert email.in_reply_to == "<inboxbot.1795.ab12@acme.example>"
    assert email.references == ("<first@mail.example.de>", "<inboxbot.1795.ab12@acme.example>")


def test_it_gives_the_date_as_an_aware_utc_datetime():
    email = parse(CUSTOMER_MAIL)

    assert email.date == datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    assert email.date is not None and email.date.utcoffset().total_seconds() == 0


def test_it_keeps_every_header_decoded_and_in_order():
    email = parse(CUSTOMER_MAIL)

    assert [name for name, _ in email.headers][:4] == ["received", "message-id", "date", "from"]
    assert email.header("FROM") == "Jürgen Müller <juergen@example.de>"


def test_it_has_no_message_id_when_the_header_holds_none():
    email = parse(plain("hi", headers="Message-ID: not an id\n"))

    assert email.message_id is None
    assert email.references == ()


# --- text ----------------------------------------------------------------------------------


def test_it_turns_html_only_mail_into_readable_text_and_keeps_the_html():
    html = (
        "<html><head><style>p {color: red}</style></head><body>"
        "<p>Hello, the <b>vase</b> arrived broken.</p>"
        "<table><tr><td>Order</td><td>#1001</td></tr>"
        "<tr><td>Total</td><td>EUR 49.90</td></tr></table>"
        "</body></html>"
    )
    raw = (
        b"From: jane@example.com\nSubject: Broken\n"
        b"Content-Type: text/html; charset=utf-8\n\n" + html.encode()
    )

    email = parse(raw)

    assert "Hello, the vase arrived broken." in email.text
    lines = [" ".join(line.split()) for line in email.text.splitlines()]
    assert "Order #1001" in lines
    assert "Total EUR 49.90" in lines
    assert "<" not in email.text and "color" not in email.text
    assert email.html is not None and "<td>#1001</td>" in email.html


def test_it_drops_quoted_english_history_from_the_new_text():
    email = parse(
        plain(
            "The lamp still does not work.\n\n"
            "On Thu, 19 Nov 2026 at 10:00, Acme Support <support@acme.example> wrote:\n"
            "> We have sent a replacement.\n"
        )
    )

    assert email.new_text == "The lamp still does not work."
    assert "We have sent a replacement." in email.text
    assert "We have sent a replacement." in email.quoted_text


def test_it_drops_quoted_german_history_from_the_new_text():
    email = parse(
        plain(
            "Die Lampe geht immer noch nicht.\n\n"
            "Am 19.11.2026 um 10:00 schrieb Acme Support <support@acme.example>:\n"
            "> Wir haben Ersatz geschickt.\n"
        )
    )

    assert email.new_text == "Die Lampe geht immer noch nicht."


def test_it_drops_an_rfc3676_signature_from_the_new_text():
    email = parse(plain("Please refund order 1001.\n\n-- \nJane Doe\n+49 30 1234567\n"))

    assert email.new_text == "Please refund order 1001."
    assert "+49 30 1234567" in email.text


def test_it_keeps_the_whole_text_when_everything_looks_quoted():
    text = "> I want a refund\n> for order 1001"

    assert parse(plain(text + "\n")).new_text == text
    assert new_text(text) == text


# --- attachments ---------------------------------------------------------------------------


def test_it_decodes_attachments_with_size_and_sha256():
    photo = bytes(range(256)) * 40

    email = parse(with_attachments((photo, "image/png", "vase.png")))

    (attachment,) = email.attachments
    assert attachment.filename == "vase.png"
    assert attachment.content_type == "image/png"
    assert attachment.data == photo
    assert attachment.size == len(photo) == 10240
    assert attachment.sha256 == hashlib.sha256(photo).hexdigest()


def test_it_makes_attachment_names_safe():
    email = parse(
        with_attachments(
            (b"root:x:0:0", "text/plain", "../../etc/passwd"),
            (b"MZ", "application/pdf", "invoice\u202efdp.exe"),
            (b"\xff\xd8\xff", "image/jpeg", None),
            (b"%PDF", "application/pdf", "a" * 300 + ".pdf"),
        )
    )

    names = [a.filename for a in email.attachments]
    assert names[0] == "passwd"
    assert names[1] == "invoicefdp.exe"
    assert "\u202e" not in names[1]
    assert names[2] == "attachment-3.jpg"
    assert len(names[3]) == MAX_FILENAME and names[3].endswith(".pdf")


def test_it_names_a_nameless_attachment_the_same_on_every_parse():
    raw = with_attachments((b"\xff\xd8\xff", "image/jpeg", None))

    assert parse(raw).attachments[0].filename == parse(raw).attachments[0].filename


@pytest.mark.parametrize(
    ("name", "content_type", "safe"),
    [
        ("../../etc/passwd", "text/plain", "passwd"),
        ("..\\..\\windows\\system.ini", "text/plain", "system.ini"),
        ("invoice\u202efdp.exe", "application/pdf", "invoicefdp.exe"),
        ("", "image/jpeg", "attachment-7.jpg"),
        (None, "application/pdf", "attachment-7.pdf"),
        ("...", "application/x-unheard-of", "attachment-7.bin"),
        ('what?<is>"this".txt', "text/plain", "what__is__this_.txt"),
        ("tab\there\x00.txt", "text/plain", "tabhere.txt"),
    ],
)
def test_it_makes_a_file_name_safe(name, content_type, safe):
    assert safe_filename(name, index=7, content_type=content_type) == safe


def test_it_cuts_a_long_file_name_keeping_its_extension():
    safe = safe_filename("x" * 500 + ".jpeg", index=1, content_type="image/jpeg")

    assert len(safe) == MAX_FILENAME
    assert safe == "x" * (MAX_FILENAME - 5) + ".jpeg"


def test_it_cuts_a_long_file_name_without_an_extension():
    assert safe_filename("y" * 500, index=1, content_type="text/plain") == "y" * MAX_FILENAME


# --- charsets ------------------------------------------------------------------------------


def test_it_survives_an_unknown_charset():
    raw = plain("caf\xe9 ok", charset='"x-unknown"').replace(b"\xc3\xa9", b"\xe9")
    raw = raw.replace(b"Subject: Refund", b"Subject: =?x-unknown?q?caf=E9?=")

    email = parse(raw)

    assert email.text.startswith("caf")
    assert email.text.endswith(" ok")
    assert email.subject.startswith("caf")


def test_it_survives_latin1_bytes_labelled_utf8():
    raw = b"From: jane@example.com\nSubject: M\xfcll\nContent-Type: text/plain; charset=utf-8\n\n"
    raw += "Grüße, ich möchte mein Geld zurück.".encode("latin-1")

    email = parse(raw)

    assert "ich m" in email.text
    assert email.sender == Address("", "jane@example.com")


def test_it_survives_utf7():
    email = parse(plain("Hi +AOk- there", charset="utf-7"))

    assert "there" in email.text


# --- dedup keys ----------------------------------------------------------------------------

HEADER_BLOCK = (
    b"MESSAGE-ID: <c4f1e2@mail.example.de>\r\n"
    b"DATE: Fri, 20 Nov 2026 10:30:00 +0100\r\n"
    b"FROM: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <juergen@example.de>\r\n"
    b"TO: Acme Support <support@acme.example>, orders@acme.example\r\n"
    b"SUBJECT: =?utf-8?b?UsO8Y2tlcnN0YXR0dW5n?= for order #1001\r\n"
    b"\r\n"
)


def test_it_keys_the_full_message_like_its_identifying_header_block():
    """GIVEN a message, and the header block an IMAP header fetch returns for it
    WHEN both are keyed
    THEN the keys match, with CRLF or LF line ends."""
    full = parse(CUSTOMER_MAIL).dedup_key

    assert dedup_key(HEADER_BLOCK) == full
    assert dedup_key(HEADER_BLOCK.replace(b"\r\n", b"\n")) == full
    assert dedup_key(CUSTOMER_MAIL.replace(b"\n", b"\r\n")) == full


def test_it_ignores_trace_headers_a_redelivery_adds():
    redelivered = (
        b"Received: from relay.acme.example by imap.acme.example\n"
        b"Delivered-To: support@acme.example\n"
        b"X-Spam-Score: 0.1\n" + CUSTOMER_MAIL
    )

    assert dedup_key(redelivered) == dedup_key(CUSTOMER_MAIL)


def test_it_keys_a_different_subject_differently():
    changed = HEADER_BLOCK.replace(b"#1001", b"#1002")

    assert dedup_key(changed) != dedup_key(HEADER_BLOCK)


def test_it_keys_headerless_garbage_by_its_bytes():
    first = quarantine_key(b"\x00\x01\x02 not a mail at all")
    second = quarantine_key(b"\x00\x01\x02 not a mail either")

    assert first.startswith("raw:") and second.startswith("raw:")
    assert first != second
    assert first == quarantine_key(b"\x00\x01\x02 not a mail at all")


def test_it_keys_a_broken_message_with_headers_by_its_headers():
    broken = HEADER_BLOCK + b"\x00garbage body"

    assert quarantine_key(broken) == dedup_key(HEADER_BLOCK)


# --- malformed mail ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [b"", b"\r\n\r\n", b"just some text, no headers\n", b"\x00\x01\x02\x03"],
    ids=["empty", "blank lines", "text", "binary"],
)
def test_it_refuses_a_message_without_a_header_block(raw):
    with pytest.raises(MalformedMessage, match="no header fields"):
        parse(raw)


def test_it_refuses_a_message_without_a_from_address():
    with pytest.raises(MalformedMessage, match="no From address"):
        parse(b"Subject: who sent this?\nTo: support@acme.example\n\nhello\n")


def test_it_accepts_mime_nested_exactly_max_depth_deep():
    email = parse(nested(MAX_DEPTH))

    assert email.text == "hello"
    assert len(email.part_types) == MAX_DEPTH + 1


def test_it_refuses_mime_nested_deeper_than_max_depth():
    with pytest.raises(MalformedMessage, match=f"nested more than {MAX_DEPTH} deep"):
        parse(nested(MAX_DEPTH + 1))


def test_it_accepts_max_parts_parts():
    email = parse(with_parts(MAX_PARTS - 1))  # and the root makes MAX_PARTS

    assert len(email.part_types) == MAX_PARTS


def test_it_refuses_more_than_max_parts_parts():
    with pytest.raises(MalformedMessage, match=f"more than {MAX_PARTS} MIME parts"):
        parse(with_parts(MAX_PARTS))
