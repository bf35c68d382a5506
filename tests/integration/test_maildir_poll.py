"""Polling a local Maildir: the demo's source and imports of exported mail."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from inboxbot import config, review
from inboxbot.errors import ReviewError
from inboxbot.mail.maildir import MaildirSource
from inboxbot.pipeline import Poller, PollReport
from inboxbot.scheduler import build, jobs_for
from inboxbot.store import Store
from inboxbot.store.ledger import StoreLedger
from inboxbot.store.schema import drafts, messages
from tests.integration.conftest import poll_once
from tests.mailgen import customer_mail
from tests.net import free_port

REPO = Path(__file__).resolve().parents[2]


def make_maildir(root: Path) -> Path:
    for sub in ("new", "cur", "tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    return root


def put(maildir: Path, name: str, raw: bytes, *, sub: str = "new") -> Path:
    path = maildir / sub / name
    path.write_bytes(raw)
    return path


def settings_for(tmp_path: Path, maildir: Path, **mailbox: Any) -> config.Settings:
    path = tmp_path / "inboxbot.toml"
    lines = [
        "[shop]",
        'address = "support@acme.example"',
        "[mailbox]",
        'kind = "maildir"',
        f'path = "{maildir}"',
        *(f"{key} = {value!r}".replace("'", '"') for key, value in mailbox.items()),
        "[store]",
        f'url = "sqlite:///{tmp_path / "inboxbot.db"}"',
    ]
    path.write_text("\n".join(lines))
    return config.load(path, env={})


def test_it_does_not_process_mail_again_when_a_mail_client_moves_it_to_cur(tmp_path: Path) -> None:
    maildir = make_maildir(tmp_path / "mail")
    put(maildir, "1795600000.M1P1.host", customer_mail(1))
    settings = settings_for(tmp_path, maildir, start="all")
    first = poll_once(settings)
    (maildir / "new" / "1795600000.M1P1.host").rename(maildir / "cur" / "1795600000.M1P1.host:2,S")

    second = poll_once(settings)

    assert first.drafted == 1
    assert second.handled == 0


def test_it_ignores_the_mail_already_there_when_start_is_now(tmp_path: Path) -> None:
    maildir = make_maildir(tmp_path / "mail")
    old = put(maildir, "1795600000.M1P1.host", customer_mail(1))
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    settings = settings_for(tmp_path, maildir, start="now")

    first = poll_once(settings)
    put(maildir, "1795600100.M2P1.host", customer_mail(2))
    second = poll_once(settings)

    assert (first.drafted, first.history) == (0, 1)
    assert second.drafted == 1


def test_it_quarantines_a_file_over_the_size_limit_from_its_headers(tmp_path: Path) -> None:
    maildir = make_maildir(tmp_path / "mail")
    put(maildir, "big", customer_mail(1, body="x" * 2_000_000))
    settings = settings_for(tmp_path, maildir, start="all", max_message_mb=1)

    report = poll_once(settings)

    assert report.quarantined == 1
    with Store.open(settings.store.url).read() as conn:
        row = conn.execute(select(messages)).one()
    assert row.status == "quarantined"
    assert row.message_id == "<msg-1@example.com>"
    assert "over the 1 MB limit" in row.error


def test_a_template_error_keeps_the_message_in_the_queue_with_the_error(tmp_path: Path) -> None:
    """
    GIVEN a reply template that names a variable nobody provides
    WHEN a refund request is polled
    THEN its draft waits in the queue without text, with the template's error;
    it cannot be approved until a VA writes the text, and then it can.
    """
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    (templates / "acknowledge_refund.txt").write_text("Hello {{ customer.nickname }},\n")
    maildir = make_maildir(tmp_path / "mail")
    put(maildir, "1", customer_mail(1, kind="refund"))
    settings = settings_for(tmp_path, maildir, start="all")
    settings = settings.model_copy(update={"templates": config.TemplateSettings(path=templates)})

    report = poll_once(settings)

    store = Store.open(settings.store.url)
    with store.read() as conn:
        draft = conn.execute(select(drafts)).one()
    assert report.drafted == 1
    assert (draft.status, draft.body) == ("pending", None)
    assert "acknowledge_refund.txt" in draft.error and "nickname" in draft.error
    with pytest.raises(ReviewError, match="has no text yet"):
        review.approve(store, draft.id, actor="ana")
    review.edit(store, draft.id, actor="ana", body="Hello,\n\nwe are on it.\n")
    review.approve(store, draft.id, actor="ana")


def test_the_poll_job_runs_alone_and_coalesces_missed_runs(tmp_path: Path) -> None:
    maildir = make_maildir(tmp_path / "mail")
    settings = settings_for(tmp_path, maildir, start="all")
    poller = Poller(settings, Store.open(settings.store.url))
    try:
        job = build(jobs_for(poller)).get_job("poll")
    finally:
        poller.close()

    assert job.max_instances == 1
    assert job.coalesce is True
    assert job.trigger.interval.total_seconds() == settings.schedule.poll_seconds


@pytest.mark.parametrize(
    "entry", [["-m", "inboxbot", "serve"], [str(REPO / "run.py")]], ids=["serve", "run.py"]
)
def test_serve_polls_on_schedule_and_stops_cleanly_on_sigterm(
    tmp_path: Path, entry: list[str]
) -> None:
    """
    GIVEN `inboxbot serve` (or `python run.py --config FILE`) running on a Maildir
    WHEN a mail arrives after it started
    THEN the scheduled poll drafts it, the web UI answers meanwhile, and SIGTERM
    ends the process with status 0.
    """
    port = free_port()
    maildir = make_maildir(tmp_path / "mail")
    settings = settings_for(tmp_path, maildir, start="all")
    (tmp_path / "inboxbot.toml").write_text(
        (tmp_path / "inboxbot.toml").read_text() + "\n[schedule]\npoll_seconds = 5\n"
    )
    server = subprocess.Popen(
        [sys.executable, *entry, "--config", str(tmp_path / "inboxbot.toml")],
        cwd=REPO,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "INBOXBOT_WEB_PORT": str(port)},
    )
    try:
        put(maildir, "1", customer_mail(1))
        store = Store.open(settings.store.url)
        deadline = time.monotonic() + 60
        found = 0
        login_page = None
        while time.monotonic() < deadline and not (found and login_page):
            time.sleep(0.5)
            with store.read() as conn:
                found = len(conn.execute(select(drafts.c.id)).all())
            with contextlib.suppress(httpx.TransportError):
                login_page = httpx.get(f"http://127.0.0.1:{port}/login", timeout=5)
    finally:
        server.send_signal(signal.SIGTERM)
        _, err = server.communicate(timeout=30)

    assert found == 1, err
    assert login_page is not None and login_page.status_code == 200, err
    assert 'for="email">Email<' in login_page.text
    assert server.returncode == 0, err
    assert "1 new: 1 drafted" in err


def test_a_message_whose_handling_keeps_failing_is_retried_then_quarantined(tmp_path: Path) -> None:
    """
    GIVEN a message whose handling raised (a bug, not bad mail)
    WHEN that happens on three polls in a row
    THEN the first two leave it unfinished, so the next poll tries it again, and
    the third puts it in quarantine with the error, where it stays.
    """
    maildir = make_maildir(tmp_path / "mail")
    put(maildir, "1", customer_mail(1))
    settings = settings_for(tmp_path, maildir, start="all")
    store = Store.open(settings.store.url)
    poller = Poller(settings, store)
    ledger = StoreLedger(store)
    source = MaildirSource(maildir, start="all", batch_size=10, max_bytes=2**20)
    try:
        for attempt in range(1, 4):
            plan = source.plan(ledger)
            (item,) = next(source.fetch(plan, ledger))
            report = PollReport(source.account)

            poller._failed(item, ValueError("the classifier fell over"), report)

            finished = ledger.finished(source.account, plan.folder, 0, plan.items)
            assert (report.failed, report.quarantined) == ((1, 0) if attempt < 3 else (0, 1))
            assert (plan.items[0] in finished) == (attempt == 3)
    finally:
        poller.close()
    with store.read() as conn:
        row = conn.execute(select(messages)).one()
    assert row.status == "quarantined"
    assert row.error == "failed 3 times, last: ValueError: the classifier fell over"
    assert source.plan(ledger).items == []


def test_a_poll_leaves_the_classifier_to_the_worker(tmp_path: Path) -> None:
    """GIVEN a Maildir of new mail
    WHEN `inboxbot poll --once` drafts it
    THEN the poller reads the worker's outcomes without loading scikit-learn or
    the classifier itself: a long-running process must not hold them twice."""
    maildir = make_maildir(tmp_path / "mail")
    for i in range(3):
        put(maildir, f"17956000{i:02}.M{i}P1.host", customer_mail(i, kind="refund"))
    settings_for(tmp_path, maildir, start="all")
    script = (
        "import sys\n"
        "from inboxbot.cli import main\n"
        f"main(['poll', '--once', '--config', {str(tmp_path / 'inboxbot.toml')!r}])\n"
        "heavy = ('sklearn', 'classifiers', 'inboxbot.stages')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, timeout=300
    )

    assert done.returncode == 0, done.stderr
    summary, loaded = done.stdout.strip().splitlines()
    assert "3 drafted" in summary
    assert loaded == "[]"
