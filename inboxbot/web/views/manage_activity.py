"""The manager's activity page: the audit log, newest first, read-only.

There is no route that changes or deletes an event; the store refuses it too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from inboxbot.store.audit import KIND_PREFIXES, events_page
from inboxbot.web.app import page, store_of
from inboxbot.web.auth import Manager

router = APIRouter()


@router.get("/activity")
def activity(
    request: Request, auth: Manager, kind: str = "", actor: str = "", before: int | None = None
) -> Response:
    if kind and kind not in KIND_PREFIXES:
        raise HTTPException(400, f"Unknown kind of event {kind!r}.")
    actor = actor.strip()
    found = events_page(store_of(request), kind=kind, actor=actor, before=before)
    values = {
        "nav": "activity",
        "events": found.events,
        "older": found.older,
        "before": before,
        "kind": kind,
        "actor": actor,
        "kinds": KIND_PREFIXES,
        "when": when,
    }
    return page(request, "manage_activity.html", values)


@dataclass(frozen=True, slots=True)
class When:
    iso: str  # for <time datetime>
    utc: str  # 2026-11-20 09:03 UTC
    ago: str  # 5 min ago


def when(moment: datetime) -> When:
    """A moment as the pages show it: UTC to the minute, and how long ago."""
    moment = moment.astimezone(UTC)
    seconds = int((datetime.now(UTC) - moment).total_seconds())
    if seconds < 60:
        ago = "just now"
    elif seconds < 3600:
        ago = f"{seconds // 60} min ago"
    elif seconds < 86400:
        ago = f"{seconds // 3600} h ago"
    else:
        ago = f"{seconds // 86400} days ago"
    iso = moment.isoformat(timespec="seconds")
    return When(iso, moment.strftime("%Y-%m-%d %H:%M:%S UTC"), ago)
