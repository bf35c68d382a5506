"""A draft's page after the outbox: the server's words when it failed, and the two ways
out of an uncertain send, each a CSRF-checked POST that changes the draft once."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import update

from inboxbot import review
from inboxbot.models import DraftStatus
from inboxbot.store import utcnow
from inboxbot.store.schema import drafts
from tests.mailgen import customer_mail
from tests.web.conftest import VA, VA2, csrf_token


def sent_as(web: Any, status: DraftStatus, **values: Any) -> int:
    """An approved draft the outbox left in `status`."""
    (draft_id,) = web.ingest([customer_mail(1)])
    review.approve(web.store, draft_id, actor=VA[0])
    with web.store.write() as conn:
        conn.execute(update(drafts).where(drafts.c.id == draft_id).values(status=status, **values))
    return draft_id


def test_a_failed_reply_shows_the_servers_words(web):
    error = "smtp.acme.example:587: the server refused the message: 554 5.7.1 rejected as spam"
    draft_id = sent_as(web, DraftStatus.FAILED, send_error=error)

    html = web.client(VA).get(f"/drafts/{draft_id}").text

    assert "Not sent." in html
    assert "554 5.7.1 rejected as spam" in html
    assert f'action="/drafts/{draft_id}/send-again"' in html
    assert "mark-sent" not in html  # only an uncertain reply may have arrived


def test_a_reply_waiting_for_a_retry_says_when_and_why(web):
    later = utcnow() + timedelta(minutes=5)
    draft_id = sent_as(
        web, DraftStatus.APPROVED, send_error="451 4.3.0 try later", next_attempt_at=later
    )

    html = web.client(VA).get(f"/drafts/{draft_id}").text

    assert "Not sent yet; next try" in html and "451 4.3.0 try later" in html


def test_an_uncertain_reply_explains_and_offers_two_ways_out(web):
    draft_id = sent_as(web, DraftStatus.UNCERTAIN, send_error="the connection was lost")

    html = web.client(VA).get(f"/drafts/{draft_id}").text

    assert "We do not know whether this reply reached the customer." in html
    assert f'action="/drafts/{draft_id}/mark-sent"' in html
    assert f'action="/drafts/{draft_id}/send-again"' in html
    assert "It arrived: mark as sent" in html and "Send again" in html


def test_it_arrived_marks_the_reply_sent_once(web):
    draft_id = sent_as(web, DraftStatus.UNCERTAIN, send_error="the connection was lost")
    va, va2 = web.client(VA), web.client(VA2)
    path = f"/drafts/{draft_id}"

    first = va.post(f"{path}/mark-sent", data={"csrf_token": csrf_token(va, path)})
    second = va2.post(f"{path}/mark-sent", data={"csrf_token": csrf_token(va2, path)})

    assert first.status_code == 303
    assert first.headers["location"] == f"{path}?done=marked_sent&draft={draft_id}"
    assert second.status_code == 409 and "already sent" in second.text
    assert web.draft(draft_id)["status"] == DraftStatus.SENT
    assert "Sent " in va.get(path).text


@pytest.mark.parametrize("status", [DraftStatus.UNCERTAIN, DraftStatus.FAILED])
def test_send_again_puts_the_reply_back_in_the_outbox(web, status):
    draft_id = sent_as(web, status, send_error="the connection was lost")
    va = web.client(VA)
    path = f"/drafts/{draft_id}"

    answer = va.post(f"{path}/send-again", data={"csrf_token": csrf_token(va, path)})

    assert answer.status_code == 303
    assert web.draft(draft_id)["status"] == DraftStatus.APPROVED
    assert "goes out again" in va.get(answer.headers["location"]).text


def test_the_two_ways_out_need_the_csrf_token_and_a_post(web):
    draft_id = sent_as(web, DraftStatus.UNCERTAIN, send_error="the connection was lost")
    va = web.client(VA)

    forged = [va.post(f"/drafts/{draft_id}/{action}") for action in ("mark-sent", "send-again")]
    by_get = va.get(f"/drafts/{draft_id}/mark-sent")

    assert [r.status_code for r in forged] == [403, 403]
    assert by_get.status_code == 405
    assert web.draft(draft_id)["status"] == DraftStatus.UNCERTAIN
