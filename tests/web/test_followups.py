"""Nobody is forgotten, as a VA sees it: overdue mail, dispute deadlines, refund follow-ups.

The app's clock is set by each test (`web.app.state.clock`), and each mail's
arrival is set in the store, so no test depends on the day it runs.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select, update

from inboxbot.drafting import Drafter
from inboxbot.followups import run_once
from inboxbot.models import DraftStatus
from inboxbot.store import sending
from inboxbot.store.schema import drafts, followups, messages
from tests.mailgen import customer_mail
from tests.web.conftest import VA, browser_login, csrf_token

BERLIN = ZoneInfo("Europe/Berlin")


def berlin(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


def at(web, when: str) -> None:
    """Set the web app's clock to `when` (Berlin wall-clock time)."""
    moment = berlin(when)
    web.app.state.clock = lambda: moment


def arrived(web, draft_id: int, when: str) -> None:
    """Make the mail behind draft `draft_id` arrive at `when` (Berlin)."""
    with web.store.write() as conn:
        message = select(drafts.c.message).where(drafts.c.id == draft_id).scalar_subquery()
        conn.execute(
            update(messages).where(messages.c.id == message).values(received_at=berlin(when))
        )
        conn.execute(
            update(drafts).where(drafts.c.message == message).values(arrived_at=berlin(when))
        )


def sent(web, draft_id: int, when: str) -> None:
    """Move approved draft `draft_id` to sent at `when` (Berlin), as the outbox does."""
    with web.store.write() as conn:
        assert sending.claim(conn, draft_id, via="smtp", now=berlin(when)) is not None
        assert sending.mark(conn, draft_id, DraftStatus.SENT, "draft.sent", now=berlin(when))


def badges(html: str, kind: str) -> list[str]:
    return re.findall(rf"<span [^>]*data-{kind}>([^<]*)</span>", html)


# --- overdue ---------------------------------------------------------------------------------


def test_mail_is_marked_overdue_after_eight_working_hours_and_not_before(web):
    """GIVEN a refund mail that arrived on Monday at 09:30
    WHEN the queue is opened on Monday at 17:00 (7.5 working hours later), and on
    Tuesday at 10:30 (9 working hours later)
    THEN the first shows no overdue badge, the second "overdue by 1 working h"."""
    (draft_id,) = web.ingest([customer_mail(1, kind="refund")])
    arrived(web, draft_id, "2026-11-30 09:30")
    client = web.client(VA)

    at(web, "2026-11-30 17:00")
    before = client.get("/").text
    at(web, "2026-12-01 10:30")
    after = client.get("/").text

    assert badges(before, "overdue") == []
    assert badges(after, "overdue") == ["overdue by 1 working h"]
    assert "overdue by 1 working h" in client.get(f"/drafts/{draft_id}").text


def test_the_evening_and_the_weekend_do_not_count(web):
    (draft_id,) = web.ingest([customer_mail(1, kind="refund")])
    arrived(web, draft_id, "2026-11-27 15:00")  # Friday afternoon
    client = web.client(VA)

    at(web, "2026-11-30 14:59")  # Monday: 2 + 5.98 working hours
    assert badges(client.get("/").text, "overdue") == []
    at(web, "2026-11-30 16:00")
    assert badges(client.get("/").text, "overdue") == ["overdue by 1 working h"]


def test_the_queue_can_show_only_overdue_mail_and_counts_it(web):
    old, new = web.ingest([customer_mail(1, kind="refund"), customer_mail(2, kind="other")])
    arrived(web, old, "2026-11-30 09:00")
    arrived(web, new, "2026-12-01 09:00")
    at(web, "2026-12-01 12:00")
    client = web.client(VA)

    everything = client.get("/").text
    only_overdue = client.get("/?overdue=1").text

    assert re.search(r"data-overdue-count>1<", everything)
    assert f'href="/drafts/{old}"' in only_overdue
    assert f'href="/drafts/{new}"' not in only_overdue
    assert f'href="/drafts/{new}"' in everything


def test_an_answered_mail_is_not_overdue(web):
    (draft_id,) = web.ingest([customer_mail(1, kind="refund")])
    arrived(web, draft_id, "2026-11-30 09:00")
    at(web, "2026-12-02 12:00")
    client = web.client(VA)
    client.post(
        f"/drafts/{draft_id}/approve",
        data={"csrf_token": csrf_token(client, f"/drafts/{draft_id}")},
    )

    html = client.get("/?status=all").text

    assert badges(html, "overdue") == []
    assert re.search(r"data-overdue-count>0<", html)


# --- dispute deadline -------------------------------------------------------------------------


def test_a_disputes_deadline_shows_in_the_queue_and_on_its_page(web):
    dispute, refund = web.ingest(
        [customer_mail(1, kind="dispute"), customer_mail(2, kind="refund")]
    )
    arrived(web, dispute, "2026-11-26 10:00")
    arrived(web, refund, "2026-11-26 10:00")
    at(web, "2026-11-29 12:00")
    client = web.client(VA)

    queue = client.get("/").text
    page = client.get(f"/drafts/{dispute}").text

    assert badges(queue, "deadline") == ["answer by Thu 3 Dec, 4 days left"]
    assert badges(page, "deadline") == ["Dispute: answer by Thu 3 Dec, 4 days left"]
    assert badges(client.get(f"/drafts/{refund}").text, "deadline") == []


def test_a_late_dispute_says_by_how_many_days(web):
    (dispute,) = web.ingest([customer_mail(1, kind="dispute")])
    arrived(web, dispute, "2026-11-20 10:00")
    at(web, "2026-11-29 12:00")

    assert badges(web.client(VA).get("/").text, "deadline") == ["answer by Fri 27 Nov, 2 days late"]


# --- refund follow-ups ------------------------------------------------------------------------


def test_approving_a_refund_reply_in_the_browser_schedules_its_follow_up(web):
    """GIVEN a refund reply approved on Friday 27 November at 15:00
    WHEN the follow-up job runs on Tuesday 8 December at 15:00
    THEN the reply's page showed the follow-up as scheduled, and now the follow-up
    waits in the queue, marked as one, with a link from the reply's page."""
    (reply,) = web.ingest([customer_mail(1, kind="refund")])
    arrived(web, reply, "2026-11-27 13:00")
    at(web, "2026-11-27 15:00")
    client = web.client(VA)
    client.post(
        f"/drafts/{reply}/approve", data={"csrf_token": csrf_token(client, f"/drafts/{reply}")}
    )

    scheduled = client.get(f"/drafts/{reply}").text
    sent(web, reply, "2026-11-27 15:01")
    drafter = Drafter(web.settings.templates.path, shop=web.settings.shop)
    run_once(web.store, drafter, web.settings, now=berlin("2026-12-08 15:00"))
    with web.store.read() as conn:
        made = conn.execute(select(followups.c.made)).scalar_one()
    at(web, "2026-12-08 15:05")
    queue = client.get("/").text

    assert "Refund follow-up\n      scheduled for Tue 08 Dec 2026, 15:00 CET" in scheduled
    assert f'href="/drafts/{made}"' in queue and ">follow-up<" in queue
    assert badges(queue, "overdue") == []  # our own initiative is never overdue
    page = client.get(f"/drafts/{made}").text
    assert "A follow-up to our earlier reply" in page and "Has it reached your" in page
    assert f'<a href="/drafts/{made}">draft {made}</a>' in client.get(f"/drafts/{reply}").text


def test_the_api_approval_schedules_the_follow_up_too(web):
    (reply,) = web.ingest([customer_mail(1, kind="refund")])
    at(web, "2026-11-27 15:00")
    token = (
        web.client().post("/api/session", json={"email": VA[0], "password": VA[1]}).json()["token"]
    )

    answer = web.client().post(
        f"/api/drafts/{reply}/approve", headers={"Authorization": f"Bearer {token}"}
    )

    assert answer.status_code == 200
    with web.store.read() as conn:
        due = conn.execute(select(followups.c.due_at)).scalar_one()
    assert due == berlin("2026-12-08 15:00")


# --- in a real browser ------------------------------------------------------------------------


def test_a_va_sees_the_overdue_badge_in_chromium(web, page):
    (draft_id,) = web.ingest([customer_mail(1, kind="refund")])
    arrived(web, draft_id, "2026-11-30 09:00")
    at(web, "2026-12-01 12:00")  # 8 + 3 working hours later
    browser_login(page, web, VA)

    page.goto(web.url + "/")
    badge = page.locator("[data-overdue]")

    assert badge.is_visible()
    assert badge.inner_text() == "overdue by 3 working h"
    page.get_by_role("link", name=re.compile("overdue")).first.click()
    page.wait_for_url(re.compile(r"overdue=1"))
    assert page.locator("[data-overdue]").inner_text() == "overdue by 3 working h"
