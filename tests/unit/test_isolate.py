"""The isolated parser: a worker process with a time and memory limit.

These tests start real worker processes; a fresh one takes about 0.1 s.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Iterator

import pytest

from inboxbot.errors import MalformedMessage
from inboxbot.mail.isolate import IsolatedParser
from inboxbot.models import Email

GOOD = b"From: Jane Doe <jane@example.com>\nSubject: Refund\n\nPlease refund order #1001.\n"


def slow_message(parts: int = 100_000) -> bytes:
    """A 4 MB message with `parts` MIME parts: about 4 s of parsing, measured on a
    2-core machine, before the part limit refuses it. Far over the timeouts below."""
    body = b"".join(b"--XX\nContent-Type: text/plain\n\npart %d\n" % i for i in range(parts))
    return (
        b"From: jane@example.com\nSubject: slow\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="XX"\n\n' + body + b"--XX--\n"
    )


def workers() -> set[int]:
    """The pids of the parser processes this test process runs now."""
    return {p.pid for p in multiprocessing.active_children() if p.name == "inboxbot-parser"}


@pytest.fixture
def parser() -> Iterator[IsolatedParser]:
    with IsolatedParser(timeout=10, memory_mb=1024) as isolated:
        yield isolated


def test_it_returns_an_email_for_good_mail(parser):
    result = parser.parse(GOOD)

    assert isinstance(result, Email)
    assert result.subject == "Refund"
    assert result.new_text == "Please refund order #1001."


def test_it_returns_the_reason_for_garbage_without_raising(parser):
    results = parser.parse_many([b"\x00\x01 not mail", GOOD, b"Subject: no sender\n\nhi\n"])

    assert [type(r) for r in results] == [MalformedMessage, Email, MalformedMessage]
    assert "no header fields" in str(results[0])
    assert "no From address" in str(results[2])


def test_it_refuses_a_message_too_large_for_the_memory_limit_before_parsing():
    with IsolatedParser(timeout=10, memory_mb=128) as parser:
        result = parser.parse(GOOD + b"x" * (40 * 2**20))

        assert isinstance(result, MalformedMessage)
        assert str(result) == "a 40 MB message cannot be parsed within the 128 MB memory limit"
        assert workers() == set()  # refused without starting a worker


def test_it_quarantines_a_message_that_needs_more_memory_than_allowed():
    """GIVEN a worker capped at 128 MB
    WHEN a 27 MB message (under the size check) needs more while parsing
    THEN it is reported as over the memory limit, and the next message parses."""
    big = b"From: jane@example.com\nSubject: big\n\n" + (b"word " * 16 + b"\n") * 350_000
    with IsolatedParser(timeout=10, memory_mb=128) as parser:
        result = parser.parse(big)

        assert isinstance(result, MalformedMessage)
        assert str(result) == "parsing needed more memory than allowed"
        assert isinstance(parser.parse(GOOD), Email)


def test_it_gives_up_on_a_slow_parse_and_replaces_the_worker():
    """GIVEN a parser with a 0.5 s limit and a message that takes seconds to parse
    WHEN it parses that message, then a good one
    THEN the first is reported as not finishing in time, its worker is killed,
    and the good one parses in a new worker."""
    slow = slow_message()
    with IsolatedParser(timeout=0.5, memory_mb=1024) as parser:
        assert isinstance(parser.parse(GOOD), Email)
        (first_worker,) = workers()

        started = time.monotonic()
        result = parser.parse(slow)
        waited = time.monotonic() - started

        assert isinstance(result, MalformedMessage)
        assert str(result) == "parsing did not finish within 0.5 s"
        assert 0.5 <= waited < 3
        assert first_worker not in workers()

        after = parser.parse(GOOD)

        assert isinstance(after, Email)
        assert after.subject == "Refund"
        assert len(workers()) == 1 and first_worker not in workers()


def test_it_does_not_count_the_start_of_a_worker_against_the_time_limit():
    """GIVEN a limit of 50 ms, shorter than a worker takes to start (about 0.1 s)
    WHEN the first message is parsed, which starts the worker
    THEN it parses: the limit is for parsing alone (a small message takes ~7 ms)."""
    with IsolatedParser(timeout=0.05, memory_mb=1024) as parser:
        assert isinstance(parser.parse(GOOD), Email)


def test_it_ends_its_worker_on_close():
    parser = IsolatedParser(timeout=10, memory_mb=1024)
    parser.parse(GOOD)
    assert len(workers()) == 1

    parser.close()

    assert workers() == set()
