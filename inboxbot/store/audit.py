"""Reading the event log for the activity page: newest first, a page at a time.

The log is append-only (triggers refuse UPDATE and DELETE), and nothing here
writes to it. Pages are keyset-paged on the event id, so a page stays cheap
however long the log grows and does not shift while new events arrive.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from inboxbot.store import Store
from inboxbot.store.schema import events

# What the activity page filters by: the part of an event kind before the dot.
KIND_PREFIXES = ("draft.", "template.", "user.", "message.")
DETAIL_CHARS = 160  # the short detail of a row; the full JSON is one click away


@dataclass(frozen=True, slots=True)
class Event:
    id: int
    at: datetime
    kind: str
    actor: str
    message: int | None
    draft: int | None
    detail: dict[str, Any]

    @property
    def summary(self) -> str:
        return describe(self)


@dataclass(frozen=True, slots=True)
class EventPage:
    events: list[Event]
    older: int | None  # the `before` of the next page; None on the last page


def events_page(
    store: Store, *, kind: str = "", actor: str = "", before: int | None = None, limit: int = 50
) -> EventPage:
    """Up to `limit` events with ids below `before`, newest first, filtered.

    `kind` is a prefix such as "draft."; `actor` must match exactly.
    """
    query = select(events).order_by(events.c.id.desc()).limit(limit + 1)
    if kind:
        query = query.where(events.c.kind.startswith(kind, autoescape=True))
    if actor:
        query = query.where(events.c.actor == actor)
    if before is not None:
        query = query.where(events.c.id < before)
    with store.read() as conn:
        rows = conn.execute(query).all()
    found = [_event(row._mapping) for row in rows[:limit]]
    older = found[-1].id if len(rows) > limit else None
    return EventPage(found, older)


def describe(event: Event) -> str:
    """One short line of what the event's detail says, for a person scanning the log."""
    d = event.detail
    parts: list[str] = []
    if "template" in d:
        version = f" v{d['version']}" if d.get("version") is not None else ""
        parts.append(f"{d['template']}{version}")
    if "user" in d:
        parts.append(str(d["user"]))
    if "role" in d:
        parts.append(f"role {d['role']}")
    if event.kind == "draft.edited":
        parts.append("text changed")
    elif "before" in d and "after" in d:
        parts.append(f"{d['before']} → {d['after']}")
    for key in ("reason", "note", "error"):
        if d.get(key):
            parts.append(f"{key}: {d[key]}")
    if d.get("ip"):
        parts.append(f"from {d['ip']}")
    text = "; ".join(parts)
    return text if len(text) <= DETAIL_CHARS else text[: DETAIL_CHARS - 1] + "…"


def _event(row: Any) -> Event:
    try:
        detail = json.loads(row["detail"] or "{}")
    except ValueError:
        detail = {"detail": row["detail"]}
    if not isinstance(detail, dict):
        detail = {"detail": detail}
    return Event(
        row["id"], row["at"], row["kind"], row["actor"], row["message"], row["draft"], detail
    )
