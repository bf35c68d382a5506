"""Who is asking: sessions, CSRF tokens, roles, and the login rate limit.

A session is a random token in a `__Host-` cookie (Secure, HttpOnly,
SameSite=Lax); the store keeps only its SHA-256, so a copy of the database
opens no session. Logout, a password change and deactivation delete the row,
so an old cookie stops working at once. Each session has its own CSRF token,
which every state-changing form carries and every POST checks; scripts send
`Authorization: Bearer <token>` instead of the cookie, and since a browser
never adds that header on its own, those requests need no CSRF token.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from sqlalchemy import delete, insert, select, update

from inboxbot.config import WebSettings
from inboxbot.store import Store, utcnow
from inboxbot.store.schema import sessions, users
from inboxbot.users import Role, User

SESSION_COOKIE = "__Host-inboxbot"
LOGIN_COOKIE = "__Host-inboxbot-login"  # double-submit token of the login form
SEEN_EVERY = timedelta(seconds=60)  # how often a used session's `seen_at` is written


class LoginRequired(Exception):
    """No valid session: pages redirect to the login form, the API answers 401."""


@dataclass(frozen=True, slots=True)
class Auth:
    user: User
    csrf_token: str
    token_hash: str
    bearer: bool  # came with an Authorization header, not the cookie


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(store: Store, user: User, *, ip: str) -> tuple[str, str]:
    """A new session for `user`: (token for the cookie or header, its CSRF token)."""
    token = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    now = utcnow()
    with store.write() as conn:
        conn.execute(
            insert(sessions).values(
                token_hash=hash_token(token),
                user=user.id,
                csrf_token=csrf,
                created_at=now,
                seen_at=now,
                ip=ip,
            )
        )
    return token, csrf


def end_session(store: Store, token_hash: str) -> None:
    with store.write() as conn:
        conn.execute(delete(sessions).where(sessions.c.token_hash == token_hash))


def find_session(store: Store, token: str, web: WebSettings) -> Auth | None:
    """The live session of this token, or None (unknown, idle too long, too old, user off)."""
    token_hash = hash_token(token)
    query = (
        select(
            sessions.c.csrf_token,
            sessions.c.created_at,
            sessions.c.seen_at,
            users.c.id,
            users.c.email,
            users.c.name,
            users.c.role,
            users.c.active,
        )
        .join(users, users.c.id == sessions.c.user)
        .where(sessions.c.token_hash == token_hash)
    )
    with store.read() as conn:
        row = conn.execute(query).first()
    if row is None:
        return None
    now = utcnow()
    expired = now - row.seen_at > timedelta(
        minutes=web.session_idle_minutes
    ) or now - row.created_at > timedelta(hours=web.session_max_hours)
    if expired or not row.active:
        end_session(store, token_hash)
        return None
    if now - row.seen_at > SEEN_EVERY:
        with store.write() as conn:
            conn.execute(
                update(sessions).where(sessions.c.token_hash == token_hash).values(seen_at=now)
            )
    user = User(row.id, row.email, row.name, Role(row.role), bool(row.active))
    return Auth(user, row.csrf_token, token_hash, bearer=False)


def client_ip(request: Request) -> str:
    return request.client.host if request.client else ""


def viewer(request: Request) -> Auth:
    """Any logged-in user (dependency)."""
    cached = getattr(request.state, "auth", None)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    app = request.app
    bearer = request.headers.get("authorization", "")
    scheme, _, token = bearer.partition(" ")
    auth: Auth | None = None
    if scheme.lower() == "bearer" and token:
        found = find_session(app.state.store, token.strip(), app.state.settings.web)
        if found is not None:
            auth = Auth(found.user, found.csrf_token, found.token_hash, bearer=True)
    elif cookie := request.cookies.get(SESSION_COOKIE):
        auth = find_session(app.state.store, cookie, app.state.settings.web)
    if auth is None:
        raise LoginRequired()
    request.state.auth = auth
    return auth


# The dependencies, as parameter types: `def view(auth: Checked)`.
Viewer = Annotated[Auth, Depends(viewer)]


def manager(auth: Viewer) -> Auth:
    """A logged-in manager (dependency); a VA gets 403."""
    if not auth.user.is_manager:
        raise HTTPException(403, "Only a manager may do this.")
    return auth


async def checked(request: Request, auth: Viewer) -> Auth:
    """A logged-in user whose request carries the session's CSRF token (dependency)."""
    if not auth.bearer:
        sent = request.headers.get("x-csrf-token")
        if sent is None and _is_form(request):
            value = (await request.form()).get("csrf_token")
            sent = value if isinstance(value, str) else None
        if not sent or not hmac.compare_digest(sent, auth.csrf_token):
            raise HTTPException(403, "The form was stale or did not come from this site.")
    return auth


Manager = Annotated[Auth, Depends(manager)]
Checked = Annotated[Auth, Depends(checked)]


async def manager_checked(auth: Checked) -> Auth:
    """A manager whose request carries the CSRF token (dependency)."""
    if not auth.user.is_manager:
        raise HTTPException(403, "Only a manager may do this.")
    return auth


ManagerChecked = Annotated[Auth, Depends(manager_checked)]


def _is_form(request: Request) -> bool:
    kind = request.headers.get("content-type", "")
    return kind.startswith(("application/x-www-form-urlencoded", "multipart/form-data"))


class LoginLimiter:
    """Failed logins per address and per account in a sliding window (OWASP, ASVS 2.2.1).

    In memory: one inboxbot serves one shop from one process, and a restart
    forgiving the count is acceptable; the failures are also in the event log.
    """

    def __init__(self, *, per_ip: int = 20, per_account: int = 10, window: float = 300.0):
        self.per_ip = per_ip
        self.per_account = per_account
        self.window = window
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def retry_after(self, ip: str, email: str) -> int:
        """Seconds to wait before trying again; 0 when a login may be tried now."""
        now = time.monotonic()
        wait = 0.0
        email = email.strip().lower()
        with self._lock:
            for key, limit in ((f"ip:{ip}", self.per_ip), (f"user:{email}", self.per_account)):
                times = self._failures.get(key)
                if not times:
                    continue
                while times and now - times[0] > self.window:
                    times.popleft()
                if len(times) >= limit:
                    wait = max(wait, self.window - (now - times[0]))
        return int(wait) + 1 if wait else 0

    def failed(self, ip: str, email: str) -> None:
        now = time.monotonic()
        with self._lock:
            self._failures[f"ip:{ip}"].append(now)
            self._failures[f"user:{email.strip().lower()}"].append(now)

    def succeeded(self, email: str) -> None:
        with self._lock:
            self._failures.pop(f"user:{email.strip().lower()}", None)
