"""The manager's template pages: edit a reply template with a live preview, versions, rollback.

Every route is for managers only, checked on the server: pages take
`Manager`, and every change is a POST that takes `ManagerChecked` (role and
CSRF token). A template is saved only when it renders, in the same sandbox the
drafts use, against the message it was previewed with and the built-in
samples; each save is a new version, and a rollback saves an old text again.
The files in templates/ are the defaults and are never written.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from inboxbot.drafting import Drafter, template_context, template_language
from inboxbot.errors import MalformedMessage, TemplateError
from inboxbot.extraction import extract
from inboxbot.mail.parse import parse
from inboxbot.models import Label, LabelName
from inboxbot.store.templates import (
    get_version,
    history,
    newest_versions,
    recent_mail,
    save_version,
    stored_mail,
)
from inboxbot.web.app import page, store_of
from inboxbot.web.auth import Manager, ManagerChecked
from inboxbot.web.views.manage_activity import when

router = APIRouter()


MAX_TEMPLATE = 64 * 1024  # characters; the reply itself is capped at this too
SAMPLE = 0  # the `draft` value that means "the built-in sample", not stored mail

# The built-in messages: the preview's context when the store has no mail,
# and, on every save, a check that the template also renders for a customer
# who gave no name and no order facts.
SAMPLE_MAILS = {
    "the built-in sample (a refund request)": (
        LabelName.REFUND,
        b"From: Jane Doe <jane.doe@example.com>\r\nTo: support@shop.example\r\n"
        b"Subject: Refund for order #1001\r\nMessage-ID: <sample-1@example.com>\r\n"
        b"Date: Fri, 20 Nov 2026 09:00:00 +0000\r\n\r\n"
        b"Hello,\r\n\r\nthe lamp from order #1001, ordered on 3 November 2026, arrived broken. "
        b"I paid $49.90 with PayPal and would like my money back.\r\n\r\nThanks,\r\nJane\r\n",
    ),
    "the built-in sample without a name or order facts": (
        LabelName.OTHER,
        b"From: someone@example.com\r\nTo: support@shop.example\r\nSubject: Question\r\n"
        b"Message-ID: <sample-2@example.com>\r\nDate: Fri, 20 Nov 2026 09:00:00 +0000\r\n\r\n"
        b"Hi, do you ship abroad?\r\n",
    ),
}


@router.get("/templates")
def templates_list(request: Request, auth: Manager) -> Response:
    saved = newest_versions(store_of(request))
    rows = [(name, saved.get(name)) for name in _files(request).names()]
    return page(request, "manage_templates.html", {"nav": "templates", "rows": rows, "when": when})


@router.get("/templates/{name}")
def template_edit(
    request: Request, name: str, auth: Manager, draft: int | None = None, saved: int = 0
) -> Response:
    current = _current_text(request, _known(request, name))
    notice = f"Saved as version {saved}." if saved else None
    return _editor(request, name, text=current, draft=draft, notice=notice)


@router.post("/templates/{name}/preview")
def template_preview(
    request: Request,
    name: str,
    auth: ManagerChecked,
    body: str = Form(""),
    draft: int | None = Form(None),
) -> Response:
    """The live preview (JSON, for manage.js) or, without JS, the editor showing it."""
    _known(request, name)
    text = _clean(body)
    if "application/json" not in request.headers.get("accept", ""):
        return _editor(request, name, text=text, draft=draft)
    context, source = _context(request, draft, template_language(name))
    try:
        rendered = _try(request, name, text, context)
    except TemplateError as err:
        return JSONResponse({"ok": False, "error": str(err), "source": source})
    return JSONResponse({"ok": True, "text": rendered, "source": source})


@router.post("/templates/{name}")
def template_save(
    request: Request,
    name: str,
    auth: ManagerChecked,
    body: str = Form(""),
    note: str = Form(""),
    draft: int | None = Form(None),
) -> Response:
    _known(request, name)
    text = _clean(body)
    note = note.strip()[:500]
    error = _check(request, name, text, draft)
    if error:
        return _editor(request, name, text=text, draft=draft, error=error, note=note, status=422)
    if text == _current_text(request, name):
        notice = "Nothing changed, so nothing was saved."
        return _editor(request, name, text=text, draft=draft, notice=notice, note=note)
    version = save_version(store_of(request), name, text, author=auth.user.email, note=note)
    return _back_to(name, version, draft)


@router.post("/templates/{name}/rollback")
def template_rollback(
    request: Request, name: str, auth: ManagerChecked, version: int = Form(-1)
) -> Response:
    """Save an old version (or, for version 0, the default file) again as the newest."""
    _known(request, name)
    store = store_of(request)
    if version == 0:
        text, what = _files(request).file_text(name), "the default file"
    elif (old := get_version(store, name, version)) is not None:
        text, what = old.body, f"version {version}"
    else:
        raise HTTPException(404, f"{name} has no version {version}.")
    error = _check(request, name, text, None)
    if error:
        error = f"{what} does not render any more, so it was not restored: {error}"
        current = _current_text(request, name)
        return _editor(request, name, text=current, draft=None, error=error, status=422)
    note = f"rollback to {what}"
    saved = save_version(store, name, text, author=auth.user.email, note=note)
    return _back_to(name, saved, None)


def _files(request: Request) -> Drafter:
    """The app's drafter, for what needs no saved template: names, files, the sandbox."""
    found: Drafter = request.app.state.drafter
    return found


def _known(request: Request, name: str) -> str:
    """`name` if it is a template in the folder; 404 for anything else (no paths)."""
    if name not in _files(request).names():
        raise HTTPException(404, "There is no such reply template.")
    return name


def _current_text(request: Request, name: str) -> str:
    saved = newest_versions(store_of(request)).get(name)
    return saved.body if saved else _files(request).file_text(name)


def _clean(body: str) -> str:
    # Browsers send a textarea's line breaks as CRLF; the files use LF.
    text = body.replace("\r\n", "\n")
    if len(text) > MAX_TEMPLATE:
        raise HTTPException(413, f"A template may have at most {MAX_TEMPLATE} characters.")
    return text


def _try(request: Request, name: str, text: str, context: dict[str, Any]) -> str:
    if not text.strip():
        raise TemplateError(f"template {name}.txt is empty")
    return _files(request).try_text(name, text, context)


def _check(request: Request, name: str, text: str, draft: int | None) -> str | None:
    """Why `text` cannot be saved, or None: it must render for the chosen mail and the samples."""
    context, source = _context(request, draft, template_language(name))
    checks = [] if source in SAMPLE_MAILS else [(source, context)]
    checks += [
        (what, _sample_context(request, what, template_language(name))) for what in SAMPLE_MAILS
    ]
    for what, values in checks:
        try:
            _try(request, name, text, values)
        except TemplateError as err:
            return f"{err} (rendering for {what})"
    return None


def _back_to(name: str, version: int, draft: int | None) -> Response:
    target = f"/templates/{name}?saved={version}"
    if draft is not None:
        target += f"&draft={draft}"
    return RedirectResponse(target, status_code=303)


def _context(request: Request, draft: int | None, language: str) -> tuple[dict[str, Any], str]:
    """The context for stored mail `draft` (None: the newest) in `language`, and what it is."""
    store = store_of(request)
    if draft is None:
        newest = recent_mail(store, limit=1)
        draft = newest[0].draft if newest else SAMPLE
    mail = stored_mail(store, draft) if draft != SAMPLE else None
    if mail is not None:
        settings = request.app.state.settings
        try:
            email = parse(mail.raw)
        except MalformedMessage:
            pass  # drafted mail parsed once already; if not now, the sample will do
        else:
            order = extract(
                email,
                timezone=settings.shop.zone,
                order_patterns=settings.shop.order_number_patterns,
            )
            label = Label(LabelName(mail.label), mail.confidence, mail.source, mail.reason)
            context = template_context(email, label, order, shop=settings.shop, language=language)
            return context, f"the mail of draft {draft}"
    first = next(iter(SAMPLE_MAILS))
    return _sample_context(request, first, language), first


def _sample_context(request: Request, what: str, language: str) -> dict[str, Any]:
    name, raw = SAMPLE_MAILS[what]
    shop = request.app.state.settings.shop
    email = parse(raw)
    order = extract(email, timezone=shop.zone, order_patterns=shop.order_number_patterns)
    label = Label(name, 1.0, "sample", "sample")
    return template_context(email, label, order, shop=shop, language=language)


def _editor(
    request: Request,
    name: str,
    *,
    text: str,
    draft: int | None,
    error: str | None = None,
    notice: str | None = None,
    note: str = "",
    status: int = 200,
) -> Response:
    """The editor of `name` with `text`, its preview, and the template's history."""
    store = store_of(request)
    mails = recent_mail(store)
    context, source = _context(request, draft, template_language(name))
    selected = draft if draft is not None else (mails[0].draft if mails else SAMPLE)
    preview: str | None = None
    preview_error: str | None = None
    try:
        preview = _try(request, name, text, context)
    except TemplateError as err:
        preview_error = str(err)
    versions = history(store, name)
    default = _files(request).file_text(name)
    olders = [v.body for v in versions[1:]] + [default] if versions else []
    entries = [(v, _diff(old, v.body)) for v, old in zip(versions, olders, strict=True)]
    values = {
        "nav": "templates",
        "name": name,
        "text": text,
        "mails": mails,
        "selected": selected,
        "sample": SAMPLE,
        "source": source,
        "preview": preview,
        "preview_error": preview_error,
        "error": error,
        "notice": notice,
        "note": note,
        "entries": entries,
        "default_is_current": not versions or versions[0].body == default,
        "variables": _variables(context),
        "when": when,
    }
    return page(request, "manage_template_edit.html", values, status=status)


@dataclass(frozen=True, slots=True)
class DiffLine:
    kind: str  # "add", "del", "hunk" or "same"
    text: str


def _diff(old: str, new: str) -> list[DiffLine]:
    """What changed from `old` to `new`, line by line (rendered escaped by the page)."""
    lines = difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=2)
    found = []
    for line in list(lines)[2:]:  # without the ---/+++ file header
        kind = {"+": "add", "-": "del", "@": "hunk"}.get(line[:1], "same")
        found.append(DiffLine(kind, line))
    return found


def _variables(context: dict[str, Any], prefix: str = "") -> list[tuple[str, str]]:
    """Each variable a template can use, dotted, with its value in the previewed mail."""
    found: list[tuple[str, str]] = []
    for key, value in context.items():
        if isinstance(value, dict):
            found += _variables(value, f"{prefix}{key}.")
        else:
            found.append((prefix + key, json.dumps(value, ensure_ascii=False)))
    return found
