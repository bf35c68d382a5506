"""One poll of the mailbox through the worker into the store.

`Poller` is the loop: a lease so one process polls a mailbox at a time, the
source's batches, the worker (parsing and the stages, isolated in another
process), and one store transaction per message. A failure is recorded
against its message and the loop goes on; nothing is skipped silently.
Each batch goes to the worker with the managers' saved reply templates as
they are in the store at that moment.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time

from inboxbot.config import Settings
from inboxbot.errors import InboxbotError, MalformedMessage
from inboxbot.mail.imap import ImapSource
from inboxbot.mail.maildir import MaildirSource
from inboxbot.mail.source import History, Item, Known, MailSource, Oversized, Start
from inboxbot.models import Outcome, RawMessage
from inboxbot.store import Store
from inboxbot.store.lease import Lease
from inboxbot.store.ledger import (
    MAX_ATTEMPTS,
    StoreLedger,
    record_failure,
    record_history,
    record_known,
    record_message,
    record_quarantine,
)
from inboxbot.store.templates import current_templates
from inboxbot.worker import Batch, Failed, Worker

log = logging.getLogger(__name__)

LEASE_SECONDS = 300  # renewed after every batch


@dataclass
class PollReport:
    """What one poll did, for the log line and the command line."""

    account: str
    folder: str = ""
    busy: str | None = None  # another process holds the poll lease
    drafted: int = 0
    screened: Counter[str] = field(default_factory=Counter)
    quarantined: int = 0
    known: int = 0
    history: int = 0
    failed: int = 0
    uidvalidity_change: tuple[int, int] | None = None

    @property
    def handled(self) -> int:
        return (
            self.drafted + sum(self.screened.values()) + self.quarantined + self.known
            + self.history + self.failed
        )  # fmt: skip

    def summary(self) -> str:
        if self.busy:
            return f"{self.account}: skipped, another process is polling it ({self.busy})"
        parts = [f"{self.drafted} drafted"]
        if self.screened:
            reasons = ", ".join(f"{r} {n}" for r, n in sorted(self.screened.items()))
            parts.append(f"{sum(self.screened.values())} screened ({reasons})")
        for count, what in (
            (self.quarantined, "quarantined"),
            (self.failed, "failed, will retry"),
            (self.known, "already known"),
            (self.history, "older than the start, not drafted"),
        ):
            if count:
                parts.append(f"{count} {what}")
        line = f"{self.account} {self.folder}: {self.handled} new: " + ", ".join(parts)
        if self.uidvalidity_change:
            old, new = self.uidvalidity_change
            line += f"; UIDVALIDITY changed from {old} to {new}, known mail re-mapped"
        return line


class Poller:
    """Polls the configured mailbox into the store; keep one for the life of a process."""

    def __init__(self, settings: Settings, store: Store) -> None:
        self.settings = settings
        self.store = store
        self.worker = Worker(
            settings, timeout=settings.parsing.timeout_seconds, memory_mb=settings.parsing.memory_mb
        )
        self.worker.start()  # it trains the classifier while we log in and plan

    def close(self) -> None:
        self.worker.close()

    def poll_once(self) -> PollReport:
        """One pass: fetch what is new, draft it, record everything. Raises MailboxError."""
        source = open_source(self.settings)
        report = PollReport(source.account, self.settings.mailbox.folder)
        lease = Lease(self.store, f"poll:{source.account}", seconds=LEASE_SECONDS)
        if not lease.acquire():
            report.busy = lease.holder() or "unknown"
            return report
        # The worker handles one batch while the one before it is stored
        # here: the two cores work at the same time.
        in_flight: tuple[list[Item], Batch] | None = None
        try:
            ledger = StoreLedger(self.store)
            with source:
                plan = source.plan(ledger)
                report.folder = plan.folder
                if plan.changed_from is not None:
                    report.uidvalidity_change = (plan.changed_from, plan.uidvalidity)
                for batch in source.fetch(plan, ledger):
                    # Read for every batch: a template a manager saves during a long
                    # poll drafts the next batch. The worker never opens the store.
                    handed = self.worker.submit(
                        [i.raw for i in batch if isinstance(i, RawMessage)],
                        templates=current_templates(self.store),
                    )
                    if in_flight is not None:
                        self._record_batch(*in_flight, report)
                    in_flight = (batch, handed)
                    if not lease.renew():
                        raise InboxbotError(
                            f"{source.account}: lost the poll lease to another process"
                        )
                if in_flight is not None:
                    self._record_batch(*in_flight, report)
                    in_flight = None
                source.finish(plan, ledger)
        finally:
            if in_flight is not None:  # an error left a batch unrecorded: drop its results
                in_flight[1].cancel()
            lease.release()
        return report

    def _record_batch(self, batch: list[Item], handed: Batch, report: PollReport) -> None:
        raws = [item for item in batch if isinstance(item, RawMessage)]
        results = dict(zip(map(id, raws), handed.results(), strict=True))
        for item in batch:
            try:
                self._record(item, results.get(id(item)), report)
            except Exception as err:  # one message's failure must not cost the batch
                self._failed(item, err, report)

    def _record(
        self, item: Item, result: Outcome | MalformedMessage | Failed | None, report: PollReport
    ) -> None:
        with self.store.write() as conn:
            if isinstance(item, Known):
                record_known(conn, item.ref, item.message)
                report.known += 1
            elif isinstance(item, History):
                record_history(conn, item.ref, item.reason)
                report.history += 1
            elif isinstance(item, Oversized):
                limit = self.settings.mailbox.max_message_mb
                record_quarantine(
                    conn,
                    item.ref,
                    raw=item.headers,
                    error=f"the message is {item.size / 2**20:.1f} MB, over the {limit:g} MB "
                    "limit (mailbox.max_message_mb); only its headers were downloaded",
                    received_at=item.internal_date,
                )
                report.quarantined += 1
            else:
                if isinstance(result, MalformedMessage):
                    record_quarantine(
                        conn,
                        item.ref,
                        raw=item.raw,
                        error=str(result),
                        received_at=item.internal_date,
                    )
                    report.quarantined += 1
                    return
                if isinstance(result, Failed) or result is None:
                    raise InboxbotError(result.error if result else "no result from the worker")
                outcome = result
                recorded = record_message(
                    conn,
                    item.ref,
                    outcome.email,
                    raw=item.raw,
                    received_at=item.internal_date,
                    skip=outcome.skip,
                    label=outcome.label,
                    order=outcome.order,
                    draft=outcome.draft,
                )
                if not recorded.new:  # the same mail under another UID of this batch
                    report.known += 1
                elif outcome.skip:
                    report.screened[outcome.skip.reason.value] += 1
                else:
                    report.drafted += 1

    def _failed(self, item: Item, err: Exception, report: PollReport) -> None:
        """Count a failed try; after MAX_ATTEMPTS the message goes to quarantine."""
        # Our own errors say what happened; anything else is named by its type.
        error = str(err) if isinstance(err, InboxbotError) else f"{type(err).__name__}: {err}"
        log.error("%s: %s", item.ref, error)
        with self.store.write() as conn:
            attempts = record_failure(conn, item.ref, error)
            if attempts >= MAX_ATTEMPTS and isinstance(item, RawMessage):
                record_quarantine(
                    conn,
                    item.ref,
                    raw=item.raw,
                    error=f"failed {attempts} times, last: {error}",
                    received_at=item.internal_date,
                )
                report.quarantined += 1
                return
        report.failed += 1


def open_source(settings: Settings) -> MailSource:
    """The configured mailbox, not yet connected."""
    m = settings.mailbox
    start: Start = _start_moment(settings) if isinstance(m.start, date) else m.start
    if m.kind == "maildir":
        assert m.path is not None  # checked by config.load
        max_bytes = int(m.max_message_mb * 2**20)
        return MaildirSource(m.path, start=start, batch_size=m.batch_size, max_bytes=max_bytes)
    return ImapSource(m, password=settings.mailbox_password(), start=start)


def _start_moment(settings: Settings) -> datetime:
    """A `start` date as the first moment of that day in the shop's time zone."""
    day = settings.mailbox.start
    assert isinstance(day, date)
    return datetime.combine(day, time(0), settings.shop.zone)
