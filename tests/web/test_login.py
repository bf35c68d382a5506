"""Logging in and out, sessions and cookies (RELIABILITY WEB-1, WEB-2)."""

from __future__ import annotations

from tests.web.conftest import MANAGER, VA, browser_login, csrf_token, login


def test_the_login_form_labels_its_fields_and_lands_on_the_queue(web, page):
    browser_login(page, web, VA)
    assert page.url.rstrip("/") == web.url
    assert page.get_by_role("button", name="Log out").is_visible()


def test_a_wrong_password_is_refused_without_saying_which_part_was_wrong(web):
    client = web.client()
    response = login(client, VA[0], "not-the-password-at-all")
    assert response.status_code == 401
    assert "The email or the password is wrong." in response.text
    unknown = login(client, "nobody@acme.example", "not-the-password-at-all")
    assert unknown.status_code == 401
    assert "The email or the password is wrong." in unknown.text


def test_the_session_cookie_is_secure_httponly_samesite_and_host_only(web):
    client = web.client()
    response = login(client, *VA)
    assert response.status_code == 303
    cookie = next(
        v for k, v in response.headers.multi_items() if k == "set-cookie" and "inboxbot=" in v
    )
    assert cookie.startswith("__Host-inboxbot=")
    attributes = {part.strip().lower() for part in cookie.split(";")}
    assert {"secure", "httponly", "samesite=lax", "path=/"} <= attributes
    assert not any(part.startswith("domain=") for part in attributes)


def test_logout_ends_the_session_on_the_server(web):
    client = web.client(VA)
    old = dict(client.cookies)
    token = csrf_token(client)
    assert client.post("/logout", data={"csrf_token": token}).status_code == 303
    replay = web.client()
    replay.cookies.update(old)
    response = replay.get("/")
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login")


def test_failed_logins_are_rate_limited(web):
    client = web.client()
    statuses = [login(client, MANAGER[0], f"wrong-password-{i:04}").status_code for i in range(12)]
    assert statuses[:10] == [401] * 10
    assert statuses[10:] == [429, 429]
    # Even the right password waits until the window has passed.
    assert login(client, *MANAGER).status_code == 429


def test_a_login_without_the_form_token_is_refused(web):
    client = web.client()
    response = client.post("/login", data={"email": VA[0], "password": VA[1], "next": "/"})
    assert response.status_code == 403


def test_next_never_leaves_the_site(web):
    client = web.client()
    form = client.get("/login", params={"next": "//evil.example/x"})
    assert 'value="//evil.example' not in form.text
