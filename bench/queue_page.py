"""The VA's pages under a full queue: the queue page and a draft's page against a baseline.

Fills a fresh SQLite store with N drafts (default 10,000; most pending, the
rest approved, sent or rejected, spread over two weeks). A few dozen customer
mails go through the real stages (parse, screen, classify, extract, draft);
each outcome is then recorded many times with its own Message-ID, order
number, sender and date through the store's own `record_message`, so every
row is one the pipeline could have written. The app is served by uvicorn in
this process and timed server-side (an ASGI wrapper measures from the request
to the last byte of the answer) over 100 logged-in requests per page:

    baseline   GET /login: a template, no store query
    queue      GET /: the first page of the pending queue
    queue p.   GET /?after=…: a page deep in the queue (keyset)
    search     GET /?q=…: searching subject, sender and order number
    draft      GET /drafts/{id}: one draft beside its mail, facts, thread

and prints the median, p95 and the ratio to the baseline's median.

    python bench/queue_page.py            # N = 10,000
    python bench/queue_page.py -n 50000
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import uvicorn  # noqa: E402
from sqlalchemy import bindparam, select, update  # noqa: E402

from inboxbot import config, users  # noqa: E402
from inboxbot.mail.parse import parse  # noqa: E402
from inboxbot.models import Fact, MessageRef  # noqa: E402
from inboxbot.stages import Stages  # noqa: E402
from inboxbot.store import Store  # noqa: E402
from inboxbot.store.ledger import record_message  # noqa: E402
from inboxbot.store.schema import drafts  # noqa: E402
from inboxbot.web import create_app  # noqa: E402
from tests.mailgen import customer_mail  # noqa: E402
from tests.net import free_port  # noqa: E402
from tests.webclient import Client, login  # noqa: E402

REQUESTS = 100
KINDS_OF_MAIL = 30  # distinct mails run through the stages; the rest are copies of them
USER = ("va@bench.example", "bench-password-12345")


class Timed:
    """ASGI wrapper: the server-side time of each HTTP request, by path."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.times: list[tuple[str, float]] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()

        async def timed_send(message: Any) -> None:
            await send(message)
            if message["type"] == "http.response.body" and not message.get("more_body"):
                self.times.append((scope["path"], time.perf_counter() - started))

        await self.app(scope, receive, timed_send)


def fill(store: Store, stages: Stages, settings: config.Settings, n: int) -> list[int]:
    """N drafts as the pipeline would record them; returns the draft ids."""
    outcomes = [
        (raw, outcome)
        for raw in (customer_mail(i) for i in range(KINDS_OF_MAIL))
        for outcome in stages.run([parse(raw)])
        if outcome.draft is not None
    ]
    now = datetime.now(UTC)
    rng = random.Random(7)
    with store.write() as conn:
        for i in range(n):
            raw, outcome = outcomes[i % len(outcomes)]
            assert outcome.draft is not None and outcome.email.sender is not None
            number = str(100_000 + i)
            email = replace(
                outcome.email,
                message_id=f"<bench-{i}@example.com>",
                dedup_key=f"bench-{i}",
                subject=f"{outcome.email.subject} ({number})",
                sender=replace(outcome.email.sender, address=f"customer{i}@example.com"),
            )
            order = outcome.order
            if order is not None and order.number is not None:
                order = replace(order, number=Fact(number, 0.9, f"order {number}"))
            draft = replace(outcome.draft, reply_message_id=f"<reply-{i}@acme.example>")
            received = now - timedelta(minutes=rng.randrange(14 * 24 * 60))
            record_message(
                conn,
                MessageRef(settings.account, "INBOX", 1, str(i)),
                email,
                raw=raw,
                received_at=received,
                skip=None,
                label=outcome.label,
                order=order,
                draft=draft,
            )
        ids = [int(i) for i in conn.execute(select(drafts.c.id).order_by(drafts.c.id)).scalars()]
        # Ages spread over two weeks; three in ten already decided.
        changes = []
        for draft_id in ids:
            status = rng.choices(["pending", "approved", "sent", "rejected"], [70, 5, 20, 5])[0]
            changes.append(
                {
                    "i": draft_id,
                    "s": status,
                    "c": now - timedelta(minutes=rng.randrange(14 * 24 * 60)),
                }
            )
        conn.execute(
            update(drafts)
            .where(drafts.c.id == bindparam("i"))
            .values(status=bindparam("s"), created_at=bindparam("c")),
            changes,
        )
    return ids


class QuietServer(uvicorn.Server):
    """uvicorn in a thread of the bench: the bench, not uvicorn, handles signals."""

    def install_signal_handlers(self) -> None:
        pass


def measure(client: Client, timed: Timed, paths: list[str]) -> list[float]:
    """Server-side milliseconds of each request to `paths`, in turn."""
    found = []
    for path in paths:
        before = len(timed.times)
        response = client.get(path)
        if response.status_code != 200:
            raise SystemExit(f"GET {path} answered {response.status_code}")
        deadline = time.monotonic() + 5
        while len(timed.times) <= before:  # the closing empty body part may trail the bytes
            if time.monotonic() > deadline:
                raise SystemExit(f"GET {path} was never timed")
            time.sleep(0.0005)
        found.append(timed.times[before][1] * 1000)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", type=int, default=10_000, help="drafts in the store (default 10000)")
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="inboxbot-bench-web-"))
    try:
        settings = config.load(None).model_copy(
            update={"store": config.StoreSettings(url=f"sqlite:///{root / 'bench.db'}")}
        )
        store = Store.open(settings.store.url)
        users.add_user(store, *USER, role="va", actor="bench")
        started = time.perf_counter()
        ids = fill(store, Stages(settings), settings, args.n)
        print(f"store filled with {len(ids):,} drafts in {time.perf_counter() - started:.1f} s")

        timed = Timed(create_app(settings, store))
        port = free_port()
        server = QuietServer(
            uvicorn.Config(timed, host="127.0.0.1", port=port, log_level="warning")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.01)
        client = Client(base_url=f"http://127.0.0.1:{port}", timeout=30)
        if login(client, *USER).status_code != 303:
            raise SystemExit("could not log in")

        rng = random.Random(11)
        deep = ids[int(len(ids) * 0.9)]
        cases = [
            ("baseline  GET /login", ["/login"] * REQUESTS),
            ("queue     GET /", ["/"] * REQUESTS),
            ("queue p.  GET /?after=…", [f"/?after={deep}"] * REQUESTS),
            ("search    GET /?q=…", [f"/?q={100_000 + rng.randrange(len(ids))}"] * REQUESTS),
            ("draft     GET /drafts/{id}", [f"/drafts/{rng.choice(ids)}" for _ in range(REQUESTS)]),
        ]
        for _, paths in cases:  # warm up: templates compiled, statements cached
            measure(client, timed, paths[:5])
        results = [(name, measure(client, timed, paths)) for name, paths in cases]
        server.should_exit = True
        thread.join(timeout=10)
        store.close()

        base = statistics.median(results[0][1])
        print(f"\nserver-side time over {REQUESTS} requests each, {len(ids):,} drafts in the store")
        print(f"{'':<28}{'median':>10}{'p95':>10}{'x baseline':>13}")
        for name, times in results:
            median = statistics.median(times)
            p95 = statistics.quantiles(times, n=20)[-1]
            print(f"{name:<28}{median:>8.1f} ms{p95:>7.1f} ms{median / base:>12.1f}")
        aim = 50.0
        worst = max(statistics.median(results[i][1]) for i in (1, 4))
        verdict = "met" if worst < aim else "NOT met"
        print(f"aim: queue and draft page under {aim:.0f} ms median: {verdict}")
        print(f"(machine: {os.cpu_count()} cores, Python {sys.version.split()[0]})")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
