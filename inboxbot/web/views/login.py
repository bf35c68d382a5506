"""Logging in and out of the web UI."""

from __future__ import annotations

import hmac
import secrets

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from inboxbot import users
from inboxbot.store import append_event
from inboxbot.web.app import page, store_of
from inboxbot.web.auth import (
    LOGIN_COOKIE,
    SESSION_COOKIE,
    Checked,
    client_ip,
    end_session,
    start_session,
)

router = APIRouter()


@router.get("/login")
def login_form(request: Request, next: str = "/") -> Response:
    token = secrets.token_urlsafe(32)
    response = page(request, "login.html", {"next": _safe_next(next), "login_token": token})
    _set_cookie(response, LOGIN_COOKIE, token, max_age=3600)
    return response


@router.post("/login")
def login(
    request: Request,
    email: str = Form(""),
    password: str = Form(""),
    login_token: str = Form(""),
    next: str = Form("/"),
) -> Response:
    store = store_of(request)
    ip = client_ip(request)
    expected = request.cookies.get(LOGIN_COOKIE, "")
    if not (expected and login_token and hmac.compare_digest(expected, login_token)):
        return _again(request, next, "The login form was stale. Please try again.", 403)
    limiter = request.app.state.limiter
    wait = limiter.retry_after(ip, email)
    if wait:
        response = _again(
            request,
            next,
            f"Too many failed logins. Try again in {max(1, round(wait / 60))} minutes.",
            429,
        )
        response.headers["Retry-After"] = str(wait)
        return response
    user = users.authenticate(store, email, password)
    if user is None:
        limiter.failed(ip, email)
        with store.write() as conn:
            append_event(conn, "user.login_failed", actor=email.strip()[:200], ip=ip)
        return _again(request, next, "The email or the password is wrong.", 401)
    limiter.succeeded(email)
    token, _ = start_session(store, user, ip=ip)
    with store.write() as conn:
        append_event(conn, "user.login", actor=user.email, ip=ip)
    response = RedirectResponse(_safe_next(next), status_code=303)
    _set_cookie(response, SESSION_COOKIE, token, max_age=None)
    response.delete_cookie(LOGIN_COOKIE, path="/", secure=True, httponly=True, samesite="lax")
    return response


@router.post("/logout")
def logout(request: Request, auth: Checked) -> Response:
    store = store_of(request)
    end_session(store, auth.token_hash)
    with store.write() as conn:
        append_event(conn, "user.logout", actor=auth.user.email, ip=client_ip(request))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/", secure=True, httponly=True, samesite="lax")
    return response


def _again(request: Request, next: str, error: str, status: int) -> Response:
    token = secrets.token_urlsafe(32)
    response = page(
        request,
        "login.html",
        {"next": _safe_next(next), "login_token": token, "error": error},
        status=status,
    )
    _set_cookie(response, LOGIN_COOKIE, token, max_age=3600)
    return response


def _set_cookie(response: Response, name: str, value: str, *, max_age: int | None) -> None:
    # __Host- cookies must be Secure, Path=/ and carry no Domain. Browsers accept
    # Secure cookies from http://127.0.0.1 and http://localhost, so the demo works.
    response.set_cookie(
        name, value, max_age=max_age, path="/", secure=True, httponly=True, samesite="lax"
    )


def _safe_next(target: str) -> str:
    """Only a path on this site: never `//evil.example` or `https://…` (open redirect)."""
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target
