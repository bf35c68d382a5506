"""Customer mail written straight into the store, with known times, facts and drafts."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert

from inboxbot.store import Store
from inboxbot.store.schema import drafts, events, message_raw, messages


class Shop:
    """Writes mail, drafts and their times straight into the store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.n = 0

    def mail(
        self,
        arrived: datetime,
        label: str = "refund",
        *,
        status: str = "drafted",
        reason: str | None = None,
        product: str | None = None,
        amount: tuple[str, str | None] | None = None,
        draft_status: str = "pending",
        drafted_after: timedelta = timedelta(seconds=30),
        decided_after: timedelta | None = None,
        sent_after: timedelta | None = None,
        body: str = "Dear customer, we are on it.",
        order_number: str | None = "1001",
        raw: bytes | None = None,
    ) -> int:
        """One customer mail (and its reply draft, when drafted); the draft's id or 0."""
        self.n += 1
        facts: dict[str, Any] = {}
        for key, value in (("reason", reason), ("product", product)):
            if value is not None:
                facts[key] = {"value": value, "confidence": 0.9, "source": value}
        if amount is not None:
            value = {"amount": amount[0], "currency": amount[1]}
            facts["amount"] = {"value": value, "confidence": 0.9, "source": amount[0]}
        with self.store.write() as conn:
            message = conn.execute(
                insert(messages).values(
                    account="shop",
                    dedup_key=f"key-{self.n}",
                    message_id=f"<m{self.n}@example.com>",
                    status=status,
                    received_at=arrived,
                    label=label if status == "drafted" else None,
                    order_facts=json.dumps(facts) if facts else None,
                    from_address=f"c{self.n}@example.com",
                    created_at=arrived,
                )
            ).inserted_primary_key[0]
            if raw is not None:
                conn.execute(insert(message_raw).values(message=message, raw=raw))
            if status != "drafted":
                return 0
            created = arrived + drafted_after
            return int(
                conn.execute(
                    insert(drafts).values(
                        message=message,
                        status=draft_status,
                        label=label,
                        template=f"acknowledge_{label}",
                        subject="Re: your order",
                        body=body,
                        to_name="",
                        to_address=f"c{self.n}@example.com",
                        reply_message_id=f"<r{self.n}@acme.example>",
                        created_at=created,
                        updated_at=created,
                        decided_at=arrived + decided_after if decided_after else None,
                        reply_sent_at=arrived + sent_after if sent_after else None,
                        order_number=order_number,
                        arrived_at=arrived,
                    )
                ).inserted_primary_key[0]
            )

    def event(self, kind: str, at: datetime, *, draft: int, **detail: Any) -> None:
        """One line of the event log at a chosen moment, as review.py would write it."""
        with self.store.write() as conn:
            conn.execute(
                insert(events).values(
                    at=at, kind=kind, actor="va", draft=draft, detail=json.dumps(detail)
                )
            )
