"""Fixtures for the outbox tests: the SMTP server, and a shop sending to it or to Drafts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.integration.conftest import Mailbox
from tests.integration.outbox.shop import Shop
from tests.servers.smtp import SmtpSink


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    server = SmtpSink()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def shop(mailbox: Mailbox, sink: SmtpSink) -> Shop:
    return Shop(mailbox, sink)


@pytest.fixture
def drafts_shop(mailbox: Mailbox) -> Shop:
    """A shop without [smtp]: approved replies go to its Drafts folder."""
    return Shop(mailbox, None)
