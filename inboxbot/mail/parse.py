"""Raw bytes to an `Email`, with mail-parser doing the MIME work.

Everything here treats the message as hostile: header values are decoded
leniently, attachment names are made safe before anyone sees them, and the
structure is bounded (parts, nesting) so that a crafted message fails with a
reason instead of eating the machine. `worker.py` runs this in a
separate process with a time and memory limit on top.
"""

from __future__ import annotations

import base64
import hashlib
import mimetypes
import re
import unicodedata
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32

import mailparser
from inscriptis import get_text
from mailparser_reply import EmailReplyParser

from inboxbot.errors import MalformedMessage
from inboxbot.models import Address, Attachment, Email

MAX_PARTS = 500
MAX_DEPTH = 30
MAX_HEADERS = 1000
MAX_HEADER_VALUE = 8192
# Quote detection is linear but not cheap; customers' new words come first anyway.
MAX_REPLY_SCAN = 100_000
MAX_FILENAME = 120
REPLY_LANGUAGES = ("en", "de", "es", "fr", "it", "nl")
# The header fields whose values identify a message, in this order; fetched
# alone over IMAP (BODY.PEEK[HEADER.FIELDS (...)]) to dedup before downloading bodies.
DEDUP_FIELDS = ("message-id", "date", "from", "to", "subject")

RE_MESSAGE_ID = re.compile(r"<[^<>\s]+>")
RE_ADDRESS = re.compile(r"[^\s<>\"(),;:]+@[^\s<>\"(),;:]+")
GLANCE_BYTES = 16 * 1024
RE_HEADER_LINE = re.compile(rb"^[!-9;-~]+:")  # a field name: printable ASCII but ':'
RE_SIGNATURE = re.compile(r"^-- ?$", re.MULTILINE)  # RFC 3676 section 4.3
RE_FOLD = re.compile(r"\r?\n[ \t]+")
RE_SPACES = re.compile(r"\s+")
# mail-parser names a part that has no file name itself: ten random letters and
# ".txt" or ".rtf", or the Content-ID. A random name differs on every parse and
# ".txt" misnames an image, so such a part gets our "attachment-N.ext" instead.
RE_INVENTED_NAME = re.compile(r"[a-z]{10}\.(txt|rtf)")

_reply_parser = EmailReplyParser(languages=list(REPLY_LANGUAGES))


def parse(raw: bytes) -> Email:
    """Parse one message; MalformedMessage says why when it cannot be done."""
    if not RE_HEADER_LINE.match(raw.lstrip(b"\r\n")[:1000]):
        raise MalformedMessage("no header fields at the start of the message")
    try:
        mail = mailparser.parse_from_bytes(raw)
    except RecursionError:
        raise MalformedMessage("MIME structure nested too deeply to parse") from None
    except MemoryError:
        raise  # the isolating worker reports it as over the memory limit
    except Exception as err:  # mail-parser wraps several internal errors
        raise MalformedMessage(f"cannot parse MIME: {type(err).__name__}: {err}") from None
    message = mail.message
    if message is None:
        raise MalformedMessage("cannot parse MIME: no message")
    part_types = _part_types(message)

    senders = _addresses(mail.from_)
    if not senders:
        raise MalformedMessage("no From address to reply to")
    text, html = _text(mail.text_plain, mail.text_html)
    return Email(
        message_id=_first_id(mail.message_id),
        subject=_clean(mail.subject),
        sender=senders[0],
        to=_addresses(mail.to),
        cc=_addresses(mail.cc),
        reply_to=_addresses(mail.reply_to),
        date=mail.date,
        in_reply_to=_first_id(mail.in_reply_to),
        references=tuple(RE_MESSAGE_ID.findall(str(mail.references or ""))),
        headers=_headers(message),
        content_type=message.get_content_type(),
        part_types=part_types,
        text=text,
        new_text=new_text(text),
        html=html,
        attachments=tuple(_attachment(i, a) for i, a in enumerate(mail.attachments, 1)),
        defects=tuple(_defects(mail.defects)),
        dedup_key=dedup_key(raw),
    )


def dedup_key(message_or_header_block: bytes) -> str:
    """A hash of the identifying header fields, the same from a header fetch as from the whole.

    Trace headers a server adds on re-delivery (Received, Delivered-To) are
    left out on purpose: the same mail re-filed must map to the same key.
    """
    headers = BytesHeaderParser(policy=compat32).parsebytes(message_or_header_block)
    values = []
    for name in DEDUP_FIELDS:
        value = headers.get(name)
        values.append(RE_SPACES.sub(" ", RE_FOLD.sub(" ", str(value))).strip() if value else "")
    return hashlib.sha256("\0".join(values).encode("utf-8", "surrogateescape")).hexdigest()


def quarantine_key(raw: bytes) -> str:
    """The dedup key of a message we may not be able to parse.

    The header key when the message has any identifying field, so the same
    mail maps to the same row after a UIDVALIDITY change; mail with none of
    them (garbage) is keyed by its bytes, so two different ones stay apart.
    """
    key = dedup_key(raw)
    return key if key != EMPTY_KEY else "raw:" + hashlib.sha256(raw).hexdigest()


def header_glance(raw: bytes) -> dict[str, str | None]:
    """Message-ID, sender and subject of a message we could not (or would not) parse.

    A bounded scan of the first bytes, not the email package: this runs in the
    poller itself, for messages that may have been crafted to hang a parser.
    """
    head = raw[:GLANCE_BYTES].decode("utf-8", "replace")
    found: dict[str, str | None] = {"message_id": None, "from_address": "", "subject": ""}
    for name, key, limit in (
        ("message-id", "message_id", 250),
        ("from", "from_address", 300),
        ("subject", "subject", 300),
    ):
        match = re.search(rf"^{name}:[ \t]*([^\r\n]{{0,{limit}}})", head, re.I | re.M)
        if match:
            found[key] = _decode(match.group(1)).strip() or found[key]
    if found["message_id"]:
        found["message_id"] = _first_id(found["message_id"])
    sender = RE_ADDRESS.search(found["from_address"] or "")
    found["from_address"] = sender.group(0) if sender else ""
    return found


def new_text(text: str) -> str:
    """What the sender wrote this time: the text above quoted history and signature."""
    head = text[:MAX_REPLY_SCAN]
    try:
        latest = _reply_parser.parse_reply(head) or ""
    except Exception:  # a quote heuristic must never cost us the message
        latest = head
    signature = RE_SIGNATURE.search(latest)
    if signature:
        latest = latest[: signature.start()]
    latest = latest.strip()
    return latest or text.strip()


def safe_filename(name: str | None, *, index: int, content_type: str) -> str:
    """A file name that is safe to show and to offer as a download name."""
    name = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    # Control and format characters include the bidi overrides used to
    # disguise "invoice\u202Efdp.exe" as "invoiceexe.pdf".
    name = "".join(c for c in name if unicodedata.category(c) not in ("Cc", "Cf", "Cs"))
    name = RE_SPACES.sub(" ", name).strip(" .<>")
    name = re.sub(r'[<>:"|?*]', "_", name)
    if not name:
        extension = mimetypes.guess_extension(content_type) or ".bin"
        return f"attachment-{index}{extension}"
    if len(name) > MAX_FILENAME:
        stem, dot, extension = name.rpartition(".")
        if dot and len(extension) <= 10:
            name = stem[: MAX_FILENAME - len(extension) - 1] + "." + extension
        else:
            name = name[:MAX_FILENAME]
    return name


def _part_types(message: Message) -> tuple[str, ...]:
    """Content types of every part, refusing structures beyond our bounds."""
    types: list[str] = []
    stack: list[tuple[Message, int]] = [(message, 0)]
    while stack:
        part, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise MalformedMessage(f"MIME parts nested more than {MAX_DEPTH} deep")
        types.append(part.get_content_type())
        if len(types) > MAX_PARTS:
            raise MalformedMessage(f"more than {MAX_PARTS} MIME parts")
        payload = part.get_payload()
        if part.is_multipart() and isinstance(payload, list):
            stack.extend(
                (child, depth + 1) for child in reversed(payload) if isinstance(child, Message)
            )
    return tuple(types)


def _headers(message: Message) -> tuple[tuple[str, str], ...]:
    pairs = []
    for name, value in message.items()[:MAX_HEADERS]:
        pairs.append((name.strip().lower(), _decode(value)[:MAX_HEADER_VALUE]))
    return tuple(pairs)


def _decode(value: object) -> str:
    """An RFC 2047 header value as text, whatever its charset claims."""
    try:
        return _clean(str(make_header(decode_header(str(value)))))
    except (LookupError, UnicodeError, ValueError, TypeError):
        return _clean(str(value))


def _clean(value: object) -> str:
    return RE_SPACES.sub(" ", RE_FOLD.sub(" ", str(value or ""))).strip()


def _first_id(value: object) -> str | None:
    found = RE_MESSAGE_ID.search(str(value or ""))
    return found.group(0) if found else None


def _addresses(pairs: object) -> tuple[Address, ...]:
    found = []
    for pair in pairs or []:  # type: ignore[attr-defined]
        name, address = (pair[0], pair[1]) if len(pair) == 2 else ("", "")
        address = str(address).strip()
        if "@" in address and not any(c in address for c in "\r\n\0 "):
            found.append(Address(_clean(name), address))
    return tuple(found)


def _text(plain: list[str], html: list[str]) -> tuple[str, str | None]:
    html_text = "\n".join(html) if html else None
    if plain:
        return "\n\n".join(p.strip() for p in plain).strip(), html_text
    if html_text:
        return get_text(html_text).strip(), html_text
    return "", None


def _attachment(index: int, found: dict[str, object]) -> Attachment:
    payload = found.get("payload") or ""
    if found.get("binary"):
        data = base64.b64decode(str(payload), validate=False)
    else:
        data = str(payload).encode("utf-8", "surrogateescape")
    content_type = str(found.get("mail_content_type") or "application/octet-stream").lower()
    return Attachment(
        filename=safe_filename(_given_name(found), index=index, content_type=content_type),
        content_type=content_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        data=data,
    )


def _given_name(found: dict[str, object]) -> str:
    """The file name the sender gave the part, or "" when mail-parser made one up."""
    name = str(found.get("filename") or "")
    disposition = str(found.get("content-disposition") or "").lower()
    if name == str(found.get("content-id") or ""):
        return ""
    if RE_INVENTED_NAME.fullmatch(name) and name not in disposition:
        return ""
    return name


def _defects(found: list[dict[str, list[str]]]) -> list[str]:
    out: list[str] = []
    for entry in found[:50]:
        for values in entry.values():
            out.extend(str(v)[:300] for v in (values if isinstance(values, list) else [values]))
    return out[:50]


EMPTY_KEY = dedup_key(b"")  # the key of a message with none of DEDUP_FIELDS
