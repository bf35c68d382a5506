"""The outbox's pace: approved replies sent by SMTP, against the bare protocol.

Fills a fresh SQLite store with N drafts as the pipeline records them (the
same filling as `bench/queue_page.py`), approves each through `review.approve`,
and starts a local SMTP server (aiosmtpd, the one the tests use). Then:

    baseline   the same N replies, built once, handed over with smtplib on one
               session: what SMTP and this server cost, with no bookkeeping
    outbox     `Outbox.send_once` passes until nothing is due: per reply a
               claim committed before the send, the checks (approval hash,
               refusals, the recipient's daily share), the send, and a mark
               committed after, each with its event

and prints replies per second, milliseconds per reply and the ratio of the
two. Both runs share the machine at the same moment, so the ratio holds on a
noisy one.

    python bench/outbox.py            # N = 1,000
    python bench/outbox.py -n 5000
"""

from __future__ import annotations

import argparse
import shutil
import smtplib
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sqlalchemy import Text, cast, select, update  # noqa: E402

from bench.queue_page import fill  # noqa: E402
from inboxbot import config, review  # noqa: E402
from inboxbot.mail.compose import build  # noqa: E402
from inboxbot.models import DraftStatus  # noqa: E402
from inboxbot.outbox import Outbox  # noqa: E402
from inboxbot.stages import Stages  # noqa: E402
from inboxbot.store import Store, sending  # noqa: E402
from inboxbot.store.schema import drafts  # noqa: E402
from tests.servers.smtp import SmtpSink  # noqa: E402


def approve_all(store: Store, ids: list[int]) -> None:
    """Every draft pending, each to its own customer (the daily share per address holds), then
    approved as a VA would."""
    with store.write() as conn:
        conn.execute(
            update(drafts).values(
                status=DraftStatus.PENDING,
                to_address="customer" + cast(drafts.c.id, Text) + "@example.com",
            )
        )
    for draft_id in ids:
        review.approve(store, draft_id, actor="va@bench.example")


def baseline(outbox: Outbox, store: Store, ids: list[int], port: int) -> float:
    """Seconds to hand the same replies over with smtplib alone, built beforehand."""
    messages = []
    with store.read() as conn:
        for draft_id in ids:
            row = conn.execute(select(drafts).where(drafts.c.id == draft_id)).one()
            messages.append((row.to_address, build(outbox._reply(row)).as_bytes()))
    started = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port, local_hostname="bench") as client:
        for to, data in messages:
            client.sendmail(outbox.settings.shop.address, [to], data)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", type=int, default=1_000, help="approved replies (default 1000)")
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="inboxbot-bench-outbox-"))
    sink = SmtpSink()
    sink.start()
    try:
        settings = config.load(None).model_copy(
            update={
                "store": config.StoreSettings(url=f"sqlite:///{root / 'bench.db'}"),
                "smtp": config.SmtpSettings(host="127.0.0.1", port=sink.port, security="none"),
            }
        )
        store = Store.open(settings.store.url)
        ids = fill(store, Stages(settings), settings, args.n)
        approve_all(store, ids)
        outbox = Outbox(settings, store)

        base = baseline(outbox, store, ids, sink.port)
        if len(sink.delivered) != len(ids):
            raise SystemExit(f"baseline delivered {len(sink.delivered)} of {len(ids)}")
        sink.delivered.clear()

        started = time.perf_counter()
        passes = 0
        while True:
            report = outbox.send_once()
            passes += 1
            if report.sent == 0:
                break
            if report.failed or report.uncertain or report.retry:
                raise SystemExit(f"outbox pass: {report.summary()}")
        took = time.perf_counter() - started
        with store.read() as conn:
            left = sending.due(conn, now=outbox.clock(), limit=1)
        if len(sink.delivered) != len(ids) or left:
            raise SystemExit(f"outbox delivered {len(sink.delivered)} of {len(ids)}")

        n = len(ids)
        print(f"{n:,} approved replies, {passes} outbox passes")
        print(f"{'':10} {'replies/s':>10} {'ms/reply':>9} {'x baseline':>11}")
        for name, seconds in (("baseline", base), ("outbox", took)):
            print(f"{name:10} {n / seconds:10.0f} {seconds / n * 1000:9.2f} {seconds / base:11.1f}")
        store.close()
    finally:
        sink.stop()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
