"""Parsing in a separate process with a time limit and a memory cap.

Python's email package has had quadratic and endless loops on crafted headers,
and one message must never stall or kill the poller. A worker process parses
each message; one that takes too long is killed and the message quarantined,
and the next message gets a fresh worker. A plain pipe, not a process pool:
a pool's feeder thread can hang for good on a worker that died mid-message.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import resource
import threading
from collections.abc import Sequence
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Self

from inboxbot.errors import MalformedMessage
from inboxbot.mail.parse import parse
from inboxbot.models import Email

log = logging.getLogger(__name__)

READY = b"ready"
# How long a new worker may take to start (a cold interpreter importing the
# parser on a small machine). Not part of the per-message limit: a message
# must not be quarantined because the worker before it was killed.
STARTUP_SECONDS = 60.0


def _parse_one(raw: bytes) -> Email | str:
    """In the worker: the Email, or the reason it could not be had."""
    try:
        return parse(raw)
    except MalformedMessage as err:
        return str(err)
    except MemoryError:
        return "parsing needed more memory than allowed"
    except RecursionError:
        return "MIME structure nested too deeply to parse"
    except Exception as err:  # an unexpected parser bug is still this message's problem
        return f"parser failed: {type(err).__name__}: {err}"


def _serve(conn: Connection, memory_bytes: int) -> None:
    """The worker's loop: bytes in, an Email or a reason out, until the pipe closes."""
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    # mail-parser warns about every part type it does not render; the poller
    # records what matters (defects, errors) itself.
    logging.getLogger("mailparser").setLevel(logging.ERROR)
    try:
        conn.send_bytes(READY)
        while True:
            try:
                raw = conn.recv_bytes()
            except MemoryError:
                # The rest of the message is still in the pipe; ending here breaks
                # the pipe, so the poller is told at once instead of waiting on it.
                os._exit(3)
            conn.send(_parse_one(raw))
    except (EOFError, OSError):
        return  # the poller closed the pipe or went away: nothing left to do


class IsolatedParser:
    """Parses messages in a worker process; use it as a context manager."""

    def __init__(self, *, timeout: float, memory_mb: int) -> None:
        self.timeout = timeout
        self.memory_bytes = memory_mb * 1024 * 1024
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._ready = False

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def parse_many(self, raws: Sequence[bytes]) -> list[Email | MalformedMessage]:
        """Parse each message; a failure is returned in its place, never raised."""
        return self.submit(raws).results()

    def parse(self, raw: bytes) -> Email | MalformedMessage:
        return self.parse_many([raw])[0]

    def submit(self, raws: Sequence[bytes]) -> Parsing:
        """Start parsing a batch in the worker; collect it with `results()` later.

        While the worker parses, the caller is free to do other work (the
        poller stores the previous batch): that is the point of submitting.
        """
        return Parsing(self, list(raws))

    def too_large(self, raw: bytes) -> MalformedMessage | None:
        if len(raw) * 4 > self.memory_bytes:
            # Parsing holds several copies (raw, decoded parts, text); refuse early.
            return MalformedMessage(
                f"a {len(raw) / 2**20:.0f} MB message cannot be parsed within "
                f"the {self.memory_bytes / 2**20:.0f} MB memory limit"
            )
        return None

    def close(self) -> None:
        if not self._ready:  # still importing, never used: no reason to wait for it
            self._kill()
            return
        if self._conn is not None:
            self._conn.close()  # the worker sees EOF and ends
        if self._process is not None:
            self._process.join(timeout=5)
            if self._process.is_alive():
                self._process.kill()
                self._process.join()
        self._process = self._conn = None

    def start(self) -> None:
        """Start the worker now, without waiting for it: it imports while we do other work."""
        if self._process is None:
            # spawn, not fork: the scheduler runs jobs in threads, and forking a
            # threaded process can copy a held lock into the child.
            context = multiprocessing.get_context("spawn")
            ours, theirs = context.Pipe()
            process = context.Process(
                target=_serve, args=(theirs, self.memory_bytes), name="inboxbot-parser", daemon=True
            )
            process.start()
            theirs.close()
            self._process, self._conn, self._ready = process, ours, False

    def _start(self) -> Connection:
        """The worker's pipe, once the worker is ready to parse."""
        self.start()
        assert self._conn is not None
        if not self._ready:
            # The time limit is for parsing; waiting for the worker's imports is not part of it.
            try:
                self._ready = self._conn.poll(STARTUP_SECONDS) and self._conn.recv_bytes() == READY
            except (EOFError, OSError):
                self._ready = False
            if not self._ready:
                self._kill()
                raise OSError("the parser process did not start")
        return self._conn

    def _kill(self, sender: threading.Thread | None = None) -> None:
        """End the worker; the sender (if any) fails on the broken pipe and ends too."""
        if self._process is not None:
            self._process.kill()
            self._process.join()
        if sender is not None:
            sender.join()  # before closing: never close a pipe another thread writes to
        if self._conn is not None:
            self._conn.close()
        self._process = self._conn = None


class Parsing:
    """One batch in the worker: sent by a thread, results read back in order.

    A thread sends, because a batch can be larger than the pipe holds: the
    worker must be able to read the next message while we are not reading
    its results yet.
    """

    def __init__(self, parser: IsolatedParser, raws: list[bytes]) -> None:
        self.parser = parser
        self.raws = raws
        self.refused = {i: err for i, raw in enumerate(raws) if (err := parser.too_large(raw))}
        self.sender: threading.Thread | None = None
        self.conn: Connection | None = None
        self.error: MalformedMessage | None = None
        to_send = [raw for i, raw in enumerate(raws) if i not in self.refused]
        if not to_send:
            return
        try:
            self.conn = parser._start()
        except OSError as err:
            self.error = MalformedMessage(str(err))
            return
        self.sender = threading.Thread(target=_send_all, args=(self.conn, to_send), daemon=True)
        self.sender.start()

    def results(self) -> list[Email | MalformedMessage]:
        """Every message's Email or failure, in order; waits for the worker."""
        found: list[Email | MalformedMessage] = []
        for i in range(len(self.raws)):
            if i in self.refused:
                found.append(self.refused[i])
                continue
            if self.error is not None or self.conn is None:
                found.append(self.error or MalformedMessage("the parser did not start"))
                continue
            result = self._next()
            found.append(result)
            if self.conn is None:  # the worker was killed: the rest go to a fresh one
                found += self.parser.submit(self.raws[i + 1 :]).results()
                break
        if self.sender is not None:
            self.sender.join()
        return found

    def cancel(self) -> None:
        """Abandon the batch: its results must never be read as another batch's."""
        if self.conn is not None and self.parser._conn is self.conn:
            self.parser._kill(self.sender)
        self.conn = None

    def _next(self) -> Email | MalformedMessage:
        assert self.conn is not None
        try:
            # Each wait starts when the previous result is in, so the limit is
            # (about) the time the worker spent on this one message.
            if not self.conn.poll(self.parser.timeout):
                log.warning("parsing took over %g s; restarting the parser", self.parser.timeout)
                self.cancel()
                return MalformedMessage(f"parsing did not finish within {self.parser.timeout:g} s")
            found = self.conn.recv()
        except (EOFError, OSError):
            self.cancel()
            return MalformedMessage("the parser crashed on this message")
        return MalformedMessage(found) if isinstance(found, str) else found


def _send_all(conn: Connection, raws: list[bytes]) -> None:
    """In a thread: write every message to the worker, stopping if it goes away."""
    for raw in raws:
        try:
            conn.send_bytes(raw)
        except (OSError, ValueError):  # the worker was killed (or crashed)
            return
