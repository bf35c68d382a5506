"""A local Maildir as a mail source: the demo inbox, and mail exported from elsewhere.

A Maildir has no UIDs; a message is known by the unique part of its file
name (before the ':2,' flags a mail client appends), which stays the same
when a client moves it from new/ to cur/ or changes its flags.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Self

from inboxbot.mail.parse import dedup_key
from inboxbot.mail.source import (
    FolderState,
    History,
    Item,
    Known,
    Ledger,
    Oversized,
    Plan,
    Start,
    batched,
)
from inboxbot.models import MessageRef, RawMessage
from inboxbot.store import utcnow

FOLDER = "INBOX"  # the Maildir++ name of a Maildir's root
UIDVALIDITY = 0


class MaildirSource:
    """Reads the messages in new/ and cur/ that are not in the ledger yet."""

    def __init__(self, path: Path, *, start: Start, batch_size: int, max_bytes: int) -> None:
        self.path = path
        self.account = f"maildir:{path}"
        self.start = start
        self.batch_size = batch_size
        self.max_bytes = max_bytes

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def plan(self, ledger: Ledger) -> Plan:
        keys = sorted(self._files())
        state = ledger.folder_state(self.account, FOLDER)
        cutoff = None
        if state is None:
            since = None
            if self.start == "now":
                since = utcnow()
            elif isinstance(self.start, datetime):
                since = self.start
            state = FolderState(UIDVALIDITY, 0, since)
            ledger.save_folder_state(self.account, FOLDER, state)
        if state.since is not None:  # the first pass has not finished yet
            cutoff = state.since
        finished = ledger.finished(self.account, FOLDER, UIDVALIDITY, keys)
        return Plan(
            FOLDER, UIDVALIDITY, [k for k in keys if k not in finished], state, cutoff=cutoff
        )

    def fetch(self, plan: Plan, ledger: Ledger) -> Iterator[list[Item]]:
        for chunk in batched(plan.items, self.batch_size):
            files = self._files()
            batch: list[Item] = []
            raws: dict[str, tuple[bytes, datetime]] = {}
            for key in chunk:
                path = files.get(key)
                ref = MessageRef(self.account, FOLDER, UIDVALIDITY, key)
                if path is None:
                    plan.gone.add(key)
                    continue
                try:
                    stat = path.stat()
                    received = datetime.fromtimestamp(stat.st_mtime, UTC)
                    if plan.cutoff is not None and received < plan.cutoff:
                        batch.append(History(ref, "before inboxbot started watching"))
                    elif stat.st_size > self.max_bytes:
                        batch.append(Oversized(ref, stat.st_size, _head(path), received))
                    else:
                        raws[key] = (path.read_bytes(), received)
                except FileNotFoundError:  # moved or deleted by a mail client meanwhile
                    plan.gone.add(key)
            known = ledger.known(self.account, {dedup_key(raw) for raw, _ in raws.values()})
            for key, (raw, received) in raws.items():
                ref = MessageRef(self.account, FOLDER, UIDVALIDITY, key)
                row = known.get(dedup_key(raw))
                batch.append(Known(ref, row) if row else RawMessage(ref, raw, received))
            yield batch

    def finish(self, plan: Plan, ledger: Ledger) -> None:
        if plan.state.since is None:
            return
        done = ledger.finished(self.account, FOLDER, UIDVALIDITY, plan.items)
        if all(key in done or key in plan.gone for key in plan.items):
            ledger.save_folder_state(
                self.account, FOLDER, FolderState(UIDVALIDITY, 0, None, utcnow())
            )

    def _files(self) -> dict[str, Path]:
        """Unique name -> current path, over new/ and cur/."""
        found: dict[str, Path] = {}
        for sub in ("new", "cur"):
            folder = self.path / sub
            try:
                names = os.listdir(folder)
            except FileNotFoundError:
                continue
            for name in names:
                if not name.startswith("."):
                    found[name.split(":", 1)[0]] = folder / name
        return found


def _head(path: Path, limit: int = 64 * 1024) -> bytes:
    """The header block of a file, read no further than needed."""
    with path.open("rb") as f:
        head = f.read(limit)
    end = head.find(b"\n\n")
    if end < 0:
        end = head.find(b"\r\n\r\n")
    return head if end < 0 else head[: end + 2]
