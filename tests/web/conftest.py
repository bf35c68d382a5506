"""Fixtures for the web UI: a live server on 127.0.0.1, a seeded store, Chromium.

The server is the real app under uvicorn in a thread of the test process; the
store is SQLite in the test's directory, filled by the real stages (parse →
screen → classify → extract → draft) from generated customer mail. Browser
tests drive Debian's Chromium through Playwright.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from inboxbot import config, users
from inboxbot.config import Settings
from inboxbot.mail.parse import parse
from inboxbot.models import MessageRef
from inboxbot.stages import Stages
from inboxbot.store import Store
from inboxbot.store.ledger import record_message
from inboxbot.store.schema import drafts
from inboxbot.web import create_app
from tests.net import free_port
from tests.webclient import Client, csrf_token, login  # noqa: F401 (the web tests import them here)

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
MANAGER = ("manager@acme.example", "manager-password-1")
VA = ("va@acme.example", "va-password-12345")
VA2 = ("va2@acme.example", "va2-password-12345")


@pytest.fixture(scope="session")
def stages() -> Stages:
    """The real stages, trained once for the session (the classifier takes a second)."""
    return Stages(config.load(None))


@dataclass
class Web:
    """A running inboxbot web UI over a fresh store, with a manager and two VAs."""

    settings: Settings
    store: Store
    stages: Stages
    url: str
    app: Any = None  # the FastAPI app; tests set `app.state.clock` to move time
    _count: int = 0

    def ingest(self, raws: Sequence[bytes]) -> list[int]:
        """Run mail through the real stages into the store; the new drafts' ids."""
        emails = [parse(raw) for raw in raws]
        outcomes = self.stages.run(emails)
        ids = []
        with self.store.write() as conn:
            for raw, outcome in zip(raws, outcomes, strict=True):
                self._count += 1
                ref = MessageRef(self.settings.account, "INBOX", 1, str(self._count))
                recorded = record_message(
                    conn,
                    ref,
                    outcome.email,
                    raw=raw,
                    received_at=datetime.now(UTC),
                    skip=outcome.skip,
                    label=outcome.label,
                    order=outcome.order,
                    draft=outcome.draft,
                )
                draft_id = conn.execute(
                    drafts.select()
                    .with_only_columns(drafts.c.id)
                    .where(drafts.c.message == recorded.message)
                ).scalar()
                if draft_id is not None:
                    ids.append(int(draft_id))
        return ids

    def draft(self, draft_id: int) -> dict[str, Any]:
        with self.store.read() as conn:
            row = conn.execute(drafts.select().where(drafts.c.id == draft_id)).one()
        return dict(row._mapping)

    def client(self, who: tuple[str, str] | None = None) -> httpx.Client:
        """An HTTP client, logged in through the form when `who` is given."""
        client = Client(base_url=self.url, follow_redirects=False, timeout=30)
        if who is not None:
            login(client, *who)
        return client


class _Server(uvicorn.Server):
    def install_signal_handlers(self) -> None:  # the test process keeps its own
        pass


@pytest.fixture
def web(tmp_path: Path, stages: Stages) -> Iterator[Web]:
    settings = config.load(None).model_copy(
        update={"store": config.StoreSettings(url=f"sqlite:///{tmp_path / 'inboxbot.db'}")}
    )
    store = Store.open(settings.store.url)
    for (email, password), role in ((MANAGER, "manager"), (VA, "va"), (VA2, "va")):
        users.add_user(store, email, password, role=role, actor="test")
    port = free_port()
    app = create_app(settings, store)
    server = _Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the web server did not start")
        time.sleep(0.01)
    yield Web(settings, store, stages, f"http://127.0.0.1:{port}", app=app)
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def browser_login(page: Any, web: Web, who: tuple[str, str]) -> None:
    """Log in through the form, as a person would."""
    page.goto(web.url + "/login")
    page.get_by_label("Email").fill(who[0])
    page.get_by_label("Password").fill(who[1])
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(lambda url: "/login" not in url)
