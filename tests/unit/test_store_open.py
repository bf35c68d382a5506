"""Opening a store that does not exist yet, from several processes at once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import inspect

from inboxbot.store import Store


def test_it_creates_the_schema_once_when_three_processes_open_a_new_store_together(
    tmp_path: Path,
) -> None:
    """
    GIVEN no database yet
    WHEN three processes open the same new store at the same moment
    THEN all three succeed (the migration runs once, under a write lock) and the
    schema is complete.
    """
    url = f"sqlite:///{tmp_path / 'new.db'}"
    code = f"from inboxbot.store import Store; Store.open({url!r})"
    for _ in range(5):  # the race needs a few tries to show without the lock
        (tmp_path / "new.db").unlink(missing_ok=True)
        processes = [
            subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True)
            for _ in range(3)
        ]
        errors = [p.communicate(timeout=60)[1] for p in processes]

        assert [p.returncode for p in processes] == [0, 0, 0], errors
    tables = set(inspect(Store.open(url).engine).get_table_names())
    assert {"messages", "ledger", "drafts", "events", "alembic_version"} <= tables
