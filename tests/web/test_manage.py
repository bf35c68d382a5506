"""The manager's pages: templates, users, activity (RELIABILITY TPL-1, TPL-6, WEB-3, WEB-7)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from inboxbot import review, users
from inboxbot.store import append_event
from inboxbot.store.templates import current_templates, history
from tests.mailgen import customer_mail
from tests.web.conftest import MANAGER, VA, VA2, browser_login, csrf_token, login

NAME = "acknowledge_refund"
UNKNOWN_VARIABLE = "Hello {{ customer.first_name }},\n{{ nope }}\nBye\n"


@pytest.fixture
def drafts_from_saved(web):
    """Puts the saved templates in the session's shared stages; the files again afterwards."""

    def use() -> None:
        web.stages.use_saved(current_templates(web.store))

    yield use
    web.stages.use_saved({})


def manager(web):
    client = web.client(MANAGER)
    return client, csrf_token(client, "/templates")


def save(client, token, text, *, note="", name=NAME, draft=None):
    data = {"csrf_token": token, "body": text, "note": note}
    if draft is not None:
        data["draft"] = str(draft)
    return client.post(f"/templates/{name}", data=data)


# --- who may ------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/templates", f"/templates/{NAME}", "/users", "/activity"])
def test_a_va_gets_403_on_every_manager_page(web, path):
    assert web.client(VA).get(path).status_code == 403


def test_a_va_is_refused_every_manager_post_even_with_a_valid_csrf_token(web):
    """GIVEN a logged-in VA with their session's valid CSRF token
    WHEN they POST a template save, preview and rollback, and user changes, directly
    THEN every request is refused with 403 and nothing is stored or changed."""
    client = web.client(VA)
    token = csrf_token(client, "/templates")  # from the logout form of the 403 page
    manager_id = next(u.id for u in users.list_users(web.store) if u.email == MANAGER[0])
    posts = {
        f"/templates/{NAME}": {"body": "Hi {{ shop.name }}", "note": "mine"},
        f"/templates/{NAME}/preview": {"body": "Hi"},
        f"/templates/{NAME}/rollback": {"version": "0"},
        "/users": {"email": "x@acme.example", "password": "a-long-password-1", "role": "manager"},
        f"/users/{manager_id}/role": {"role": "va"},
        f"/users/{manager_id}/active": {"active": "0"},
        f"/users/{manager_id}/password": {"password": "a-long-password-1"},
    }
    for path, data in posts.items():
        assert client.post(path, data={"csrf_token": token, **data}).status_code == 403, path
    by_header = client.post(
        f"/templates/{NAME}", data={"body": "Hi"}, headers={"X-CSRF-Token": token}
    )

    assert by_header.status_code == 403
    assert history(web.store, NAME) == []
    assert {(u.email, u.role.value, u.active) for u in users.list_users(web.store)} == {
        (MANAGER[0], "manager", True),
        (VA[0], "va", True),
        (VA2[0], "va", True),
    }


def test_a_manager_post_without_the_csrf_token_is_refused(web):
    client, _ = manager(web)

    response = client.post(f"/templates/{NAME}", data={"body": "Hi {{ shop.name }}"})

    assert response.status_code == 403
    assert history(web.store, NAME) == []


def test_the_activity_log_has_no_route_that_changes_it(web):
    client, token = manager(web)

    for method in ("POST", "PUT", "PATCH", "DELETE"):
        response = client.request(method, "/activity", data={"csrf_token": token})
        assert response.status_code == 405, method


# --- templates ----------------------------------------------------------------------


def test_the_list_names_the_templates_in_the_folder_with_the_version_in_use(web):
    client, token = manager(web)
    assert save(client, token, "Hi {{ customer.first_name }}\n").status_code == 303

    text = client.get("/templates").text

    for name in ("acknowledge_dispute", "acknowledge_other", NAME, "need_information"):
        assert f'href="/templates/{name}"' in text
    assert "version 1" in text and MANAGER[0] in text
    assert "default file" in text


@pytest.mark.parametrize(
    "path",
    ["/templates/..%2Fconfig%2Finboxbot", "/templates/acknowledge_refund.txt", "/templates/x"],
)
def test_only_templates_in_the_folder_can_be_opened_or_saved(web, path):
    client, token = manager(web)

    assert client.get(path).status_code == 404
    assert client.post(path, data={"csrf_token": token, "body": "Hi"}).status_code == 404
    assert current_templates(web.store) == {}


def test_a_manager_edits_a_template_sees_the_live_preview_and_saves_a_version(web, page):
    """GIVEN a refund in the queue, and a manager on the editor of its template
    WHEN they type a new text
    THEN the preview shows it rendered for that mail, without a click;
    and Save stores version 1 by them, listed in the history with the diff."""
    (draft,) = web.ingest([customer_mail(7, kind="refund")])
    browser_login(page, web, MANAGER)
    page.goto(web.url + "/templates")
    page.get_by_role("link", name=NAME, exact=True).click()
    preview = page.locator("#preview-text")
    assert "Customer" in preview.inner_text()  # the queued mail's first name
    assert f"the mail of draft {draft}" in page.locator("#preview-source").inner_text()

    page.get_by_label("Template", exact=True).fill(
        "Dear {{ customer.first_name }}, order {{ order.number }} is being looked at.\n"
    )
    expect(preview).to_have_text("Dear Customer, order 1007 is being looked at.\n")
    page.get_by_label("Note").fill("shorter")
    page.get_by_role("button", name="Save as a new version").click()

    assert page.get_by_role("status").inner_text() == "Saved as version 1."
    history_item = page.locator("li.version").first
    assert "Version 1" in history_item.inner_text()
    assert MANAGER[0] in history_item.inner_text()
    assert "shorter" in history_item.inner_text()
    assert history_item.locator(".d-add").first.inner_text().startswith("+Dear")
    (saved,) = history(web.store, NAME)
    assert (saved.version, saved.author, saved.note) == (1, MANAGER[0], "shorter")
    assert saved.body == (
        "Dear {{ customer.first_name }}, order {{ order.number }} is being looked at.\n"
    )


def test_a_template_with_an_unknown_variable_cannot_be_saved_and_the_error_names_the_line(
    web, page
):
    web.ingest([customer_mail(3, kind="refund")])
    browser_login(page, web, MANAGER)
    page.goto(f"{web.url}/templates/{NAME}")

    page.get_by_label("Template", exact=True).fill(UNKNOWN_VARIABLE)
    live = page.locator("#preview-error")
    live.wait_for(state="visible")
    assert "line 2" in live.inner_text() and "'nope' is undefined" in live.inner_text()
    with page.expect_response(f"{web.url}/templates/{NAME}") as answer:
        page.get_by_role("button", name="Save as a new version").click()

    assert answer.value.status == 422
    error = page.locator("#save-error").inner_text()
    assert error.startswith("Not saved.")
    assert f"template {NAME}.txt, line 2: 'nope' is undefined" in error
    assert page.get_by_label("Template", exact=True).input_value() == UNKNOWN_VARIABLE
    assert history(web.store, NAME) == []


@pytest.mark.parametrize(
    "text",
    [
        "{{ ''.__class__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ cycler.__init__.__globals__ }}",
        '{{ "{0.__class__}"|attr("format")(1) }}',
        "{% set x = [].pop %}{{ x() }}",
        "{{ 'a' * 10**9 }}",
        "{% if %}",
        "",
    ],
)
def test_a_template_that_breaks_the_sandbox_or_does_not_render_is_not_stored(web, text):
    client, token = manager(web)

    response = save(client, token, text)

    assert response.status_code == 422
    assert "Not saved." in response.text
    assert history(web.store, NAME) == []


def test_a_template_that_fails_only_for_mail_without_order_facts_is_not_stored(web):
    """A save renders for the built-in sample without facts too, not only the mail on screen."""
    client, token = manager(web)

    (draft,) = web.ingest([customer_mail(6, kind="refund")])

    response = save(client, token, "Dear {{ customer.first_name[0] }}.\n", draft=draft)

    assert response.status_code == 422
    assert "without a name or order facts" in response.text
    assert history(web.store, NAME) == []


def test_the_preview_works_without_javascript(web):
    client, token = manager(web)
    (draft,) = web.ingest([customer_mail(4, kind="refund")])

    response = client.post(
        f"/templates/{NAME}/preview",
        data={"csrf_token": token, "body": "Order {{ order.number }}!", "draft": str(draft)},
    )

    assert response.status_code == 200
    assert '<pre id="preview-text" class="reply" aria-live="polite">Order 1004!\n</pre>' in (
        response.text
    )
    assert history(web.store, NAME) == []


def test_the_preview_uses_a_built_in_sample_when_the_store_has_no_mail(web):
    client, token = manager(web)

    response = client.post(
        f"/templates/{NAME}/preview",
        data={"body": "{{ customer.first_name }} {{ order.number }}"},
        headers={"X-CSRF-Token": token, "Accept": "application/json"},
    )

    assert response.json() == {
        "ok": True,
        "text": "Jane 1001\n",
        "source": "the built-in sample (a refund request)",
    }


def test_the_editor_escapes_the_template_text(web):
    client, token = manager(web)
    assert save(client, token, "</textarea><script>alert(1)</script>{{ shop.name }}").is_redirect

    text = client.get(f"/templates/{NAME}").text

    assert "<script>alert(1)" not in text
    assert "&lt;/textarea&gt;&lt;script&gt;" in text


def test_rollback_saves_the_old_text_as_a_new_version_and_later_drafts_use_it(
    web, drafts_from_saved
):
    """GIVEN version 1 and version 2 of the refund template
    WHEN the manager restores version 1
    THEN version 3 holds version 1's text, noted as a rollback,
    and a refund drafted afterwards is that text, recorded as version 3."""
    client, token = manager(web)
    first = "Hello {{ customer.first_name }}, the first text for order {{ order.number }}.\n"
    assert save(client, token, first).is_redirect
    assert save(client, token, "Hello, the second text.\n").is_redirect

    response = client.post(
        f"/templates/{NAME}/rollback", data={"csrf_token": token, "version": "1"}
    )

    assert response.status_code == 303
    assert response.headers["location"] == f"/templates/{NAME}?saved=3"
    newest = history(web.store, NAME)[0]
    assert (newest.version, newest.body, newest.note) == (3, first, "rollback to version 1")
    drafts_from_saved()
    (draft_id,) = web.ingest([customer_mail(9, kind="refund")])
    draft = web.draft(draft_id)
    assert draft["body"] == "Hello Customer, the first text for order 1009.\n"
    assert (draft["template"], draft["template_version"]) == (NAME, 3)


def test_restoring_the_default_file_saves_it_as_a_new_version(web):
    client, token = manager(web)
    assert save(client, token, "Hi.\n").is_redirect

    response = client.post(
        f"/templates/{NAME}/rollback", data={"csrf_token": token, "version": "0"}
    )

    assert response.status_code == 303
    newest = history(web.store, NAME)[0]
    assert newest.version == 2
    assert newest.body == (web.settings.templates.path / f"{NAME}.txt").read_text()
    assert newest.note == "rollback to the default file"


def test_an_unknown_version_cannot_be_restored(web):
    client, token = manager(web)

    response = client.post(
        f"/templates/{NAME}/rollback", data={"csrf_token": token, "version": "7"}
    )

    assert response.status_code == 404
    assert history(web.store, NAME) == []


def test_the_files_in_the_templates_folder_are_never_written(web):
    folder = web.settings.templates.path
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    client, token = manager(web)

    assert save(client, token, "Changed {{ shop.name }}\n").is_redirect

    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


# --- users --------------------------------------------------------------------------


def test_a_manager_adds_a_va_who_can_log_in_and_deactivating_ends_their_session(web, page):
    """GIVEN a manager on the users page
    WHEN they add a VA, the VA logs in, and the manager deactivates the VA
    THEN the VA's open session stops working at once, and reactivation lets them in again."""
    browser_login(page, web, MANAGER)
    page.goto(web.url + "/users")
    page.get_by_label("Email", exact=True).fill("new.va@acme.example")
    page.get_by_label("Name", exact=True).fill("Nina New")
    page.get_by_label("Role", exact=True).select_option("va")
    page.get_by_label("Initial password").fill("a-good-long-password")
    page.get_by_role("button", name="Add user").click()
    assert page.get_by_role("status").inner_text() == "Added new.va@acme.example."
    row = page.get_by_role("row").filter(has_text="new.va@acme.example")
    assert "Nina New" in row.inner_text() and "active" in row.inner_text()

    nina = web.client(("new.va@acme.example", "a-good-long-password"))
    assert nina.get("/templates").status_code == 403  # logged in, and a VA
    row.get_by_role("button", name="Deactivate new.va@acme.example").click()
    assert "Deactivated new.va@acme.example" in page.get_by_role("status").inner_text()

    gone = nina.get("/templates")
    assert gone.status_code == 303 and gone.headers["location"].startswith("/login")
    assert login(web.client(), "new.va@acme.example", "a-good-long-password").status_code == 401
    page.get_by_role("row").filter(has_text="new.va@acme.example").get_by_role(
        "button", name="Reactivate new.va@acme.example"
    ).click()
    assert login(web.client(), "new.va@acme.example", "a-good-long-password").status_code == 303


def test_a_manager_resets_a_password_and_the_old_one_stops_working(web, page):
    va = web.client(VA)
    browser_login(page, web, MANAGER)
    page.goto(web.url + "/users")
    row = page.get_by_role("row").filter(has_text=VA[0])
    row.get_by_text("Reset…").click()
    row.get_by_label(f"New password for {VA[0]}").fill("a-brand-new-password")
    row.get_by_role("button", name="Set password").click()

    assert "Set a new password for va@acme.example" in page.get_by_role("status").inner_text()
    assert va.get("/templates").status_code == 303  # the session ended
    assert login(web.client(), *VA).status_code == 401
    assert login(web.client(), VA[0], "a-brand-new-password").status_code == 303


def test_a_manager_changes_a_role(web):
    client, token = manager(web)
    va_id = next(u.id for u in users.list_users(web.store) if u.email == VA[0])

    response = client.post(f"/users/{va_id}/role", data={"csrf_token": token, "role": "manager"})

    assert response.status_code == 303
    assert web.client(VA).get("/templates").status_code == 200


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (
            {"email": "short@acme.example", "password": "too-short", "role": "va"},
            "the password needs at least 12 characters",
        ),
        (
            {"email": VA[0], "password": "a-good-long-password", "role": "va"},
            "there is already a user va@acme.example",
        ),
        (
            {"email": "not-an-address", "password": "a-good-long-password", "role": "va"},
            "is not an e-mail address",
        ),
        (
            {"email": "x@acme.example", "password": "a-good-long-password", "role": "owner"},
            "the role must be",
        ),
    ],
)
def test_a_user_that_cannot_be_added_is_explained(web, data, says):
    client, token = manager(web)

    response = client.post("/users", data={"csrf_token": token, "name": "", **data})

    assert response.status_code == 422
    assert "Could not add the user:" in response.text
    assert says in response.text.replace("&#39;", "'")
    assert len(users.list_users(web.store)) == 3


def test_the_last_manager_cannot_lock_themselves_out(web):
    client, token = manager(web)
    me = next(u for u in users.list_users(web.store) if u.email == MANAGER[0])

    off = client.post(f"/users/{me.id}/active", data={"csrf_token": token, "active": "0"})
    demoted = client.post(f"/users/{me.id}/role", data={"csrf_token": token, "role": "va"})

    assert off.status_code == 422
    assert "the last active manager cannot be deactivated" in off.text
    assert demoted.status_code == 422
    assert "the last active manager must stay a manager" in demoted.text
    assert client.get("/users").status_code == 200


# --- activity -----------------------------------------------------------------------


def test_the_activity_page_lists_a_login_an_approval_and_a_template_save(web, page):
    (draft,) = web.ingest([customer_mail(5, kind="refund")])
    review.approve(web.store, draft, actor=VA[0])
    client, token = manager(web)
    assert save(client, token, "Hi {{ customer.first_name }}\n", note="friendlier").is_redirect
    browser_login(page, web, MANAGER)

    page.goto(web.url + "/activity")

    rows = page.locator("table.activity tbody tr")
    first = rows.first.inner_text()  # newest first: this browser's login
    assert "user.login" in first and MANAGER[0] in first and "from 127.0.0.1" in first
    save_row = rows.filter(has_text="template.saved").inner_text()
    assert f"{NAME} v1" in save_row and "friendlier" in save_row and MANAGER[0] in save_row
    approved = rows.filter(has_text="draft.approved")
    assert VA[0] in approved.inner_text()
    approved.get_by_role("link", name=f"#{draft}").click()
    page.wait_for_url(f"{web.url}/drafts/{draft}")
    assert "UTC" in first


def test_the_activity_page_filters_by_kind_and_by_who(web):
    client, token = manager(web)
    assert save(client, token, "Hi.\n").is_redirect

    templates_only = client.get("/activity", params={"kind": "template."}).text
    vas_only = client.get("/activity", params={"actor": VA[0]}).text

    assert "template.saved" in templates_only and "user.login" not in templates_only
    assert "No events match these filters." in vas_only
    assert client.get("/activity", params={"kind": "drop table"}).status_code == 400


def test_the_activity_page_pages_back_by_id(web):
    """GIVEN 120 events from one actor
    WHEN the manager follows "Older" twice
    THEN the pages hold 50, 50 and 20 events, newest first, none twice."""
    with web.store.write() as conn:
        for i in range(120):
            append_event(conn, "draft.viewed", actor="paging@acme.example", n=i)
    client, _ = manager(web)
    seen: list[str] = []
    url = "/activity?actor=paging%40acme.example"

    for expected in (50, 50, 20):
        text = client.get(url).text
        rows = text.count('<code class="kind">draft.viewed</code>')
        assert rows == expected
        seen.append(text)
        if older := re.search(r'href="([^"]+)" rel="next"', text):
            url = older.group(1).replace("&amp;", "&")
    assert 'rel="next"' not in seen[-1]
    assert "← Newest" in seen[1]


def test_a_language_version_is_edited_like_any_template_and_drafts_german_mail(
    web, drafts_from_saved
):
    """GIVEN a shop that writes German
    WHEN the manager saves a new version of acknowledge_other_de in the editor
    THEN the list shows it, and a German question is drafted from that version."""
    client, token = manager(web)
    assert "/templates/acknowledge_other_de" in client.get("/templates").text
    german = (
        "Hallo {{ customer.first_name }}, wir sehen uns die Bestellung {{ order.number }} an.\n"
    )

    response = save(client, token, german, name="acknowledge_other_de", note="kürzer")

    assert response.status_code == 303
    assert history(web.store, "acknowledge_other_de")[0].body == german
    drafts_from_saved()
    drafter = web.stages.drafter
    shop = drafter.shop
    drafter.shop = shop.model_copy(update={"languages": ["en", "de"]})
    try:
        (draft_id,) = web.ingest(
            [
                customer_mail(
                    8,
                    kind="other",
                    subject="Frage zur Bestellung 1008",
                    body="Hallo, wann wird meine Bestellung 1008 verschickt? Ich brauche sie "
                    "bis Freitag.\n\nDanke",
                )
            ]
        )
    finally:
        drafter.shop = shop
    draft = web.draft(draft_id)
    assert (draft["label"], draft["template"], draft["template_version"]) == (
        "other",
        "acknowledge_other_de",
        1,
    )
    assert draft["body"] == "Hallo Customer, wir sehen uns die Bestellung 1008 an.\n"
