"""Ingest speed and memory: inboxbot's poll against the raw floor, in the same run.

Seeds N messages into a throw-away Dovecot on 127.0.0.1, then measures
  (a) the floor: imapclient fetching every message in batches and mail-parser
      parsing each, nothing else;
  (b) `inboxbot poll --once` end to end into SQLite, as a child process;
and prints messages per second for both, the ratio b/a, the peak memory of
(b), poller and worker together, at N/5 and at N, to show whether memory grows
with the mailbox, and the CPU time each of the two processes spends a message:
the busier one sets the pace.

    python bench/ingest.py            # N = 5,000
    python bench/ingest.py -n 20000
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import mailparser  # noqa: E402
from imapclient import IMAPClient  # noqa: E402

from tests.mailgen import customer_mail  # noqa: E402
from tests.servers.dovecot import Dovecot  # noqa: E402

BATCH = 100


class Poll(NamedTuple):
    summary: str  # what inboxbot printed
    seconds: float  # wall time
    rss_kib: int  # peak resident memory of the poller and its worker together
    poller_cpu: float  # seconds of CPU time, user and system
    worker_cpu: float


def seed(server: Dovecot, login: str, password: str, n: int) -> None:
    with server.client(login, password, folder=None) as client:
        for start in range(0, n, 500):
            client.multiappend(
                "INBOX", [customer_mail(i) for i in range(start, min(n, start + 500))]
            )


def floor(server: Dovecot, login: str, password: str) -> tuple[int, float]:
    """Fetch every message in batches and parse each with mail-parser: the least any poller does."""
    started = time.perf_counter()
    client = IMAPClient("127.0.0.1", port=server.port, ssl=False, timeout=60)
    client.login(login, password)
    client.select_folder("INBOX", readonly=True)
    uids = client.search(["ALL"])
    parsed = 0
    for i in range(0, len(uids), BATCH):
        for data in client.fetch(uids[i : i + BATCH], ["BODY.PEEK[]"]).values():
            mailparser.parse_from_bytes(data[b"BODY[]"])
            parsed += 1
    client.logout()
    return parsed, time.perf_counter() - started


def inboxbot_poll(server: Dovecot, login: str, password: str, home: Path) -> Poll:
    """`inboxbot poll --once` in a child process; memory and worker CPU sampled every 50 ms."""
    config = home / "inboxbot.toml"
    config.write_text(
        "[shop]\nname = 'Bench'\naddress = 'support@acme.example'\n"
        f"[mailbox]\nhost = '127.0.0.1'\nport = {server.port}\nsecurity = 'none'\n"
        f"username = '{login}'\nstart = 'all'\nbatch_size = {BATCH}\n"
        f"[store]\nurl = 'sqlite:///{home / 'bench.db'}'\n"
    )
    env = {**os.environ, "INBOXBOT_MAILBOX_PASSWORD": password}
    command = [sys.executable, "-m", "inboxbot", "poll", "--once", "--config", str(config)]
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _MEASURING_WRAPPER, *command],
        env=env,
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"inboxbot poll failed:\n{done.stderr}")
    lines = done.stdout.strip().splitlines()
    measured = json.loads(lines[-1])
    return Poll(
        lines[0],
        elapsed,
        measured["max_rss_kib"],
        measured["cpu_seconds"] - measured["worker_cpu_seconds"],
        measured["worker_cpu_seconds"],
    )


# Runs the command and samples the resident memory of it and its worker together,
# and the CPU time of the worker (the poller's is all its children's less that).
_MEASURING_WRAPPER = """
import json, os, resource, subprocess, sys, time

def tree(root):
    children = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as f:
                parent = int(f.read().rsplit(")", 1)[1].split()[1])
        except OSError:
            continue
        children.setdefault(parent, []).append(int(pid))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found

def cpu_ticks(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # user and system
    except OSError:
        return None

def rss_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))
    except (OSError, StopIteration):
        return 0

child = subprocess.Popen(sys.argv[1:])
peak, others = 0, {}
while child.poll() is None:
    pids = tree(child.pid)
    peak = max(peak, sum(rss_kib(pid) for pid in pids))
    for pid in pids[1:]:
        others[pid] = cpu_ticks(pid) or others.get(pid, 0)
    time.sleep(0.05)
if child.returncode:
    sys.exit(child.returncode)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({
    "max_rss_kib": peak,
    "cpu_seconds": usage.ru_utime + usage.ru_stime,
    "worker_cpu_seconds": sum(others.values()) / os.sysconf("SC_CLK_TCK"),
}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", type=int, default=5000, help="messages to seed (default 5000)")
    args = parser.parse_args()
    n, small = args.n, max(1, args.n // 5)

    root = Path(tempfile.mkdtemp(prefix="inboxbot-bench-"))
    server = Dovecot(Path(tempfile.mkdtemp(prefix="inboxbot-bench-dovecot-")))
    server.start()
    try:
        results = {}
        for size in (small, n):
            login, password = server.add_user()
            started = time.perf_counter()
            seed(server, login, password, size)
            seeded = time.perf_counter() - started
            home = root / f"run-{size}"
            home.mkdir()
            count, floor_seconds = floor(server, login, password)
            assert count == size, (count, size)
            poll = inboxbot_poll(server, login, password, home)
            results[size] = (floor_seconds, poll)
            print(f"N = {size}: seeded in {seeded:.1f} s; inboxbot said: {poll.summary}")

        # Start-up is a poll of one message: with none, the worker (which imports
        # scikit-learn and trains the classifier) is never waited for.
        one_login, one_password = server.add_user()
        seed(server, one_login, one_password, 1)
        one_home = root / "run-one"
        one_home.mkdir()
        one = inboxbot_poll(server, one_login, one_password, one_home)

        floor_seconds, poll = results[n]
        poll_seconds, startup = poll.seconds, one.seconds
        steady = poll_seconds - startup
        lines = [
            (
                "(a) floor: imapclient fetch + mail-parser",
                f"{n / floor_seconds:,.0f} msg/s ({floor_seconds:.1f} s)",
            ),
            (
                "(b) inboxbot poll --once, end to end",
                f"{n / poll_seconds:,.0f} msg/s ({poll_seconds:.1f} s)",
            ),
            ("    of which start-up (a poll of one message)", f"{startup:.1f} s"),
            ("    rate after start-up", f"{n / max(steady, 1e-9):,.0f} msg/s"),
            ("ratio b/a, wall time", f"{poll_seconds / floor_seconds:.2f}"),
            ("ratio b/a, after start-up", f"{steady / floor_seconds:.2f}"),
            # Less the start-up's: what each message costs each process. Start-up
            # varies by up to a second, so read these at the default N or above.
            (
                "CPU a message after start-up: poller",
                f"{(poll.poller_cpu - one.poller_cpu) / n * 1000:.2f} ms",
            ),
            (
                "CPU a message after start-up: worker",
                f"{(poll.worker_cpu - one.worker_cpu) / n * 1000:.2f} ms",
            ),
            ("peak RSS of (b) with its worker, one message", f"{one.rss_kib / 1024:.0f} MiB"),
            (
                f"peak RSS of (b) with its worker, N = {small}",
                f"{results[small][1].rss_kib / 1024:.0f} MiB",
            ),
            (f"peak RSS of (b) with its worker, N = {n}", f"{poll.rss_kib / 1024:.0f} MiB"),
        ]
        print()
        for label, value in lines:
            print(f"{label:<48}{value:>22}")
        print(f"(machine: {os.cpu_count()} cores, Python {sys.version.split()[0]})")
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
        shutil.rmtree(server.root, ignore_errors=True)


if __name__ == "__main__":
    main()
