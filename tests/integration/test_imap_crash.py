"""A poller killed mid-batch, and two pollers at once: every message drafted exactly once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from inboxbot.store.lease import Lease
from inboxbot.store.schema import drafts, ledger, mailbox_state, messages
from tests.integration.conftest import REPO, Mailbox
from tests.mailgen import customer_mail

N = 200


def start_poller(mailbox: Mailbox, config: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "inboxbot", "poll", "--once", "--config", str(config)],
        cwd=REPO,
        env={**os.environ, **mailbox.env()},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def stored(mailbox: Mailbox) -> int:
    """Messages committed so far, read the way any other process would."""
    path = mailbox.home / "inboxbot.db"
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM messages").fetchone()[0])
    except sqlite3.OperationalError:  # no tables yet: the migration is still running
        return 0


def wait_until_stored(mailbox: Mailbox, process: subprocess.Popen[str], at_least: int) -> int:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        found = stored(mailbox)
        if found >= at_least or process.poll() is not None:
            return found
        time.sleep(0.005)
    raise AssertionError(f"the poller stored {stored(mailbox)} messages in 120 s")


def assert_each_message_drafted_once(mailbox: Mailbox) -> None:
    with mailbox.store().read() as conn:
        per_message = conn.execute(
            select(messages.c.message_id, func.count(drafts.c.id))
            .join(drafts, drafts.c.message == messages.c.id)
            .group_by(messages.c.message_id)
        ).all()
        ledger_rows = conn.execute(select(func.count()).select_from(ledger)).scalar()
        state = conn.execute(select(mailbox_state.c.watermark)).scalar()
    assert sorted(message_id for message_id, _ in per_message) == sorted(
        f"<msg-{n}@example.com>" for n in range(N)
    )
    assert {count for _, count in per_message} == {1}
    assert ledger_rows == N
    assert state == N


def test_it_drafts_every_message_exactly_once_when_killed_mid_batch_and_restarted(
    mailbox: Mailbox,
) -> None:
    """
    GIVEN 200 new messages
    WHEN the poller is killed with SIGKILL three times in the middle of its batches,
      and then runs to the end
    THEN every message has exactly one draft, the ledger one row each, and the
    high-water mark sits at the last UID: nothing lost, nothing twice.
    """
    mailbox.deliver(customer_mail(n) for n in range(N))
    config = mailbox.config_file(mailbox={"batch_size": 20})

    kills = []
    for target in (30, 90, 150):
        process = start_poller(mailbox, config)
        at_kill = wait_until_stored(mailbox, process, target)
        process.send_signal(signal.SIGKILL)
        process.wait()
        kills.append(at_kill)
    final = start_poller(mailbox, config)
    out, err = final.communicate(timeout=300)

    assert all(found < N for found in kills), f"a poller finished before it was killed: {kills}"
    assert kills == sorted(kills)
    assert final.returncode == 0, err
    assert f"{N - kills[-1]} new" in out
    assert_each_message_drafted_once(mailbox)
    assert mailbox.poll().handled == 0


def test_a_poller_stands_aside_while_another_process_holds_the_mailbox(mailbox: Mailbox) -> None:
    """
    GIVEN another live process holding the poll lease of the mailbox
    WHEN a poller runs
    THEN it says another process is polling and touches nothing; once the lease is
    released, the next poll drafts everything.
    """
    mailbox.deliver(customer_mail(n) for n in range(5))
    config = mailbox.config_file()
    account = f"imap:{mailbox.login}@127.0.0.1:{mailbox.server.port}"
    lease = Lease(mailbox.store(), f"poll:{account}", seconds=300)
    assert lease.acquire()

    held = start_poller(mailbox, config).communicate(timeout=120)
    lease.release()
    free = start_poller(mailbox, config).communicate(timeout=120)

    assert f"another process is polling it ({lease.owner})" in held[0], held
    assert "5 new: 5 drafted" in free[0], free


def test_two_pollers_started_together_draft_each_message_once(mailbox: Mailbox) -> None:
    mailbox.deliver(customer_mail(n) for n in range(N))
    config = mailbox.config_file(mailbox={"batch_size": 10})

    pollers = [start_poller(mailbox, config) for _ in range(2)]
    outputs = [p.communicate(timeout=300) for p in pollers]

    assert [p.returncode for p in pollers] == [0, 0], outputs
    assert_each_message_drafted_once(mailbox)
