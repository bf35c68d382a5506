"""Cross-process locks with a lease, kept in the store.

A lease names its owner as host:pid:token. Another process may take it when
it has expired, or at once when its owner is a process on this host that no
longer runs (a poller killed mid-batch must not block its own restart).
"""

from __future__ import annotations

import os
import secrets
import socket
from datetime import timedelta

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from inboxbot.store import Store, utcnow
from inboxbot.store.schema import leases

HOST = socket.gethostname()


def new_owner() -> str:
    """An owner name unique to this process and this call."""
    return f"{HOST}:{os.getpid()}:{secrets.token_hex(4)}"


class Lease:
    """A named lock held for `seconds` at a time and renewed by its holder."""

    def __init__(self, store: Store, name: str, *, seconds: float, owner: str | None = None):
        self.store = store
        self.name = name
        self.seconds = seconds
        self.owner = owner or new_owner()

    def acquire(self) -> bool:
        """Take the lease if it is free, expired, or held by a dead process here."""
        now = utcnow()
        expires = now + timedelta(seconds=self.seconds)
        with self.store.write() as conn:
            row = conn.execute(select(leases).where(leases.c.name == self.name)).first()
            if row is None:
                try:
                    with conn.begin_nested():
                        conn.execute(
                            insert(leases).values(
                                name=self.name, owner=self.owner, expires_at=expires
                            )
                        )
                except IntegrityError:
                    return False
                return True
            if row.owner != self.owner and row.expires_at > now and _alive(row.owner):
                return False
            # Conditional on what we read, so two takers cannot both win.
            taken = conn.execute(
                update(leases)
                .where(leases.c.name == self.name, leases.c.owner == row.owner)
                .values(owner=self.owner, expires_at=expires)
            )
            return taken.rowcount == 1

    def renew(self) -> bool:
        """Extend the lease; False when it was lost to another process."""
        with self.store.write() as conn:
            renewed = conn.execute(
                update(leases)
                .where(leases.c.name == self.name, leases.c.owner == self.owner)
                .values(expires_at=utcnow() + timedelta(seconds=self.seconds))
            )
            return renewed.rowcount == 1

    def release(self) -> None:
        with self.store.write() as conn:
            conn.execute(
                delete(leases).where(leases.c.name == self.name, leases.c.owner == self.owner)
            )

    def holder(self) -> str | None:
        """Who holds the lease now, if anybody."""
        with self.store.read() as conn:
            row = conn.execute(select(leases).where(leases.c.name == self.name)).first()
        if row is None or row.expires_at <= utcnow() or not _alive(row.owner):
            return None
        return str(row.owner)


def _alive(owner: str) -> bool:
    """Whether the owner may still run: always True for another host's process."""
    host, _, rest = owner.partition(":")
    pid_text = rest.partition(":")[0]
    if host != HOST or not pid_text.isdigit():
        return True
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
