"""The Reports page and `inboxbot report` over a store of 100,000 messages, against a baseline.

Fills a fresh SQLite store with N messages (default 100,000) spread over 180
days: about 8 % screened and 0.5 % quarantined; the customer mail 40 % refund,
12 % dispute, the rest other; four in five refund and dispute mails with a
reason, a product and an amount (EUR, some USD and GBP); a reply draft for
each, most decided (approved and sent, some edited first, some rejected, a few
relabelled), with the event log and training labels review.py would write.
Rows are written in bulk straight into the tables the pipeline fills, with
texts of a realistic length, so the tables are as wide as a real shop's.

Then it times, as the median of several runs:

    baseline   one pass over the messages reading their facts (the least a report must read)
    report     reports.build() for the last 30 days, and for all 180 days
    page       GET /reports and GET /reports/volume.csv, server-side (as bench/queue_page.py)

    python bench/reports.py            # N = 100,000
    python bench/reports.py -n 20000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import uvicorn  # noqa: E402
from sqlalchemy import func, insert, select, text  # noqa: E402

from bench.queue_page import QuietServer, Timed, measure  # noqa: E402
from inboxbot import config, users  # noqa: E402
from inboxbot.reports import REASONS, build, period  # noqa: E402
from inboxbot.store import Store  # noqa: E402
from inboxbot.store.schema import drafts, events, messages, training_labels  # noqa: E402
from inboxbot.web import create_app  # noqa: E402
from tests.net import free_port  # noqa: E402
from tests.webclient import Client, login  # noqa: E402

RUNS = 5
REQUESTS = 20
DAYS = 180
USER = ("manager@bench.example", "bench-password-12345")
PRODUCTS = [
    f"{kind} {colour}"
    for kind in ("Lamp", "Teapot", "Rug", "Vase", "Chair", "Mirror", "Kettle", "Throw")
    for colour in ("white", "black", "oak", "blue", "green")
]
TEXT = (
    "Hello,\n\nI ordered from your shop a few weeks ago and I am writing about order {n}. "
    "The parcel came on Tuesday, but when I opened it I found that it is not what I hoped for. "
    "I have attached two photos so you can see for yourselves. I would like to know what you "
    "can do about it: a refund to my card would suit me best, but I am open to a replacement "
    "if that is quicker. Please let me know what you need from me, and whether I should send "
    "the item back first or keep it until you tell me where to send it.\n\n"
    "Thank you for your help,\nCustomer {n}\n"
)
BODY = (
    "Dear customer,\n\nthank you for writing to us about order {n}. We are sorry that it did not "
    "arrive as it should have. We have started a refund of the full amount to the card you paid "
    "with; banks usually need three to five working days to show it.\n\nKind regards,\nAcme\n"
)


def fill(store: Store, n: int, now: datetime) -> None:
    """N messages with drafts, events and training labels, in bulk."""
    rng = random.Random(7)
    message_rows: list[dict[str, Any]] = []
    draft_rows: list[dict[str, Any]] = []
    event_rows: list[dict[str, Any]] = []
    label_rows: list[dict[str, Any]] = []
    reasons = list(REASONS)
    for i in range(1, n + 1):
        arrived = now - timedelta(seconds=rng.randrange(DAYS * 86400))
        status = rng.choices(["drafted", "screened", "quarantined"], [91.5, 8, 0.5])[0]
        label = rng.choices(["refund", "dispute", "other"], [40, 12, 48])[0]
        facts: dict[str, Any] = {"number": _fact(str(100_000 + i))}
        if label != "other" and rng.random() < 0.8:
            currency = rng.choices(["EUR", "USD", "GBP"], [80, 15, 5])[0]
            amount = f"{rng.randrange(500, 25_000) / 100:.2f}"
            facts["reason"] = _fact(rng.choice(reasons))
            facts["product"] = _fact(rng.choice(PRODUCTS))
            facts["amount"] = _fact({"amount": amount, "currency": currency})
        message_rows.append(
            {
                "id": i,
                "account": "bench",
                "dedup_key": f"bench-{i}",
                "message_id": f"<bench-{i}@example.com>",
                "status": status,
                "received_at": arrived,
                "sent_at": arrived - timedelta(seconds=30),
                "from_address": f"customer{i}@example.com",
                "subject": f"About order {100_000 + i}",
                "text": TEXT.format(n=i),
                "new_text": TEXT.format(n=i),
                "label": label if status == "drafted" else None,
                "order_facts": json.dumps(facts) if status == "drafted" else None,
                "created_at": arrived + timedelta(seconds=5),
            }
        )
        if status != "drafted":
            continue
        created = arrived + timedelta(seconds=rng.randrange(5, 120))
        fate = rng.choices(
            ["pending", "approved", "edited", "rejected", "relabelled"], [10, 60, 18, 6, 6]
        )[0]
        decided = created + timedelta(minutes=rng.expovariate(1 / 240))
        decided = min(decided, now)
        body = BODY.format(n=i)
        row = {
            "id": i,
            "message": i,
            "status": "pending",
            "label": label,
            "template": f"acknowledge_{label}",
            "subject": f"Re: About order {100_000 + i}",
            "body": body,
            "to_name": "",
            "to_address": f"customer{i}@example.com",
            "reply_message_id": f"<reply-{i}@acme.example>",
            "created_at": created,
            "updated_at": created,
            "decided_at": None,
            "reply_sent_at": None,
            "order_number": str(100_000 + i),
            "arrived_at": arrived,
        }
        if fate == "relabelled":
            new = "refund" if label != "refund" else "other"
            event_rows.append(_event("draft.relabelled", decided, i, before=label, after=new))
            label_rows.append(_label(i, new, "corrected", decided))
            row.update(label=new, template=f"acknowledge_{new}")
            fate = "approved"
        if fate == "edited":
            after = body.replace("three to five", "up to ten") + "P.S. Sorry again.\n"
            event_rows.append(_event("draft.edited", decided, i, before=body, after=after))
            row["body"], fate = after, "approved"
        if fate == "approved":
            sent = decided + timedelta(seconds=rng.randrange(5, 600))
            row.update(status="sent", decided_at=decided, reply_sent_at=min(sent, now))
            event_rows.append(_event("draft.approved", decided, i))
            label_rows.append(_label(i, row["label"], "confirmed", decided))
        elif fate == "rejected":
            row.update(status="rejected", decided_at=decided)
            event_rows.append(_event("draft.rejected", decided, i, reason="wrong tone"))
        draft_rows.append(row)
    with store.write() as conn:
        for table, rows in (
            (messages, message_rows),
            (drafts, draft_rows),
            (events, event_rows),
            (training_labels, label_rows),
        ):
            for start in range(0, len(rows), 5_000):
                conn.execute(insert(table), rows[start : start + 5_000])


def _fact(value: Any) -> dict[str, Any]:
    return {"value": value, "confidence": 0.9, "source": str(value)}


def _event(kind: str, at: datetime, draft: int, **detail: Any) -> dict[str, Any]:
    return {
        "at": at,
        "kind": kind,
        "actor": "va",
        "message": None,
        "draft": draft,
        "detail": json.dumps(detail),
    }


def _label(message: int, label: str, kind: str, at: datetime) -> dict[str, Any]:
    return {"message": message, "label": label, "kind": kind, "actor": "va", "created_at": at}


def timed(work: Any, runs: int = RUNS) -> list[float]:
    """Milliseconds of each of `runs` calls of `work`, after one call to warm up."""
    work()
    found = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        found.append((time.perf_counter() - started) * 1000)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", type=int, default=100_000, help="messages (default 100000)")
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="inboxbot-bench-reports-"))
    try:
        settings = config.load(None).model_copy(
            update={"store": config.StoreSettings(url=f"sqlite:///{root / 'bench.db'}")}
        )
        store = Store.open(settings.store.url)
        users.add_user(store, *USER, role="manager", actor="bench")
        now = datetime.now(UTC)
        started = time.perf_counter()
        fill(store, args.n, now)
        with store.read() as conn:
            counts = {
                t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in (messages, drafts, events, training_labels)
            }
        print(
            f"store filled in {time.perf_counter() - started:.1f} s: "
            + ", ".join(f"{n:,} {name}" for name, n in counts.items())
        )

        zone = settings.shop.zone
        today = now.astimezone(zone).date()
        month = period(None, None, zone=zone, now=now)
        half_year = period(today - timedelta(days=DAYS), today, zone=zone, now=now)
        week = period(today - timedelta(days=DAYS), today, zone=zone, now=now, by="week")

        def baseline() -> None:
            with store.read() as conn:
                conn.execute(
                    text(
                        "SELECT count(*), sum(length(order_facts)), max(received_at) FROM messages"
                    )
                ).one()

        cases = [
            ("baseline  one pass over messages", timed(baseline)),
            (
                f"report    30 days ({month.since}…)",
                timed(lambda: build(store, settings, month, now=now)),
            ),
            (
                "report    180 days, by day",
                timed(lambda: build(store, settings, half_year, now=now)),
            ),
            ("report    180 days, by week", timed(lambda: build(store, settings, week, now=now))),
        ]
        in_month = build(store, settings, month, now=now).volume
        print(f"the last 30 days hold {in_month.customer:,} customer mails")

        app = Timed(create_app(settings, store))
        port = free_port()
        server = QuietServer(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.01)
        client = Client(base_url=f"http://127.0.0.1:{port}", timeout=120)
        if login(client, *USER).status_code != 303:
            raise SystemExit("could not log in")
        pages = [
            ("page      GET /login (no store)", ["/login"] * REQUESTS),
            ("page      GET /reports", ["/reports"] * REQUESTS),
            ("page      GET /reports/volume.csv", ["/reports/volume.csv"] * REQUESTS),
        ]
        for _, paths in pages:
            measure(client, app, paths[:2])
        page_cases = [(name, measure(client, app, paths)) for name, paths in pages]
        server.should_exit = True
        thread.join(timeout=10)
        store.close()

        base = statistics.median(cases[0][1])
        print(
            f"\nmedian of {RUNS} runs (figures) / {REQUESTS} requests (pages), "
            f"{args.n:,} messages over {DAYS} days"
        )
        print(f"{'':<38}{'median':>11}{'x baseline':>13}")
        for name, times in cases:
            median = statistics.median(times)
            print(f"{name:<38}{median:>8.1f} ms{median / base:>12.1f}")
        page_base = statistics.median(page_cases[0][1])
        for name, times in page_cases:
            median = statistics.median(times)
            print(
                f"{name:<38}{median:>8.1f} ms{median / base:>12.1f}   "
                f"({median / page_base:.1f} x GET /login)"
            )
        print(f"(machine: {os.cpu_count()} cores, Python {sys.version.split()[0]})")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
