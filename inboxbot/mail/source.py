"""What a mailbox source hands the pipeline, and what it asks of the store.

A poll is three steps, the same for IMAP and Maildir:

    plan = source.plan(ledger)            which items are new since last time
    for batch in source.fetch(plan, ledger):   the pipeline records every item
        ...
    source.finish(plan, ledger)           move the high-water mark over what is done

`finish` runs only after every batch was recorded, so the mark never passes an
item that is not durably in the store.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, Protocol

from inboxbot.models import MessageRef, RawMessage

# `start` as the sources take it: the date of the config already turned into a
# moment in the shop's time zone.
Start = Literal["now", "all"] | datetime


@dataclass(frozen=True, slots=True)
class FolderState:
    """What we know of a folder: the UIDVALIDITY we trust and how far we got."""

    uidvalidity: int
    watermark: int  # every UID up to this one is finished (or history)
    since: datetime | None  # while catching up, mail received before this is history
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Known:
    """Mail we already hold, seen again under another UID or UIDVALIDITY."""

    ref: MessageRef
    message: int  # the row in the store


@dataclass(frozen=True, slots=True)
class History:
    """Mail that was there before inboxbot started watching: recorded, never drafted."""

    ref: MessageRef
    reason: str


@dataclass(frozen=True, slots=True)
class Oversized:
    """Mail larger than the limit: quarantined from its headers, body never downloaded."""

    ref: MessageRef
    size: int
    headers: bytes = field(repr=False)
    internal_date: datetime | None = None


Item = RawMessage | Known | History | Oversized


@dataclass(slots=True)
class Plan:
    """The items one poll will look at, and the folder facts it decided them by."""

    folder: str
    uidvalidity: int
    items: list[str]
    state: FolderState
    cutoff: datetime | None = None
    uidnext: int = 0
    changed_from: int | None = None  # the old UIDVALIDITY, when it changed
    gone: set[str] = field(default_factory=set)  # listed, then vanished before the fetch


class Ledger(Protocol):
    """The store as a source sees it."""

    def folder_state(self, account: str, folder: str) -> FolderState | None: ...

    def save_folder_state(self, account: str, folder: str, state: FolderState) -> None: ...

    def finished(
        self, account: str, folder: str, uidvalidity: int, items: Sequence[str]
    ) -> set[str]: ...

    def known(self, account: str, keys: Collection[str]) -> dict[str, int]: ...

    def alert(self, kind: str, **detail: Any) -> None: ...


class MailSource(Protocol):
    """A mailbox to poll: a context manager that connects on enter."""

    account: str

    def __enter__(self) -> MailSource: ...

    def __exit__(self, *exc: object) -> None: ...

    def plan(self, ledger: Ledger) -> Plan: ...

    def fetch(self, plan: Plan, ledger: Ledger) -> Iterator[list[Item]]: ...

    def finish(self, plan: Plan, ledger: Ledger) -> None: ...


def batched(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
