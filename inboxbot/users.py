"""The people who work the queue: accounts, roles and passwords.

Passwords are hashed with Argon2 (argon2-cffi's defaults, RFC 9106's second
recommended setting) and follow NIST SP 800-63B: at least 12 characters, no
composition rules, a few of the most common choices refused. Every change is
an event in the append-only log, with who made it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, delete, func, insert, select, update

from inboxbot.config import read_secret_file
from inboxbot.errors import UserError
from inboxbot.store import Store, append_event, utcnow
from inboxbot.store.schema import sessions, users

ADMIN_EMAIL = "INBOXBOT_ADMIN_EMAIL"
ADMIN_PASSWORD = "INBOXBOT_ADMIN_PASSWORD"
MIN_PASSWORD = 12
MAX_PASSWORD = 1024  # Argon2 takes any length; this only bounds the work a request can ask for.
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

# Passwords of 12+ characters that top the public breach lists; refusing them
# costs nothing and stops the first guesses of every credential-stuffing run.
COMMON_PASSWORDS = frozenset(
    {
        "123456789012",
        "1234567890123",
        "12345678901234",
        "123456123456",
        "111111111111",
        "000000000000",
        "password1234",
        "password12345",
        "password123456",
        "passwordpassword",
        "qwertyuiop123",
        "qwertyuiopasdf",
        "qwerty123456",
        "1q2w3e4r5t6y",
        "1qaz2wsx3edc",
        "iloveyou1234",
        "welcome12345",
        "administrator",
        "letmein12345",
        "changeme1234",
        "abcdefghijkl",
        "abc123456789",
    }
)

_hasher = PasswordHasher()
# Verified when the e-mail is unknown, so a login takes as long either way.
_DUMMY_HASH = _hasher.hash("not a password anybody has")


class Role(StrEnum):
    VA = "va"
    MANAGER = "manager"


@dataclass(frozen=True, slots=True)
class User:
    id: int
    email: str
    name: str
    role: Role
    active: bool

    @property
    def is_manager(self) -> bool:
        return self.role is Role.MANAGER

    @property
    def display(self) -> str:
        return self.name or self.email


def check_password(password: str) -> None:
    """Raise UserError saying what is wrong with a new password."""
    if len(password) < MIN_PASSWORD:
        raise UserError(f"the password needs at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise UserError(f"the password may have at most {MAX_PASSWORD} characters")
    if password.lower() in COMMON_PASSWORDS or len(set(password)) < 4:
        raise UserError("that password is among the first an attacker tries; choose another")


def normal_email(email: str) -> str:
    email = email.strip().lower()
    if not EMAIL.match(email):
        raise UserError(f"{email!r} is not an e-mail address")
    return email


def add_user(
    store: Store, email: str, password: str, *, role: str, name: str = "", actor: str
) -> User:
    """A new active account; UserError when the e-mail is taken or the password weak."""
    email = normal_email(email)
    role = _role(role)
    check_password(password)
    hashed = _hasher.hash(password)
    with store.write() as conn:
        if conn.execute(select(users.c.id).where(users.c.email == email)).first():
            raise UserError(f"there is already a user {email}")
        now = utcnow()
        result = conn.execute(
            insert(users).values(
                email=email,
                name=name.strip(),
                role=role,
                password_hash=hashed,
                active=True,
                created_at=now,
                updated_at=now,
            )
        )
        assert result.inserted_primary_key is not None
        user_id = int(result.inserted_primary_key[0])
        append_event(conn, "user.added", actor=actor, user=email, role=role)
    return User(user_id, email, name.strip(), Role(role), True)


def set_password(store: Store, email: str, password: str, *, actor: str) -> None:
    """A new password; every session of the user ends."""
    check_password(password)
    hashed = _hasher.hash(password)
    with store.write() as conn:
        user_id = _user_id(conn, email)
        conn.execute(
            update(users)
            .where(users.c.id == user_id)
            .values(password_hash=hashed, updated_at=utcnow())
        )
        conn.execute(delete(sessions).where(sessions.c.user == user_id))
        append_event(conn, "user.password_set", actor=actor, user=normal_email(email))


def set_active(store: Store, email: str, active: bool, *, actor: str) -> None:
    """Deactivate (ending every session) or reactivate an account."""
    with store.write() as conn:
        user_id = _user_id(conn, email)
        if not active and _is_last_manager(conn, user_id):
            raise UserError("the last active manager cannot be deactivated")
        conn.execute(
            update(users).where(users.c.id == user_id).values(active=active, updated_at=utcnow())
        )
        if not active:
            conn.execute(delete(sessions).where(sessions.c.user == user_id))
        kind = "user.activated" if active else "user.deactivated"
        append_event(conn, kind, actor=actor, user=normal_email(email))


def set_role(store: Store, email: str, role: str, *, actor: str) -> None:
    role = _role(role)
    with store.write() as conn:
        user_id = _user_id(conn, email)
        if role != Role.MANAGER and _is_last_manager(conn, user_id):
            raise UserError("the last active manager must stay a manager")
        conn.execute(
            update(users).where(users.c.id == user_id).values(role=role, updated_at=utcnow())
        )
        append_event(conn, "user.role_set", actor=actor, user=normal_email(email), role=role)


def ensure_admin(store: Store, env: Mapping[str, str]) -> User | None:
    """The first manager, from INBOXBOT_ADMIN_EMAIL and INBOXBOT_ADMIN_PASSWORD(_FILE).

    Only when there is no user with that e-mail yet: a password changed later
    in the web UI or with `inboxbot users passwd` is never reset on restart.
    None when nothing was added.
    """
    email = env.get(ADMIN_EMAIL, "").strip()
    password = env.get(ADMIN_PASSWORD)
    password_file = env.get(ADMIN_PASSWORD + "_FILE")
    if not email:
        if password or password_file:
            raise UserError(f"{ADMIN_PASSWORD} is set but {ADMIN_EMAIL} is not")
        return None
    email = normal_email(email)
    with store.read() as conn:
        if conn.execute(select(users.c.id).where(users.c.email == email)).first():
            return None
    if password_file and not password:
        password = read_secret_file(Path(password_file), key=ADMIN_PASSWORD + "_FILE")
    if not password:
        raise UserError(f"{ADMIN_EMAIL} is set but {ADMIN_PASSWORD} is not")
    try:
        check_password(password)
    except UserError as err:
        raise UserError(f"{ADMIN_PASSWORD}: {err}") from None
    return add_user(store, email, password, role=Role.MANAGER, actor=ADMIN_EMAIL)


def authenticate(store: Store, email: str, password: str) -> User | None:
    """The active user with this e-mail and password, or None; as slow for a wrong e-mail."""
    try:
        email = normal_email(email)
    except UserError:
        email = ""
    with store.read() as conn:
        row = conn.execute(select(users).where(users.c.email == email)).first()
    hashed = row.password_hash if row is not None else _DUMMY_HASH
    try:
        _hasher.verify(hashed, password[:MAX_PASSWORD])
    except (VerificationError, InvalidHashError):
        return None
    if row is None or not row.active:
        return None
    if _hasher.check_needs_rehash(hashed):
        with store.write() as conn:
            conn.execute(
                update(users)
                .where(users.c.id == row.id)
                .values(password_hash=_hasher.hash(password))
            )
    return _user(row._mapping)


def get_user(store: Store, user_id: int) -> User | None:
    with store.read() as conn:
        row = conn.execute(select(users).where(users.c.id == user_id)).first()
    return _user(row._mapping) if row is not None else None


def list_users(store: Store) -> list[User]:
    with store.read() as conn:
        rows = conn.execute(select(users).order_by(users.c.role.desc(), users.c.email)).all()
    return [_user(row._mapping) for row in rows]


def count_users(store: Store) -> int:
    with store.read() as conn:
        return int(conn.execute(select(func.count()).select_from(users)).scalar_one())


def _user(row: Any) -> User:
    return User(row["id"], row["email"], row["name"], Role(row["role"]), bool(row["active"]))


def _role(role: str) -> str:
    try:
        return Role(role).value
    except ValueError:
        raise UserError(f"the role must be 'va' or 'manager', not {role!r}") from None


def _user_id(conn: Connection, email: str) -> int:
    email = normal_email(email)
    user_id = conn.execute(select(users.c.id).where(users.c.email == email)).scalar()
    if user_id is None:
        raise UserError(f"there is no user {email}")
    return int(user_id)


def _is_last_manager(conn: Connection, user_id: int) -> bool:
    managers = (
        conn.execute(
            select(users.c.id).where(users.c.role == Role.MANAGER, users.c.active.is_(True))
        )
        .scalars()
        .all()
    )
    return list(managers) == [user_id]
