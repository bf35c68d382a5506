"""The queue page: order, filters, search, pages, and working it with the keyboard."""

from __future__ import annotations

import re

from inboxbot.store.queue import queue_page
from inboxbot.store.schema import drafts
from tests.mailgen import customer_mail
from tests.web.conftest import VA, browser_login, csrf_token

ROW = re.compile(r'data-href="/drafts/(\d+)"')


def listed(html: str) -> list[int]:
    return [int(found) for found in ROW.findall(html)]


def kinds(web, ids):
    return {i: web.draft(i)["label"] for i in ids}


def test_it_lists_pending_drafts_triage_then_disputes_first_then_oldest_first(web):
    ids = web.ingest([customer_mail(n) for n in range(1, 7)])  # oldest first
    found = {i: web.draft(i) for i in ids}
    client = web.client(VA)

    shown = listed(client.get("/").text)

    disputes = [i for i in ids if found[i]["label"] == "dispute"]
    assert disputes, "the generated mail should include disputes"
    assert any(found[i]["label"] != "dispute" for i in ids)
    # A stable sort: within each rank the oldest stays first.
    ranked = sorted(
        ids, key=lambda i: (not found[i]["needs_triage"], found[i]["label"] != "dispute")
    )
    assert shown == ranked


def test_each_row_shows_label_sender_linked_subject_order_amount_and_age(web):
    (draft_id,) = web.ingest([customer_mail(4, kind="dispute")])

    html = web.client(VA).get("/").text

    assert 'class="badge badge-dispute">dispute<' in html
    assert "Customer 4" in html
    assert f'<a href="/drafts/{draft_id}" data-open>Charged twice for order 1004</a>' in html
    assert "#1004" in html
    assert "EUR 34.50" in html
    assert re.search(r">(now|\d+ min)<", html)


def test_it_filters_by_label_and_status_and_searches_subject_sender_and_order(web):
    ids = web.ingest([customer_mail(n) for n in range(1, 7)])
    labels = kinds(web, ids)
    client = web.client(VA)
    token = csrf_token(client)
    client.post(f"/drafts/{ids[0]}/approve", data={"csrf_token": token, "then": "queue"})

    disputes = listed(client.get("/", params={"label": "dispute"}).text)
    approved = listed(client.get("/", params={"status": "approved"}).text)
    everything = listed(client.get("/", params={"status": "all"}).text)
    by_number = listed(client.get("/", params={"q": "#1003"}).text)
    by_sender = listed(client.get("/", params={"q": "customer5@example"}).text)
    by_subject = listed(client.get("/", params={"q": "WHERE IS"}).text)
    nothing = client.get("/", params={"q": "100%_"}).text

    assert disputes == [i for i in ids[1:] if labels[i] == "dispute"]
    assert approved == [ids[0]]
    assert sorted(everything) == sorted(ids)
    assert by_number == [ids[2]]
    assert by_sender == [ids[4]]
    assert sorted(by_subject) == sorted(i for i in ids if labels[i] == "other")
    assert "No drafts match" in nothing


def test_pages_follow_the_queue_order_without_gaps_or_repeats(web):
    """GIVEN seven pending drafts
    WHEN the queue is read two at a time with the keyset cursor, approving one on the way
    THEN the pages together are the queue in order, each draft once, none skipped."""
    ids = web.ingest([customer_mail(n) for n in range(1, 8)])
    whole = queue_page(web.store, limit=50).rows
    order = [row["id"] for row in whole]
    assert sorted(order) == sorted(ids)
    client = web.client(VA)
    token = csrf_token(client)

    seen: list[int] = []
    after = None
    while True:
        found = queue_page(web.store, after=after, limit=2)
        seen += [row["id"] for row in found.rows]
        assert found.total == len(ids) - (1 if len(seen) > 2 else 0)
        if len(seen) == 2:  # someone approves the first one meanwhile
            client.post(f"/drafts/{seen[0]}/approve", data={"csrf_token": token})
        if found.next_after is None:
            break
        after = found.next_after

    assert seen == order


def test_the_next_page_link_carries_the_filters(web):
    web.ingest([customer_mail(n, kind="refund") for n in range(1, 4)])
    client = web.client(VA)

    html = client.get("/", params={"label": "refund", "q": "refund"}).text

    assert "Next" not in html  # three fit on one page
    assert 'aria-current="true"' in html


def test_a_va_works_the_queue_with_the_keyboard(web, page):
    """GIVEN three pending drafts and a VA on the queue
    WHEN they press j, k, j, Enter, go back, then a
    THEN the selection moves, Enter opens the selected draft, and a approves the selected one."""
    ids = web.ingest([customer_mail(n) for n in range(1, 4)])
    browser_login(page, web, VA)
    order = listed(page.content())
    rows = page.locator("tr[data-row]")

    assert "selected" in (rows.nth(0).get_attribute("class") or "")
    page.keyboard.press("j")
    assert "selected" in (rows.nth(1).get_attribute("class") or "")
    assert "selected" not in (rows.nth(0).get_attribute("class") or "")
    page.keyboard.press("k")
    page.keyboard.press("j")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/drafts/{order[1]}")
    page.go_back()
    page.wait_for_selector("tr[data-row].selected")
    page.keyboard.press("j")
    page.keyboard.press("a")
    page.wait_for_url(re.compile(r"done=approved"))

    assert page.get_by_role("status").inner_text().startswith(f"Draft {order[1]} approved")
    assert web.draft(order[1])["status"] == "approved"
    assert [web.draft(i)["status"] for i in ids].count("approved") == 1
    # The selection stays where the approved row was: on the next one.
    assert "selected" in (page.locator("tr[data-row]").nth(1).get_attribute("class") or "")


def test_keys_do_not_fire_while_typing_in_the_search_box(web, page):
    (draft_id,) = web.ingest([customer_mail(1)])
    browser_login(page, web, VA)

    page.get_by_placeholder("Subject, sender or order number").fill("")
    page.keyboard.type("ajker")

    assert page.url.rstrip("/") == web.url
    assert web.draft(draft_id)["status"] == "pending"


def test_e_opens_the_draft_with_the_text_focused_and_r_the_reason(web, page):
    (draft_id,) = web.ingest([customer_mail(1)])
    browser_login(page, web, VA)

    page.keyboard.press("e")
    page.wait_for_url(f"**/drafts/{draft_id}#edit")
    in_text = page.evaluate("document.activeElement.id")
    page.goto(web.url + "/")
    page.keyboard.press("r")
    page.wait_for_url(f"**/drafts/{draft_id}#reject")
    in_reason = page.evaluate("document.activeElement.id")

    assert (in_text, in_reason) == ("body", "reason")


def test_without_javascript_the_queue_still_opens_and_approves(web, browser):
    ids = web.ingest([customer_mail(n) for n in range(1, 3)])
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        browser_login(page, web, VA)
        first = listed(page.content())[0]
        page.locator("tr[data-row]").nth(0).get_by_role("button", name="Approve").click()
        page.wait_for_url(re.compile(r"done=approved"))
        page.get_by_role("link", name=re.compile(r"^(Where|Refund|Charged)")).first.click()
        page.wait_for_url(re.compile(r"/drafts/\d+$"))
    finally:
        context.close()

    assert web.draft(first)["status"] == "approved"
    assert {web.draft(i)["status"] for i in ids if i != first} == {"pending"}


def test_approving_from_the_queue_twice_shows_who_was_first_with_409(web):
    (draft_id,) = web.ingest([customer_mail(1)])
    first, second = web.client(VA), web.client(VA)
    form = {"then": "queue", "back": "label=dispute&status=pending"}

    one = first.post(f"/drafts/{draft_id}/approve", data={**form, "csrf_token": csrf_token(first)})
    two = second.post(
        f"/drafts/{draft_id}/approve", data={**form, "csrf_token": csrf_token(second)}
    )

    assert one.status_code == 303
    assert (
        one.headers["location"] == f"/?status=pending&label=dispute&done=approved&draft={draft_id}"
    )
    assert two.status_code == 409
    assert f"already approved by {VA[0]}" in two.text
    assert 'role="alert"' in two.text


def test_it_shows_drafts_that_need_triage_first_until_a_va_relabels_them(web):
    """GIVEN three drafts, the newest of them a refund the classifier was unsure of
    WHEN a VA opens the queue
    THEN that one comes first with a needs-triage badge; once relabelled, it takes
    its place by label and age."""
    ids = web.ingest([customer_mail(n, kind="refund") for n in range(1, 4)])
    unsure = ids[-1]
    with web.store.write() as conn:
        conn.execute(drafts.update().where(drafts.c.id == unsure).values(needs_triage=True))
    client = web.client(VA)

    html = client.get("/").text

    assert listed(html) == [unsure, *ids[:-1]]
    assert html.count(">needs triage<") == 1
    client.post(
        f"/drafts/{unsure}/relabel", data={"csrf_token": csrf_token(client), "label": "other"}
    )
    assert (web.draft(unsure)["label"], web.draft(unsure)["needs_triage"]) == ("other", False)
    after = client.get("/").text
    assert listed(after) == ids
    assert ">needs triage<" not in after
