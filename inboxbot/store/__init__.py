"""The store: SQLAlchemy Core over SQLite (WAL) now, PostgreSQL later.

`Store.open()` creates the database if needed, brings its schema up to date
with the Alembic migrations, and checks that SQLite runs with the pragmas our
exactly-once promises depend on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, create_engine, event, insert
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from inboxbot.errors import StoreError
from inboxbot.store import schema

# What SQLite must run with. synchronous=FULL: in WAL mode NORMAL may lose the
# last commits on power loss, and a lost "sent" or "processed" mark means a
# second send or a second draft.
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "foreign_keys": 1,
    "busy_timeout": 10_000,
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Store:
    """A database holding inboxbot's state, with read and write transactions."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str, *, migrate: bool = True) -> Store:
        """Open (and create, and migrate) the store at `url`."""
        try:
            parsed = make_url(url)
        except Exception as err:  # SQLAlchemy raises a bare ArgumentError here
            raise StoreError(f"store.url: not a database URL: {url!r} ({err})") from None
        try:
            if parsed.get_backend_name() == "sqlite":
                engine = _sqlite_engine(url)
            else:
                engine = create_engine(url, pool_pre_ping=True)
        except (SQLAlchemyError, ImportError, OSError) as err:
            # An unknown dialect, a driver not installed, a folder we cannot create.
            raise StoreError(f"cannot open the store at {parsed!r}: {err}") from None
        store = cls(engine)
        try:
            if migrate:
                store.migrate()
            if engine.dialect.name == "sqlite":
                store.check_pragmas()
        except (SQLAlchemyError, CommandError) as err:
            # CommandError: the database is at a revision we do not know (a newer inboxbot's).
            engine.dispose()
            reason = getattr(err, "orig", None) or err
            raise StoreError(f"cannot open the store at {parsed!r}: {reason}") from None
        except StoreError:
            engine.dispose()
            raise
        return store

    def migrate(self) -> None:
        """Bring the schema up to the newest migration.

        Under a write lock from the start, so that two processes opening a new
        store at once take turns instead of both creating the tables.
        """
        config = Config()
        config.set_main_option("script_location", "inboxbot.store:migrations")
        with self.write() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")

    def check_pragmas(self) -> None:
        """Refuse to run on a SQLite connection without WAL, FULL sync and foreign keys."""
        with self.engine.connect() as conn:
            for name, wanted in SQLITE_PRAGMAS.items():
                found = conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                if found != wanted:
                    raise StoreError(f"SQLite PRAGMA {name} is {found!r}, expected {wanted!r}")

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for reading; readers never wait for the writer in WAL mode."""
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction, committed on success and rolled back on error.

        On SQLite it starts with BEGIN IMMEDIATE, so two writers queue on the
        busy timeout instead of one failing half-way with "database is locked".
        """
        with self.engine.connect() as conn:
            conn = conn.execution_options(immediate=True)
            with conn.begin():
                yield conn

    def close(self) -> None:
        self.engine.dispose()


def append_event(
    conn: Connection,
    kind: str,
    *,
    actor: str = "inboxbot",
    message: int | None = None,
    draft: int | None = None,
    **detail: Any,
) -> None:
    """Add one line to the append-only event log, inside the caller's transaction."""
    conn.execute(
        insert(schema.events),
        {
            "at": utcnow(),
            "kind": kind,
            "actor": actor,
            "message": message,
            "draft": draft,
            "detail": json.dumps(detail, default=str, ensure_ascii=False),
        },
    )


def _sqlite_engine(url: str) -> Engine:
    parsed = make_url(url)
    database = parsed.database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take transactions out of the driver's hands so BEGIN is ours to choose.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        for name, value in SQLITE_PRAGMAS.items():
            cursor.execute(f"PRAGMA {name} = {value}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
