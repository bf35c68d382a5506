"""A shop for the outbox tests: its mail in Dovecot, its replies sent to aiosmtpd."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, update

from inboxbot import review
from inboxbot.config import Settings
from inboxbot.outbox import Outbox, SendReport
from inboxbot.store import Store, utcnow
from inboxbot.store.schema import drafts, events, messages
from tests.integration.conftest import Mailbox, poll_once
from tests.servers.smtp import SmtpSink


@dataclass
class Shop:
    """The shop's mailbox on Dovecot, its store, and (with SMTP) the server replies go to."""

    mailbox: Mailbox
    sink: SmtpSink | None
    sections: dict[str, dict[str, Any]] = field(default_factory=dict)

    def config(self) -> dict[str, dict[str, Any]]:
        sections = {k: dict(v) for k, v in self.sections.items()}
        if self.sink is not None:
            smtp = {"host": "127.0.0.1", "port": self.sink.port, "security": "none"}
            sections["smtp"] = {**smtp, "timeout_seconds": 5, **sections.get("smtp", {})}
        return sections

    def settings(self) -> Settings:
        return self.mailbox.settings(**self.config())

    def store(self) -> Store:
        return self.mailbox.store()

    def receive(self, *raws: bytes, folder: str = "INBOX") -> list[int]:
        """Deliver customer mail to `folder` and poll it in; the drafts' ids, in order."""
        self.mailbox.deliver(raws, folder=folder)
        poll_once(self.settings())
        store = self.store()
        with store.read() as conn:
            ids = conn.execute(select(drafts.c.id).order_by(drafts.c.id)).scalars().all()
        store.close()
        return list(ids)

    def approve(self, *ids: int) -> None:
        store = self.store()
        for draft_id in ids:
            review.approve(store, draft_id, actor="va@acme.example")
        store.close()

    def change(self, draft_id: int, **values: Any) -> None:
        """Change a draft's columns directly, as no screen would let anyone do."""
        store = self.store()
        with store.write() as conn:
            conn.execute(update(drafts).where(drafts.c.id == draft_id).values(**values))
        store.close()

    def send(self, clock: Callable[[], datetime] = utcnow) -> SendReport:
        """One outbox pass in this process."""
        store = self.store()
        try:
            return Outbox(self.settings(), store, clock=clock).send_once()
        finally:
            store.close()

    def draft(self, draft_id: int) -> dict[str, Any]:
        store = self.store()
        with store.read() as conn:
            row = conn.execute(
                select(drafts, messages.c.message_id.label("customer_message_id"))
                .join(messages, messages.c.id == drafts.c.message)
                .where(drafts.c.id == draft_id)
            ).one()
        store.close()
        return dict(row._mapping)

    def events(self, draft_id: int) -> list[str]:
        store = self.store()
        with store.read() as conn:
            kinds = conn.execute(
                select(events.c.kind).where(events.c.draft == draft_id).order_by(events.c.id)
            ).scalars()
            found = list(kinds)
        store.close()
        return found

    def folder(self, name: str) -> list[tuple[bytes, tuple[bytes, ...]]]:
        """Every message in a folder of the mailbox: (bytes, flags)."""
        with self.mailbox.client(folder=None) as client:
            if not client.folder_exists(name):
                return []
            client.select_folder(name, readonly=True)
            found = client.fetch(client.search(["ALL"]), ["BODY.PEEK[]", "FLAGS"])
        return [(data[b"BODY[]"], tuple(data[b"FLAGS"])) for _, data in sorted(found.items())]

    def inbox_flags(self) -> list[tuple[bytes, ...]]:
        return [flags for _, flags in self.folder("INBOX")]
