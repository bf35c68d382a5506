"""The manager's user pages: add VAs and managers, reset passwords, deactivate.

Managers only, checked on the server (`Manager` to look, `ManagerChecked` to
change); every change is an event in the log, made by `inboxbot/users.py`.
"""

from __future__ import annotations

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from inboxbot import users
from inboxbot.errors import UserError
from inboxbot.web.app import page, store_of
from inboxbot.web.auth import Manager, ManagerChecked

router = APIRouter()


DONE = {
    "added": "Added {user}.",
    "password": "Set a new password for {user}; their sessions have ended.",
    "deactivated": "Deactivated {user}; their sessions have ended.",
    "activated": "Reactivated {user}.",
    "role": "Changed the role of {user}.",
}


@router.get("/users")
def users_list(
    request: Request, auth: Manager, done: str = "", user: int | None = None
) -> Response:
    notice = None
    if done in DONE and user is not None and (who := users.get_user(store_of(request), user)):
        notice = DONE[done].format(user=who.email)
    return _users_page(request, notice=notice)


@router.post("/users")
def user_add(
    request: Request,
    auth: ManagerChecked,
    email: str = Form(""),
    name: str = Form(""),
    role: str = Form("va"),
    password: str = Form(""),
) -> Response:
    try:
        added = users.add_user(
            store_of(request), email, password, role=role, name=name, actor=auth.user.email
        )
    except UserError as err:
        form = {"email": email, "name": name, "role": role}
        return _users_page(request, error=f"Could not add the user: {err}.", form=form)
    return _users_done("added", added.id)


@router.post("/users/{user_id}/password")
def user_password(
    request: Request, user_id: int, auth: ManagerChecked, password: str = Form("")
) -> Response:
    who = _user(request, user_id)
    try:
        users.set_password(store_of(request), who.email, password, actor=auth.user.email)
    except UserError as err:
        return _users_page(request, error=f"Could not set the password of {who.email}: {err}.")
    return _users_done("password", user_id)


@router.post("/users/{user_id}/active")
def user_active(
    request: Request, user_id: int, auth: ManagerChecked, active: str = Form("")
) -> Response:
    who = _user(request, user_id)
    on = active == "1"
    try:
        users.set_active(store_of(request), who.email, on, actor=auth.user.email)
    except UserError as err:
        return _users_page(request, error=f"Could not change {who.email}: {err}.")
    return _users_done("activated" if on else "deactivated", user_id)


@router.post("/users/{user_id}/role")
def user_role(
    request: Request, user_id: int, auth: ManagerChecked, role: str = Form("")
) -> Response:
    who = _user(request, user_id)
    try:
        users.set_role(store_of(request), who.email, role, actor=auth.user.email)
    except UserError as err:
        return _users_page(request, error=f"Could not change the role of {who.email}: {err}.")
    return _users_done("role", user_id)


def _user(request: Request, user_id: int) -> users.User:
    found = users.get_user(store_of(request), user_id)
    if found is None:
        raise HTTPException(404, "There is no such user.")
    return found


def _users_done(what: str, user_id: int) -> Response:
    return RedirectResponse(f"/users?done={what}&user={user_id}", status_code=303)


def _users_page(
    request: Request,
    *,
    notice: str | None = None,
    error: str | None = None,
    form: dict[str, str] | None = None,
) -> Response:
    values = {
        "nav": "users",
        "people": users.list_users(store_of(request)),
        "notice": notice,
        "error": error,
        "form": form or {"email": "", "name": "", "role": "va"},
        "min_password": users.MIN_PASSWORD,
    }
    return page(request, "manage_users.html", values, status=422 if error else 200)
