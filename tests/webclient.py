"""An HTTP client for the web UI, logging in through the form as a browser would."""

from __future__ import annotations

from typing import Any

import httpx


class Client(httpx.Client):
    """An HTTP client that sends Secure cookies back to http://127.0.0.1, as browsers do.

    httpx stores them but, following the cookie RFC to the letter, sends them
    only over https; browsers treat loopback as a secure origin.
    """

    def send(self, request: httpx.Request, **kw: Any) -> httpx.Response:
        if self.cookies.jar:
            request.headers["Cookie"] = "; ".join(f"{c.name}={c.value}" for c in self.cookies.jar)
        return super().send(request, **kw)


def login(client: httpx.Client, email: str, password: str) -> httpx.Response:
    form = client.get("/login")
    token = hidden(form.text, "login_token")
    return client.post(
        "/login", data={"email": email, "password": password, "login_token": token, "next": "/"}
    )


def csrf_token(client: httpx.Client, path: str = "/") -> str:
    """The CSRF token of the logged-in session, read from a page's logout form."""
    return hidden(client.get(path).text, "csrf_token")


def hidden(html: str, name: str) -> str:
    marker = f'name="{name}" value="'
    start = html.index(marker) + len(marker)
    return html[start : html.index('"', start)]
