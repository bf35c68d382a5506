"""The web application: one FastAPI app for the pages and the JSON API.

Pages are rendered on the server from the Jinja2 templates in `pages/`
(autoescaped; these are not the reply templates in `templates/`), with one
small script in `static/` for keyboard work. Every response carries a strict
Content-Security-Policy and the usual hardening headers; a view that needs a
different policy (the sandboxed customer mail) sets its own.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from inboxbot import __version__
from inboxbot.config import Settings
from inboxbot.drafting import Drafter, drafter_for
from inboxbot.store import Store, utcnow
from inboxbot.store.templates import current_templates
from inboxbot.web.auth import Auth, LoginLimiter, LoginRequired

log = logging.getLogger(__name__)

HERE = Path(__file__).parent
PAGES = HERE / "pages"
STATIC = HERE / "static"

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "frame-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


def create_app(settings: Settings, store: Store) -> FastAPI:
    """The web UI and API over `store`; serve it with uvicorn (see `inboxbot serve`)."""
    from inboxbot.web.views import (
        api,
        drafts,
        login,
        manage_activity,
        manage_templates,
        manage_users,
        reports,
    )

    app = FastAPI(
        title="inboxbot",
        version=__version__,
        description="The approval queue of inboxbot, for scripts. Log in with "
        "POST /api/session and send the token as `Authorization: Bearer <token>`.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.settings = settings
    app.state.store = store
    app.state.limiter = LoginLimiter()
    app.state.pages = Jinja2Templates(directory=PAGES)
    app.state.drafter = drafter_for(settings)
    app.state.clock = utcnow  # what "now" is for ages and deadlines; tests set their own
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for module in (login, drafts, manage_templates, manage_users, manage_activity, reports):
        app.include_router(module.router, include_in_schema=False)
    app.include_router(api.router, prefix="/api")

    @app.middleware("http")
    async def harden(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        if not request.url.path.startswith("/static/"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, _exc: LoginRequired) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": "Log in first."}, status_code=401)
        target = request.url.path
        if request.method == "GET" and request.url.query:
            target += "?" + request.url.query
        return RedirectResponse("/login?next=" + quote(target, safe=""), status_code=303)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _is_api(request):
            return JSONResponse(
                {"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers
            )
        return page(
            request,
            "error.html",
            {"status": exc.status_code, "detail": exc.detail},
            status=exc.status_code,
        )

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": jsonable_encoder(exc.errors())}, status_code=422)
        return page(
            request, "error.html", {"status": 400, "detail": "The form was incomplete."}, status=400
        )

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> Response:
        # Runs outside the middleware, so it adds the headers itself; the
        # traceback goes to the log, never to the browser.
        log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
        headers = {"Content-Security-Policy": CSP, "Cache-Control": "no-store", **HEADERS}
        if _is_api(request):
            return JSONResponse({"detail": "Internal error."}, status_code=500, headers=headers)
        return PlainTextResponse(
            "Something went wrong on the server; it is in the log.", 500, headers=headers
        )

    return app


def page(
    request: Request, name: str, context: dict[str, Any] | None = None, *, status: int = 200
) -> Response:
    """Render one page; the template sees `auth` (or None) and `csrf_token`."""
    auth: Auth | None = getattr(request.state, "auth", None)
    values = {"auth": auth, "csrf_token": auth.csrf_token if auth else "", **(context or {})}
    pages: Jinja2Templates = request.app.state.pages
    return pages.TemplateResponse(request, name, values, status_code=status)


def drafter(request: Request) -> Drafter:
    """The drafter, with the templates managers have saved up to now."""
    app = request.app
    found: Drafter = app.state.drafter
    found.use_saved(current_templates(app.state.store))
    return found


def store_of(request: Request) -> Store:
    found: Store = request.app.state.store
    return found


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")
