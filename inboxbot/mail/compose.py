"""The reply as a MIME message: threading headers, encodings, and no header injection.

The rules this module keeps (RELIABILITY.md OUT-1 … OUT-4, AUTO-7):
- the Message-ID is the one made with the draft, so every attempt carries the same;
- In-Reply-To is the customer's Message-ID and References the chain before it,
  trimmed to the first and the last IDs so no line nears the 998-character limit;
- the subject is "Re: " once, never "Re: Re:";
- a header value with a line break in it (CR, LF, or any other character Python
  splits lines at) or NUL is refused, never encoded: the Python this runs on may
  predate the fix that stops the email package from writing it out (CVE-2024-6923);
- non-ASCII names and subjects become RFC 2047 encoded-words (policy.SMTP); raw
  UTF-8 headers (RFC 6532) only when the caller asks for them, because the server
  offered SMTPUTF8;
- Auto-Submitted only on mail no person approved: an approved reply is a person's.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.utils import format_datetime

from inboxbot.errors import ComposeError
from inboxbot.models import Address

# OUT-2: the first ID names the thread's start; the last ones are the recent
# replies that clients thread on. Eleven IDs of ~60 characters fold into short lines.
KEEP_FIRST_REFERENCES = 1
KEEP_LAST_REFERENCES = 10
RE_MESSAGE_ID = re.compile(r"^<[^<>\s]+>$")
MAX_MESSAGE_ID = 250  # longer IDs are not threading, they are an attack on line length
RE_REPLY_PREFIX = re.compile(r"^\s*re\s*:", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Reply:
    """Everything a reply is made of, as stored with the approved draft."""

    sender: Address
    to: Address
    subject: str
    body: str
    message_id: str
    in_reply_to: str | None
    references: tuple[str, ...]
    date: datetime  # aware
    auto_submitted: bool = False

    def fingerprint(self) -> str:
        """A hash of what a person approved: recipient, subject, text and thread (OUT-7)."""
        return approval_hash(
            to_name=self.to.name,
            to_address=self.to.address,
            subject=self.subject,
            body=self.body,
            message_id=self.message_id,
            in_reply_to=self.in_reply_to,
            references=" ".join(self.references),
        )


def approval_hash(
    *,
    to_name: str,
    to_address: str,
    subject: str,
    body: str | None,
    message_id: str,
    in_reply_to: str | None,
    references: str,
) -> str:
    """SHA-256 over the fields that decide what a customer gets."""
    fields = [to_name, to_address, subject, body, message_id, in_reply_to, references]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()


def build(reply: Reply, *, utf8: bool = False) -> EmailMessage:
    """The reply as an EmailMessage, or ComposeError when a header would be unsafe.

    `utf8`: write non-ASCII headers as raw UTF-8 (RFC 6532), for a server that
    offered SMTPUTF8; otherwise they are RFC 2047 encoded-words.
    """
    for name, value in (
        ("From name", reply.sender.name),
        ("From address", reply.sender.address),
        ("To name", reply.to.name),
        ("To address", reply.to.address),
        ("Subject", reply.subject),
        ("Message-ID", reply.message_id),
        ("In-Reply-To", reply.in_reply_to or ""),
        *(("References", ref) for ref in reply.references),
    ):
        check_header(name, value)
    if not RE_MESSAGE_ID.match(reply.message_id):
        raise ComposeError(f"the reply's Message-ID {reply.message_id!r} is not <id@domain>")
    msg = EmailMessage(policy=policy.SMTPUTF8 if utf8 else policy.SMTP)
    msg["From"] = _address(reply.sender, "From")
    msg["To"] = _address(reply.to, "To")
    msg["Subject"] = reply_subject(reply.subject) if reply.in_reply_to else reply.subject
    msg["Date"] = format_datetime(reply.date)
    msg["Message-ID"] = reply.message_id
    parent = reply.in_reply_to if reply.in_reply_to and _usable(reply.in_reply_to) else None
    if parent:
        msg["In-Reply-To"] = parent
    chain = thread_references(reply.references, parent)
    if chain:
        msg["References"] = " ".join(chain)
    if reply.auto_submitted:
        # RFC 3834: machines must not answer this; Exchange honours the second one.
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Auto-Response-Suppress"] = "All"
    body = reply.body if reply.body.endswith("\n") else reply.body + "\n"
    # 8bit would need the server's 8BITMIME; quoted-printable always travels.
    msg.set_content(
        body, subtype="plain", charset="utf-8", cte=None if body.isascii() else "quoted-printable"
    )
    return msg


def check_header(name: str, value: str) -> None:
    """Refuse a header value that could end the header and start another one (OUT-3)."""
    # splitlines() drops every line break it knows, a trailing one included.
    if "\x00" in value or "".join(value.splitlines()) != value:
        shown = value if len(value) <= 80 else value[:77] + "..."
        raise ComposeError(
            f"{name} contains a line break or NUL, which could add headers or recipients: "
            f"{shown!r}; nothing was sent"
        )


def reply_subject(subject: str) -> str:
    """'Re: ' and the subject, once: a subject that is already a reply stays as it is."""
    subject = subject.strip()
    if RE_REPLY_PREFIX.match(subject):
        return "Re: " + RE_REPLY_PREFIX.sub("", subject, count=1).strip()
    return "Re: " + (subject or "your message")


def thread_references(references: tuple[str, ...], parent: str | None) -> list[str]:
    """The References of a reply: the chain ending in the parent, trimmed (OUT-2)."""
    chain = [ref for ref in dict.fromkeys(references) if _usable(ref)]
    if parent:
        chain = [ref for ref in chain if ref != parent] + [parent]
    if len(chain) > KEEP_FIRST_REFERENCES + KEEP_LAST_REFERENCES:
        chain = chain[:KEEP_FIRST_REFERENCES] + chain[-KEEP_LAST_REFERENCES:]
    return chain


def needs_utf8(reply: Reply) -> bool:
    """Whether an address has non-ASCII characters: only SMTPUTF8 can carry it (RFC 6531)."""
    return not (reply.sender.address.isascii() and reply.to.address.isascii())


def _usable(ref: str) -> bool:
    return bool(RE_MESSAGE_ID.match(ref)) and len(ref) <= MAX_MESSAGE_ID and ref.isascii()


def _address(address: Address, header: str) -> HeaderAddress:
    try:
        return HeaderAddress(display_name=address.name.strip(), addr_spec=address.address.strip())
    except (ValueError, IndexError) as err:
        raise ComposeError(
            f"{header}: {address.address!r} is not an e-mail address ({err})"
        ) from err
