"""The scheduled outbox pass: one pass per run, backing off while it fails."""

from __future__ import annotations

from inboxbot import config
from inboxbot.errors import StoreError
from inboxbot.outbox import Outbox, SendReport
from inboxbot.scheduler import Backoff, SendJob


class BrokenOutbox:
    """An outbox whose store cannot be reached."""

    def send_once(self) -> SendReport:
        raise StoreError("the store is locked")


def test_the_send_job_runs_one_pass_of_the_outbox(store):
    settings = config.load(None)
    backoff = Backoff(base=30, cap=300)

    SendJob(Outbox(settings, store), backoff)()

    assert backoff.failures == 0


def test_the_send_job_backs_off_while_the_pass_fails():
    backoff = Backoff(base=30, cap=300, jitter=lambda: 0.5)
    job = SendJob(BrokenOutbox(), backoff)  # type: ignore[arg-type]

    job()
    job()  # too soon: not tried

    assert backoff.failures == 1
    assert not backoff.ready()
