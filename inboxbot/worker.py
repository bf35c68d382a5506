"""Parsing and the stages in a separate process, with a time and a memory limit.

A crafted message can make Python's email package, a regular expression or
dateparser run for minutes or eat the machine, and one message must never
stall or kill the poller. So the poller hands raw bytes to a worker process,
which parses each message, runs the stages over the batch, and sends back an
`Outcome` (or the reason there is none) for every message. A message that
takes too long gets its worker killed and is quarantined; the other messages
go to a fresh worker. The worker also puts the second core to use: it handles
one batch while the poller stores the batch before.

The protocol on the pipe, per batch: ("batch", n, templates), then n messages
as bytes; back come n ("parsed", error | None) notes, one as each message is
parsed (so a hang is pinned to its message), then ("done", results).
`templates` are the managers' saved templates, {name: (version, text)}, read
from the store by the poller: the worker never opens the database, and each
batch is drafted from the templates as they were when it was handed over.
"""

from __future__ import annotations

import logging
import math
import multiprocessing
import os
import resource
import signal
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING, Any, Self

from inboxbot.config import Settings
from inboxbot.errors import MalformedMessage
from inboxbot.mail.parse import parse
from inboxbot.models import Email, Outcome

if TYPE_CHECKING:  # the worker imports the stages (and scikit-learn) itself, once started
    from inboxbot.stages import Stages

log = logging.getLogger(__name__)

READY = "ready"
# A new worker imports scikit-learn and trains the classifier before its first
# message; that is not part of any message's time limit.
STARTUP_SECONDS = 120.0
# The stages of a batch may take the per-message limit for every this many messages.
STAGES_PER_LIMIT = 20

# The managers' saved reply templates: {name: (version, text)}.
Templates = Mapping[str, tuple[int, str]]


@dataclass(frozen=True, slots=True)
class Failed:
    """The stages raised on this message: a bug, not bad mail; the poller retries it."""

    error: str


class Worker:
    """The worker process as the poller sees it; use it as a context manager."""

    def __init__(self, settings: Settings, *, timeout: float, memory_mb: int) -> None:
        self.settings = settings
        self.timeout = timeout
        self.memory_bytes = memory_mb * 2**20
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._ready = False
        self._senders: list[threading.Thread] = []

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(
        self, raws: Sequence[bytes], *, templates: Templates | None = None
    ) -> list[Outcome | MalformedMessage | Failed]:
        """Every message's outcome or failure, in order; never raises for a message.

        `templates` are the saved templates to draft from; none: the files.
        """
        return self.submit(raws, templates=templates).results()

    def submit(self, raws: Sequence[bytes], *, templates: Templates | None = None) -> Batch:
        """Hand a batch to the worker and return at once; `results()` collects it."""
        return Batch(self, list(raws), dict(templates or {}))

    def start(self) -> None:
        """Start the worker now without waiting: it trains while we do other work."""
        if self._process is None:
            # spawn, not fork: the scheduler runs jobs in threads, and forking a
            # threaded process can copy a held lock into the child.
            context = multiprocessing.get_context("spawn")
            ours, theirs = context.Pipe()
            process = context.Process(
                target=_serve,
                args=(theirs, self.settings, self.memory_bytes),
                name="inboxbot-worker",
                daemon=True,
            )
            process.start()
            theirs.close()
            self._process, self._conn, self._ready = process, ours, False

    def close(self) -> None:
        if not self._ready:  # still starting and never used: no reason to wait for it
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

    def too_large(self, raw: bytes) -> MalformedMessage | None:
        if len(raw) * 4 > self.memory_bytes:
            # Parsing holds several copies (raw, decoded parts, text); refuse early.
            return MalformedMessage(
                f"a {len(raw) / 2**20:.0f} MB message cannot be parsed within "
                f"the {self.memory_bytes / 2**20:.0f} MB memory limit"
            )
        return None

    def _ready_conn(self) -> Connection:
        """The worker's pipe, once the worker is ready for messages."""
        if self._process is not None and not self._process.is_alive() and not self._senders_alive():
            # It died while idle (between polls): no message of ours was in it.
            log.warning("the worker process ended between batches; starting a new one")
            self._kill()
        self.start()
        assert self._conn is not None
        if not self._ready:
            try:
                self._ready = self._conn.poll(STARTUP_SECONDS) and self._conn.recv() == READY
            except (EOFError, OSError):
                self._ready = False
            if not self._ready:
                self._kill()
                raise OSError("the worker process did not start")
        return self._conn

    def _senders_alive(self) -> bool:
        return any(sender.is_alive() for sender in self._senders)

    def _kill(self) -> None:
        """End the worker; its senders fail on the broken pipe, and are waited for."""
        if self._process is not None:
            self._process.kill()
            self._process.join()
        for sender in self._senders:
            sender.join()  # before closing: never close a pipe another thread writes to
        self._senders.clear()
        if self._conn is not None:
            self._conn.close()
        self._process = self._conn = None
        self._ready = False


class Batch:
    """One batch handed to the worker: written by a thread, read back in order.

    A thread writes because a batch can be larger than the pipe holds, and the
    worker must be able to take the next message while nobody reads its notes.
    """

    def __init__(
        self, worker: Worker, raws: list[bytes], templates: dict[str, tuple[int, str]]
    ) -> None:
        self.worker = worker
        self.raws = raws
        self.templates = templates
        self.refused = {i: err for i, raw in enumerate(raws) if (err := worker.too_large(raw))}
        self.sent = [i for i in range(len(raws)) if i not in self.refused]
        self.process: BaseProcess | None = None
        self.error: MalformedMessage | None = None
        if not self.sent:
            return
        try:
            conn = worker._ready_conn()
        except OSError as err:
            self.error = MalformedMessage(str(err))
            return
        self.process = worker._process
        # Batches go down the pipe one after the other, in the order submitted:
        # this sender starts writing when the one before it has finished.
        worker._senders = [t for t in worker._senders if t.is_alive()]
        before = worker._senders[-1] if worker._senders else None
        sender = threading.Thread(
            target=_send,
            args=(conn, [raws[i] for i in self.sent], templates, before),
            daemon=True,
        )
        worker._senders.append(sender)
        sender.start()

    def results(self) -> list[Outcome | MalformedMessage | Failed]:
        """Every message's result, in order; waits for the worker."""
        found: dict[int, Any] = dict(self.refused)
        if self.sent and self.error is not None:
            found.update({i: self.error for i in self.sent})
        elif self.sent:
            if self.process is not self.worker._process:
                # The worker this batch went to was killed for an earlier batch.
                return self.worker.run(self.raws, templates=self.templates)
            found.update(self._collect())
        return [found[i] for i in range(len(self.raws))]

    def cancel(self) -> None:
        """Abandon the batch: its results must never be read as another batch's."""
        if self.process is not None and self.process is self.worker._process:
            self.worker._kill()

    def _collect(self) -> dict[int, Any]:
        conn = self.worker._conn
        assert conn is not None
        limit = self.worker.timeout
        for index in self.sent:
            note = self._receive(conn, limit)
            if isinstance(note, MalformedMessage):
                # Pinned to this message: quarantine it, and redo the others in a
                # fresh worker (those parsed already never reached the stages).
                self.worker._kill()
                log.warning("%s; restarting the worker", note)
                redo = [i for i in self.sent if i != index]
                again = self.worker.run([self.raws[i] for i in redo], templates=self.templates)
                return {index: note, **dict(zip(redo, again, strict=True))}
        stages_limit = limit * math.ceil(len(self.sent) / STAGES_PER_LIMIT)
        done = self._receive(conn, stages_limit)
        if isinstance(done, MalformedMessage):
            # The stages failed on one of these; which one shows when each runs alone.
            self.worker._kill()
            log.warning("the stages of a batch: %s; retrying one by one", done)
            if len(self.sent) == 1:
                return {self.sent[0]: done}
            return {
                i: self.worker.run([self.raws[i]], templates=self.templates)[0] for i in self.sent
            }
        return dict(zip(self.sent, done, strict=True))

    def _receive(self, conn: Connection, limit: float) -> Any:
        """The next note from the worker, or why it did not come (too slow, or a crash)."""
        try:
            if not conn.poll(limit):
                return MalformedMessage(f"processing did not finish within {limit:g} s")
            kind, value = conn.recv()
        except (EOFError, OSError):
            return MalformedMessage("the worker process crashed on this message")
        if kind == "parsed":
            return True
        return [_as_result(v) for v in value]


def _as_result(value: Any) -> Any:
    """Failures travel as (kind, text) pairs: exceptions do not pickle reliably."""
    if isinstance(value, tuple) and len(value) == 2 and value[0] in ("malformed", "failed"):
        return MalformedMessage(value[1]) if value[0] == "malformed" else Failed(value[1])
    return value


def _send(
    conn: Connection,
    raws: list[bytes],
    templates: dict[str, tuple[int, str]],
    after: threading.Thread | None,
) -> None:
    """In a thread: write a batch to the worker, after `after`; stop if the worker goes away."""
    if after is not None:
        after.join()
    try:
        conn.send(("batch", len(raws), templates))
        for raw in raws:
            conn.send_bytes(raw)
    except (OSError, ValueError):  # the worker was killed (or crashed)
        return


# --- in the worker process ---------------------------------------------------------


def _serve(conn: Connection, settings: Settings, memory_bytes: int) -> None:
    """The worker's loop: batches in, results out, until the pipe closes."""
    # Ctrl-C reaches the whole process group; the poller decides when the worker
    # stops (by closing the pipe), so a batch is never cut off half-way.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # One thread for the numerical libraries: the poller has the other core.
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"
    # mail-parser warns about every part type it does not render; the poller
    # records what matters (defects, errors) itself.
    logging.getLogger("mailparser").setLevel(logging.ERROR)
    from inboxbot.stages import Stages

    stages = Stages(settings)
    # The limit is room for messages on top of what the libraries already take.
    resource.setrlimit(resource.RLIMIT_AS, (_address_space() + memory_bytes,) * 2)
    try:
        conn.send(READY)
        while True:
            kind, count, templates = conn.recv()
            assert kind == "batch"
            stages.use_saved(templates)
            stages.reload_model()
            conn.send(("done", _handle(conn, stages, count)))
    except (EOFError, OSError):
        return  # the poller closed the pipe or went away: nothing left to do


def _handle(conn: Connection, stages: Stages, count: int) -> list[Any]:
    emails: dict[int, Email] = {}
    results: list[Any] = [None] * count
    for i in range(count):
        try:
            raw = conn.recv_bytes()
        except MemoryError:
            # The rest of the message is still in the pipe; ending here breaks
            # the pipe, so the poller learns at once instead of waiting on it.
            os._exit(3)
        found = _parse_one(raw)
        if isinstance(found, str):
            results[i] = ("malformed", found)
        else:
            emails[i] = found
        conn.send(("parsed", None))
    for i, outcome in _run_stages(stages, emails).items():
        results[i] = outcome
    return results


def _parse_one(raw: bytes) -> Email | str:
    """The Email, or the reason it could not be had."""
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


def _run_stages(stages: Stages, emails: dict[int, Email]) -> dict[int, Any]:
    """The batch at once; if that raises, message by message to find the culprit."""
    try:
        return dict(zip(emails, stages.run(list(emails.values())), strict=True))
    except MemoryError:
        pass  # retried alone below, where the one that needs the memory fails alone
    except Exception:
        log.exception("the stages failed on a batch; retrying message by message")
    results: dict[int, Any] = {}
    for i, email in emails.items():
        try:
            results[i] = stages.run([email])[0]
        except MemoryError:
            results[i] = ("malformed", "processing needed more memory than allowed")
        except Exception as err:  # one message's bug must not cost the others
            results[i] = ("failed", f"{type(err).__name__}: {err}")
    return results


def _address_space() -> int:
    """This process's virtual memory size now, in bytes."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0
