"""Fixtures shared by the unit tests: a fresh store, the shop's settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from inboxbot.config import ShopSettings
from inboxbot.store import Store


@pytest.fixture
def store_url(tmp_path: Path) -> str:
    """The URL of a SQLite file that does not exist yet."""
    return f"sqlite:///{tmp_path / 'var' / 'inboxbot.db'}"


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """A freshly created and migrated store in its own temporary directory."""
    opened = Store.open(store_url)
    yield opened
    opened.close()


@pytest.fixture
def shop() -> ShopSettings:
    return ShopSettings(name="Acme Homewares", address="support@acme.example")
