"""The outbox: approved drafts are claimed, sent once, and marked.

The draft row is the queue (RELIABILITY.md OUT-5). A pass takes the send
lease, then for each approved draft that is due:

    approved ──claim──▶ sending ──▶ sent        the server took it (or it is in Drafts)
        ▲                  │    ├─▶ failed      a 5xx, or a reply we must never send
        └── 4xx: later ────┘    └─▶ uncertain   the line dropped after the data went out

The claim is a conditional UPDATE that must change one row, committed before
a byte goes to the server; the mark is committed after (both in
`store/sending.py`, beside the other moves of a draft's row). A process that dies
in between leaves the draft in `sending`, and the next pass (which holds the
lease, so no live sender owns that row) turns it into `uncertain`: it may
have gone out, so only a person decides to send it again. A reply saved to
the Drafts folder is the exception: that APPEND first searches for the
reply's Message-ID, so an interrupted one simply goes back to `approved`.

Without an [smtp] section the approved reply is APPENDed to the mailbox's
Drafts folder instead, threaded, for the shop to send from its own client.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from inboxbot.config import Settings
from inboxbot.errors import (
    ComposeError,
    MailboxError,
    SendDeferred,
    SendRejected,
    SendUncertain,
    SmtpUnavailable,
)
from inboxbot.mail.compose import Reply, approval_hash, build, needs_utf8
from inboxbot.models import Address, DraftStatus
from inboxbot.send_limits import recipient_wait, refusal
from inboxbot.store import Store, append_event, utcnow
from inboxbot.store import sending as rows
from inboxbot.store.lease import Lease

log = logging.getLogger(__name__)

# INBOXBOT_FAILPOINT=after_claim|after_send makes the process die there, as a
# crash would: the tests prove a restart never sends twice.
FAILPOINT_ENV = "INBOXBOT_FAILPOINT"
LEASE_SECONDS = 300  # longer than an SMTP timeout
RENEW_SECONDS = 30  # renewed after the draft that ends such a stretch: one write, not one each
BATCH = 100  # drafts per pass; the next pass takes the rest
Mode = Literal["smtp", "drafts", "none"]


@dataclass
class SendReport:
    """What one pass did, for the log line and `inboxbot send --once`."""

    mode: Mode
    sent: int = 0
    saved: int = 0  # to the Drafts folder
    retry: int = 0
    failed: int = 0
    uncertain: int = 0
    returned: int = 0  # changed after approval: back to pending
    waiting: int = 0  # approved, but there is nowhere to send them
    busy: str | None = None
    stopped: str | None = None  # the server could not be used; the rest waits

    def summary(self) -> str:
        if self.busy:
            return f"skipped: another process is sending ({self.busy})"
        if self.mode == "none":
            return (
                f"{self.waiting} approved, not sent: there is no [smtp] section and the mailbox "
                "is a Maildir, so there is no Drafts folder to save replies to"
            )
        parts = [f"{self.sent} sent"]
        if self.mode == "drafts" or self.saved:
            parts.append(f"{self.saved} saved to Drafts")
        parts += [
            f"{self.retry} retry later",
            f"{self.failed} failed",
            f"{self.uncertain} uncertain",
        ]
        if self.returned:
            parts.append(f"{self.returned} changed after approval, back to pending")
        line = ", ".join(parts)
        if self.stopped:
            line += f"; stopped early: {self.stopped}"
        return line


class Outbox:
    """Sends approved drafts; one pass at a time per store (a lease)."""

    def __init__(
        self, settings: Settings, store: Store, *, clock: Callable[[], datetime] = utcnow
    ) -> None:
        self.settings = settings
        self.store = store
        self.clock = clock
        self.mode: Mode = (
            "smtp"
            if settings.smtp.host
            else ("drafts" if settings.mailbox.kind == "imap" else "none")
        )
        self._smtp: Any = None
        self._imap: Any = None
        self._passwords: dict[str, str | None] = {}
        self._stopped: str | None = None  # why the pass ended early: the server is unusable

    def send_once(self) -> SendReport:
        """One pass: recover interrupted sends, then send every approved draft that is due."""
        report = SendReport(self.mode)
        lease = Lease(self.store, "send", seconds=LEASE_SECONDS)
        if not lease.acquire():
            report.busy = lease.holder() or "unknown"
            return report
        try:
            report.uncertain += self.recover()
            if self.mode == "none":
                report.waiting = len(self._due(limit=100_000))
                return report
            self._stopped = None
            due = self._due(limit=BATCH)
            if due:
                # Read now: a password file gone bad stops the pass before any claim.
                self._passwords = {
                    "smtp": self.settings.smtp_password() if self.mode == "smtp" else None,
                    "imap": self.settings.mailbox_password()
                    if self.settings.mailbox.kind == "imap"
                    else None,
                }
            renewed = time.monotonic()
            for draft_id in due:
                outcome = self._send_one(draft_id)
                if outcome:
                    setattr(report, outcome, getattr(report, outcome) + 1)
                if self._stopped:
                    break
                if time.monotonic() - renewed >= RENEW_SECONDS:
                    if not lease.renew():
                        self._stopped = "lost the send lease to another process"
                        break
                    renewed = time.monotonic()
            report.stopped = self._stopped
        finally:
            self._close()
            lease.release()
        return report

    def recover(self) -> int:
        """Drafts left in `sending` by a process that died; how many became uncertain."""
        with self.store.write() as conn:
            return rows.recover(conn, now=self.clock())

    # --- one draft -------------------------------------------------------------------------

    def _send_one(self, draft_id: int) -> str | None:
        """Claim, check, send and mark one draft; the SendReport field to count it in."""
        row = self._claim(draft_id)
        if row is None:  # a VA or another sender changed it since we looked
            return None
        _failpoint("after_claim")
        try:
            return self._deliver(row)
        except Exception as err:  # a bug: we cannot know whether it went out
            log.exception("draft %d: unexpected error while sending", draft_id)
            self._mark(
                draft_id,
                DraftStatus.UNCERTAIN,
                "draft.uncertain",
                send_error=f"{type(err).__name__}: {err}",
            )
            return "uncertain"

    def _deliver(self, row: Any) -> str:
        draft_id = row.id
        if row.approved_hash and row.approved_hash != _row_hash(row):
            self._mark(
                draft_id,
                DraftStatus.PENDING,
                "draft.changed_after_approval",
                send_error="the reply changed after it was approved; approve it again",
                decided_by=None,
                decided_at=None,
                approved_hash=None,
            )
            return "returned"
        shop, sending = self.settings.shop, self.settings.sending
        why = refusal(row.to_address, own_addresses=shop.own_addresses, customer_raw=row.raw or b"")
        if why:
            self._mark(draft_id, DraftStatus.FAILED, "draft.failed", send_error=why)
            return "failed"
        with self.store.read() as conn:
            wait = recipient_wait(
                conn,
                draft_id=draft_id,
                to_address=row.to_address,
                cap=sending.max_per_recipient_per_day,
                now=self.clock(),
            )
        if wait:
            self._defer(draft_id, *wait)
            return "retry"
        reply = self._reply(row)
        try:
            if self.mode == "smtp":
                where = self._send_smtp(reply)
            else:
                added = self._save_to_drafts(reply)
                where = "added to Drafts" if added else "already in Drafts"
        except (SmtpUnavailable, MailboxError) as err:
            # The server, not this reply: the rest of the pass waits too. An APPEND
            # whose answer was lost is found by its Message-ID next time.
            self._stopped = str(err)
            self._defer(draft_id, self.clock() + self._delay(1), str(err))
            return "retry"
        except SendDeferred as err:
            return self._later(row, str(err))
        except (SendRejected, ComposeError) as err:
            self._mark(draft_id, DraftStatus.FAILED, "draft.failed", send_error=str(err))
            return "failed"
        except SendUncertain as err:
            self._mark(draft_id, DraftStatus.UNCERTAIN, "draft.uncertain", send_error=str(err))
            return "uncertain"
        _failpoint("after_send")
        if self.mode == "drafts":
            self._mark(
                draft_id,
                DraftStatus.SENT,
                "draft.saved_to_drafts",
                reply_sent_at=self.clock(),
                send_error=None,
                next_attempt_at=None,
                detail={"folder": self.settings.mailbox.drafts_folder, "result": where},
            )
            return "saved"
        self._mark(
            draft_id,
            DraftStatus.SENT,
            "draft.sent",
            reply_sent_at=self.clock(),
            send_error=None,
            next_attempt_at=None,
            detail={"server": where},
        )
        self._after_send(row, reply)
        return "sent"

    def _reply(self, row: Any) -> Reply:
        shop = self.settings.shop
        references = tuple(row.references.split()) if row.references else ()
        return Reply(
            sender=Address(shop.name, shop.address),
            to=Address(row.to_name, row.to_address),
            subject=row.subject,
            body=row.body,
            message_id=row.reply_message_id,
            in_reply_to=row.in_reply_to,
            references=references,
            date=self.clock().astimezone(shop.zone),
            auto_submitted=bool(row.auto_submitted),
        )

    def _send_smtp(self, reply: Reply) -> str:
        from inboxbot.mail.smtp import SmtpSubmission

        if self._smtp is None:
            self._smtp = SmtpSubmission(self.settings.smtp, password=self._passwords["smtp"])
        utf8 = needs_utf8(reply)
        if utf8 and not self._smtp.offers_smtputf8:
            raise SendRejected(
                f"the address {reply.to.address!r} has non-ASCII characters and the server "
                "does not offer SMTPUTF8"
            )
        data = build(reply, utf8=utf8).as_bytes()
        # AUTO-7: an automatic reply goes with the null sender, so nothing bounces
        # or auto-answers back into the support inbox; a person's reply with the shop's.
        sender = "" if reply.auto_submitted else reply.sender.address
        answer: str = self._smtp.send(
            data, sender=sender, recipient=reply.to.address, smtputf8=utf8
        )
        return answer

    def _save_to_drafts(self, reply: Reply) -> bool:
        data = build(reply).as_bytes()
        added: bool = self._writer().append_once(
            self.settings.mailbox.drafts_folder, data, reply.message_id, draft=True
        )
        return added

    def _after_send(self, row: Any, reply: Reply) -> None:
        """A copy in Sent and \\Answered on the customer's mail (OUT-10); failures only logged."""
        if self.settings.mailbox.kind != "imap":
            return
        folder = self.settings.mailbox.sent_folder
        try:
            if folder:
                self._writer().append_once(
                    folder, build(reply).as_bytes(), reply.message_id, draft=False
                )
            with self.store.read() as conn:
                where = rows.customer_uid(
                    conn,
                    message=row.message,
                    account=self.settings.account,
                    folder=self.settings.mailbox.folder,
                )
            answered = self._writer().flag_answered(
                self.settings.mailbox.folder,
                uidvalidity=where[0] if where else None,
                uid=where[1] if where else None,
                message_id=row.message_id,
            )
        except MailboxError as err:
            log.warning("draft %d was sent, but the mailbox could not be updated: %s", row.id, err)
            with self.store.write() as conn:
                append_event(conn, "draft.mailbox_not_updated", draft=row.id, error=str(err))
            self._close_imap()  # the next reply gets a fresh session
            return
        with self.store.write() as conn:
            append_event(
                conn,
                "draft.mailbox_updated",
                draft=row.id,
                sent_folder=folder or None,
                answered=answered,
            )

    def _writer(self) -> Any:
        from inboxbot.mail.folders import MailboxWriter

        if self._imap is None:
            writer = MailboxWriter(
                self.settings.mailbox, password=self._passwords["imap"] or "", start="now"
            )
            self._imap = writer.__enter__()
        return self._imap

    def _close(self) -> None:
        if self._smtp is not None:
            self._smtp.close()
            self._smtp = None
        self._close_imap()

    def _close_imap(self) -> None:
        if self._imap is not None:
            self._imap.__exit__()
            self._imap = None

    # --- the draft's row ---------------------------------------------------------------------

    def _due(self, *, limit: int) -> list[int]:
        with self.store.read() as conn:
            return rows.due(conn, now=self.clock(), limit=limit)

    def _claim(self, draft_id: int) -> Any:
        """approved → sending, committed before anything goes out; the row, or None."""
        with self.store.write() as conn:
            return rows.claim(conn, draft_id, via=self.mode, now=self.clock())

    def _later(self, row: Any, error: str) -> str:
        """A 4xx or a broken line before the data: try again later, or give up after enough."""
        attempts = int(row.send_attempts) + 1
        limit = self.settings.sending.max_attempts
        if attempts >= limit:
            self._mark(
                row.id,
                DraftStatus.FAILED,
                "draft.failed",
                send_attempts=attempts,
                send_error=f"gave up after {attempts} tries; the last: {error}",
            )
            return "failed"
        self._mark(
            row.id,
            DraftStatus.APPROVED,
            "draft.send_deferred",
            send_attempts=attempts,
            next_attempt_at=self.clock() + self._delay(attempts),
            send_error=error,
        )
        return "retry"

    def _defer(self, draft_id: int, when: datetime, why: str) -> None:
        """sending → approved, due again at `when`; not counted as a try of this reply."""
        self._mark(
            draft_id,
            DraftStatus.APPROVED,
            "draft.send_deferred",
            next_attempt_at=when,
            send_error=why,
        )

    def _delay(self, attempts: int) -> timedelta:
        base = self.settings.sending.retry_seconds
        cap = self.settings.schedule.max_backoff_seconds
        return timedelta(seconds=min(cap, base * 2 ** (attempts - 1)))

    def _mark(
        self,
        draft_id: int,
        status: DraftStatus,
        event: str,
        *,
        detail: dict[str, Any] | None = None,
        **values: Any,
    ) -> None:
        with self.store.write() as conn:
            marked = rows.mark(
                conn, draft_id, status, event, now=self.clock(), detail=detail, **values
            )
        if not marked:
            log.error("draft %d left `sending` while we sent it; not marked %s", draft_id, status)


def _row_hash(row: Any) -> str:
    return approval_hash(
        to_name=row.to_name,
        to_address=row.to_address,
        subject=row.subject,
        body=row.body,
        message_id=row.reply_message_id,
        in_reply_to=row.in_reply_to,
        references=row.references,
    )


def _failpoint(name: str) -> None:
    if os.environ.get(FAILPOINT_ENV) == name:
        os._exit(137)
