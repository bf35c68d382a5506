"""Screening: which mail must never get a draft, and the evidence a VA sees for it."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inboxbot.models import Address, Email, Skip, SkipReason
from inboxbot.screening import DEFAULT_NO_REPLY, screen
from tests.factories import make_email

OWN_ADDRESSES = frozenset({"support@acme.example", "Orders@ACME.example"})
OWN_DOMAIN = "acme.example"
OUR_MESSAGE_ID = "<inboxbot.4f2c9a1e8b7d@acme.example>"

# What a customer's mail looks like after the parser: delivered by an MTA, from a person.
BASE_HEADERS = [
    ("Return-Path", "<jane@example.com>"),
    ("Received", "from mail.example.com (mail.example.com [192.0.2.10]) by mx.acme.example"),
    ("To", "Acme Support <support@acme.example>"),
    ("Date", "Fri, 20 Nov 2026 09:30:00 +0000"),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain; charset=utf-8"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
]

AUTO = SkipReason.AUTO_REPLY
BOUNCE = SkipReason.BOUNCE
LIST = SkipReason.MAILING_LIST
BULK = SkipReason.BULK
NO_REPLY = SkipReason.NO_REPLY
OWN = SkipReason.OWN_ADDRESS
LOOP = SkipReason.LOOP

DSN_PARTS = ("multipart/report", "text/plain", "message/delivery-status", "message/rfc822")


def mail(headers: list[tuple[str, str]] | None = None, **fields: Any) -> Email:
    """The base customer mail, with `headers` replacing base headers of the same name."""
    extra = headers or []
    replaced = {name.lower() for name, _ in extra}
    base = [(name, value) for name, value in BASE_HEADERS if name.lower() not in replaced]
    return make_email(headers=[*base, *extra], **fields)


def screened(email: Email, **kwargs: Any) -> Skip | None:
    """`screen()` with the shop's identity used throughout these tests."""
    options: dict[str, Any] = {"own_addresses": OWN_ADDRESSES, "own_domain": OWN_DOMAIN}
    return screen(email, **{**options, **kwargs})


def case(
    id_: str, headers: list[tuple[str, str]], reason: SkipReason, evidence: str, **fields: Any
) -> pytest.ParameterSet:
    """One row of a screening table: the mail's changes, the reason, the evidence."""
    return pytest.param(headers, fields, reason, evidence, id=id_)


# One row per header variant: names and values in mixed case, folded with CRLF+TAB,
# with parameters and comments. Every row is the base mail plus that one change.
HEADER_VARIANTS = [
    # BOUNCE: RFC 3464/6522 reports, RFC 6533 global ones, a bare report part.
    case(
        "dsn-multipart-report",
        [("Content-Type", "multipart/report; report-type=delivery-status; boundary=b1")],
        BOUNCE,
        "Content-Type: multipart/report; report-type=delivery-status",
        content_type="multipart/report",
        part_types=DSN_PARTS,
    ),
    case(
        "dsn-folded-quoted-parameter",
        [
            (
                "Content-Type",
                'multipart/report;\r\n\treport-type="delivery-status";\r\n\tboundary="b"',
            )
        ],
        BOUNCE,
        'Content-Type: multipart/report; report-type="delivery-status"; boundary="b"',
        content_type="multipart/report",
        part_types=DSN_PARTS,
    ),
    case(
        "dsn-mixed-case",
        [("CONTENT-TYPE", "Multipart/Report; Report-Type=Delivery-Status; boundary=x")],
        BOUNCE,
        "Content-Type: Multipart/Report; Report-Type=Delivery-Status",
        content_type="multipart/report",
        part_types=DSN_PARTS,
    ),
    case(
        "dsn-global-delivery-status",
        [("Content-Type", "multipart/report; report-type=global-delivery-status")],
        BOUNCE,
        "report-type=global-delivery-status",
        content_type="multipart/report",
        part_types=("multipart/report", "text/plain", "message/global-delivery-status"),
    ),
    case(
        "dsn-part-in-multipart-mixed",
        [("Content-Type", "multipart/mixed; boundary=x")],
        BOUNCE,
        "message/delivery-status part",
        content_type="multipart/mixed",
        part_types=("multipart/mixed", "text/plain", "Message/Delivery-Status"),
    ),
    case(
        "global-dsn-part",
        [("Content-Type", "multipart/mixed; boundary=x")],
        BOUNCE,
        "message/global-delivery-status part",
        content_type="multipart/mixed",
        part_types=("multipart/mixed", "text/plain", "message/global-delivery-status"),
    ),
    case("return-path-null", [("Return-Path", "<>")], BOUNCE, "Return-Path: <>"),
    case("return-path-null-spaced", [("return-path", " < > ")], BOUNCE, "Return-Path: < >"),
    case("return-path-null-iis", [("Return-Path", "<<>>")], BOUNCE, "Return-Path: <<>>"),
    case(
        "sender-mailer-daemon",
        [],
        BOUNCE,
        "sender is a mail system address: MAILER-DAEMON@mx.example.net",
        sender="Mail Delivery System <MAILER-DAEMON@mx.example.net>",
    ),
    case(
        "sender-mailer-daemon-without-domain",
        [],
        BOUNCE,
        "sender is a mail system address: MAILER-DAEMON",
        sender="Mail Delivery Subsystem <MAILER-DAEMON>",
    ),
    case(
        "sender-postmaster",
        [],
        BOUNCE,
        "sender is a mail system address: Postmaster@example.net",
        sender="Postmaster@example.net",
    ),
    # LOOP: our own Message-ID shape or X-Loop naming us.
    case("message-id-ours", [], LOOP, f"Message-ID: {OUR_MESSAGE_ID}", message_id=OUR_MESSAGE_ID),
    case(
        "message-id-ours-domain-case",
        [],
        LOOP,
        "Message-ID: <inboxbot.x1@ACME.Example>",
        message_id="<inboxbot.x1@ACME.Example>",
    ),
    case("x-loop-inboxbot", [("X-Loop", "inboxbot")], LOOP, "X-Loop: inboxbot"),
    case("x-loop-inboxbot-mixed-case", [("x-LOOP", "InboxBot")], LOOP, "X-Loop: InboxBot"),
    case(
        "x-loop-our-address",
        [("X-Loop", "support@acme.example")],
        LOOP,
        "X-Loop: support@acme.example",
    ),
    case(
        "x-loop-our-alias-bracketed-case",
        [("X-Loop", "<ORDERS@acme.example>")],
        LOOP,
        "X-Loop: <ORDERS@acme.example>",
    ),
    # AUTO_REPLY: RFC 3834 Auto-Submitted, Microsoft and vacation headers, Precedence.
    case(
        "auto-submitted-replied",
        [("Auto-Submitted", "auto-replied")],
        AUTO,
        "Auto-Submitted: auto-replied",
    ),
    case(
        "auto-submitted-upper-name-mixed-value",
        [("AUTO-SUBMITTED", "Auto-Replied")],
        AUTO,
        "Auto-Submitted: Auto-Replied",
    ),
    case(
        "auto-submitted-generated",
        [("auto-submitted", "auto-generated")],
        AUTO,
        "Auto-Submitted: auto-generated",
    ),
    case(
        "auto-submitted-notified-with-parameter",
        [("Auto-Submitted", 'auto-notified; owner-email="me@example.net"')],
        AUTO,
        'Auto-Submitted: auto-notified; owner-email="me@example.net"',
    ),
    case(
        "auto-submitted-folded-parameter",
        [("Auto-Submitted", 'auto-replied;\r\n\towner-email="jane@example.com"')],
        AUTO,
        'Auto-Submitted: auto-replied; owner-email="jane@example.com"',
    ),
    case(
        "auto-submitted-comment",
        [("Auto-Submitted", "  auto-generated (by cron)  ")],
        AUTO,
        "Auto-Submitted: auto-generated (by cron)",
    ),
    case(
        "auto-submitted-vendor-keyword",
        [("Auto-Submitted", "vacation")],
        AUTO,
        "Auto-Submitted: vacation",
    ),
    case("auto-submitted-empty", [("Auto-Submitted", "")], AUTO, "Auto-Submitted:"),
    case(
        "auto-response-suppress-all",
        [("X-Auto-Response-Suppress", "All")],
        AUTO,
        "X-Auto-Response-Suppress: All",
    ),
    case(
        "auto-response-suppress-all-lower-folded",
        [("x-auto-response-suppress", "\r\n\tall")],
        AUTO,
        "X-Auto-Response-Suppress: all",
    ),
    case("x-autoreply", [("X-Autoreply", "yes")], AUTO, "X-Autoreply: yes"),
    case("x-autoreply-upper", [("X-AUTOREPLY", "YES")], AUTO, "X-Autoreply: YES"),
    case(
        "x-autorespond", [("X-Autorespond", "Out of office")], AUTO, "X-Autorespond: Out of office"
    ),
    case("x-autorespond-empty", [("x-autorespond", "")], AUTO, "X-Autorespond:"),
    case("x-autoresponder", [("X-Autoresponder", "1")], AUTO, "X-Autoresponder: 1"),
    case("precedence-auto-reply", [("Precedence", "auto_reply")], AUTO, "Precedence: auto_reply"),
    case(
        "precedence-auto-reply-case", [("PRECEDENCE", "Auto_Reply")], AUTO, "Precedence: Auto_Reply"
    ),
    case(
        "x-precedence-auto-reply",
        [("X-Precedence", "auto_reply")],
        AUTO,
        "X-Precedence: auto_reply",
    ),
    case(
        "x-loop-foreign",
        [("X-Loop", "helpdesk@customer.example")],
        AUTO,
        "X-Loop: helpdesk@customer.example",
    ),
    case("x-loop-yes", [("X-Loop", "yes")], AUTO, "X-Loop: yes"),
    case(
        "read-receipt-report",
        [("Content-Type", "multipart/report; report-type=disposition-notification; boundary=m")],
        AUTO,
        "Content-Type: multipart/report; report-type=disposition-notification",
        content_type="multipart/report",
        part_types=("multipart/report", "text/plain", "message/disposition-notification"),
    ),
    # MAILING_LIST: RFC 2919 and RFC 2369 headers, legacy list headers, list managers.
    case(
        "list-id",
        [("List-Id", "Acme News <news.example.com>")],
        LIST,
        "List-Id: Acme News <news.example.com>",
    ),
    case(
        "list-id-folded-lower",
        [("list-id", "Acme News\r\n <news.example.com>")],
        LIST,
        "List-Id: Acme News <news.example.com>",
    ),
    case(
        "list-unsubscribe",
        [
            (
                "List-Unsubscribe",
                "<mailto:unsub@news.example.com>,\r\n <https://news.example.com/u/1>",
            )
        ],
        LIST,
        "List-Unsubscribe: <mailto:unsub@news.example.com>, <https://news.example.com/u/1>",
    ),
    case(
        "list-unsubscribe-upper",
        [("LIST-UNSUBSCRIBE", "<https://news.example.com/u/1>")],
        LIST,
        "List-Unsubscribe: <https://news.example.com/u/1>",
    ),
    case("list-post-no", [("List-Post", "NO (posting not allowed)")], LIST, "List-Post: NO"),
    case("list-help", [("List-Help", "<mailto:help@lists.example.com>")], LIST, "List-Help:"),
    case(
        "list-subscribe",
        [("List-Subscribe", "<https://lists.example.com/s>")],
        LIST,
        "List-Subscribe:",
    ),
    case("list-owner", [("List-Owner", "<mailto:owner@lists.example.com>")], LIST, "List-Owner:"),
    case(
        "list-archive", [("List-Archive", "<https://lists.example.com/a>")], LIST, "List-Archive:"
    ),
    case(
        "mailing-list-ezmlm",
        [("Mailing-List", "contact news-help@lists.example.com; run by ezmlm")],
        LIST,
        "Mailing-List: contact news-help@lists.example.com; run by ezmlm",
    ),
    case("x-mailing-list", [("X-Mailing-List", "news@lists.example.com")], LIST, "X-Mailing-List:"),
    case("precedence-list", [("Precedence", "list")], LIST, "Precedence: list"),
    case("x-precedence-list-case", [("x-precedence", "List")], LIST, "X-Precedence: List"),
    case(
        "sender-owner-prefix",
        [],
        LIST,
        "sender is a mailing-list address: owner-news@lists.example.com",
        sender="owner-news@lists.example.com",
    ),
    case(
        "sender-request-suffix",
        [],
        LIST,
        "sender is a mailing-list address: News-Request@lists.example.com",
        sender="News-Request@lists.example.com",
    ),
    case(
        "sender-listserv",
        [],
        LIST,
        "sender is a mailing-list address: LISTSERV@lists.example.com",
        sender="LISTSERV@lists.example.com",
    ),
    case(
        "sender-majordomo",
        [],
        LIST,
        "sender is a mailing-list address: majordomo@lists.example.com",
        sender="majordomo@lists.example.com",
    ),
    # BULK: Precedence and X-Precedence bulk/junk.
    case("precedence-bulk", [("Precedence", "bulk")], BULK, "Precedence: bulk"),
    case("precedence-bulk-upper", [("PRECEDENCE", "BULK")], BULK, "Precedence: BULK"),
    case("precedence-junk", [("Precedence", "junk")], BULK, "Precedence: junk"),
    case(
        "precedence-bulk-comment",
        [("Precedence", "bulk (newsletter)")],
        BULK,
        "Precedence: bulk (newsletter)",
    ),
    case(
        "precedence-comment-first",
        [("Precedence", "(newsletter) bulk")],
        BULK,
        "Precedence: (newsletter) bulk",
    ),
    case("precedence-bulk-folded", [("Precedence", "\r\n\tbulk\r\n\t")], BULK, "Precedence: bulk"),
    case("x-precedence-bulk", [("X-Precedence", "bulk")], BULK, "X-Precedence: bulk"),
    case("x-precedence-junk-lower-name", [("x-precedence", "JUNK")], BULK, "X-Precedence: JUNK"),
    # NO_REPLY: the sender address.
    case(
        "sender-no-reply",
        [],
        NO_REPLY,
        "sender matches no-reply pattern: no-reply@carrier.example",
        sender="Carrier <no-reply@carrier.example>",
    ),
    case(
        "sender-noreply-suffix-upper",
        [],
        NO_REPLY,
        "sender matches no-reply pattern: NoReply-Orders@shop.example",
        sender="NoReply-Orders@shop.example",
    ),
]

# AUTO-8: out-of-office subjects, with no header that says so.
OUT_OF_OFFICE_SUBJECTS = [
    "Automatic reply: Refund please",
    "Auto-Reply: Refund please",
    "Autoreply: Refund please",
    "AutoReply - Refund please",
    "[Auto-Reply] Refund please",
    "Automated Response: Re: Refund please",
    "Out of Office: Refund please",
    "OUT OF OFFICE",
    "Out of the office until 3 December",
    "Abwesenheitsnotiz: Refund please",
    "Automatische Antwort: Refund please",
    "Réponse automatique : Refund please",
    "Re\u0301ponse automatique : Refund please",  # decomposed é
    "Absence du bureau",
    "Respuesta automática: Refund please",
    "Respuesta automatica: Refund please",
    "Fuera de la oficina",
    "Risposta automatica: Refund please",
    "Fuori sede",
    "Automatisch antwoord: Refund please",
    "Afwezig: Refund please",
    "Automatic reply:\r\n\tRefund please",
]

# Mail that looks close to screened mail but is a person writing: it must be drafted.
NOT_SCREENED = [
    pytest.param([("Auto-Submitted", "no")], {}, id="auto-submitted-no"),
    pytest.param([("Auto-Submitted", "No (sent by a person)")], {}, id="auto-submitted-no-comment"),
    pytest.param([("Auto-Submitted", '"no"')], {}, id="auto-submitted-no-quoted"),
    pytest.param(
        [("Auto-Submitted", "(written (and sent) by a person) no")],
        {},
        id="auto-submitted-comment-first",
    ),
    # Sits on mail people send from Exchange; only "All" is taken as a sign.
    pytest.param([("X-Auto-Response-Suppress", "DR, OOF, AutoReply")], {}, id="suppress-list"),
    pytest.param([("X-Auto-Response-Suppress", "OOF")], {}, id="suppress-oof"),
    pytest.param([("X-Auto-Response-Suppress", "None")], {}, id="suppress-none"),
    pytest.param([("Precedence", "first-class")], {}, id="precedence-first-class"),
    pytest.param([("X-Precedence", "normal")], {}, id="x-precedence-normal"),
    pytest.param([("Return-Path", "<jane+shop@example.com>")], {}, id="return-path-person"),
    pytest.param(
        [("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")], {}, id="ms-rules-agent"
    ),
    pytest.param([("In-Reply-To", OUR_MESSAGE_ID)], {}, id="reply-to-our-message"),
    pytest.param(
        [("References", f"<CAF1@mail.example.com> {OUR_MESSAGE_ID}")], {}, id="references-ours"
    ),
    pytest.param([], {"subject": "Re: my refund"}, id="subject-re-refund"),
    pytest.param(
        [], {"subject": "Re: Automatic reply: Refund please"}, id="subject-person-answers-oof"
    ),
    pytest.param([], {"subject": "AW: Abwesenheitsnotiz: Bestellung"}, id="subject-german-answer"),
    pytest.param(
        [], {"subject": "Are you out of office this week?"}, id="subject-oof-words-inside"
    ),
    pytest.param([], {"subject": "Out of stock, refund please"}, id="subject-out-of-stock"),
    pytest.param([], {"subject": "Autoreplying is broken on your site"}, id="subject-longer-word"),
    pytest.param(
        [],
        {"text": "I was out of office last week. Automatic reply: none. Please refund #1001."},
        id="body-mentions-out-of-office",
    ),
    pytest.param(
        [("Content-Type", "multipart/mixed; boundary=f")],
        {
            "content_type": "multipart/mixed",
            "part_types": (
                "multipart/mixed",
                "text/plain",
                "message/rfc822",
                "multipart/report",
                "text/plain",
                "message/delivery-status",
                "message/rfc822",
                "text/plain",
            ),
        },
        id="customer-forwards-a-bounce",
    ),
    pytest.param(
        [], {"sender": '"support@acme.example" <mallory@evil.example>'}, id="display-name-spoof"
    ),
    pytest.param([], {"sender": "jane@noreply.example"}, id="no-reply-word-in-domain-only"),
    pytest.param(
        [], {"sender": Address("No Reply", "jane@example.com")}, id="no-reply-display-name"
    ),
]

NO_REPLY_ADDRESSES = [
    "mailer-daemon@example.com",
    "postmaster@example.com",
    "abuse@example.com",
    "root@example.com",
    "noreply@example.com",
    "no-reply@carrier.example",
    "no_reply@example.com",
    "no.reply@example.com",
    "NoReply@Example.com",
    "donotreply@example.com",
    "do-not-reply@example.com",
    "do_not_reply@example.com",
    "bounce@example.com",
    "bounces@example.com",
    "bounces+jane=example.com@mail.example.net",
    "bounce-mc.us5_123.456-jane=example.com@mail.example.net",
    "news-bounces@lists.example.com",
    "noreply-orders@shop.example",
    "no-reply-notifications@shop.example",
    "noreplyorders@shop.example",
    "payments-noreply@pay.example",
    "bob.noreply.fan@example.com",
]

PERSONAL_ADDRESSES = [
    "jane@example.com",
    "renoreply@example.com",
    "bob.renoreply@example.com",
    "noreen@example.com",
    "reply@example.com",
    "rooted@example.com",
    "groot@example.com",
    "abuser@example.com",
    "bouncer@example.com",
    "bouncy.castle@example.com",
    "jane@noreply.example.com",
    "postmaster.jane@example.com",
]


@pytest.mark.parametrize(("headers", "fields", "reason", "evidence"), HEADER_VARIANTS)
def test_it_screens_each_header_variant(
    headers: list[tuple[str, str]], fields: dict[str, Any], reason: SkipReason, evidence: str
) -> None:
    skip = screened(mail(headers, **fields))

    assert skip is not None
    assert skip.reason is reason
    assert evidence in skip.detail
    assert "\n" not in skip.detail and "\r" not in skip.detail and "\t" not in skip.detail


def test_it_has_at_least_forty_header_variants() -> None:
    assert len(HEADER_VARIANTS) >= 40  # RELIABILITY.md AUTO-1: one sample per variant


def test_it_drafts_the_same_mail_without_the_header() -> None:
    assert screened(mail()) is None


@pytest.mark.parametrize("subject", OUT_OF_OFFICE_SUBJECTS)
def test_it_screens_out_of_office_subjects(subject: str) -> None:
    skip = screened(mail(subject=subject))

    assert skip is not None
    assert skip.reason is SkipReason.AUTO_REPLY
    assert skip.detail.startswith("Subject: ")
    assert "\n" not in skip.detail


@pytest.mark.parametrize(("headers", "fields"), NOT_SCREENED)
def test_it_does_not_screen_a_person_writing(
    headers: list[tuple[str, str]], fields: dict[str, Any]
) -> None:
    assert screened(mail(headers, **fields)) is None


@pytest.mark.parametrize("address", NO_REPLY_ADDRESSES)
def test_it_matches_no_reply_addresses(address: str) -> None:
    assert DEFAULT_NO_REPLY.search(address.lower())


@pytest.mark.parametrize("address", PERSONAL_ADDRESSES)
def test_it_does_not_match_personal_addresses(address: str) -> None:
    assert not DEFAULT_NO_REPLY.search(address.lower())


@pytest.mark.parametrize("address", PERSONAL_ADDRESSES)
def test_it_drafts_to_personal_addresses(address: str) -> None:
    assert screened(mail(sender=address)) is None


def test_it_uses_a_custom_no_reply_pattern_instead_of_the_default() -> None:
    custom = re.compile(r"^alerts@")

    alerts = screened(mail(sender="alerts@monitor.example"), no_reply=custom)
    noreply = screened(mail(sender="noreply@carrier.example"), no_reply=custom)

    assert alerts == Skip(
        SkipReason.NO_REPLY, "sender matches no-reply pattern: alerts@monitor.example"
    )
    assert noreply is None


@pytest.mark.parametrize(
    "sender",
    [
        "support@acme.example",
        "SUPPORT@ACME.EXAMPLE",
        "Acme Support <Support@Acme.Example>",
        "orders@acme.example",  # an alias, configured as Orders@ACME.example
        " support@acme.example ",
    ],
)
def test_it_screens_mail_from_our_own_addresses_in_any_case(sender: str) -> None:
    skip = screened(mail(sender=sender))

    assert skip is not None
    assert skip.reason is SkipReason.OWN_ADDRESS
    assert sender.strip().rpartition("<")[2].rstrip(">") in skip.detail


def test_it_judges_own_address_by_the_address_not_the_display_name() -> None:
    spoofed = Address("support@acme.example", "mallory@evil.example")
    mislabelled = Address("Mallory", "support@acme.example")

    assert screened(mail(sender=spoofed)) is None
    assert screened(mail(sender=mislabelled)) == Skip(
        SkipReason.OWN_ADDRESS, "sender is one of our own addresses: support@acme.example"
    )


@pytest.mark.parametrize(
    ("message_id", "sender"),
    [
        pytest.param("<CAF=x1yZ@acme.example>", "jane@acme.example", id="colleague-at-our-domain"),
        pytest.param(
            "<inboxbot.abc@acme.example.evil.example>", "jane@example.com", id="longer-domain"
        ),
        pytest.param("<inboxbot.abc@mail.acme.example>", "jane@example.com", id="subdomain"),
        pytest.param("<xinboxbot.abc@acme.example>", "jane@example.com", id="prefix-inside-word"),
        pytest.param("<inboxbotabc@acme.example>", "jane@example.com", id="prefix-without-dot"),
        pytest.param("<inboxbot.@acme.example>", "jane@example.com", id="prefix-without-random"),
    ],
)
def test_it_does_not_take_other_message_id_shapes_for_a_loop(message_id: str, sender: str) -> None:
    assert screened(mail(message_id=message_id, sender=sender)) is None


def test_it_needs_our_domain_to_recognise_our_message_ids() -> None:
    email = mail(message_id=OUR_MESSAGE_ID)

    assert screened(email, own_domain=None) is None
    assert screened(email, own_domain=" ACME.example ") == Skip(
        SkipReason.LOOP, f"Message-ID: {OUR_MESSAGE_ID}"
    )


@pytest.mark.parametrize(
    ("headers", "fields", "reason"),
    [
        pytest.param(
            [
                ("Content-Type", "multipart/report; report-type=delivery-status"),
                ("Auto-Submitted", "auto-replied"),
                ("Return-Path", "<>"),
            ],
            {"content_type": "multipart/report", "part_types": DSN_PARTS},
            BOUNCE,
            id="bounce-before-auto-reply",
        ),
        pytest.param(
            [("Auto-Submitted", "auto-generated")],
            {"sender": "MAILER-DAEMON@mx.example.net"},
            BOUNCE,
            id="daemon-sender-before-auto-reply",
        ),
        pytest.param(
            [],
            {"sender": "support@acme.example", "message_id": OUR_MESSAGE_ID},
            LOOP,
            id="loop-before-own-address",
        ),
        pytest.param(
            [("Auto-Submitted", "auto-replied")],
            {"sender": "support@acme.example"},
            OWN,
            id="own-address-before-auto-reply",
        ),
        pytest.param(
            [("Auto-Submitted", "auto-replied"), ("Return-Path", "<>")],
            {},
            AUTO,
            id="auto-reply-before-null-return-path",
        ),
        pytest.param(
            [
                ("Auto-Submitted", "auto-replied"),
                ("Precedence", "bulk"),
                ("List-Id", "<a.example>"),
            ],
            {},
            AUTO,
            id="auto-reply-before-list-and-bulk",
        ),
        pytest.param(
            [("Precedence", "bulk"), ("List-Id", "<news.example.com>")],
            {},
            LIST,
            id="list-before-bulk",
        ),
        pytest.param(
            [("Precedence", "junk")],
            {"sender": "noreply@shop.example"},
            BULK,
            id="bulk-before-no-reply",
        ),
        pytest.param(
            [],
            {"sender": "noreply@shop.example", "subject": "Automatic reply: order"},
            NO_REPLY,
            id="no-reply-before-subject",
        ),
        pytest.param(
            [("List-Id", "<news.example.com>")],
            {"subject": "Out of Office furniture sale"},
            LIST,
            id="list-header-before-subject",
        ),
    ],
)
def test_it_reports_the_first_reason_in_order(
    headers: list[tuple[str, str]], fields: dict[str, Any], reason: SkipReason
) -> None:
    skip = screened(mail(headers, **fields))

    assert skip is not None
    assert skip.reason is reason


def test_it_does_not_screen_a_message_for_having_no_sender() -> None:
    """GIVEN a message without From WHEN screened THEN only its headers can screen it."""
    assert screened(mail(sender=None)) is None
    assert screened(mail(sender="")) is None
    assert screened(mail([("Auto-Submitted", "auto-replied")], sender=None)) == Skip(
        SkipReason.AUTO_REPLY, "Auto-Submitted: auto-replied"
    )


def test_it_quotes_long_header_values_shortened() -> None:
    skip = screened(mail([("List-Id", "x" * 5000)]))

    assert skip is not None
    assert len(skip.detail) < 250
    assert skip.detail.endswith("…")


def test_it_refuses_a_single_string_as_own_addresses() -> None:
    with pytest.raises(TypeError, match="own_addresses"):
        screen(mail(), own_addresses="support@acme.example")


HEADER_NAMES = st.sampled_from(
    [
        "Auto-Submitted",
        "X-Auto-Response-Suppress",
        "Precedence",
        "X-Precedence",
        "X-Loop",
        "Return-Path",
        "List-Id",
        "Content-Type",
        "Message-ID",
        "Subject",
        "X-Anything",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    headers=st.lists(st.tuples(HEADER_NAMES, st.text(max_size=80)), max_size=6),
    subject=st.text(max_size=80),
    address=st.text(max_size=40),
)
def test_it_never_fails_and_keeps_evidence_on_one_line(
    headers: list[tuple[str, str]], subject: str, address: str
) -> None:
    skip = screened(mail(headers, subject=subject, sender=Address("", address)))

    assert skip is None or ("\n" not in skip.detail and "\r" not in skip.detail)
