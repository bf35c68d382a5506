"""Builders for the pipeline's dataclasses, so a test names only what it is about."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from inboxbot.models import Address, Email


def make_email(
    *,
    text: str = "Hello, I would like a refund for order #1001.",
    subject: str = "Refund please",
    sender: str | Address | None = "Jane Doe <jane@example.com>",
    headers: dict[str, str] | list[tuple[str, str]] | None = None,
    **fields: Any,
) -> Email:
    """An Email as the parser would produce it; keyword arguments override any field.

    `headers` lists extra headers (any case); From/Subject/Message-ID are added
    from the other arguments so `Email.header()` sees a consistent message.
    """
    if isinstance(sender, str):
        name, _, rest = sender.rpartition("<")
        sender = (
            Address(name.strip().strip('"'), rest.rstrip(">"))
            if rest.endswith(">")
            else Address("", sender)
        )
    message_id = fields.pop("message_id", "<test-1@example.com>")
    extra = list(headers.items()) if isinstance(headers, dict) else list(headers or [])
    all_headers = [("from", str(sender) if sender else ""), ("subject", subject)]
    if message_id:
        all_headers.append(("message-id", message_id))
    all_headers += [(k.lower(), v) for k, v in extra]
    values: dict[str, Any] = {
        "message_id": message_id,
        "subject": subject,
        "sender": sender,
        "to": (Address("Acme Support", "support@acme.example"),),
        "cc": (),
        "reply_to": (),
        "date": datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
        "in_reply_to": None,
        "references": (),
        "headers": tuple(all_headers),
        "content_type": "text/plain",
        "part_types": ("text/plain",),
        "text": text,
        "new_text": fields.pop("new_text", text),
        "html": None,
        "attachments": (),
        "defects": (),
        "dedup_key": hashlib.sha256(f"{message_id}{subject}".encode()).hexdigest(),
    }
    values.update(fields)
    return Email(**values)
