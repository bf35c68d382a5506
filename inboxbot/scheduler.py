"""The scheduled jobs, declared as data and run by APScheduler.

Jobs run with max_instances=1 and coalesce=True, so a slow poll is never
overlapped by the next one, and missed runs collapse into one. A job that
keeps failing backs off (doubling, with jitter, up to a cap) instead of
hammering a dead server; the store lease keeps a second process from polling
the same mailbox at the same time.
"""

from __future__ import annotations

import logging
import random
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler

from inboxbot import followups
from inboxbot.config import Settings
from inboxbot.drafting import drafter_for
from inboxbot.errors import InboxbotError
from inboxbot.learning import RetrainJob
from inboxbot.outbox import Outbox
from inboxbot.pipeline import Poller
from inboxbot.store import Store, utcnow

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Job:
    """One scheduled job: an id, what to call, and how often."""

    id: str
    func: Callable[[], Any]
    seconds: int


class Backoff:
    """When to try again after failures: base, 2*base, 4*base ... up to cap, +-20 %."""

    def __init__(
        self,
        *,
        base: float,
        cap: float,
        clock: Callable[[], float] = time.monotonic,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self.base = base
        self.cap = cap
        self.clock = clock
        self.jitter = jitter
        self.failures = 0
        self.not_before = 0.0

    def ready(self) -> bool:
        return self.clock() >= self.not_before

    def failed(self) -> float:
        """Record a failure; the seconds until the next try."""
        self.failures += 1
        delay = min(self.cap, self.base * 2 ** (self.failures - 1)) * (0.8 + 0.4 * self.jitter())
        self.not_before = self.clock() + delay
        return delay

    def succeeded(self) -> None:
        self.failures = 0
        self.not_before = 0.0


class PollJob:
    """The scheduled poll: one pass, one log line, and backoff while it fails."""

    def __init__(self, poller: Poller, backoff: Backoff) -> None:
        self.poller = poller
        self.backoff = backoff

    def __call__(self) -> None:
        if not self.backoff.ready():
            return
        try:
            report = self.poller.poll_once()
        except InboxbotError as err:
            delay = self.backoff.failed()
            log.error(
                "poll failed (%d in a row): %s; next try in %.0f s",
                self.backoff.failures,
                err,
                delay,
            )
            return
        except Exception:
            delay = self.backoff.failed()
            log.exception("poll failed with an unexpected error; next try in %.0f s", delay)
            return
        self.backoff.succeeded()
        if report.handled or report.busy or report.uidvalidity_change:
            log.info("%s", report.summary())


class SendJob:
    """The scheduled outbox pass: approved drafts out, one log line, backoff while it fails."""

    def __init__(self, outbox: Outbox, backoff: Backoff) -> None:
        self.outbox = outbox
        self.backoff = backoff

    def __call__(self) -> None:
        if not self.backoff.ready():
            return
        try:
            report = self.outbox.send_once()
        except Exception as err:
            delay = self.backoff.failed()
            if isinstance(err, InboxbotError):
                log.error("send failed: %s; next try in %.0f s", err, delay)
            else:
                log.exception("send failed with an unexpected error; next try in %.0f s", delay)
            return
        self.backoff.succeeded()
        if report.sent or report.saved or report.retry or report.failed or report.uncertain:
            log.info("outbox: %s", report.summary())


class FollowupJob:
    """The scheduled follow-up pass: due follow-ups drafted, new replies acknowledged."""

    def __init__(
        self, settings: Settings, store: Store, *, clock: Callable[[], datetime] = utcnow
    ) -> None:
        self.settings = settings
        self.store = store
        self.drafter = drafter_for(settings)
        self.clock = clock

    def __call__(self) -> None:
        try:
            report = followups.run_once(self.store, self.drafter, self.settings, now=self.clock())
        except Exception:  # the next run tries again; a failing follow-up is pushed back
            log.exception("the follow-up job failed")
            return
        if report.drafted or report.cancelled or report.failed or report.acknowledged:
            log.info("%s", report.summary())


def jobs_for(poller: Poller) -> list[Job]:
    """Every job `inboxbot serve` runs."""
    settings = poller.settings
    schedule = settings.schedule
    backoff = Backoff(base=schedule.poll_seconds, cap=schedule.max_backoff_seconds)
    outbox = Outbox(poller.settings, poller.store)
    send_backoff = Backoff(base=schedule.send_seconds, cap=schedule.max_backoff_seconds)
    return [
        Job("poll", PollJob(poller, backoff), schedule.poll_seconds),
        Job("send", SendJob(outbox, send_backoff), schedule.send_seconds),
        Job("followups", FollowupJob(settings, poller.store), settings.followup.check_minutes * 60),
        Job("retrain", RetrainJob(settings), settings.classifier.retrain_minutes * 60),
    ]


def build(jobs: list[Job], *, background: bool = False) -> BaseScheduler:
    """The scheduler for `jobs`: blocking (it is the program) or in a thread beside the web UI."""
    scheduler: BaseScheduler = (
        BackgroundScheduler(timezone=UTC) if background else BlockingScheduler(timezone=UTC)
    )
    for job in jobs:
        scheduler.add_job(
            job.func,
            "interval",
            seconds=job.seconds,
            id=job.id,
            max_instances=1,
            coalesce=True,
            next_run_time=datetime.now(UTC),
        )
    return scheduler


def run(poller: Poller) -> None:
    """Run the jobs until SIGINT or SIGTERM."""
    run_jobs(jobs_for(poller))


def stop_children(jobs: list[Job]) -> None:
    """Stop what jobs run in child processes (the retrain), so shutting down is prompt."""
    for job in jobs:
        stop = getattr(job.func, "stop", None)
        if callable(stop):
            stop()


def run_jobs(jobs: list[Job]) -> None:
    """Run `jobs` until SIGINT or SIGTERM."""
    scheduler = build(jobs)

    def stop(signum: int, _frame: object) -> None:
        log.info("stopping (%s)", signal.Signals(signum).name)
        stop_children(jobs)
        scheduler.shutdown(wait=False)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    scheduler.start()
