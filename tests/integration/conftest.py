"""Fixtures for tests against a real Dovecot on 127.0.0.1."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from imapclient import IMAPClient

from inboxbot import config
from inboxbot.config import Settings
from inboxbot.pipeline import Poller, PollReport
from inboxbot.store import Store
from tests.servers.dovecot import Dovecot

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    # Not under pytest's tmp_path: that is private to us (0700), and Dovecot
    # runs as another user.
    root = Path(tempfile.mkdtemp(prefix="inboxbot-dovecot-"))
    server = Dovecot(root)
    server.start()
    yield server
    server.stop()
    shutil.rmtree(root, ignore_errors=True)


@dataclass
class Mailbox:
    """One fresh IMAP account on the test Dovecot, and an inboxbot set up to poll it."""

    server: Dovecot
    login: str
    password: str
    home: Path
    overrides: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def store_url(self) -> str:
        return f"sqlite:///{self.home / 'inboxbot.db'}"

    def deliver(self, messages: Iterable[bytes], **kw: Any) -> None:
        self.server.deliver(self.login, self.password, messages, **kw)

    def status(self, folder: str = "INBOX") -> dict[str, int]:
        return self.server.status(self.login, self.password, folder)

    def client(self, folder: str | None = "INBOX") -> AbstractContextManager[IMAPClient]:
        return self.server.client(self.login, self.password, folder=folder)

    def config_file(self, **sections: dict[str, Any]) -> Path:
        """An inboxbot config for this mailbox; `sections` override keys. No password in it."""
        data: dict[str, dict[str, Any]] = {
            "shop": {"name": "Acme Homewares", "address": "support@acme.example"},
            "mailbox": {
                "host": "127.0.0.1",
                "port": self.server.port,
                "security": "none",
                "username": self.login,
                "start": "all",
                "timeout_seconds": 10,
            },
            "store": {"url": self.store_url},
        }
        for source in (self.overrides, sections):
            for section, values in source.items():
                data.setdefault(section, {}).update(values)
        path = self.home / "inboxbot.toml"
        path.write_text(_toml(data))
        return path

    def env(self) -> dict[str, str]:
        return {"INBOXBOT_MAILBOX_PASSWORD": self.password}

    def settings(self, **sections: dict[str, Any]) -> Settings:
        return config.load(self.config_file(**sections), env=self.env())

    def poll(self, **sections: dict[str, Any]) -> PollReport:
        """One poll, in this process, through a fresh Poller."""
        return poll_once(self.settings(**sections))

    def store(self) -> Store:
        return Store.open(self.store_url)

    def run(self, *args: str, **sections: dict[str, Any]) -> subprocess.CompletedProcess[str]:
        """`inboxbot ARGS --config FILE` in a child process, as a user would run it."""
        return run_inboxbot(*args, "--config", str(self.config_file(**sections)), env=self.env())


def poll_once(settings: Settings) -> PollReport:
    """One poll, in this process, through a fresh Poller and store."""
    store = Store.open(settings.store.url)
    poller = Poller(settings, store)
    try:
        return poller.poll_once()
    finally:
        poller.close()
        store.close()


def run_inboxbot(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "inboxbot", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=REPO,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def mailbox(dovecot: Dovecot, tmp_path: Path) -> Mailbox:
    login, password = dovecot.add_user()
    return Mailbox(dovecot, login, password, tmp_path)


def _toml(data: dict[str, dict[str, Any]]) -> str:
    """Enough TOML for our configs: tables of strings, numbers, booleans and lists."""
    lines = []
    for section, values in data.items():
        lines.append(f"[{section}]")
        lines += [f"{key} = {json.dumps(value)}" for key, value in values.items()]
        lines.append("")
    return "\n".join(lines)
