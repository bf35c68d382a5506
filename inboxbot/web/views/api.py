"""The JSON API: the queue's actions for scripts, described by /api/openapi.json.

A script logs in with `POST /api/session` and sends the token it gets back as
`Authorization: Bearer <token>`; the token is a server-side session like the
browser's cookie, so logging out, a password change or deactivation ends it.
Every action goes through `review.py`, exactly as the pages and the command
line do, so the same draft cannot be approved twice whichever way is used.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Body, HTTPException, Path, Query, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from inboxbot import review, users
from inboxbot.errors import DraftConflict, NoSuchDraft, ReviewError
from inboxbot.followups import FollowupRule
from inboxbot.models import DraftStatus, LabelName
from inboxbot.store import append_event
from inboxbot.store.queue import get_draft, queue_page
from inboxbot.users import Role, User
from inboxbot.web.app import drafter, store_of
from inboxbot.web.auth import Checked, Viewer, client_ip, end_session, start_session

router = APIRouter(tags=["queue"])

MAX_PAGE = 500
DraftId = Annotated[int, Path(ge=1, le=2**63 - 1, description="The draft's id.")]


class Problem(BaseModel):
    """Every error: what went wrong, in words a person can act on."""

    detail: Any = Field(description="A sentence, or for a malformed request the list of errors.")


class Credentials(BaseModel):
    email: str = Field(max_length=320)
    password: str = Field(max_length=users.MAX_PASSWORD)


class UserOut(BaseModel):
    id: int
    email: str
    name: str
    role: Role
    active: bool

    @classmethod
    def of(cls, user: User) -> UserOut:
        return cls(id=user.id, email=user.email, name=user.name, role=user.role, active=user.active)


class SessionOut(BaseModel):
    token: str = Field(description="Send as `Authorization: Bearer <token>`; it is shown once.")
    user: UserOut


class Order(BaseModel):
    """The order facts found in the customer's mail; null where unknown."""

    number: str | None = None
    date: str | None = Field(None, description="YYYY-MM-DD")
    amount: str | None = Field(None, description="A decimal string, e.g. 49.90")
    currency: str | None = Field(None, description="ISO 4217")
    payment_method: str | None = None


class Fact(BaseModel):
    """One extracted fact with the words it came from, for checking it against the mail."""

    name: str
    value: str
    confidence: float
    source: str


class DraftItem(BaseModel):
    """One row of the queue: the fields of `inboxbot queue list --json`, plus the order."""

    model_config = ConfigDict(populate_by_name=True)

    id: int
    status: DraftStatus
    label: LabelName
    message_id: str | None = Field(description="The customer's Message-ID.")
    from_: str = Field(alias="from", description="The customer's address.")
    subject: str = Field(description="The customer's subject.")
    template: str
    created_at: datetime
    order: Order
    has_text: bool = Field(description="False when the template failed; edit before approving.")


class DraftPage(BaseModel):
    drafts: list[DraftItem]
    total: int = Field(description="Drafts matching the filters, on all pages.")
    next_after: int | None = Field(description="Pass as `after` for the next page; null: done.")


class Attachment(BaseModel):
    filename: str | None
    content_type: str | None
    size: int | None


class Draft(DraftItem):
    """A draft beside the customer's mail, with why it was labelled so."""

    from_name: str
    customer_text: str = Field(description="The customer's mail as plain text.")
    new_text: str = Field(description="The customer's words without the quoted thread.")
    sent_at: datetime | None
    label_source: str | None = Field(description="rule, model or person")
    confidence: float | None
    label_reason: str | None
    label_words: str | None
    facts: list[Fact]
    attachments: list[Attachment]
    reply_to: str = Field(description="Where the reply goes.")
    reply_subject: str
    body: str | None = Field(description="The reply text; null when the template failed.")
    error: str | None = Field(description="Why there is no text, when there is none.")
    template_version: int | None
    decided_by: str | None
    decided_at: datetime | None
    reject_reason: str | None
    kind: str = Field(description="reply, or follow_up: a later mail of ours in the thread.")
    sent_via: str | None = Field(description="smtp, or drafts: saved to the Drafts folder.")
    reply_sent_at: datetime | None = Field(description="When the reply went out.")
    send_error: str | None = Field(
        description="Why it has not gone out: the server's words, or why it is uncertain."
    )


class Approval(BaseModel):
    body: str | None = Field(
        None,
        max_length=100_000,
        description="The text on screen: exactly this is approved. Omit to approve as it stands.",
    )


class Rejection(BaseModel):
    reason: str = Field(max_length=10_000, description="Why; a manager reads it.")


class Edit(BaseModel):
    body: str = Field(max_length=100_000)


class Relabel(BaseModel):
    label: LabelName


ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": Problem, "description": "Not logged in, or the session ended."},
}
ACTION_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    403: {"model": Problem, "description": "A cookie session without its X-CSRF-Token."},
    404: {"model": Problem, "description": "There is no such draft."},
    409: {"model": Problem, "description": "The draft was already decided, or has no text."},
    422: {"model": Problem, "description": "The request was not acceptable."},
}


@router.post(
    "/session",
    response_model=SessionOut,
    status_code=201,
    responses={
        401: {"model": Problem, "description": "The email or the password is wrong."},
        429: {"model": Problem, "description": "Too many failed logins; see Retry-After."},
    },
)
def log_in(request: Request, credentials: Credentials) -> Any:
    """Log in; the token works until logout, a password change or the session timeouts."""
    store = store_of(request)
    ip = client_ip(request)
    limiter = request.app.state.limiter
    wait = limiter.retry_after(ip, credentials.email)
    if wait:
        return JSONResponse(
            {"detail": f"Too many failed logins. Try again in {wait} seconds."},
            status_code=429,
            headers={"Retry-After": str(wait)},
        )
    user = users.authenticate(store, credentials.email, credentials.password)
    if user is None:
        limiter.failed(ip, credentials.email)
        with store.write() as conn:
            append_event(conn, "user.login_failed", actor=credentials.email.strip()[:200], ip=ip)
        raise HTTPException(401, "The email or the password is wrong.")
    limiter.succeeded(credentials.email)
    token, _ = start_session(store, user, ip=ip)
    with store.write() as conn:
        append_event(conn, "user.login", actor=user.email, ip=ip, via="api")
    return SessionOut(token=token, user=UserOut.of(user))


@router.delete(
    "/session",
    status_code=204,
    responses={**ERRORS, 403: ACTION_ERRORS[403]},
)
def log_out(request: Request, auth: Checked) -> Response:
    """End this session; its token stops working at once."""
    store = store_of(request)
    end_session(store, auth.token_hash)
    with store.write() as conn:
        append_event(conn, "user.logout", actor=auth.user.email, ip=client_ip(request))
    return Response(status_code=204)


@router.get("/me", response_model=UserOut, responses=ERRORS)
def me(auth: Viewer) -> UserOut:
    """Who this session belongs to."""
    return UserOut.of(auth.user)


@router.get("/drafts", response_model=DraftPage, responses=ERRORS)
def drafts(
    request: Request,
    _auth: Viewer,
    status: DraftStatus | None = None,
    label: LabelName | None = None,
    search: Annotated[
        str, Query(max_length=200, description="In the subject, the sender or the order number.")
    ] = "",
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    after: Annotated[
        int | None, Query(ge=1, le=2**63 - 1, description="`next_after` of the page before.")
    ] = None,
) -> DraftPage:
    """The queue: pending first, disputes first among them, then oldest first."""
    found = queue_page(
        store_of(request),
        status=status.value if status else None,
        label=label.value if label else None,
        search=search,
        after=after,
        limit=limit,
    )
    return DraftPage(
        drafts=[_item(row) for row in found.rows], total=found.total, next_after=found.next_after
    )


@router.get("/drafts/{draft_id}", response_model=Draft, responses=ACTION_ERRORS)
def draft(request: Request, _auth: Viewer, draft_id: DraftId) -> Draft:
    """One draft with the customer's mail, the facts found in it and the reply."""
    return _draft(request, draft_id)


@router.post("/drafts/{draft_id}/approve", response_model=Draft, responses=ACTION_ERRORS)
def approve(
    request: Request,
    auth: Checked,
    draft_id: DraftId,
    approval: Annotated[Approval | None, Body()] = None,
) -> Draft:
    """Approve a pending draft; with `body`, exactly that text, in the same step."""
    body = approval.body if approval else None
    _act(
        review.approve,
        request,
        draft_id,
        actor=auth.user.email,
        body=body,
        followups=FollowupRule.of(request.app.state.settings),
        now=request.app.state.clock(),
    )
    return _draft(request, draft_id)


@router.post("/drafts/{draft_id}/reject", response_model=Draft, responses=ACTION_ERRORS)
def reject(request: Request, auth: Checked, draft_id: DraftId, rejection: Rejection) -> Draft:
    """Reject a pending draft, saying why."""
    _act(review.reject, request, draft_id, actor=auth.user.email, reason=rejection.reason)
    return _draft(request, draft_id)


@router.post("/drafts/{draft_id}/edit", response_model=Draft, responses=ACTION_ERRORS)
def edit(request: Request, auth: Checked, draft_id: DraftId, change: Edit) -> Draft:
    """Replace the text of a pending draft; it stays pending."""
    _act(review.edit, request, draft_id, actor=auth.user.email, body=change.body)
    return _draft(request, draft_id)


@router.post("/drafts/{draft_id}/mark-sent", response_model=Draft, responses=ACTION_ERRORS)
def mark_sent(request: Request, auth: Checked, draft_id: DraftId) -> Draft:
    """An `uncertain` reply did arrive (a person checked): mark it sent."""
    _act(review.mark_sent, request, draft_id, actor=auth.user.email)
    return _draft(request, draft_id)


@router.post("/drafts/{draft_id}/send-again", response_model=Draft, responses=ACTION_ERRORS)
def send_again(request: Request, auth: Checked, draft_id: DraftId) -> Draft:
    """An `uncertain` reply did not arrive, or a `failed` one may go now: back to approved."""
    _act(review.send_again, request, draft_id, actor=auth.user.email)
    return _draft(request, draft_id)


@router.post("/drafts/{draft_id}/relabel", response_model=Draft, responses=ACTION_ERRORS)
def relabel(request: Request, auth: Checked, draft_id: DraftId, change: Relabel) -> Draft:
    """Say what the mail really is: the draft is written again from that label's template."""
    try:
        review.relabel(
            store_of(request), drafter(request), draft_id, change.label, actor=auth.user.email
        )
    except ReviewError as err:
        raise HTTPException(_status(err), str(err)) from None
    return _draft(request, draft_id)


def _act(action: Any, request: Request, draft_id: int, **kw: Any) -> None:
    try:
        action(store_of(request), draft_id, **kw)
    except ReviewError as err:
        raise HTTPException(_status(err), str(err)) from None


def _status(err: ReviewError) -> int:
    """The HTTP status of a refusal from `review.py`."""
    if isinstance(err, NoSuchDraft):
        return 404
    if isinstance(err, DraftConflict):
        return 409  # the draft's state, not the request, is in the way
    return 422


def _draft(request: Request, draft_id: int) -> Draft:
    row = get_draft(store_of(request), draft_id)
    if row is None:
        raise HTTPException(404, f"there is no draft {draft_id}")
    facts = [
        Fact(
            name=name,
            value=_fact_text(fact["value"]),
            confidence=fact["confidence"],
            source=fact["source"],
        )
        for name, fact in row["order_facts"].items()
    ]
    return Draft(
        **_item(row).model_dump(by_alias=True),
        from_name=row["from_name"],
        customer_text=row["text"],
        new_text=row["new_text"],
        sent_at=row["sent_at"],
        label_source=row["label_source"],
        confidence=row["confidence"],
        label_reason=row["label_reason"],
        label_words=row["label_words"],
        facts=facts,
        attachments=[Attachment(**a) for a in row["attachments"]],
        reply_to=row["to_address"],
        reply_subject=row["subject"],
        body=row["body"],
        error=row["error"],
        template_version=row["template_version"],
        decided_by=row["decided_by"],
        decided_at=row["decided_at"],
        reject_reason=row["reject_reason"],
        kind=row["kind"],
        sent_via=row["sent_via"],
        reply_sent_at=row["reply_sent_at"],
        send_error=row["send_error"],
    )


def _item(row: dict[str, Any]) -> DraftItem:
    facts = row["order_facts"]

    def value(name: str) -> Any:
        return facts[name]["value"] if name in facts else None

    amount = value("amount") or {}
    return DraftItem.model_validate(
        {
            "id": row["id"],
            "status": row["status"],
            "label": row["label"],
            "message_id": row["message_id"],
            "from": row["from_address"],
            "subject": row["message_subject"],
            "template": row["template"],
            "created_at": row["created_at"],
            "order": Order(
                number=value("number"),
                date=value("date"),
                amount=amount.get("amount"),
                currency=amount.get("currency"),
                payment_method=value("payment_method"),
            ),
            # The queue's rows carry the error, not the text: a failed template left no text.
            "has_text": not row["error"] and row.get("body", "") is not None,
        }
    )


def _fact_text(value: Any) -> str:
    if isinstance(value, list):  # evidence: the attachments by kind
        return ", ".join(f"{item.get('kind')}: {item.get('file')}" for item in value)
    if isinstance(value, dict):  # an amount
        return f"{value.get('amount')} {value.get('currency') or ''}".strip()
    return str(value)
