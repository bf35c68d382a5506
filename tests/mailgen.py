"""Customer mail for tests: realistic enough for every stage, built with the email package."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

SHOP = "support@acme.example"

BODIES = {
    "refund": (
        "Refund for order #{n}",
        "Hi,\n\nthe lamp from order #{n} arrived with a cracked shade. I paid $4{m}.90 with PayPal "
        "and would like my money back please.\n\nThanks,\n{name}",
    ),
    "dispute": (
        "Charged twice for order {n}",
        "Hello,\n\nmy card statement shows two payments of €3{m},50 for order {n}. I only ordered "
        "once. Please reverse the second charge.\n\n{name}",
    ),
    "other": (
        "Where is order {n}?",
        "Hello there,\n\nI ordered a teapot (order {n}) last week and the tracking page has not "
        "moved since Monday. Could you check where it is?\n\nBest wishes,\n{name}",
    ),
}
KINDS = tuple(BODIES)


def customer_mail(
    n: int,
    *,
    kind: str | None = None,
    sender: str | None = None,
    subject: str | None = None,
    body: str | None = None,
    message_id: str | None = None,
    headers: dict[str, str] | None = None,
    date: datetime | None = None,
) -> bytes:
    """Message number `n`: its kind, sender and order number all follow from `n`."""
    kind = kind or KINDS[n % len(KINDS)]
    name = f"Customer {n}"
    default_subject, default_body = BODIES[kind]
    order = 1000 + n
    msg = EmailMessage()
    msg["From"] = sender or f"{name} <customer{n}@example.com>"
    msg["To"] = f"Acme Support <{SHOP}>"
    msg["Subject"] = subject or default_subject.format(n=order)
    msg["Date"] = format_datetime(
        date or datetime(2026, 11, 20, 9, 0, tzinfo=UTC) + timedelta(minutes=n)
    )
    msg["Message-ID"] = message_id or f"<msg-{n}@example.com>"
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.set_content(body or default_body.format(n=order, m=n % 10, name=name))
    return bytes(msg)
