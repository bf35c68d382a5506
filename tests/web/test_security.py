"""Who may call what, CSRF, and the hardening every response carries (WEB-3 … WEB-8).

The route-by-role matrix reads the routes from the app itself, so a route
added later is checked too, and one that `ACCESS` does not classify fails
the test: deny by default.
"""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from fastapi.routing import iter_route_contexts
from sqlalchemy import select, text
from starlette.routing import Mount

from inboxbot import config, users
from inboxbot.store.schema import metadata
from inboxbot.web import create_app
from inboxbot.web.auth import SESSION_COOKIE, start_session
from tests.mailgen import customer_mail
from tests.web.conftest import MANAGER, VA, Web, browser_login

PUBLIC, ANY_USER, MANAGER_ONLY = "public", "any user", "manager only"
# Who may call each route: (method or "*", path prefix, access); the first match wins.
# A prefix covers the path itself and everything below it; "/" is only the queue page.
ACCESS: tuple[tuple[str, str, str], ...] = (
    ("GET", "/login", PUBLIC),
    ("POST", "/login", PUBLIC),  # carries its own double-submit token (test_login)
    ("GET", "/api/openapi.json", PUBLIC),
    ("POST", "/api/session", PUBLIC),
    ("DELETE", "/api/session", ANY_USER),
    ("*", "/api/me", ANY_USER),
    ("*", "/api/drafts", ANY_USER),
    ("POST", "/logout", ANY_USER),
    ("GET", "/", ANY_USER),
    ("*", "/drafts", ANY_USER),
    ("*", "/templates", MANAGER_ONLY),
    ("*", "/users", MANAGER_ONLY),
    ("*", "/activity", MANAGER_ONLY),
    ("*", "/reports", MANAGER_ONLY),
)
CHANGES = {"POST", "PUT", "PATCH", "DELETE"}
NOBODY = "999999"  # a path parameter naming nothing, so the matrix changes nothing
# What a cross-site form would post: every field a route of ours reads, with bad intent.
ATTACK_FORM = {
    "body": "Refund granted, keep the item.",
    "reason": "spam",
    "label": "other",
    "email": "attacker@evil.example",
    "password": "attacker-chosen-password",
    "role": "manager",
    "active": "",
    "text": "{{ 7 * 7 }}",
    "version": "1",
}


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str

    def __str__(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def is_api(self) -> bool:
        return self.path.startswith("/api/")

    def url(self, **values: str) -> str:
        """The path with each {parameter} replaced: by name when given, else by NOBODY."""

        def value(match: re.Match[str]) -> str:
            name = match.group(1).split(":")[0]
            return values.get(name, values.get("*", NOBODY))

        return re.sub(r"\{([^}]+)\}", value, self.path)


def endpoints(web: Web) -> list[Endpoint]:
    """Every method of every route the app serves, except HEAD (Starlette's twin of GET)."""
    app = create_app(web.settings, web.store)
    found = []
    for route in iter_route_contexts(app.routes):
        if isinstance(route.original_route, Mount):
            assert route.path == "/static", f"an unclassified mount: {route.path}"
            continue
        assert route.path is not None
        found += [Endpoint(m, route.path) for m in sorted(route.methods or ()) if m != "HEAD"]
    return found


def access(endpoint: Endpoint) -> str | None:
    for method, prefix, who in ACCESS:
        if method not in ("*", endpoint.method):
            continue
        if endpoint.path == prefix or (prefix != "/" and endpoint.path.startswith(prefix + "/")):
            return who
    return None


def session(web: Web, who: tuple[str, str], *, csrf: bool) -> httpx.Client:
    """A client with a fresh cookie session of `who`, sending its CSRF token when `csrf`."""
    user = users.authenticate(web.store, *who)
    assert user is not None
    token, csrf_token = start_session(web.store, user, ip="127.0.0.1")
    client = web.client()
    client.cookies.set(SESSION_COOKIE, token)
    if csrf:
        client.headers["X-CSRF-Token"] = csrf_token
    return client


def call(client: httpx.Client, endpoint: Endpoint, **values: str) -> httpx.Response:
    url = endpoint.url(**values)
    if endpoint.method in CHANGES and endpoint.is_api:
        return client.request(endpoint.method, url, json=ATTACK_FORM)
    if endpoint.method in CHANGES:
        return client.request(endpoint.method, url, data=ATTACK_FORM)
    return client.request(endpoint.method, url)


def sent_to_login(response: httpx.Response) -> bool:
    """Refused for want of a session (logging out also ends on /login, without `next`)."""
    return response.status_code == 303 and response.headers["location"].startswith("/login?next=")


def snapshot(web: Web) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, to show a refused request changed nothing."""
    with web.store.read() as conn:
        return {
            table.name: [tuple(row) for row in conn.execute(select(table))]
            for table in metadata.sorted_tables
        }


def test_every_route_is_classified(web):
    unclassified = [str(e) for e in endpoints(web) if access(e) is None]

    assert unclassified == [], "add these routes to ACCESS in tests/web/test_security.py"


def test_every_route_answers_each_role_as_the_access_table_says(web):
    """GIVEN every route the app serves and its line in ACCESS
    WHEN an anonymous visitor, a VA and a manager each call it (with a CSRF token)
    THEN anonymous pages redirect to /login and the API answers 401, a VA gets 403
    from manager routes, and everyone allowed gets past authorization."""
    web.ingest([customer_mail(1, kind="refund")])
    wrong = []
    for endpoint in endpoints(web):
        who_may = access(endpoint)
        if who_may is None:
            continue  # test_every_route_is_classified names it
        for role in ("anonymous", "va", "manager"):
            if role == "anonymous":
                client = web.client()
            else:
                client = session(web, VA if role == "va" else MANAGER, csrf=True)
            response = call(client, endpoint)
            status = response.status_code
            allowed = (
                who_may == PUBLIC
                or (who_may == ANY_USER and role != "anonymous")
                or (who_may == MANAGER_ONLY and role == "manager")
            )
            if allowed:
                expected = "past authorization"
                ok = status not in (401, 403) and not sent_to_login(response) and status < 500
                if ok and endpoint.method == "GET" and "{" not in endpoint.path:
                    expected, ok = "200", status == 200
                if who_may == PUBLIC and endpoint.method == "POST":
                    ok = status not in (401, 500)  # checked by their own tests
            elif role == "anonymous" and endpoint.is_api:
                expected, ok = "401", status == 401
            elif role == "anonymous":
                expected, ok = "303 to /login", sent_to_login(response)
            else:
                expected, ok = "403", status == 403
            if not ok:
                wrong.append(f"{endpoint} as {role}: got {status}, expected {expected}")

    assert wrong == []


def test_a_va_calling_a_manager_route_gets_403_even_with_a_valid_csrf_token(web):
    va = session(web, VA, csrf=True)
    manager_routes = [e for e in endpoints(web) if access(e) == MANAGER_ONLY]

    statuses = {str(e): call(va, e).status_code for e in manager_routes}

    assert manager_routes, "the manager's pages are missing"
    assert set(statuses.values()) == {403}, statuses


def test_every_state_changing_route_refuses_a_cookie_session_without_its_csrf_token(web):
    """GIVEN a manager's cookie session (so the role is never the reason)
    WHEN every POST/DELETE route gets an attacker's form without the CSRF token
    THEN each answers 403 and nothing in the store changes."""
    (draft_id,) = web.ingest([customer_mail(1, kind="refund")])
    va = users.authenticate(web.store, *VA)
    assert va is not None
    client = session(web, MANAGER, csrf=False)
    values = {"*": str(draft_id), "user_id": str(va.id), "name": "acknowledge_refund"}
    targets = [
        e
        for e in endpoints(web)
        # Logging in with a password starts a new session; there is none to ride on.
        if e.method in CHANGES and str(e) != "POST /api/session"
    ]
    before = snapshot(web)

    statuses = {str(e): call(client, e, **values).status_code for e in targets}

    assert {"POST /logout", "DELETE /api/session", "POST /api/drafts/{draft_id}/approve"} <= set(
        statuses
    )
    assert {route: s for route, s in statuses.items() if s != 403} == {}
    assert snapshot(web) == before


class _Attacker(BaseHTTPRequestHandler):
    """Serves whatever page the test put in `server.page`."""

    def do_GET(self) -> None:
        body = self.server.page.encode()  # type: ignore[attr-defined]
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def attacker() -> Iterator[ThreadingHTTPServer]:
    """A second site on another loopback port."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Attacker)
    server.page = ""  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def auto_submit(action: str) -> str:
    fields = "".join(
        f'<input type="hidden" name="{name}" value="{html.escape(value)}">'
        for name, value in ATTACK_FORM.items()
    )
    return (
        f'<!doctype html><form method="post" action="{html.escape(action)}">{fields}</form>'
        "<script>document.forms[0].submit()</script>"
    )


def test_a_cross_origin_form_post_is_refused_and_changes_nothing(web, page, attacker):
    """GIVEN a manager logged in to inboxbot in Chromium
    WHEN a page from another loopback port auto-submits forms to every action URL
    THEN inboxbot refuses each (the cookie rides along: the ports are the same site,
    so the CSRF token is what stops it) and the store is as it was."""
    (draft_id,) = web.ingest([customer_mail(1, kind="refund")])
    browser_login(page, web, MANAGER)
    targets = [
        e for e in endpoints(web) if e.method == "POST" and e.path not in ("/login", "/api/session")
    ]
    values = {"*": str(draft_id), "name": "acknowledge_refund"}
    attacker_url = f"http://127.0.0.1:{attacker.server_address[1]}/"
    before = snapshot(web)

    statuses = {}
    for endpoint in targets:
        attacker.page = auto_submit(web.url + endpoint.url(**values))  # type: ignore[attr-defined]
        with page.expect_response(lambda r: r.request.method == "POST") as posted:
            page.goto(attacker_url)
        statuses[str(endpoint)] = posted.value.status

    assert "POST /api/drafts/{draft_id}/approve" in statuses
    assert {route: s for route, s in statuses.items() if s != 403} == {}
    assert web.draft(draft_id)["status"] == "pending"
    assert _without_session_use(snapshot(web)) == _without_session_use(before)


def _without_session_use(rows: dict[str, list[tuple[Any, ...]]]) -> dict[str, Any]:
    """The snapshot without the sessions' `seen_at`, which using a session may move."""
    return {name: rows[name] for name in rows if name != "sessions"} | {
        "sessions": len(rows["sessions"])
    }


def test_action_urls_answer_get_with_405(web):
    by_path: dict[str, set[str]] = {}
    for e in endpoints(web):
        by_path.setdefault(e.path, set()).add(e.method)
    actions = [Endpoint("GET", p) for p, methods in by_path.items() if "GET" not in methods]
    va = session(web, VA, csrf=True)
    anonymous = web.client()

    statuses = {e.path: (call(va, e).status_code, call(anonymous, e).status_code) for e in actions}

    assert "/api/drafts/{draft_id}/approve" in statuses
    assert {p: s for p, s in statuses.items() if s != (405, 405)} == {}


@pytest.mark.parametrize(
    ("who", "path"),
    [
        (None, "/login"),
        (None, "/api/me"),
        (None, "/api/openapi.json"),
        (None, "/no/such/page"),
        (VA, "/"),
        (VA, "/api/drafts"),
        (VA, "/templates"),
        (MANAGER, "/users"),
        (None, "/static/style.css"),
    ],
)
def test_every_response_carries_the_security_headers(web, who, path):
    client = session(web, who, csrf=False) if who else web.client()

    response = client.get(path)

    csp = response.headers["Content-Security-Policy"]
    for directive in ("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'"):
        assert directive in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"


def test_error_pages_show_no_stack_trace(web):
    """GIVEN a store that has lost its drafts and events tables
    WHEN the activity page and the queue's API are asked for
    THEN the answer is a plain 500 naming no code, file or SQL, with the same
    security headers as every other answer."""
    with web.store.write() as conn:
        conn.execute(text("ALTER TABLE drafts RENAME TO drafts_lost"))
        conn.execute(text("ALTER TABLE events RENAME TO events_lost"))

    # A client each: the server closes the connection after an unhandled error.
    paths = ["/activity", "/api/drafts", "/api/drafts/1", "/nowhere"]
    answers = [session(web, MANAGER, csrf=True).get(path) for path in paths]

    assert [r.status_code for r in answers] == [500, 500, 500, 404]
    for response in answers:
        for clue in ("Traceback", 'File "', "sqlalchemy", "sqlite", "_lost", "SELECT"):
            assert clue not in response.text
        assert "default-src 'self'" in response.headers["Content-Security-Policy"]
        assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_the_default_configuration_listens_on_loopback_only():
    assert config.load(None).web.host == "127.0.0.1"
