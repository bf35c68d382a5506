"""`inboxbot serve`: the web UI under uvicorn, with the scheduled jobs in a thread beside it.

One process serves one shop: the scheduler runs in this process only (never in
web workers, RELIABILITY IMAP-9), and the poll lease in the store keeps a
second `serve` from polling the same mailbox.
"""

from __future__ import annotations

import errno
import logging
import signal
import socket

import uvicorn

from inboxbot import scheduler
from inboxbot.config import WebSettings
from inboxbot.errors import ConfigError
from inboxbot.pipeline import Poller
from inboxbot.store import Store
from inboxbot.web.app import create_app

log = logging.getLogger(__name__)


def serve(poller: Poller, store: Store) -> None:
    """Poll on the schedule and serve the web UI until SIGINT or SIGTERM."""
    settings = poller.settings
    check_port(settings.web)
    app = create_app(settings, store)
    server = uvicorn.Server(
        uvicorn.Config(
            app,
            host=settings.web.host,
            port=settings.web.port,
            log_config=None,  # our handlers, with secrets masked
            access_log=False,
            server_header=False,
        )
    )
    planned = scheduler.jobs_for(poller)
    jobs = scheduler.build(planned, background=True)

    def stop(signum: int, _frame: object) -> None:
        # Before uvicorn runs, and again when it hands the signal back after
        # shutting down: either way, finish cleanly and exit with status 0.
        log.info("stopping (%s)", signal.Signals(signum).name)
        server.should_exit = True

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    jobs.start()
    try:
        server.run()  # returns on SIGINT/SIGTERM, after open requests finish
    finally:
        scheduler.stop_children(planned)  # a retrain in a child process ends now
        jobs.shutdown(wait=True)
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def url(web: WebSettings) -> str:
    host = f"[{web.host}]" if ":" in web.host else web.host
    return f"http://{host}:{web.port}"


def check_port(web: WebSettings) -> None:
    """Fail with a clear message now, rather than after polling has started."""
    family = socket.AF_INET6 if ":" in web.host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((web.host, web.port))
        except OSError as err:
            why = "is in use" if err.errno == errno.EADDRINUSE else f"cannot be used: {err}"
            raise ConfigError(
                f"web: {web.host} port {web.port} {why}; choose another with "
                "[web] port in the configuration or INBOXBOT_WEB_PORT"
            ) from None
