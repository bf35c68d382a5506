"""The manager's saved versions of reply templates.

The files in templates/ are the defaults; a save from the web UI adds a version,
and the newest version of a name is what drafting uses. Versions are never
changed or deleted (a trigger refuses it): a rollback saves an old text again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, func, insert, select

from inboxbot.store import Store, append_event, utcnow
from inboxbot.store.schema import template_versions


@dataclass(frozen=True, slots=True)
class TemplateVersion:
    name: str
    version: int
    body: str
    author: str
    note: str
    created_at: datetime


def current_templates(store: Store) -> dict[str, tuple[int, str]]:
    """For each template a manager has saved: (newest version, its text)."""
    newest = (
        select(template_versions.c.name, func.max(template_versions.c.version).label("version"))
        .group_by(template_versions.c.name)
        .subquery()
    )
    query = select(
        template_versions.c.name, template_versions.c.version, template_versions.c.body
    ).join(
        newest,
        (newest.c.name == template_versions.c.name)
        & (newest.c.version == template_versions.c.version),
    )
    with store.read() as conn:
        return {row.name: (row.version, row.body) for row in conn.execute(query)}


def history(store: Store, name: str) -> list[TemplateVersion]:
    """Every saved version of one template, newest first."""
    query = (
        select(template_versions)
        .where(template_versions.c.name == name)
        .order_by(template_versions.c.version.desc())
    )
    with store.read() as conn:
        return [_version(row) for row in conn.execute(query)]


def get_version(store: Store, name: str, version: int) -> TemplateVersion | None:
    query = select(template_versions).where(
        template_versions.c.name == name, template_versions.c.version == version
    )
    with store.read() as conn:
        row = conn.execute(query).first()
    return _version(row) if row is not None else None


def save_version(store: Store, name: str, body: str, *, author: str, note: str = "") -> int:
    """Add the next version of `name` (checked by the caller) and log it; its number."""
    with store.write() as conn:
        version = _next_version(conn, name)
        conn.execute(
            insert(template_versions).values(
                name=name,
                version=version,
                body=body,
                author=author,
                note=note,
                created_at=utcnow(),
            )
        )
        append_event(
            conn, "template.saved", actor=author, template=name, version=version, note=note
        )
    return version


def _next_version(conn: Connection, name: str) -> int:
    newest = conn.execute(
        select(func.max(template_versions.c.version)).where(template_versions.c.name == name)
    ).scalar()
    return int(newest or 0) + 1


def _version(row: object) -> TemplateVersion:
    m = row._mapping  # type: ignore[attr-defined]
    return TemplateVersion(
        m["name"], m["version"], m["body"], m["author"], m["note"], m["created_at"]
    )
