"""The VA's pages: the queue, one draft beside the customer's mail, and the actions on it.

Every action is a POST carrying the session's CSRF token and ends in a
redirect (post/redirect/get) with a notice chosen from a fixed list, never
text taken from the URL. Approving or rejecting moves on to the next pending
draft in queue order, since a VA works through the queue. What may change a
draft is decided in `review.py`; a refusal from there (say, a second VA was
faster) is shown with its reason and status 409, and changes nothing.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any
from urllib.parse import parse_qsl, quote, urlencode

from fastapi import APIRouter, Form, HTTPException, Path, Query, Request
from fastapi.responses import RedirectResponse, Response

from inboxbot import deadlines, review
from inboxbot.config import Settings
from inboxbot.errors import ConfigError, DraftConflict, NoSuchDraft, ReviewError
from inboxbot.followups import FollowupRule, followups_of, work_week
from inboxbot.models import DraftStatus, LabelName, OrderDetails, money_text
from inboxbot.orders import OrderBook, OrderCheck, check
from inboxbot.policy import MISSING, current_policy, decide
from inboxbot.store.ledger import order_details
from inboxbot.store.queue import (
    count_arrived_by,
    count_unsent,
    get_attachment,
    get_draft,
    next_pending,
    queue_page,
    thread_of,
)
from inboxbot.web import mailhtml
from inboxbot.web.app import drafter, page, store_of
from inboxbot.web.auth import Checked, Viewer
from inboxbot.worktime import working_cutoff

router = APIRouter()

DraftId = Annotated[int, Path(ge=1, le=2**53)]
PAGE_SIZE = 50
LABELS = [name.value for name in LabelName]
STATUSES = [status.value for status in DraftStatus]
# Shown inline by the browser; anything else (SVG above all: it can carry script)
# is only ever downloaded.
PREVIEWABLE = {"image/png", "image/jpeg", "image/gif", "image/webp"}
ATTACHMENT_CSP = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"
NOTICES = {
    "approved": "Draft {draft} approved.",
    "rejected": "Draft {draft} rejected.",
    "saved": "Your changes to the reply are saved. It is still waiting for approval.",
    "relabelled": "Label changed: the reply was written again from that label's template.",
    "marked_sent": "Draft {draft} marked as sent.",
    "send_again": "Draft {draft} goes out again with the outbox's next pass.",
}
FACT_NAMES = {
    "number": "Order number",
    "date": "Order date",
    "amount": "Amount",
    "payment_method": "Payment method",
    "product": "Product",
    "reason": "Reason",
    "evidence": "Evidence",
}
ALTERNATIVE_NAMES = {
    "exchange": "an exchange",
    "replacement": "a replacement",
    "store_credit": "store credit",
    "troubleshooting": "help to get it working",
}
QUEUE_KEYS = ("status", "label", "q", "after", "overdue")
UNSURE = 0.7  # a fact found with less confidence than this is marked for checking


@router.get("/")
def queue(
    request: Request,
    auth: Viewer,
    status: str = "pending",
    label: str = "",
    q: Annotated[str, Query(max_length=200)] = "",
    after: Annotated[int | None, Query(ge=1, le=2**53)] = None,
    done: str = "",
    draft: int | None = None,
    overdue: str = "",
) -> Response:
    """Pending drafts, disputes first, then oldest first; filtered, searched, in pages."""
    return _queue(
        request,
        status=status,
        label=label,
        q=q,
        after=after,
        done=done,
        draft=draft,
        overdue=overdue,
    )


def _queue(
    request: Request,
    *,
    status: str,
    label: str,
    q: str,
    after: int | None,
    done: str = "",
    draft: int | None = None,
    error: str = "",
    code: int = 200,
    overdue: str = "",
) -> Response:
    status = status if status in STATUSES or status == "all" else "pending"
    label = label if label in LABELS else ""
    overdue = "1" if overdue else ""
    settings = request.app.state.settings
    now = _now(request)
    # Mail that arrived by this moment has waited the working hours it may wait.
    cutoff = working_cutoff(
        now, settings.followup.acknowledge_within_working_hours, work_week(settings)
    )
    found = queue_page(
        store_of(request),
        status=None if status == "all" else status,
        label=label or None,
        search=q,
        after=after,
        limit=PAGE_SIZE,
        arrived_by=cutoff if overdue else None,
    )
    rows = [_queue_row(row, now, settings) for row in found.rows]
    here = {"status": status, "label": label, "q": q, "after": after, "overdue": overdue}
    return page(
        request,
        "queue.html",
        {
            "nav": "queue",
            "rows": rows,
            "page": found,
            "status": status,
            "label": label,
            "q": q,
            "after": after,
            "statuses": STATUSES,
            "labels": LABELS,
            "here": _query(here),
            "link": lambda **change: "/?" + _query({**here, "after": None, **change}),
            "next_link": "/?" + _query({**here, "after": found.next_after})
            if found.next_after
            else None,
            "notice": _notice(done, draft),
            "error": error,
            "overdue": overdue,
            "overdue_count": count_arrived_by(store_of(request), cutoff),
            "unsent": count_unsent(store_of(request)),
            "overdue_hours": settings.followup.acknowledge_within_working_hours,
        },
        status=code,
    )


@router.get("/drafts/{draft_id}")
def draft_page(
    request: Request, auth: Viewer, draft_id: DraftId, done: str = "", draft: int | None = None
) -> Response:
    notice = _notice(done, draft)
    if notice and done in ("approved", "rejected"):
        notice += " This is the next draft waiting."
    return _draft_page(request, draft_id, notice=notice)


def _draft_page(
    request: Request,
    draft_id: int,
    *,
    notice: str = "",
    error: str = "",
    code: int = 200,
    body: str | None = None,
    reason: str = "",
) -> Response:
    store = store_of(request)
    row = get_draft(store, draft_id)
    if row is None:
        raise HTTPException(404, f"There is no draft {draft_id}.")
    zone = request.app.state.settings.shop.zone
    facts = row["order_facts"]
    asked_at = row["sent_at"] or row["received_at"]
    settings = request.app.state.settings
    details = order_details(facts)
    looked_up = _look_up(request, details, row["from_address"] or "")
    decision = decide(
        details,
        label=LabelName(row["label"]),
        asked_at=asked_at,
        zone=zone,
        policy=current_policy(settings.policy.file),
        delivered_on=looked_up.record.fulfilled_on if looked_up.record else None,
        dispute_days=settings.followup.dispute_response_days,
    )
    now = _now(request)
    late = _lateness(row, now, settings)
    return page(
        request,
        "draft.html",
        {
            "nav": "queue",
            "d": row,
            "pending": row["status"] == DraftStatus.PENDING,
            "body": row["body"] if body is None else body,
            "reason": reason,
            "facts": [
                {"name": FACT_NAMES.get(name, name), **fact, "text": _fact_text(fact["value"])}
                for name, fact in facts.items()
            ],
            "decision": decision,
            "orders_file": settings.orders.file is not None,
            "looked_up": looked_up,
            "missing": ", ".join(MISSING.get(item, item) for item in decision.missing),
            "alternative": ALTERNATIVE_NAMES.get(decision.alternative or "", ""),
            "refund_text": money_text(decision.refund) if decision.refund else "",
            "fee_text": money_text(decision.fee) if decision.fee else "",
            "policy_text": _policy_text(decision.sentence, facts.get("date")),
            "thread": [
                {**m, "age": _age(m["sent_at"] or m["received_at"], now)}
                for m in thread_of(store, row["message"])
            ],
            "age": _age(asked_at, now),
            "asked": _local(asked_at, zone),
            "decided": _local(row["decided_at"], zone),
            "sent_when": _local(row["reply_sent_at"], zone),
            "retry_when": _local(row["next_attempt_at"], zone),
            "attachments": [
                {**a, "inline": a["content_type"] in PREVIEWABLE, "size_text": _size(a["size"])}
                for a in row["attachments"]
            ],
            "labels": LABELS,
            "unsure": UNSURE,
            "notice": notice,
            "error": error,
            "overdue": late["overdue"],
            "deadline": late["deadline"],
            "followups": [
                {**f, "due": _local(f["due_at"], zone)} for f in followups_of(store, draft_id)
            ],
        },
        status=code,
    )


@router.get("/drafts/{draft_id}/mail")
def mail(request: Request, auth: Viewer, draft_id: DraftId) -> Response:
    """The customer's HTML, cleaned, as a page of its own for the sandboxed frame."""
    row = get_draft(store_of(request), draft_id)
    if row is None or not row["html"]:
        raise HTTPException(404, f"Draft {draft_id} has no HTML mail to show.")
    return Response(
        mailhtml.mail_page(row["html"]),
        media_type="text/html; charset=utf-8",
        headers={"Content-Security-Policy": mailhtml.CSP, "X-Frame-Options": "SAMEORIGIN"},
    )


@router.get("/drafts/{draft_id}/attachments/{attachment_id}")
def attachment(
    request: Request, auth: Viewer, draft_id: DraftId, attachment_id: DraftId
) -> Response:
    """An attachment as evidence: common raster images inline, anything else downloaded."""
    found = get_attachment(store_of(request), draft_id, attachment_id)
    if found is None:
        raise HTTPException(404, "There is no such attachment.")
    kind = found["content_type"]
    inline = kind in PREVIEWABLE
    disposition = "inline" if inline else "attachment"
    return Response(
        found["data"],
        media_type=kind if inline else "application/octet-stream",
        headers={
            "Content-Disposition": f"{disposition}; filename*=UTF-8''{_quote(found['filename'])}",
            "Content-Security-Policy": ATTACHMENT_CSP,
            "X-Content-Type-Options": "nosniff",
            "Cross-Origin-Resource-Policy": "same-origin",
        },
    )


@router.post("/drafts/{draft_id}/approve")
def approve(
    request: Request,
    auth: Checked,
    draft_id: DraftId,
    body: Annotated[str | None, Form()] = None,
    then: Annotated[str, Form()] = "next",
    back: Annotated[str, Form(max_length=500)] = "",
    at: Annotated[int, Form(ge=0, le=PAGE_SIZE)] = 0,
) -> Response:
    """Approve exactly the text on the VA's screen (the queue sends none: the stored text)."""
    try:
        review.approve(
            store_of(request),
            draft_id,
            actor=auth.user.email,
            body=body,
            followups=FollowupRule.of(request.app.state.settings),
            now=_now(request),
        )
    except ReviewError as err:
        if then == "queue":
            here = _from_query(back)
            return _queue(request, **here, error=_sentence(err), code=_status(err))
        return _refused(request, draft_id, err, body=body)
    if then == "queue":
        here = _from_query(back)
        return _redirect(
            "/?" + _query({**here, "done": "approved", "draft": draft_id, "at": at or None})
        )
    return _onwards(request, draft_id, "approved")


@router.post("/drafts/{draft_id}/edit")
def edit(
    request: Request, auth: Checked, draft_id: DraftId, body: Annotated[str, Form()] = ""
) -> Response:
    """Save the VA's text without approving it."""
    try:
        review.edit(store_of(request), draft_id, actor=auth.user.email, body=body)
    except ReviewError as err:
        return _refused(request, draft_id, err, body=body)
    return _redirect(f"/drafts/{draft_id}?done=saved&draft={draft_id}")


@router.post("/drafts/{draft_id}/reject")
def reject(
    request: Request,
    auth: Checked,
    draft_id: DraftId,
    reason: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    try:
        review.reject(store_of(request), draft_id, actor=auth.user.email, reason=reason)
    except ReviewError as err:
        return _refused(request, draft_id, err, reason=reason)
    return _onwards(request, draft_id, "rejected")


@router.post("/drafts/{draft_id}/relabel")
def relabel(
    request: Request, auth: Checked, draft_id: DraftId, label: Annotated[str, Form()] = ""
) -> Response:
    """Say what the mail really is; the reply is drafted again from that label's template."""
    try:
        review.relabel(store_of(request), drafter(request), draft_id, label, actor=auth.user.email)
    except ReviewError as err:
        return _refused(request, draft_id, err)
    return _redirect(f"/drafts/{draft_id}?done=relabelled&draft={draft_id}")


@router.post("/drafts/{draft_id}/mark-sent")
def mark_sent(request: Request, auth: Checked, draft_id: DraftId) -> Response:
    """An uncertain reply did arrive: a person checked."""
    try:
        review.mark_sent(store_of(request), draft_id, actor=auth.user.email)
    except ReviewError as err:
        return _refused(request, draft_id, err)
    return _redirect(f"/drafts/{draft_id}?done=marked_sent&draft={draft_id}")


@router.post("/drafts/{draft_id}/send-again")
def send_again(request: Request, auth: Checked, draft_id: DraftId) -> Response:
    """An uncertain reply did not arrive, or a failed one may go now: back to approved."""
    try:
        review.send_again(store_of(request), draft_id, actor=auth.user.email)
    except ReviewError as err:
        return _refused(request, draft_id, err)
    return _redirect(f"/drafts/{draft_id}?done=send_again&draft={draft_id}")


def _onwards(request: Request, draft_id: int, done: str) -> Response:
    """To the next pending draft in queue order, or to the queue when none is left."""
    following = next_pending(store_of(request), draft_id)
    if following is None:
        return _redirect(f"/?done={done}&draft={draft_id}")
    return _redirect(f"/drafts/{following}?done={done}&draft={draft_id}")


def _refused(
    request: Request, draft_id: int, err: ReviewError, *, body: str | None = None, reason: str = ""
) -> Response:
    """The draft's page again, saying why, keeping what the VA typed (unless it is moot)."""
    code = _status(err)
    if code == 404:
        raise HTTPException(404, _sentence(err))
    return _draft_page(
        request,
        draft_id,
        error=_sentence(err),
        code=code,
        body=body if code == 400 else None,
        reason=reason,
    )


def _policy_text(sentence: str, order_date: dict[str, Any] | None) -> str:
    text = sentence[:1].upper() + sentence[1:] + "."
    if order_date and order_date.get("confidence", 1) < UNSURE:
        text += f" The order date is a guess from “{order_date.get('source', '')}”: check it."
    return text


def _status(err: ReviewError) -> int:
    if isinstance(err, NoSuchDraft):
        return 404
    if isinstance(err, DraftConflict):
        return 409
    return 400


def _sentence(err: ReviewError) -> str:
    why = str(err)
    return why[:1].upper() + why[1:] + ("" if why.endswith(".") else ".")


def _redirect(url: str) -> Response:
    return RedirectResponse(url, status_code=303)


def _notice(done: str, draft: int | None) -> str:
    text = NOTICES.get(done)
    return text.format(draft=draft or "") if text else ""


def _query(values: dict[str, Any]) -> str:
    return urlencode({k: v for k, v in values.items() if v not in (None, "")})


def _from_query(back: str) -> dict[str, Any]:
    """The queue's filters from a form's `back` field, keeping only the known ones."""
    found: dict[str, Any] = {
        "status": "pending",
        "label": "",
        "q": "",
        "after": None,
        "overdue": "",
    }
    for key, value in parse_qsl(back[:500]):
        if key in QUEUE_KEYS:
            found[key] = value
    after = found["after"]
    found["after"] = int(after) if isinstance(after, str) and after.isdigit() else None
    return found


def _queue_row(row: dict[str, Any], now: datetime, settings: Settings) -> dict[str, Any]:
    facts = row["order_facts"]
    amount = facts.get("amount", {}).get("value")
    return {
        **row,
        "number": facts.get("number", {}).get("value"),
        "amount": _fact_text(amount) if amount else None,
        "age": _age(row["created_at"], now),
        "sender": row["from_name"] or row["from_address"],
        **_lateness(row, now, settings),
    }


def _lateness(row: dict[str, Any], now: datetime, settings: Settings) -> dict[str, Any]:
    """How late the answer to this draft's mail is: overdue, and a dispute's deadline.

    Only an unanswered reply can be late; a follow-up is our own initiative.
    """
    late: dict[str, Any] = {"overdue": None, "deadline": None}
    if row["kind"] != "reply" or row["status"] != DraftStatus.PENDING:
        return late
    arrived = row["received_at"] or row["sent_at"] or row["created_at"]
    rules = settings.followup
    late["overdue"] = deadlines.overdue(
        arrived, now, hours=rules.acknowledge_within_working_hours, week=work_week(settings)
    )
    if row["label"] == LabelName.DISPUTE:
        late["deadline"] = deadlines.dispute_deadline(
            arrived, now, days=rules.dispute_response_days, zone=settings.shop.zone
        )
    return late


def _now(request: Request) -> datetime:
    now: datetime = request.app.state.clock()
    return now


def _look_up(request: Request, details: OrderDetails, sender: str) -> OrderCheck:
    """The orders file's word on the mail's facts; an unreadable file is a mismatch to see."""
    path = request.app.state.settings.orders.file
    book = getattr(request.app.state, "orders", None)
    if book is None or book.path != path:
        book = request.app.state.orders = OrderBook(path)
    if path is None or details.number is None:
        return OrderCheck(None, (), ())
    try:
        record = book.find(details.number.value)
    except ConfigError as err:
        return OrderCheck(None, (), (f"the orders file cannot be read: {err}",))
    return check(details, sender, record)


def _fact_text(value: Any) -> str:
    if isinstance(value, list):  # evidence
        return ", ".join(f"{item.get('kind')}: {item.get('file')}" for item in value)
    if isinstance(value, dict):  # an amount
        amount, currency = value.get("amount"), value.get("currency")
        return f"{currency} {amount}" if currency else str(amount)
    return str(value)


def _age(when: datetime | None, now: datetime) -> str:
    """How long ago, the way people say it in a queue: "12 min", "3 h", "2 d"."""
    if when is None:
        return ""
    seconds = max(0, int((now - when).total_seconds()))
    if seconds < 60:
        return "now"
    if seconds < 3600:
        return f"{seconds // 60} min"
    if seconds < 86400 * 2:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} d"


def _local(when: datetime | None, zone: Any) -> str:
    return when.astimezone(zone).strftime("%a %d %b %Y, %H:%M %Z") if when else ""


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def _quote(filename: str) -> str:
    return quote(filename, safe="")
