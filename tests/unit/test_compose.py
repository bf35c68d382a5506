"""Building the reply: threading, subjects, encodings, and no header injection (OUT-2/3/4)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from email import message_from_bytes, message_from_string, policy

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inboxbot.errors import ComposeError
from inboxbot.mail.compose import (
    Reply,
    build,
    check_header,
    needs_utf8,
    reply_subject,
    thread_references,
)
from inboxbot.models import Address

REPLY = Reply(
    sender=Address("Acme Homewares", "support@acme.example"),
    to=Address("Jane Doe", "jane@example.com"),
    subject="Re: Refund please",
    body="Hello Jane,\n\nyour refund is on its way.\n",
    message_id="<inboxbot.1.abc@acme.example>",
    in_reply_to="<q-3@example.com>",
    references=("<q-1@example.com>", "<q-2@example.com>", "<q-3@example.com>"),
    date=datetime(2026, 11, 27, 10, 0, tzinfo=UTC),
)


def parsed(reply: Reply, *, utf8: bool = False):
    return message_from_bytes(build(reply, utf8=utf8).as_bytes(), policy=policy.default)


def test_it_threads_the_reply_under_the_customers_message():
    msg = parsed(REPLY)

    assert msg["Message-ID"] == "<inboxbot.1.abc@acme.example>"
    assert msg["In-Reply-To"] == "<q-3@example.com>"
    assert msg["References"].split() == list(REPLY.references)
    assert msg["Date"] == "Fri, 27 Nov 2026 10:00:00 +0000"


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Refund please", "Re: Refund please"),
        ("Re: Refund please", "Re: Refund please"),
        ("RE:Refund please", "Re: Refund please"),
        ("re : Refund please", "Re: Refund please"),
        ("", "Re: your message"),
    ],
)
def test_it_says_re_once(subject, expected):
    assert reply_subject(subject) == expected


def test_it_keeps_the_first_and_the_last_ten_references_of_a_long_chain():
    chain = tuple(f"<m-{i}-{'x' * 60}@example.com>" for i in range(60))

    trimmed = thread_references(chain, chain[-1])
    data = build(replace(REPLY, references=chain, in_reply_to=chain[-1])).as_bytes()

    assert trimmed == [chain[0], *chain[-10:]]
    assert max(len(line) for line in data.split(b"\r\n")) <= 998


def test_it_puts_the_parent_last_and_drops_what_is_not_a_message_id():
    chain = ("<a@x>", "not-an-id", "<p@x>", "<b@x>", "<a@x>")

    assert thread_references(chain, "<p@x>") == ["<a@x>", "<b@x>", "<p@x>"]


def test_it_marks_only_automatic_mail_auto_submitted():
    assert parsed(REPLY)["Auto-Submitted"] is None
    auto = parsed(replace(REPLY, auto_submitted=True))
    assert auto["Auto-Submitted"] == "auto-replied"
    assert auto["X-Auto-Response-Suppress"] == "All"


@pytest.mark.parametrize("utf8", [False, True])
def test_it_round_trips_names_and_subjects_with_any_characters(utf8):
    reply = replace(
        REPLY,
        to=Address('Müller, Jörg "JJ"', "jorg@example.com"),
        subject="Re: Rückerstattung 😀 " + "払い戻し" * 50,
        body="Grüße,\nJörg\n",
    )

    data = build(reply, utf8=utf8).as_bytes()
    # RFC 6532 headers are UTF-8 text; the stdlib reads them from a str.
    msg = message_from_string(data.decode(), policy=policy.default)

    assert data.isascii() is not utf8
    assert msg["To"].addresses[0].display_name == 'Müller, Jörg "JJ"'
    assert msg["Subject"] == reply.subject
    assert msg.get_content().replace("\r\n", "\n") == "Grüße,\nJörg\n"


def test_an_address_with_non_ascii_needs_smtputf8():
    assert not needs_utf8(REPLY)
    assert needs_utf8(replace(REPLY, to=Address("", "jörg@example.com")))


BREAKS = ["\r", "\n", "\r\n", "\x00", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c"]


@given(
    before=st.text(max_size=20),
    newline=st.sampled_from(BREAKS),
    after=st.text(max_size=20),
    field=st.sampled_from(["subject", "to_name", "sender_name", "in_reply_to"]),
)
def test_it_refuses_any_line_break_in_any_header(before, newline, after, field):
    value = before + newline + after
    if field == "to_name":
        reply = replace(REPLY, to=Address(value, "jane@example.com"))
    elif field == "sender_name":
        reply = replace(REPLY, sender=Address(value, "support@acme.example"))
    else:
        reply = replace(REPLY, **{field: value})

    with pytest.raises(ComposeError, match="line break"):
        build(reply)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Zl", "Zp", "Cs"))))
def test_a_header_without_line_breaks_passes_and_round_trips(subject):
    check_header("Subject", subject)
    msg = parsed(replace(REPLY, subject="Re: " + subject))

    assert msg["Subject"] == reply_subject("Re: " + subject)


def test_it_refuses_a_message_id_that_is_not_one():
    with pytest.raises(ComposeError, match="Message-ID"):
        build(replace(REPLY, message_id="inboxbot.1@acme.example"))


def test_the_fingerprint_changes_with_what_the_customer_would_get():
    changed = [
        replace(REPLY, body=REPLY.body + "P.S."),
        replace(REPLY, subject="Re: something else"),
        replace(REPLY, to=Address("Jane Doe", "jane@elsewhere.example")),
    ]

    assert len({REPLY.fingerprint(), *(r.fingerprint() for r in changed)}) == 4
    assert replace(REPLY, date=datetime(2027, 1, 1, tzinfo=UTC)).fingerprint() == (
        REPLY.fingerprint()
    )
