"""IMAP as a mail source, with imapclient.

The rules this module keeps (RELIABILITY.md IMAP-1 … IMAP-10):
- a message is (account, folder, UIDVALIDITY, UID), never a sequence number;
- the folder is opened read-only (EXAMINE) and bodies are fetched with
  BODY.PEEK[], so polling never sets \\Seen or any other flag, and never deletes;
- `UID n:*` always returns the highest UID, even below n: results are filtered;
- identifying headers are fetched first, so mail we already hold (re-filed, or
  after a UIDVALIDITY change) is mapped without downloading its body;
- every connect and command has a timeout; every failure becomes a MailboxError
  that says which server and what we were doing.
"""

from __future__ import annotations

import imaplib
import logging
import socket
import ssl
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import timedelta
from typing import Any, Self

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import IMAPClientError, LoginError

from inboxbot.config import MailboxSettings
from inboxbot.errors import MailboxAuthError, MailboxError
from inboxbot.mail.parse import DEDUP_FIELDS, dedup_key
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

log = logging.getLogger(__name__)

HEADER_FETCH = f"BODY.PEEK[HEADER.FIELDS ({' '.join(f.upper() for f in DEDUP_FIELDS)})]"
# A body FETCH is split so that one response holds at most this much mail.
MAX_FETCH_BYTES = 64 * 1024 * 1024
# After a UIDVALIDITY change, mail unknown to us that arrived this long before
# our last completed poll is treated as history rather than as new mail.
RESCAN_MARGIN = timedelta(hours=1)


class ImapSource:
    """One IMAP folder, polled read-only; use it as a context manager."""

    def __init__(self, settings: MailboxSettings, *, password: str, start: Start) -> None:
        self.settings = settings
        self.password = password
        self.start = start
        self.account = f"imap:{settings.username}@{settings.host}:{settings.effective_port}"
        self.where = f"{settings.host}:{settings.effective_port}"
        self.client: IMAPClient | None = None
        self.selected: dict[bytes, Any] = {}

    def __enter__(self) -> Self:
        self.client = self._connect()
        try:
            with self._guard(f"opening folder {self.settings.folder!r}"):
                self.selected = self.client.select_folder(self.settings.folder, readonly=True)
        except MailboxError:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        if self.client is not None:
            # The connection is going away either way.
            with suppress(IMAPClientError, OSError, imaplib.IMAP4.error):
                self.client.logout()
            self.client = None

    def plan(self, ledger: Ledger) -> Plan:
        folder = self.settings.folder
        uidvalidity = int(self.selected[b"UIDVALIDITY"])
        uidnext = self._uidnext()
        state = ledger.folder_state(self.account, folder)
        changed_from = None
        if state is None:
            state = self._first_state(uidvalidity, uidnext)
            ledger.save_folder_state(self.account, folder, state)
        elif state.uidvalidity != uidvalidity:
            # Every UID we stored for this folder is void. Known mail is mapped by
            # its dedup key below; unknown mail from before our last poll is history.
            changed_from = state.uidvalidity
            since = state.since or (state.updated_at or utcnow()) - RESCAN_MARGIN
            ledger.alert(
                "mailbox.uidvalidity_changed",
                account=self.account,
                folder=folder,
                old=state.uidvalidity,
                new=uidvalidity,
            )
            log.warning(
                "%s %s: UIDVALIDITY changed from %d to %d; re-mapping known mail",
                self.where, folder, state.uidvalidity, uidvalidity,
            )  # fmt: skip
            state = FolderState(uidvalidity, 0, since)
            ledger.save_folder_state(self.account, folder, state)
        criteria: list[Any] = ["UID", f"{state.watermark + 1}:*"]
        if state.since is not None:
            # SINCE compares dates in the server's time zone; a day's slack, then
            # the exact INTERNALDATE check in fetch().
            criteria += ["SINCE", (state.since - timedelta(days=1)).date()]
        with self._guard("searching for new mail"):
            found = self.client_.search(criteria)
        uids = sorted(uid for uid in found if uid > state.watermark)  # `n:*` includes the top UID
        done = ledger.finished(self.account, folder, uidvalidity, [str(u) for u in uids])
        items = [str(u) for u in uids if str(u) not in done]
        return Plan(folder, uidvalidity, items, state, state.since, uidnext, changed_from)

    def fetch(self, plan: Plan, ledger: Ledger) -> Iterator[list[Item]]:
        max_bytes = int(self.settings.max_message_mb * 1024 * 1024)
        for chunk in batched(plan.items, self.settings.batch_size):
            uids = [int(item) for item in chunk]
            with self._guard("fetching headers"):
                heads = self.client_.fetch(uids, ["RFC822.SIZE", "INTERNALDATE", HEADER_FETCH])
            keys = {uid: dedup_key(_part(data, b"BODY[HEADER")) for uid, data in heads.items()}
            known = ledger.known(self.account, set(keys.values()))
            items: dict[int, Item] = {}
            wanted: list[int] = []
            for uid in uids:
                ref = MessageRef(self.account, plan.folder, plan.uidvalidity, str(uid), uid)
                data = heads.get(uid)
                if data is None:  # expunged between SEARCH and FETCH
                    plan.gone.add(str(uid))
                    continue
                received = data.get(b"INTERNALDATE")
                size = int(data.get(b"RFC822.SIZE", 0))
                if keys[uid] in known:
                    items[uid] = Known(ref, known[keys[uid]])
                elif plan.cutoff is not None and received is not None and received < plan.cutoff:
                    items[uid] = History(ref, "received before inboxbot started watching")
                elif size > max_bytes:
                    items[uid] = Oversized(ref, size, _part(data, b"BODY[HEADER"), received)
                else:
                    wanted.append(uid)
            for part in _by_size(wanted, {u: int(heads[u].get(b"RFC822.SIZE", 0)) for u in wanted}):
                with self._guard("fetching messages"):
                    bodies = self.client_.fetch(part, ["BODY.PEEK[]"])
                for uid in part:
                    ref = MessageRef(self.account, plan.folder, plan.uidvalidity, str(uid), uid)
                    if uid not in bodies:
                        plan.gone.add(str(uid))
                        continue
                    raw = _part(bodies[uid], b"BODY[]")
                    items[uid] = RawMessage(ref, raw, heads[uid].get(b"INTERNALDATE"))
            yield [items[uid] for uid in uids if uid in items]

    def finish(self, plan: Plan, ledger: Ledger) -> None:
        """Move the high-water mark up to the first item that is not finished."""
        done = ledger.finished(self.account, plan.folder, plan.uidvalidity, plan.items)
        open_items = [int(i) for i in plan.items if i not in done and i not in plan.gone]
        if open_items:
            watermark, since = min(open_items) - 1, plan.state.since
        else:
            # Everything up to UIDNEXT-1 at EXAMINE time was either a candidate
            # (now finished) or left out as history, so the mark may go that far.
            top = max((int(i) for i in plan.items), default=0)
            watermark, since = max(plan.uidnext - 1, top), None
        state = FolderState(plan.uidvalidity, max(watermark, plan.state.watermark), since, utcnow())
        ledger.save_folder_state(self.account, plan.folder, state)

    def describe(self) -> dict[str, Any]:
        """What `inboxbot check` shows: the folder's counts and the server's extensions."""
        capabilities = sorted(c.decode() for c in self.client_.capabilities())
        return {
            "server": self.where,
            "folder": self.settings.folder,
            "messages": int(self.selected.get(b"EXISTS", 0)),
            "uidvalidity": int(self.selected[b"UIDVALIDITY"]),
            "uidnext": self._uidnext(),
            "capabilities": capabilities,
        }

    @property
    def client_(self) -> IMAPClient:
        if self.client is None:
            raise MailboxError(f"{self.where}: not connected")
        return self.client

    def _first_state(self, uidvalidity: int, uidnext: int) -> FolderState:
        if self.start == "now":
            return FolderState(uidvalidity, uidnext - 1, None)
        if self.start == "all":
            return FolderState(uidvalidity, 0, None)
        return FolderState(uidvalidity, 0, self.start)

    def _uidnext(self) -> int:
        if b"UIDNEXT" in self.selected:
            return int(self.selected[b"UIDNEXT"])
        # Some servers leave UIDNEXT out of the SELECT response (RFC 3501 says MUST).
        with self._guard("searching for the highest UID"):
            return max(self.client_.search(["ALL"]), default=0) + 1

    def _connect(self) -> IMAPClient:
        s = self.settings
        timeout = SocketTimeout(connect=s.timeout_seconds, read=s.timeout_seconds)
        context = ssl.create_default_context(cafile=str(s.ca_file) if s.ca_file else None)
        with self._guard("connecting"):
            client = IMAPClient(
                s.host,
                port=s.effective_port,
                ssl=s.security == "ssl",
                ssl_context=context,
                timeout=timeout,
            )
        client.normalise_times = False  # aware INTERNALDATEs, not local naive time
        try:
            if s.security == "starttls":
                with self._guard("starting TLS"):
                    client.starttls(context)
            try:
                with self._guard("logging in"):
                    client.login(s.username, self.password)
            except MailboxError as err:
                if isinstance(err.__cause__, LoginError):
                    raise MailboxAuthError(
                        f"{self.where}: the server refused the login for {s.username!r}: "
                        f"{_text(err.__cause__)}"
                    ) from None
                raise
        except BaseException:
            client.shutdown()
            raise
        return client

    @contextmanager
    def _guard(self, doing: str) -> Iterator[None]:
        """Turn whatever the network or the server throws into one clear MailboxError."""
        try:
            yield
        except MailboxError:
            raise
        except ssl.SSLCertVerificationError as err:
            raise MailboxError(
                f"{self.where}: {doing}: the server's certificate is not trusted "
                f"({err.verify_message}); set mailbox.ca_file if it uses a private CA"
            ) from err
        except TimeoutError as err:
            raise MailboxError(
                f"{self.where}: {doing}: no answer within {self.settings.timeout_seconds:g} s"
            ) from err
        except ConnectionRefusedError as err:
            raise MailboxError(f"{self.where}: {doing}: connection refused") from err
        except socket.gaierror as err:
            raise MailboxError(f"{self.where}: {doing}: unknown host ({err.strerror})") from err
        except (IMAPClientError, imaplib.IMAP4.error, ssl.SSLError, OSError, EOFError) as err:
            raise MailboxError(f"{self.where}: {doing}: {_text(err)}") from err


def _part(data: dict[bytes, Any], prefix: bytes) -> bytes:
    """The FETCH item whose name starts with `prefix` (servers echo names their own way)."""
    for key, value in data.items():
        if key.startswith(prefix):
            return bytes(value or b"")
    return b""


def _by_size(uids: Sequence[int], sizes: dict[int, int]) -> Iterator[list[int]]:
    """Runs of UIDs whose messages add up to at most MAX_FETCH_BYTES (at least one each)."""
    part: list[int] = []
    total = 0
    for uid in uids:
        if part and total + sizes[uid] > MAX_FETCH_BYTES:
            yield part
            part, total = [], 0
        part.append(uid)
        total += sizes[uid]
    if part:
        yield part


def _text(err: BaseException) -> str:
    text = str(err) or type(err).__name__
    if text.startswith("b'") or text.startswith('b"'):
        text = text[2:-1]
    return text.strip()
