"""The worker: parsing and the stages in another process, with a time and memory limit.

These tests start real worker processes; one takes about a second to start
(it imports scikit-learn and trains the classifier), so they share a few.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Iterator

import pytest

from inboxbot import config
from inboxbot.errors import MalformedMessage
from inboxbot.models import Outcome
from inboxbot.worker import Worker

GOOD = b"From: Jane Doe <jane@example.com>\nSubject: Refund\n\nPlease refund order #1001.\n"
SETTINGS = config.load(None)


def slow_message(parts: int = 100_000) -> bytes:
    """A 4 MB message with `parts` MIME parts: seconds of parsing on a 2-core
    machine before the part limit refuses it. Far over the timeouts below."""
    body = b"".join(b"--XX\nContent-Type: text/plain\n\npart %d\n" % i for i in range(parts))
    return (
        b"From: jane@example.com\nSubject: slow\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="XX"\n\n' + body + b"--XX--\n"
    )


def workers() -> set[int]:
    """The pids of the worker processes this test process runs now."""
    return {p.pid for p in multiprocessing.active_children() if p.name == "inboxbot-worker"}


@pytest.fixture(scope="module")
def worker() -> Iterator[Worker]:
    with Worker(SETTINGS, timeout=10, memory_mb=512) as shared:
        yield shared


def test_it_returns_the_outcome_of_good_mail(worker: Worker) -> None:
    (result,) = worker.run([GOOD])

    assert isinstance(result, Outcome)
    assert result.email.subject == "Refund"
    assert result.label.name.value == "refund"
    assert result.order.number is not None and result.order.number.value == "1001"
    assert result.draft is not None and result.draft.body


def test_it_returns_the_reason_for_garbage_without_raising(worker: Worker) -> None:
    results = worker.run([b"\x00\x01 not mail", GOOD, b"Subject: no sender\n\nhi\n"])

    assert [type(r) for r in results] == [MalformedMessage, Outcome, MalformedMessage]
    assert "no header fields" in str(results[0])
    assert "no From address" in str(results[2])


def test_it_handles_the_next_batch_while_the_last_is_collected(worker: Worker) -> None:
    first = worker.submit([GOOD] * 3)
    second = worker.submit([GOOD, b"garbage"])

    assert [type(r) for r in first.results()] == [Outcome] * 3
    assert [type(r) for r in second.results()] == [Outcome, MalformedMessage]


def test_it_keeps_batches_apart_when_several_are_in_flight(worker: Worker) -> None:
    """Batches larger than the pipe, submitted back to back, come back whole and in order."""
    large = [GOOD.replace(b"Refund", b"Refund %d" % i) + b"x" * 300_000 for i in range(40)]
    batches = [worker.submit(large[i : i + 8]) for i in range(0, 40, 8)]

    subjects = [r.email.subject for b in batches for r in b.results() if isinstance(r, Outcome)]

    assert subjects == [f"Refund {i}" for i in range(40)]


def test_it_refuses_a_message_too_large_for_the_memory_limit_before_sending_it() -> None:
    before = workers()
    with Worker(SETTINGS, timeout=10, memory_mb=128) as worker:
        (result,) = worker.run([GOOD + b"x" * (40 * 2**20)])

        assert isinstance(result, MalformedMessage)
        assert str(result) == "a 40 MB message cannot be parsed within the 128 MB memory limit"
        assert workers() == before  # refused without starting a worker


def test_it_quarantines_a_message_that_needs_more_memory_than_allowed() -> None:
    """GIVEN a worker allowed 128 MB above what its libraries take
    WHEN a 27 MB message (under the size check) needs more while parsing
    THEN it is reported as over the memory limit, and the next message is handled."""
    big = b"From: jane@example.com\nSubject: big\n\n" + (b"word " * 16 + b"\n") * 350_000
    with Worker(SETTINGS, timeout=10, memory_mb=128) as worker:
        results = worker.run([big, GOOD])

        assert isinstance(results[0], MalformedMessage)
        assert "more memory than allowed" in str(results[0])
        assert isinstance(results[1], Outcome)


def test_it_gives_up_on_a_slow_message_and_redoes_the_others_in_a_new_worker() -> None:
    """GIVEN a worker with a 0.5 s limit, and a batch with a message that takes seconds
    WHEN the batch is run
    THEN that message is reported as not finishing in time, its worker is killed,
    and the messages before and after it are handled by a new worker."""
    others = workers()
    with Worker(SETTINGS, timeout=0.5, memory_mb=1024) as worker:
        worker.run([GOOD])
        (first_worker,) = workers() - others

        started = time.monotonic()
        results = worker.run([GOOD, slow_message(), GOOD])
        waited = time.monotonic() - started

        assert [type(r) for r in results] == [Outcome, MalformedMessage, Outcome]
        assert str(results[1]) == "processing did not finish within 0.5 s"
        assert waited < 60  # the limit, plus starting a new worker
        (new_worker,) = workers() - others
        assert new_worker != first_worker


def test_it_starts_a_new_worker_when_the_last_one_died_between_batches() -> None:
    """A worker killed while idle (say by the OOM killer) costs no message a quarantine."""
    others = workers()
    with Worker(SETTINGS, timeout=10, memory_mb=1024) as worker:
        worker.run([GOOD])
        (idle,) = workers() - others
        os.kill(idle, signal.SIGKILL)
        time.sleep(0.2)

        results = worker.run([GOOD, GOOD])

        assert [type(r) for r in results] == [Outcome, Outcome]


def test_it_does_not_count_the_start_of_a_worker_against_the_time_limit() -> None:
    """GIVEN a limit of 50 ms, far shorter than a worker takes to start
    WHEN the first message is handled, which starts the worker
    THEN it is handled: the limit is for the message alone."""
    with Worker(SETTINGS, timeout=0.05, memory_mb=1024) as worker:
        assert isinstance(worker.run([GOOD])[0], Outcome)


def test_it_ends_its_worker_on_close() -> None:
    others = workers()
    worker = Worker(SETTINGS, timeout=10, memory_mb=1024)
    worker.run([GOOD])
    assert len(workers() - others) == 1

    worker.close()

    assert workers() == others
