"""Which mail must never get a draft: machines, lists, the shop itself, our own replies.

`screen()` is a pure function of one parsed `Email`. It returns a `Skip` naming the
reason and the evidence a VA can read, or None when the mail may be drafted. The
caller still records a screened message; screening only decides.

Checks run in this order and the first hit wins:

| step | reason       | evidence                                                            |
| ---- | ------------ | ------------------------------------------------------------------- |
| 1    | BOUNCE       | multipart/report; report-type=(global-)delivery-status, a           |
|      |              | message/(global-)delivery-status part, sender mailer-daemon or      |
|      |              | postmaster                                                          |
| 2    | LOOP         | Message-ID <inboxbot.*@own_domain>, X-Loop naming inboxbot or us    |
| 3    | OWN_ADDRESS  | From is one of own_addresses (the address, never the display name)  |
| 4    | AUTO_REPLY   | Auto-Submitted other than "no", X-Auto-Response-Suppress: All,      |
|      |              | X-Autoreply / X-Autorespond / X-Autoresponder, (X-)Precedence:      |
|      |              | auto_reply, any other X-Loop, any other multipart/report (read      |
|      |              | receipts)                                                           |
| 5    | BOUNCE       | Return-Path: <> (null envelope sender)                              |
| 6    | MAILING_LIST | List-Id, List-Unsubscribe, List-Post, List-Help, List-Subscribe,    |
|      |              | List-Owner, List-Archive, Mailing-List, X-Mailing-List,             |
|      |              | (X-)Precedence: list, sender owner-*, *-request, listserv or        |
|      |              | majordomo                                                           |
| 7    | BULK         | (X-)Precedence: bulk or junk                                        |
| 8    | NO_REPLY     | the sender address matches the `no_reply` pattern                   |
| 9    | AUTO_REPLY   | an out-of-office subject ("Automatic reply:", "Abwesenheitsnotiz")  |

Why this order: the most specific reason wins, so the record says what the mail is.
A DSN usually also carries Auto-Submitted and comes from MAILER-DAEMON, and bounce
handling needs to know it is a bounce. Our own reply coming back is both from our
address and ours by Message-ID; LOOP is the one to alert on. The shop's own
out-of-office is own mail first. Auto-responders often add Precedence: bulk, and list
mail often carries Precedence: bulk or list, so AUTO_REPLY comes before MAILING_LIST
and MAILING_LIST before BULK. The weak signals come after every header that states
what the mail is: a null Return-Path is also how RFC 3834 auto-responders send (Exim's
autoreply transport always does), a no-reply address is a guess from a name, and a
subject is words a person could type (AUTO-8: headers first, subject second).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import dataclass

from inboxbot.models import Email, Skip, SkipReason

# Our replies get Message-IDs <inboxbot.<random>@<own_domain>> (OUT-1), so mail that
# carries one is our own reply coming back: Cc/Bcc to self, a redirect, a forward rule.
OWN_MESSAGE_ID_PREFIX = "inboxbot."
# An X-Loop value naming this word (or one of our addresses) was put there by us.
OWN_LOOP_NAME = "inboxbot"
RE_OWN_MESSAGE_ID = re.compile(
    rf"^<?{re.escape(OWN_MESSAGE_ID_PREFIX)}[^@<>\s]+@([^@<>\s]+)>?$", re.IGNORECASE
)

# RFC 3464 DSNs and their RFC 6533 internationalised form, inside a multipart/report
# (RFC 6522). Any other report type (RFC 8098 read receipts, feedback reports) is a
# machine talking too, so it is screened as an automatic reply.
REPORT_TYPE = "multipart/report"
DSN_REPORT_TYPES = frozenset({"delivery-status", "global-delivery-status"})
DSN_PART_TYPES = frozenset({"message/delivery-status", "message/global-delivery-status"})
# A DSN part after one of these belongs to a message the customer forwarded to us
# ("your address bounced, see below"): that mail is from a person and needs a reply.
FORWARDED_MESSAGE_TYPES = frozenset({"message/rfc822", "message/global"})
RE_REPORT_TYPE = re.compile(r';\s*report-type\s*=\s*"?\s*([^";\s]+)', re.IGNORECASE)

# Senders that only MTAs use for delivery reports (RFC 5321 postmaster, sendmail's
# MAILER-DAEMON); a reply to them can only bounce again.
BOUNCE_LOCAL_PARTS = frozenset({"mailer-daemon", "postmaster"})
# RFC 3834 sends a response to the envelope sender, never to a null one; a null
# Return-Path is how bounces (and auto-responders) are sent. "<<>>" is what
# Microsoft's IIS SMTP service writes.
NULL_RETURN_PATHS = frozenset({"<>", "<<>>"})

# RFC 3834 §5: "no" means a person wrote it; every other keyword (auto-generated,
# auto-replied, RFC 5436 auto-notified, vendor ones like Zimbra's "vacation") does not.
AUTO_SUBMITTED = "Auto-Submitted"
AUTO_SUBMITTED_HUMAN = "no"
# Microsoft's request not to auto-answer this message. Exchange writes "All" on its own
# automatic replies; narrower lists ("DR, OOF, AutoReply") also sit on mail people
# write, and helpdesks that screened on them lost real mail (Jitbit's "Do not use
# X-Auto-Response-Suppress", GLPI #2170, Discourse PR #21367), so only "All" counts.
AUTO_RESPONSE_SUPPRESS = "X-Auto-Response-Suppress"
AUTO_RESPONSE_SUPPRESS_ALL = "all"
RE_LIST_SEPARATOR = re.compile(r"[\s,;]+")  # "DR, RN, NRN"
# Set by vacation responders (Gmail sends X-Autoreply: yes); present means automatic.
AUTO_REPLY_HEADERS = ("X-Autoreply", "X-Autorespond", "X-Autoresponder")
# procmail, ticket systems and list managers add X-Loop to mail they generate.
X_LOOP = "X-Loop"
RE_X_LOOP_TOKEN = re.compile(r'[^\s<>,;()"]+')

PRECEDENCE_HEADERS = ("Precedence", "X-Precedence")
PRECEDENCE_AUTO_REPLY = frozenset({"auto_reply"})
# "list" is a list's own marker, so it gets the list's reason rather than BULK.
PRECEDENCE_LIST = frozenset({"list"})
PRECEDENCE_BULK = frozenset({"bulk", "junk"})

# RFC 2919 (List-Id) and RFC 2369 (the List-* URLs); Mailing-List is ezmlm's and
# X-Mailing-List SmartList's and vger's. A reply would go to the whole list.
LIST_HEADERS = (
    "List-Id",
    "List-Unsubscribe",
    "List-Post",
    "List-Help",
    "List-Subscribe",
    "List-Owner",
    "List-Archive",
    "Mailing-List",
    "X-Mailing-List",
)
# List-manager addresses that Sieve vacation (RFC 5230) recommends never answering.
RE_LIST_LOCAL_PART = re.compile(r"^(?:owner-.+|.+-request|listserv|majordomo)$", re.IGNORECASE)

# AUTO-4's default, anchored on the local part. Role mailboxes (RFC 2142) and root
# match exactly; "bounce"/"bounces" match as a word of the local part, VERP tails
# allowed ("bounces+x=y@", "news-bounces@", not "bouncer@"); a no-reply word matches
# at the start of a word of the local part, with anything after it ("noreply@",
# "noreply-orders@", "payments-noreply@", "bob.noreply.fan@", not "renoreply@").
DEFAULT_NO_REPLY = re.compile(
    r"""
    ^(?:
        (?:mailer-daemon|postmaster|abuse|root)
      | (?:[^@]*[-+._=])?bounces?(?:[-+._=][^@]*)?
      | (?:[^@]*[-+._=])?(?:no[-_.]?reply|do[-_.]?not[-_.]?reply)[^@]*
    )@
    """,
    re.IGNORECASE | re.VERBOSE,
)

# AUTO-8: subject prefixes of out-of-office replies (Exchange, Gmail, Thunderbird and
# others, in the languages the shop's customers write). Only at the start, so that
# "Re: Automatic reply: …" (a person answering one) and "my refund" pass. Accents are
# optional because some responders send the subject in ASCII.
RE_OUT_OF_OFFICE_SUBJECT = re.compile(
    r"""
    ^\s*\[?\s*(?:
        auto(?:matic|mated)?[-\s]?(?:reply|response)
      | out\ of\ (?:the\ )?office
      | abwesenheitsnotiz | automatische\ antwort
      | r[eé]ponse\ automatique | absence\ du\ bureau
      | respuesta\ autom[aá]tica | fuera\ de\ la\ oficina
      | risposta\ automatica | fuori\ sede
      | automatisch\ antwoord | afwezig
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)

RE_WHITESPACE = re.compile(r"\s+")
RE_COMMENT = re.compile(r"\([^()]*\)")
MAX_EVIDENCE = 200  # characters of a header value quoted in `Skip.detail`


@dataclass(frozen=True, slots=True)
class _Context:
    """The shop's identity, normalised once per call."""

    own_addresses: frozenset[str]
    own_domain: str | None
    no_reply: re.Pattern[str]


def screen(
    email: Email,
    *,
    own_addresses: Collection[str],
    own_domain: str | None = None,
    no_reply: re.Pattern[str] = DEFAULT_NO_REPLY,
) -> Skip | None:
    """Why `email` must get no draft, or None if it may be drafted.

    `own_addresses` are the shop's address and aliases; `own_domain` is the right-hand
    side of the Message-IDs inboxbot generates; `no_reply` is searched in the
    lower-cased sender address. A message without a sender is never screened for
    that alone: the caller handles it.
    """
    if isinstance(own_addresses, str):
        # A bare string is a Collection[str] of characters: fail instead of never matching.
        raise TypeError("own_addresses must be a collection of addresses, not one string")
    context = _Context(
        own_addresses=frozenset(a.strip().lower() for a in own_addresses),
        own_domain=own_domain.strip().lower() if own_domain else None,
        no_reply=no_reply,
    )
    for check in CHECKS:
        if skip := check(email, context):
            return skip
    return None


def _clean(value: str) -> str:
    """A header value unfolded onto one line, each run of whitespace one space."""
    return RE_WHITESPACE.sub(" ", value).strip()


def _evidence(name: str, value: str) -> str:
    """`Name: value` as a VA reads it: one line, cut to a readable length."""
    value = _clean(value)
    if len(value) > MAX_EVIDENCE:
        value = value[: MAX_EVIDENCE - 1] + "…"
    return f"{name}: {value}".rstrip()


def _keyword(value: str) -> str:
    """The first word of a structured value, lower-cased, without comments or parameters."""
    text = _clean(value)
    while (uncommented := RE_COMMENT.sub(" ", text)) != text:
        text = uncommented  # comments nest, so peel them from the inside out
    words = text.split(";", 1)[0].replace('"', " ").split()
    return words[0].lower() if words else ""


def _sender(email: Email) -> str | None:
    """The sender's address on one line, or None when the message has none."""
    if email.sender is None:
        return None
    return _clean(email.sender.address) or None


def _local_part(address: str) -> str:
    """The part left of the last @; the whole address when it has none (MAILER-DAEMON)."""
    return address.rpartition("@")[0] if "@" in address else address


def _precedence(email: Email, wanted: frozenset[str]) -> str | None:
    """Evidence of a Precedence or X-Precedence value in `wanted`, or None."""
    for name in PRECEDENCE_HEADERS:
        for value in email.header_values(name):
            if _keyword(value) in wanted:
                return _evidence(name, value)
    return None


def _content_type(email: Email) -> tuple[str, str]:
    """The top-level type and the raw value to quote, header first, parser's value second."""
    raw = email.header("content-type") or email.content_type or ""
    return _keyword(email.content_type or raw), raw


def _report_type(email: Email) -> str | None:
    """The report-type parameter of the top-level Content-Type, lower-cased, if any."""
    for value in (email.header("content-type"), email.content_type):
        if value and (match := RE_REPORT_TYPE.search(_clean(value))):
            return match.group(1).lower()
    return None


def _check_bounce(email: Email, context: _Context) -> Skip | None:
    """A delivery status notification: by its MIME structure or its sender."""
    kind, raw = _content_type(email)
    if kind == REPORT_TYPE and _report_type(email) in DSN_REPORT_TYPES:
        return Skip(SkipReason.BOUNCE, _evidence("Content-Type", raw))
    # Some MTAs send the report part in a multipart/mixed; accept it anywhere except
    # inside a message the customer attached.
    for raw_part_type in email.part_types:
        part_type = _clean(raw_part_type).lower()
        if part_type in FORWARDED_MESSAGE_TYPES:
            break
        if part_type in DSN_PART_TYPES:
            return Skip(SkipReason.BOUNCE, f"{part_type} part")
    sender = _sender(email)
    if sender and _local_part(sender).lower() in BOUNCE_LOCAL_PARTS:
        return Skip(SkipReason.BOUNCE, f"sender is a mail system address: {sender}")
    return None


def _check_loop(email: Email, context: _Context) -> Skip | None:
    """Our own reply coming back: our Message-ID shape, or our X-Loop value."""
    if context.own_domain:
        for value in dict.fromkeys([email.message_id or "", *email.header_values("message-id")]):
            match = RE_OWN_MESSAGE_ID.match(_clean(value))
            if match and match.group(1).lower() == context.own_domain:
                return Skip(SkipReason.LOOP, _evidence("Message-ID", value))
    ours = context.own_addresses | {OWN_LOOP_NAME}
    for value in email.header_values(X_LOOP):
        if any(token.lower() in ours for token in RE_X_LOOP_TOKEN.findall(value)):
            return Skip(SkipReason.LOOP, _evidence(X_LOOP, value))
    return None


def _check_own_address(email: Email, context: _Context) -> Skip | None:
    """Mail from the shop itself; the display name is anyone's to write, so never it."""
    sender = _sender(email)
    if sender and sender.lower() in context.own_addresses:
        return Skip(SkipReason.OWN_ADDRESS, f"sender is one of our own addresses: {sender}")
    return None


def _check_auto_reply_headers(email: Email, context: _Context) -> Skip | None:
    """An automatic reply or notification, as its headers say (RFC 3834 and vendors)."""
    for value in email.header_values(AUTO_SUBMITTED):
        if _keyword(value) != AUTO_SUBMITTED_HUMAN:
            return Skip(SkipReason.AUTO_REPLY, _evidence(AUTO_SUBMITTED, value))
    for value in email.header_values(AUTO_RESPONSE_SUPPRESS):
        tokens = RE_LIST_SEPARATOR.split(_clean(value).lower())
        if AUTO_RESPONSE_SUPPRESS_ALL in tokens:
            return Skip(SkipReason.AUTO_REPLY, _evidence(AUTO_RESPONSE_SUPPRESS, value))
    for name in AUTO_REPLY_HEADERS:
        values = email.header_values(name)
        if values:
            return Skip(SkipReason.AUTO_REPLY, _evidence(name, values[0]))
    if evidence := _precedence(email, PRECEDENCE_AUTO_REPLY):
        return Skip(SkipReason.AUTO_REPLY, evidence)
    # Not ours (step 2 would have caught it), but something automatic marked it.
    values = email.header_values(X_LOOP)
    if values:
        return Skip(SkipReason.AUTO_REPLY, _evidence(X_LOOP, values[0]))
    kind, raw = _content_type(email)
    if kind == REPORT_TYPE:
        return Skip(SkipReason.AUTO_REPLY, _evidence("Content-Type", raw))
    return None


def _check_null_return_path(email: Email, context: _Context) -> Skip | None:
    """A null envelope sender: nothing can be delivered back to it."""
    for value in email.header_values("return-path"):
        if _clean(value).replace(" ", "") in NULL_RETURN_PATHS:
            return Skip(SkipReason.BOUNCE, _evidence("Return-Path", value))
    return None


def _check_mailing_list(email: Email, context: _Context) -> Skip | None:
    """Mail from a list: its headers, Precedence: list, or a list manager's address."""
    for name in LIST_HEADERS:
        values = email.header_values(name)
        if values:
            return Skip(SkipReason.MAILING_LIST, _evidence(name, values[0]))
    if evidence := _precedence(email, PRECEDENCE_LIST):
        return Skip(SkipReason.MAILING_LIST, evidence)
    sender = _sender(email)
    if sender and RE_LIST_LOCAL_PART.match(_local_part(sender)):
        return Skip(SkipReason.MAILING_LIST, f"sender is a mailing-list address: {sender}")
    return None


def _check_bulk(email: Email, context: _Context) -> Skip | None:
    """Mail its sender marked as bulk or junk."""
    if evidence := _precedence(email, PRECEDENCE_BULK):
        return Skip(SkipReason.BULK, evidence)
    return None


def _check_no_reply(email: Email, context: _Context) -> Skip | None:
    """A sender address nobody reads (chatwoot #5131, FreeScout #3670 looped on these)."""
    sender = _sender(email)
    if sender and context.no_reply.search(sender.lower()):
        return Skip(SkipReason.NO_REPLY, f"sender matches no-reply pattern: {sender}")
    return None


def _check_out_of_office_subject(email: Email, context: _Context) -> Skip | None:
    """An out-of-office reply that set none of the headers, known by its subject."""
    subject = unicodedata.normalize("NFC", _clean(email.subject))
    if RE_OUT_OF_OFFICE_SUBJECT.match(subject):
        return Skip(SkipReason.AUTO_REPLY, _evidence("Subject", subject))
    return None


# The order is the one the module docstring explains; the first hit wins.
CHECKS: tuple[Callable[[Email, _Context], Skip | None], ...] = (
    _check_bounce,
    _check_loop,
    _check_own_address,
    _check_auto_reply_headers,
    _check_null_return_path,
    _check_mailing_list,
    _check_bulk,
    _check_no_reply,
    _check_out_of_office_subject,
)
