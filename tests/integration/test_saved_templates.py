"""Polls draft from the templates managers saved, not only from the files (TPL-6)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from inboxbot import config
from inboxbot.models import Outcome
from inboxbot.pipeline import Poller
from inboxbot.store import Store
from inboxbot.store.schema import drafts
from inboxbot.store.templates import save_version
from inboxbot.worker import Worker
from tests.integration.test_maildir_poll import make_maildir, put, settings_for
from tests.mailgen import customer_mail

SAVED = "Hi {{ customer.first_name }}, we have your refund request for order {{ order.number }}.\n"


def drafted(store: Store) -> list[tuple[str, str | None, int | None]]:
    with store.read() as conn:
        rows = conn.execute(
            select(drafts.c.template, drafts.c.body, drafts.c.template_version).order_by(
                drafts.c.id
            )
        ).all()
    return [(r.template, r.body, r.template_version) for r in rows]


def test_a_poll_after_a_save_drafts_from_the_saved_version_and_records_it(
    tmp_path: Path,
) -> None:
    """GIVEN a poller whose worker has drafted a refund from the file already
    WHEN a manager saves a new version of that template and another refund arrives
    THEN the next poll, in the same worker, drafts it from the saved text and
    records the version; the first draft keeps the file's text and no version."""
    maildir = make_maildir(tmp_path / "mail")
    settings = settings_for(tmp_path, maildir, start="all")
    store = Store.open(settings.store.url)
    poller = Poller(settings, store)
    try:
        put(maildir, "1795600000.M1P1.host", customer_mail(1, kind="refund"))
        assert poller.poll_once().drafted == 1
        version = save_version(store, "acknowledge_refund", SAVED, author="boss@acme.example")
        put(maildir, "1795600001.M2P1.host", customer_mail(2, kind="refund"))

        assert poller.poll_once().drafted == 1
    finally:
        poller.close()
    (first, second) = drafted(store)
    store.close()

    assert first[0] == "acknowledge_refund" and first[2] is None
    assert first[1] is not None and "Kind regards" in first[1]
    assert second == (
        "acknowledge_refund",
        "Hi Customer, we have your refund request for order 1002.\n",
        version,
    )


def test_the_worker_drafts_each_batch_from_the_templates_handed_with_it() -> None:
    raw = customer_mail(3, kind="refund")
    saved = {"acknowledge_refund": (4, "Order {{ order.number }}.\n")}
    with Worker(config.load(None), timeout=10, memory_mb=512) as worker:
        plain, with_saved, plain_again = (
            worker.run([raw]),
            worker.run([raw], templates=saved),
            worker.run([raw], templates={}),
        )

    bodies = []
    for (outcome,) in (plain, with_saved, plain_again):
        assert isinstance(outcome, Outcome) and outcome.draft is not None
        bodies.append((outcome.draft.body, outcome.draft.template_version))
    assert bodies[1] == ("Order 1003.\n", 4)
    assert bodies[0] == bodies[2]
    assert bodies[0][1] is None and bodies[0][0] != "Order 1003.\n"
