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
    conn.send_bytes(READY)
    while True:
        try:
            raw = conn.recv_bytes()
        except EOFError:
            return  # the poller is gone
        except MemoryError:
            # The rest of the message is still in the pipe; ending here breaks
            # the pipe, so the poller is told at once instead of waiting on it.
            os._exit(3)
        conn.send(_parse_one(raw))


class IsolatedParser:
    """Parses messages in a worker process; use it as a context manager."""

    def __init__(self, *, timeout: float, memory_mb: int) -> None:
        self.timeout = timeout
        self.memory_bytes = memory_mb * 1024 * 1024
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def parse_many(self, raws: Sequence[bytes]) -> list[Email | MalformedMessage]:
        return [self.parse(raw) for raw in raws]

    def parse(self, raw: bytes) -> Email | MalformedMessage:
        """Parse one message; a failure is returned, never raised."""
        if len(raw) * 4 > self.memory_bytes:
            # Parsing holds several copies (raw, decoded parts, text); refuse early.
            return MalformedMessage(
                f"a {len(raw) / 2**20:.0f} MB message cannot be parsed within "
                f"the {self.memory_bytes / 2**20:.0f} MB memory limit"
            )
        try:
            conn = self._start()
        except OSError as err:
            return MalformedMessage(str(err))
        try:
            conn.send_bytes(raw)
            if not conn.poll(self.timeout):
                log.warning("parsing took over %g s; restarting the parser", self.timeout)
                self._kill()
                return MalformedMessage(f"parsing did not finish within {self.timeout:g} s")
            found = conn.recv()
        except (EOFError, OSError):
            self._kill()
            return MalformedMessage("the parser crashed on this message")
        return MalformedMessage(found) if isinstance(found, str) else found

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()  # the worker sees EOF and ends
        if self._process is not None:
            self._process.join(timeout=5)
            if self._process.is_alive():
                self._process.kill()
                self._process.join()
        self._process = self._conn = None

    def _start(self) -> Connection:
        if self._conn is None:
            # spawn, not fork: the scheduler runs jobs in threads, and forking a
            # threaded process can copy a held lock into the child.
            context = multiprocessing.get_context("spawn")
            ours, theirs = context.Pipe()
            process = context.Process(
                target=_serve, args=(theirs, self.memory_bytes), name="inboxbot-parser", daemon=True
            )
            process.start()
            theirs.close()
            self._process, self._conn = process, ours
            # The time limit is for parsing; wait for the worker to be ready first.
            try:
                ready = ours.poll(STARTUP_SECONDS) and ours.recv_bytes() == READY
            except (EOFError, OSError):
                ready = False
            if not ready:
                self._kill()
                raise OSError("the parser process did not start")
        return self._conn

    def _kill(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join()
        if self._conn is not None:
            self._conn.close()
        self._process = self._conn = None
