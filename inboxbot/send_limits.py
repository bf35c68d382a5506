"""What the outbox will not send, however approved: and how many replies one address gets.

A reply is refused for good (the draft fails, with this reason) when it would
go to the shop itself, to an address nobody reads, or to a mailing list: the
same rules screening applies to incoming mail (RFC 3834; RELIABILITY AUTO-1…6),
checked again at the last moment because a draft can be edited or made by
hand. A reply to an address that already had its day's share waits instead.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta
from email.parser import BytesHeaderParser
from email.policy import compat32

from sqlalchemy import Connection, func, select

from inboxbot import screening
from inboxbot.models import DraftStatus
from inboxbot.store.schema import drafts

RECIPIENT_WINDOW = timedelta(days=1)
# Replies that went out, or may have: both count against the day's share.
COUNTED = (DraftStatus.SENT, DraftStatus.UNCERTAIN)


def refusal(to_address: str, *, own_addresses: Collection[str], customer_raw: bytes) -> str | None:
    """Why a reply to `to_address`, answering `customer_raw`, must never go out; None if it may."""
    to = to_address.strip().lower()
    if to in own_addresses:
        return f"not sent: {to} is the shop's own address"
    if screening.DEFAULT_NO_REPLY.search(to):
        return f"not sent: {to} is a no-reply address; nobody would read the reply"
    if screening.RE_LIST_LOCAL_PART.match(to.rpartition("@")[0]):
        return f"not sent: {to} is a mailing-list address"
    # compat32: headers as they are, never an exception for an odd one.
    headers = BytesHeaderParser(policy=compat32).parsebytes(customer_raw)
    for name in screening.LIST_HEADERS:
        if headers[name] is not None:
            return f"not sent: the customer's mail came through a mailing list ({name})"
    for name in screening.PRECEDENCE_HEADERS:
        value = str(headers[name] or "").strip().lower()
        if value in screening.PRECEDENCE_LIST | screening.PRECEDENCE_BULK:
            return f"not sent: the customer's mail is {name}: {value} mail"
    return None


def recipient_wait(
    conn: Connection, *, draft_id: int, to_address: str, cap: int, now: datetime
) -> tuple[datetime, str] | None:
    """When a reply may go if its recipient already had `cap` replies in 24 hours, and why."""
    times = (
        conn.execute(
            select(drafts.c.last_attempt_at)
            .where(
                func.lower(drafts.c.to_address) == to_address.strip().lower(),
                drafts.c.status.in_(COUNTED),
                drafts.c.last_attempt_at >= now - RECIPIENT_WINDOW,
                drafts.c.id != draft_id,
            )
            .order_by(drafts.c.last_attempt_at)
        )
        .scalars()
        .all()
    )
    if len(times) < cap:
        return None
    # The reply may go when enough of the day's replies have aged out of the window.
    when = times[len(times) - cap] + RECIPIENT_WINDOW
    return when, (
        f"{to_address} already got {len(times)} replies in the last 24 hours "
        f"(sending.max_per_recipient_per_day = {cap}); this one waits its turn"
    )
