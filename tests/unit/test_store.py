"""The store: migrations, SQLite pragmas, the append-only event log, and leases."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import Engine, event, insert, select
from sqlalchemy.exc import DBAPIError

from inboxbot.errors import StoreError
from inboxbot.store import Store, append_event, schema, utcnow
from inboxbot.store.lease import HOST, Lease

# --- schema and migrations -----------------------------------------------------------------


# SQLite cannot reflect an index on an expression, so the comparison skips it
# (with these warnings) and the test checks it by its SQL instead.
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based")
def test_it_migrates_a_new_store_to_exactly_the_declared_schema(store):
    with store.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), schema.metadata)
        arrived = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'ix_messages_arrived'"
        ).scalar()

    assert differences == []
    assert arrived == (
        "CREATE INDEX ix_messages_arrived ON messages (coalesce(received_at, sent_at, created_at))"
    )


def test_it_creates_the_database_and_its_folder(store_url, tmp_path):
    Store.open(store_url).close()

    assert (tmp_path / "var" / "inboxbot.db").is_file()


def test_it_records_the_migration_it_applied(store):
    with store.read() as conn:
        versions = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars().all()

    assert versions == ["0006"]


def test_the_follow_up_migration_copies_each_drafts_arrival_from_its_message(store_url):
    """GIVEN a store at revision 0004 with a message received at 09:30 and its draft
    WHEN it is opened by this version, which migrates it to 0005
    THEN the draft is a reply whose arrived_at is the message's arrival."""
    old = Store.open(store_url, migrate=False)
    config = Config()
    config.set_main_option("script_location", "inboxbot.store:migrations")
    with old.write() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0004")
        conn.execute(  # the messages table is the same in 0004 and 0005
            insert(schema.messages).values(
                id=1,
                account="a",
                dedup_key="k",
                status="drafted",
                received_at=datetime(2026, 11, 30, 8, 30, tzinfo=UTC),
                created_at=datetime(2026, 11, 30, 9, 0, tzinfo=UTC),
            )
        )
        conn.exec_driver_sql(
            "INSERT INTO drafts (id, message, status, label, template, subject, to_name, "
            'to_address, reply_message_id, "references", created_at, updated_at) VALUES '
            "(1, 1, 'pending', 'refund', 'acknowledge_refund', 's', '', 'c@example.com', "
            "'<r@acme.example>', '', '2026-11-30 09:00:00.000000', '2026-11-30 09:00:00.000000')"
        )
    old.close()

    migrated = Store.open(store_url)
    with migrated.read() as conn:
        row = conn.execute(select(schema.drafts)).one()
    migrated.close()

    assert (row.kind, row.arrived_at) == ("reply", datetime(2026, 11, 30, 8, 30, tzinfo=UTC))


@pytest.fixture
def statements() -> Iterator[list[str]]:
    """Every SQL statement any engine runs while the test runs."""
    seen: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    event.listen(Engine, "before_cursor_execute", record)
    yield seen
    event.remove(Engine, "before_cursor_execute", record)


def test_it_reopens_a_store_without_migrating_again_or_losing_data(store_url, statements):
    """GIVEN a store with one event in it, closed
    WHEN it is opened again
    THEN no table is created or altered, and the event is still there."""
    first = Store.open(store_url)
    with first.write() as conn:
        append_event(conn, "test.kept", actor="jane", note="still here")
    first.close()
    statements.clear()

    again = Store.open(store_url)

    ddl = [s for s in statements if s.lstrip().upper().startswith(("CREATE", "ALTER", "DROP"))]
    assert ddl == []
    with again.read() as conn:
        kept = conn.execute(select(schema.events)).all()
    again.close()
    assert [(e.kind, e.actor, e.detail) for e in kept] == [
        ("test.kept", "jane", '{"note": "still here"}')
    ]


# --- SQLite pragmas (RELIABILITY DATA-3) ---------------------------------------------------


def test_it_sets_the_durability_pragmas_on_every_new_connection(store):
    """GIVEN an open store
    WHEN several connections are open at the same time (each one new)
    THEN each runs in WAL mode, synchronous FULL, with foreign keys and a busy timeout."""
    connections = [store.engine.connect() for _ in range(3)]
    try:
        for conn in connections:
            pragma = {
                name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
            }
            assert pragma["journal_mode"] == "wal"
            assert pragma["synchronous"] == 2  # FULL
            assert pragma["foreign_keys"] == 1
            assert pragma["busy_timeout"] >= 5000
    finally:
        for conn in connections:
            conn.close()


def test_it_keeps_the_database_file_in_wal_mode(store, tmp_path):
    with sqlite3.connect(tmp_path / "var" / "inboxbot.db") as plain:
        assert plain.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_it_enforces_foreign_keys(store):
    with pytest.raises(DBAPIError, match="FOREIGN KEY"), store.write() as conn:
        conn.execute(insert(schema.message_raw).values(message=999, raw=b"x"))


# --- the event log -------------------------------------------------------------------------


@pytest.mark.parametrize("statement", ["UPDATE events SET actor = 'mallory'", "DELETE FROM events"])
def test_it_refuses_to_change_the_event_log(store, statement):
    with store.write() as conn:
        append_event(conn, "draft.approved", actor="jane")

    with pytest.raises(DBAPIError, match="the event log is append-only"), store.write() as conn:
        conn.exec_driver_sql(statement)

    with store.read() as conn:
        assert [(e.kind, e.actor) for e in conn.execute(select(schema.events))] == [
            ("draft.approved", "jane")
        ]


# --- errors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("not a url", "store.url: not a database URL: 'not a url'"),
        ("nosuchdb://host/db", "cannot open the store at nosuchdb://host/db: "),
    ],
)
def test_it_explains_a_bad_url_in_one_line(url, said):
    with pytest.raises(StoreError) as raised:
        Store.open(url)

    assert str(raised.value).startswith(said)
    assert "\n" not in str(raised.value)


def test_it_explains_a_database_folder_it_cannot_create(tmp_path):
    (tmp_path / "file").write_text("not a folder")

    with pytest.raises(StoreError, match=r"cannot open the store at .*File exists"):
        Store.open(f"sqlite:///{tmp_path / 'file' / 'inboxbot.db'}")


def test_it_explains_a_file_that_is_not_a_database(tmp_path):
    (tmp_path / "inboxbot.db").write_bytes(b"these are not the bytes of a database " * 50)

    with pytest.raises(StoreError, match="file is not a database"):
        Store.open(f"sqlite:///{tmp_path / 'inboxbot.db'}")


def test_it_explains_a_database_from_a_newer_version(store_url, tmp_path):
    Store.open(store_url).close()
    with sqlite3.connect(tmp_path / "var" / "inboxbot.db") as plain:
        plain.execute("UPDATE alembic_version SET version_num = '9999'")

    with pytest.raises(StoreError, match="Can't locate revision identified by '9999'"):
        Store.open(store_url)


def test_it_hides_the_password_of_a_url_it_cannot_open():
    with pytest.raises(StoreError) as raised:
        Store.open("nosuchdb://inboxbot:hunter22secret@db.example/inboxbot")

    assert "hunter22secret" not in str(raised.value)


# --- leases --------------------------------------------------------------------------------


def lease(store: Store, owner: str, *, seconds: float = 60) -> Lease:
    return Lease(store, "poll:imap:support@acme.example", seconds=seconds, owner=owner)


def here(pid: int, token: str = "t0") -> str:
    """An owner name for process `pid` on this host."""
    return f"{HOST}:{pid}:{token}"


# Two owners in this (running) process: neither looks dead to the other.
ALIVE = here(os.getpid(), "first")
OTHER = here(os.getpid(), "second")


def test_it_gives_a_free_lease_to_the_first_taker(store):
    first = Lease(store, "poll", seconds=60)

    assert first.acquire()
    assert first.holder() == first.owner


def test_it_refuses_a_held_lease_to_a_second_owner(store):
    first = lease(store, ALIVE)
    second = lease(store, OTHER)
    assert first.acquire()

    assert not second.acquire()
    assert second.holder() == first.owner


def test_it_lets_the_holder_take_its_own_lease_again(store):
    first = lease(store, ALIVE)
    assert first.acquire()

    assert first.acquire()


def test_it_extends_a_lease_on_renewal(store):
    """GIVEN a lease whose time has run out, not yet taken by anyone else
    WHEN its holder renews it for 60 s
    THEN it is held again, until 60 s from now, and a second owner cannot take it."""
    first = lease(store, ALIVE, seconds=-1)
    assert first.acquire()
    assert first.holder() is None
    first.seconds = 60

    assert first.renew()

    assert first.holder() == ALIVE
    with store.read() as conn:
        expires = conn.execute(select(schema.leases.c.expires_at)).scalar_one()
    assert 55 < (expires - utcnow()).total_seconds() <= 60
    assert not lease(store, OTHER).acquire()


def test_it_refuses_renewal_to_an_owner_who_lost_the_lease(store):
    first = lease(store, ALIVE, seconds=-1)  # already expired
    assert first.acquire()
    second = lease(store, OTHER)
    assert second.acquire()

    assert not first.renew()
    assert second.holder() == second.owner


def test_it_frees_a_released_lease(store):
    first = lease(store, ALIVE)
    assert first.acquire()

    first.release()

    assert first.holder() is None
    assert lease(store, OTHER).acquire()


def test_it_ignores_a_release_by_someone_who_does_not_hold_the_lease(store):
    first = lease(store, ALIVE)
    assert first.acquire()

    lease(store, OTHER).release()

    assert first.holder() == first.owner


def test_it_hands_an_expired_lease_to_the_next_taker(store):
    first = lease(store, ALIVE, seconds=-1)
    assert first.acquire()
    assert first.holder() is None  # expired at once

    second = lease(store, OTHER)

    assert second.acquire()
    assert second.holder() == second.owner


def test_it_hands_over_at_once_a_lease_whose_holder_died(store):
    """GIVEN a lease for an hour, held by a process on this host that has exited
    WHEN another owner asks for it
    THEN it gets it at once, without waiting for the hour to pass."""
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    first = lease(store, here(dead.pid), seconds=3600)
    assert first.acquire()
    assert first.holder() is None  # a dead holder holds nothing

    second = lease(store, OTHER)

    assert second.acquire()
    assert second.holder() == second.owner


def test_it_reports_the_live_holder(store):
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        first = lease(store, here(alive.pid))
        assert first.acquire()

        assert lease(store, OTHER).holder() == here(alive.pid)
        assert not lease(store, OTHER).acquire()
    finally:
        alive.kill()
        alive.wait()


def test_it_treats_a_holder_on_another_host_as_alive(store):
    elsewhere = lease(store, "other-host.example:1:t0")
    assert elsewhere.acquire()

    assert not lease(store, OTHER).acquire()
    assert lease(store, OTHER).holder() == "other-host.example:1:t0"


def test_it_keeps_two_leases_apart(store):
    poll = Lease(store, "poll", seconds=60, owner=here(os.getpid(), "a"))
    send = Lease(store, "send", seconds=60, owner=here(os.getpid(), "b"))

    assert poll.acquire() and send.acquire()
    assert (poll.holder(), send.holder()) == (here(os.getpid(), "a"), here(os.getpid(), "b"))
