"""The manager's saved versions of reply templates.

The files in templates/ are the defaults; a save from the web UI adds a version,
and the newest version of a name is what drafting uses. Versions are never
changed or deleted (a trigger refuses it): a rollback saves an old text again.
The editor previews a template against mail in the queue; the last queries
here find that mail.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, func, insert, select

from inboxbot.store import Store, append_event, utcnow
from inboxbot.store.schema import drafts, message_raw, messages, template_versions


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
    return {name: (v.version, v.body) for name, v in newest_versions(store).items()}


def newest_versions(store: Store) -> dict[str, TemplateVersion]:
    """For each template a manager has saved: its newest version, with who and when."""
    newest = (
        select(template_versions.c.name, func.max(template_versions.c.version).label("version"))
        .group_by(template_versions.c.name)
        .subquery()
    )
    query = select(template_versions).join(
        newest,
        (newest.c.name == template_versions.c.name)
        & (newest.c.version == template_versions.c.version),
    )
    with store.read() as conn:
        return {row.name: _version(row) for row in conn.execute(query)}


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


@dataclass(frozen=True, slots=True)
class QueuedMail:
    """A drafted customer message the editor can preview a template against."""

    draft: int
    subject: str
    sender: str
    label: str
    template: str


@dataclass(frozen=True, slots=True)
class StoredMail:
    """The raw bytes of a drafted message, and the label it has in the queue now."""

    draft: int
    raw: bytes
    label: str
    confidence: float
    source: str
    reason: str


def recent_mail(store: Store, *, limit: int = 25) -> list[QueuedMail]:
    """The newest drafted messages, newest first."""
    query = (
        select(
            drafts.c.id,
            messages.c.subject,
            messages.c.from_name,
            messages.c.from_address,
            drafts.c.label,
            drafts.c.template,
        )
        .join(messages, messages.c.id == drafts.c.message)
        .order_by(drafts.c.id.desc())
        .limit(limit)
    )
    with store.read() as conn:
        return [
            QueuedMail(
                row.id,
                row.subject,
                row.from_name or row.from_address,
                row.label,
                row.template,
            )
            for row in conn.execute(query)
        ]


def stored_mail(store: Store, draft_id: int) -> StoredMail | None:
    """The customer's mail behind draft `draft_id`, or None when there is none."""
    query = (
        select(
            drafts.c.id,
            drafts.c.label,
            message_raw.c.raw,
            messages.c.confidence,
            messages.c.label_source,
            messages.c.label_reason,
        )
        .join(messages, messages.c.id == drafts.c.message)
        .join(message_raw, message_raw.c.message == drafts.c.message)
        .where(drafts.c.id == draft_id)
    )
    with store.read() as conn:
        row = conn.execute(query).first()
    if row is None:
        return None
    return StoredMail(
        row.id,
        bytes(row.raw),
        row.label,
        float(row.confidence or 0.0),
        row.label_source or "",
        row.label_reason or "",
    )
