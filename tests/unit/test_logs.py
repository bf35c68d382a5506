"""Log records never show a secret, wherever in the record it hides."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from inboxbot.logs import MASK, SecretFilter, mask

PASSWORD = "hunter2-app-password"
TOKEN = "ya29.a0AfH6SMBx"


@pytest.fixture
def logged() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    """A logger whose handler masks PASSWORD and TOKEN, and what it printed."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    mask(handler, [PASSWORD, TOKEN, "abc"])
    logger = logging.getLogger("tests.unit.test_logs")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    yield logger, out
    logger.removeHandler(handler)


def test_it_masks_a_secret_in_the_message(logged):
    logger, out = logged

    logger.info(f"login as support@acme.example with {PASSWORD}")

    assert out.getvalue() == f"INFO login as support@acme.example with {MASK}\n"


def test_it_masks_a_secret_in_the_arguments(logged):
    logger, out = logged

    logger.warning("IMAP said %r to %s (token %s)", f"bad password {PASSWORD}", "jane", TOKEN)

    assert PASSWORD not in out.getvalue() and TOKEN not in out.getvalue()
    assert out.getvalue() == f"WARNING IMAP said 'bad password {MASK}' to jane (token {MASK})\n"


def test_it_masks_a_secret_in_an_exception_traceback(logged):
    """GIVEN an exception whose message carries the password
    WHEN it is logged with its traceback
    THEN the traceback is printed, with the password masked."""
    logger, out = logged

    try:
        raise ConnectionError(f"LOGIN support@acme.example {PASSWORD} failed")
    except ConnectionError:
        logger.exception("poll failed")

    printed = out.getvalue()
    assert PASSWORD not in printed
    assert "Traceback (most recent call last):" in printed
    assert f"ConnectionError: LOGIN support@acme.example {MASK} failed" in printed


def test_it_masks_a_secret_in_a_chained_exception(logged):
    logger, out = logged

    try:
        try:
            raise ValueError(PASSWORD)
        except ValueError as err:
            raise RuntimeError("cannot log in") from err
    except RuntimeError:
        logger.error("poll failed", exc_info=True)

    assert PASSWORD not in out.getvalue()
    assert f"ValueError: {MASK}" in out.getvalue()


def test_it_does_not_mask_strings_shorter_than_four_characters(logged):
    logger, out = logged

    logger.info("abc is not a secret worth masking")

    assert out.getvalue() == "INFO abc is not a secret worth masking\n"
    assert SecretFilter(["abc", "", "xyz1"]).secrets == ["xyz1"]


def test_it_masks_the_longest_secret_first():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "key %s", ("secret-and-more",), None)

    SecretFilter(["secret", "secret-and-more"]).filter(record)

    assert record.getMessage() == f"key {MASK}"


def test_it_leaves_a_record_without_secrets_alone():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "polled %d messages", (3,), None)

    assert SecretFilter([PASSWORD]).filter(record)

    assert (record.msg, record.args) == ("polled %d messages", (3,))
