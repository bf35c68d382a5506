"""A draft's page: what a VA reads beside the reply, and approving, editing, rejecting,
re-labelling from it, with two VAs racing and forged requests refused."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from inboxbot.config import OrdersSettings
from inboxbot.orders import OrderBook
from inboxbot.store.schema import events, training_labels
from tests.mailgen import customer_mail
from tests.web.conftest import VA, VA2, browser_login, csrf_token


def count_events(web, kind: str, draft_id: int) -> int:
    with web.store.read() as conn:
        return int(
            conn.execute(
                select(func.count()).where(events.c.kind == kind, events.c.draft == draft_id)
            ).scalar_one()
        )


def test_it_shows_the_mail_beside_the_reply_with_facts_label_and_policy(web):
    (draft_id,) = web.ingest([customer_mail(3, kind="refund")])

    html = web.client(VA).get(f"/drafts/{draft_id}").text

    assert "The customer wrote" in html and "Our reply" in html
    assert "the lamp from order #1003 arrived with a cracked shade" in html
    assert "Order number" in html and "from “order #1003”" in html
    assert "USD 43.90" in html and "from “$43.90”" in html
    assert "Why “refund”" in html and "% sure" in html
    assert "Reason" in html and "damaged" in html and "from “cracked”" in html
    assert "Refund policy" in html and "No order date found: the window cannot be checked." in html
    assert "Re: Refund for order #1003" in html
    assert "customer3@example.com" in html
    assert re.search(r'<textarea id="body" name="body"[^>]*>Hello', html)


def test_the_policy_sentence_counts_days_from_the_order_date(web):
    mail = customer_mail(
        7,
        kind="refund",
        body="Hi, I ordered a vase on 1 November 2026 (order #1007). Refund please.",
    )
    (draft_id,) = web.ingest([mail])

    html = web.client(VA).get(f"/drafts/{draft_id}").text

    # The mail is dated 20 November 2026: day 19 of the window.
    assert "Day 19 of a 30-day window from the order: full refund." in html
    assert re.search(r"<dt>Days left</dt><dd>11</dd>", html)


def test_a_dispute_is_checked_against_the_payment_records_not_the_window(web):
    (draft_id,) = web.ingest([customer_mail(4, kind="dispute")])

    html = web.client(VA).get(f"/drafts/{draft_id}").text

    assert "window" not in html.split("Refund policy")[1].split("</div>")[0]
    assert "payment records" in html and "answer by 2026-11-27." in html


def test_approve_from_the_draft_page_moves_on_to_the_next_pending_draft(web, page):
    first, second = web.ingest([customer_mail(3, kind="refund"), customer_mail(6, kind="refund")])
    browser_login(page, web, VA)
    page.goto(f"{web.url}/drafts/{first}")

    page.get_by_role("button", name="Approve").click()
    page.wait_for_url(f"**/drafts/{second}?done=approved*")

    assert web.draft(first)["status"] == "approved"
    assert web.draft(first)["decided_by"] == VA[0]
    assert page.get_by_role("status").inner_text() == (
        f"Draft {first} approved. This is the next draft waiting."
    )
    assert web.draft(second)["status"] == "pending"


def test_edit_then_approve_freezes_exactly_the_text_on_screen(web, page):
    """GIVEN a pending draft open in the browser
    WHEN the VA rewrites the reply (non-ASCII, several lines) and presses Approve
    THEN the stored body is that text, byte for byte, and the draft is approved."""
    (draft_id,) = web.ingest([customer_mail(3, kind="refund")])
    text = "Hallo Zoë,\n\nGrüße aus Köln — 返金 ✓ 🙂\n  indented line\n\nAcme"
    browser_login(page, web, VA)
    page.goto(f"{web.url}/drafts/{draft_id}")

    page.locator("#body").fill(text)
    page.get_by_role("button", name="Approve").click()
    page.wait_for_url(re.compile(r"done=approved"))

    stored = web.draft(draft_id)
    assert stored["status"] == "approved"
    assert stored["body"].encode() == text.encode()
    assert count_events(web, "draft.edited", draft_id) == 1


def test_save_without_approving_keeps_the_draft_pending(web, page):
    (draft_id,) = web.ingest([customer_mail(3, kind="refund")])
    browser_login(page, web, VA)
    page.goto(f"{web.url}/drafts/{draft_id}#edit")

    page.keyboard.press("Control+End")
    page.keyboard.type("\nP.S. Danke!")
    page.get_by_role("button", name="Save without approving").click()
    page.wait_for_url(re.compile(r"done=saved"))

    stored = web.draft(draft_id)
    assert stored["status"] == "pending"
    assert stored["body"].endswith("\nP.S. Danke!")
    assert "still waiting for approval" in page.get_by_role("status").inner_text()


def test_reject_with_a_reason_stores_the_reason(web, page):
    (draft_id,) = web.ingest([customer_mail(3, kind="refund")])
    browser_login(page, web, VA)
    page.goto(f"{web.url}/drafts/{draft_id}")

    page.get_by_label("Reject: why?").fill("Customer already got a replacement")
    page.get_by_role("button", name="Reject").click()
    page.wait_for_url(re.compile(r"done=rejected"))

    stored = web.draft(draft_id)
    assert stored["status"] == "rejected"
    assert stored["reject_reason"] == "Customer already got a replacement"
    assert stored["decided_by"] == VA[0]


def test_reject_without_a_reason_is_refused(web, page):
    (draft_id,) = web.ingest([customer_mail(3, kind="refund")])
    browser_login(page, web, VA)
    page.goto(f"{web.url}/drafts/{draft_id}")
    client = web.client(VA)

    page.get_by_role("button", name="Reject").click()  # the browser asks for the reason
    response = client.post(
        f"/drafts/{draft_id}/reject", data={"csrf_token": csrf_token(client), "reason": "   "}
    )

    assert page.url == f"{web.url}/drafts/{draft_id}"
    assert response.status_code == 400
    assert "A rejection needs a reason." in response.text
    assert web.draft(draft_id)["status"] == "pending"


def test_relabel_drafts_the_reply_again_and_records_the_correction(web, page):
    """GIVEN a refund request the classifier called "other"
    WHEN the VA re-drafts it as refund
    THEN the reply comes from the refund template, and a correction and an event are stored."""
    mail = customer_mail(
        3,
        kind="other",
        subject="Order #1003",
        body="Hello, the teapot of order #1003 is cracked. I paid $25.00. Please refund me.",
    )
    (draft_id,) = web.ingest([mail])
    before = web.draft(draft_id)
    if before["label"] == "refund":  # the classifier got it right: relabel the other way
        target, template = "other", "acknowledge_other"
    else:
        target, template = "refund", "acknowledge_refund"
    browser_login(page, web, VA)
    page.goto(f"{web.url}/drafts/{draft_id}")

    page.get_by_role("button", name=target, exact=True).click()
    page.wait_for_url(re.compile(r"done=relabelled"))

    after = web.draft(draft_id)
    assert (after["label"], after["template"], after["status"]) == (target, template, "pending")
    assert after["body"] != before["body"]
    with web.store.read() as conn:
        labels = conn.execute(select(training_labels.c.label, training_labels.c.kind)).all()
    assert [tuple(row) for row in labels] == [(target, "corrected")]
    assert count_events(web, "draft.relabelled", draft_id) == 1
    assert page.locator("h1 .badge").inner_text().lower() == target


def test_two_vas_approving_at_once_make_exactly_one_approval(web, browser):
    """GIVEN two VAs with the same draft open in two browsers
    WHEN both press Approve
    THEN one approval is stored; the other VA sees who approved it."""
    (draft_id,) = web.ingest([customer_mail(3, kind="refund")])
    contexts = [browser.new_context(), browser.new_context()]
    try:
        pages = [context.new_page() for context in contexts]
        for page, who in zip(pages, (VA, VA2), strict=True):
            browser_login(page, web, who)
            page.goto(f"{web.url}/drafts/{draft_id}")

        # Both forms go out before either answer is read.
        for page in pages:
            page.get_by_role("button", name="Approve").click(no_wait_after=True)
        answers = {}
        for page, who in zip(pages, (VA, VA2), strict=True):
            page.wait_for_load_state()
            page.wait_for_selector("[role=alert], [role=status] .notice")
            answers[who[0]] = page.content()
    finally:
        for context in contexts:
            context.close()

    stored = web.draft(draft_id)
    winner = stored["decided_by"]
    loser = VA2[0] if winner == VA[0] else VA[0]
    assert stored["status"] == "approved"
    assert f"Draft {draft_id} approved" in answers[winner]
    assert f"already approved by {winner}" in answers[loser]
    assert count_events(web, "draft.approved", draft_id) == 1


def test_a_second_approval_is_refused_with_409_and_says_by_whom(web):
    (draft_id,) = web.ingest([customer_mail(3, kind="refund")])
    first, second = web.client(VA), web.client(VA2)
    tokens = [csrf_token(first), csrf_token(second)]

    one = first.post(f"/drafts/{draft_id}/approve", data={"csrf_token": tokens[0], "body": "A"})
    two = second.post(f"/drafts/{draft_id}/approve", data={"csrf_token": tokens[1], "body": "B"})

    assert (one.status_code, two.status_code) == (303, 409)
    assert f"already approved by {VA[0]}" in two.text
    assert web.draft(draft_id)["body"] == "A"
    assert count_events(web, "draft.approved", draft_id) == 1


def test_a_post_without_the_csrf_token_is_refused_and_changes_nothing(web):
    (draft_id,) = web.ingest([customer_mail(3, kind="refund")])
    client = web.client(VA)
    before = web.draft(draft_id)

    statuses = [
        client.post(f"/drafts/{draft_id}/approve", data={"body": "Forged"}).status_code,
        client.post(f"/drafts/{draft_id}/edit", data={"body": "Forged"}).status_code,
        client.post(f"/drafts/{draft_id}/reject", data={"reason": "x"}).status_code,
        client.post(f"/drafts/{draft_id}/relabel", data={"label": "other"}).status_code,
        client.post(
            f"/drafts/{draft_id}/approve", data={"csrf_token": "wrong", "body": "x"}
        ).status_code,
    ]

    assert statuses == [403] * 5
    assert web.draft(draft_id) == before


def test_action_urls_answer_get_with_405_and_change_nothing(web):
    (draft_id,) = web.ingest([customer_mail(3, kind="refund")])
    client = web.client(VA)

    statuses = {
        action: client.get(f"/drafts/{draft_id}/{action}").status_code
        for action in ("approve", "edit", "reject", "relabel")
    }

    assert set(statuses.values()) == {405}
    assert web.draft(draft_id)["status"] == "pending"


def test_a_draft_that_is_no_longer_pending_is_shown_read_only(web):
    (draft_id,) = web.ingest([customer_mail(3, kind="refund")])
    client = web.client(VA)
    client.post(
        f"/drafts/{draft_id}/reject", data={"csrf_token": csrf_token(client), "reason": "dupe"}
    )

    html = client.get(f"/drafts/{draft_id}").text

    assert "This draft is <strong>rejected</strong> by va@acme.example" in html
    assert "“dupe”" in html
    assert "readonly" in html
    assert 'action="/drafts/' not in html.replace('action="/logout"', "")


def test_the_thread_shows_the_other_messages_of_the_conversation(web):
    first = customer_mail(3, kind="refund", message_id="<first@example.com>")
    follow_up = customer_mail(
        3,
        kind="refund",
        subject="Re: Refund for order #1003",
        body="Any news about my refund for order #1003? The shade is still cracked.",
        message_id="<second@example.com>",
        headers={"In-Reply-To": "<first@example.com>", "References": "<first@example.com>"},
    )
    unrelated = customer_mail(4, kind="dispute")
    one, two, _ = web.ingest([first, follow_up, unrelated])
    client = web.client(VA)

    later = client.get(f"/drafts/{two}").text
    earlier = client.get(f"/drafts/{one}").text

    assert f'<a href="/drafts/{one}">draft {one}</a>' in later
    assert f'<a href="/drafts/{two}">draft {two}</a>' in earlier
    assert "Customer 4" not in later


def test_an_unknown_draft_is_404(web):
    assert web.client(VA).get("/drafts/4242").status_code == 404


def test_the_orders_file_confirms_facts_names_mismatches_and_starts_the_window(web, tmp_path):
    """GIVEN an orders file where order #1007 was placed by someone else, for another amount,
    and delivered on 10 November
    WHEN the VA opens the draft of a refund request for it
    THEN the page says what agrees and what does not, shows the product from the file,
    and counts the window from delivery."""
    orders = tmp_path / "orders.csv"
    orders.write_text(
        "Name,Email,Created at,Total,Currency,Lineitem name,Fulfillment Status,Fulfilled at\n"
        "#1007,other@example.com,2026-11-01 10:00:00 +0100,52.00,USD,Glass vase - Green,"
        "fulfilled,2026-11-10 12:00:00 +0100\n",
        encoding="utf-8",
    )
    settings = web.settings.model_copy(update={"orders": OrdersSettings(file=orders)})
    web.app.state.settings = settings
    web.stages.orders = OrderBook(orders)
    try:
        (draft_id,) = web.ingest(
            [
                customer_mail(
                    7,
                    kind="refund",
                    body="Hi, I ordered a vase on 1 November 2026 (order #1007) and paid $49.90. "
                    "I changed my mind, refund please.",
                )
            ]
        )
        html = web.client(VA).get(f"/drafts/{draft_id}").text
    finally:
        web.stages.orders = OrderBook(None)

    assert "In the orders file" in html
    assert "It was placed by other@example.com, not by the sender customer7@example.com." in html
    assert "The mail says $49.90, the order&#39;s total is $52.00." in html
    assert "It was placed on 2026-11-01." in html
    assert "Glass vase - Green" in html and "from “orders file”" in html
    assert "Day 10 of a 30-day window from delivery: full refund of $49.90." in html
