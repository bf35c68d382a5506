"""IMAP writes that follow a reply: APPEND to Drafts or Sent, \\Answered on the customer's mail.

The poller only ever reads (`imap.ImapSource`); this is the one place that
writes to the mailbox, and it only adds: a message to a folder, a flag to a
message. It never deletes or moves.

An APPEND is made idempotent by the reply's Message-ID (RELIABILITY.md OUT-8):
the folder is searched for it first, so a retry after a crash (or after an
APPEND whose answer was lost) never leaves two copies.
"""

from __future__ import annotations

from typing import Self

from imapclient import ANSWERED, DRAFT, SEEN

from inboxbot.mail.imap import ImapSource


class MailboxWriter(ImapSource):
    """A read-write IMAP session, sharing the connection and error handling of the poller's."""

    def __enter__(self) -> Self:
        self.client = self._connect()
        return self

    def append_once(self, folder: str, raw: bytes, message_id: str, *, draft: bool) -> bool:
        """Put `raw` into `folder` unless a message with `message_id` is there; True if added."""
        client = self.client_
        with self._guard(f"opening folder {folder!r}"):
            if not client.folder_exists(folder):
                client.create_folder(folder)
                client.subscribe_folder(folder)
            client.select_folder(folder, readonly=True)
        if self.find(message_id):
            return False
        flags = (DRAFT, SEEN) if draft else (SEEN,)
        with self._guard(f"saving the reply to {folder!r}"):
            client.append(folder, raw, flags=flags)
        return True

    def find(self, message_id: str) -> list[int]:
        """The UIDs in the selected folder whose Message-ID header holds `message_id`."""
        with self._guard("searching for the reply's Message-ID"):
            return list(self.client_.search(["HEADER", "Message-ID", message_id]))

    def flag_answered(
        self, folder: str, *, uidvalidity: int | None, uid: int | None, message_id: str | None
    ) -> bool:
        """Set \\Answered on the customer's mail, by its UID if still valid, else by Message-ID."""
        client = self.client_
        with self._guard(f"opening folder {folder!r}"):
            selected = client.select_folder(folder)
        uids: list[int] = []
        if uid is not None and uidvalidity == int(selected[b"UIDVALIDITY"]):
            uids = [uid]
        elif message_id:
            # The UID we stored is void (UIDVALIDITY changed): the Message-ID still finds it.
            uids = self.find(message_id)
        if not uids:
            return False
        with self._guard("flagging the customer's mail \\Answered"):
            client.add_flags(uids, [ANSWERED], silent=True)
        return True
