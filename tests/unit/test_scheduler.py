"""Backoff: when to try again after the mailbox keeps failing."""

from __future__ import annotations

import pytest

from inboxbot.scheduler import Backoff


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def backoff(clock: FakeClock, *, jitter: float = 0.5) -> Backoff:
    """Base 10 s, cap 60 s; jitter 0.5 is the middle of the +-20 % band (no change)."""
    return Backoff(base=10, cap=60, clock=clock, jitter=lambda: jitter)


def test_it_is_ready_before_any_failure(clock):
    assert backoff(clock).ready()


def test_it_doubles_the_delay_from_the_base_up_to_the_cap(clock):
    retry = backoff(clock)

    delays = [retry.failed() for _ in range(6)]

    assert delays == [10, 20, 40, 60, 60, 60]
    assert retry.failures == 6


@pytest.mark.parametrize(("jitter", "delay"), [(0.0, 8.0), (1.0, 12.0), (0.25, 9.0)])
def test_it_spreads_the_delay_by_up_to_twenty_percent(clock, jitter, delay):
    assert backoff(clock, jitter=jitter).failed() == pytest.approx(delay)


def test_it_is_not_ready_until_the_delay_has_passed(clock):
    """GIVEN two failures in a row (the next delay is 20 s)
    WHEN the clock moves on
    THEN it is not ready at 19.9 s, and ready at 20 s."""
    retry = backoff(clock)
    retry.failed()
    clock.now += 10
    assert retry.ready()

    retry.failed()

    assert not retry.ready()
    clock.now += 19.9
    assert not retry.ready()
    clock.now += 0.1
    assert retry.ready()


def test_it_starts_over_from_the_base_after_a_success(clock):
    """GIVEN three failures (delays 10, 20, 40)
    WHEN a try succeeds and then one fails again
    THEN it is ready at once after the success, and the next delay is the base again."""
    retry = backoff(clock)
    for _ in range(3):
        retry.failed()
    assert not retry.ready()

    retry.succeeded()

    assert retry.ready()
    assert retry.failures == 0
    assert retry.failed() == 10
