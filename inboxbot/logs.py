"""Logging set-up for the command line, with secrets masked in every record."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable

MASK = "********"


class SecretFilter(logging.Filter):
    """Replaces every known secret in a record's final text, whoever logged it."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self.secrets = sorted({s for s in secrets if len(s) >= 4}, key=len, reverse=True)

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        masked = text
        for secret in self.secrets:
            masked = masked.replace(secret, MASK)
        if masked != text:
            record.msg, record.args = masked, None
        if record.exc_info and record.exc_info[1] is not None:
            exc_text = logging.Formatter().formatException(record.exc_info)
            for secret in self.secrets:
                exc_text = exc_text.replace(secret, MASK)
            record.exc_text, record.exc_info = exc_text, None
        return True


def setup(*, verbose: bool) -> logging.Handler:
    """Log to stderr, one line per record; quiet the libraries unless verbose."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for noisy in ("alembic", "apscheduler", "imapclient", "mailparser", "dateparser", "tzlocal"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if verbose else logging.WARNING)
    return handler


def mask(handler: logging.Handler, secrets: Iterable[str]) -> None:
    """From now on, `handler` never prints any of `secrets`."""
    handler.addFilter(SecretFilter(secrets))
