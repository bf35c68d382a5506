"""The JSON API: the queue's actions for scripts, over the same sessions as the pages."""

from __future__ import annotations

import json
import threading
from email.message import EmailMessage
from typing import Any

import httpx
from sqlalchemy import func, select

from inboxbot import users
from inboxbot.store import sending, utcnow
from inboxbot.store.schema import events, training_labels
from inboxbot.web.auth import SESSION_COOKIE, start_session
from tests.mailgen import customer_mail
from tests.web.conftest import MANAGER, VA, VA2, Web

API_PATHS = {
    "/api/session": {"post", "delete"},
    "/api/me": {"get"},
    "/api/drafts": {"get"},
    "/api/drafts/{draft_id}": {"get"},
    "/api/drafts/{draft_id}/approve": {"post"},
    "/api/drafts/{draft_id}/reject": {"post"},
    "/api/drafts/{draft_id}/edit": {"post"},
    "/api/drafts/{draft_id}/relabel": {"post"},
    "/api/drafts/{draft_id}/mark-sent": {"post"},
    "/api/drafts/{draft_id}/send-again": {"post"},
}


def api(web: Web, who: tuple[str, str] | None = None) -> httpx.Client:
    """A client of the API, holding a bearer token when `who` is given."""
    client = httpx.Client(base_url=web.url + "/api", timeout=30)
    if who is not None:
        response = client.post("/session", json={"email": who[0], "password": who[1]})
        assert response.status_code == 201, response.text
        client.headers["Authorization"] = "Bearer " + response.json()["token"]
    return client


def event_kinds(web: Web) -> list[str]:
    with web.store.read() as conn:
        return list(conn.execute(select(events.c.kind).order_by(events.c.id)).scalars())


def test_it_logs_in_with_a_token_and_logs_out(web):
    client = api(web)
    response = client.post("/session", json={"email": VA[0].upper(), "password": VA[1]})

    assert response.status_code == 201
    body = response.json()
    assert body["user"] == {
        "id": body["user"]["id"],
        "email": VA[0],
        "name": "",
        "role": "va",
        "active": True,
    }
    client.headers["Authorization"] = f"Bearer {body['token']}"
    assert client.get("/me").json()["email"] == VA[0]
    assert client.delete("/session").status_code == 204
    again = client.get("/me")
    assert again.status_code == 401
    assert again.json() == {"detail": "Log in first."}
    assert event_kinds(web)[-2:] == ["user.login", "user.logout"]


def test_it_refuses_a_wrong_password_and_an_unknown_email_alike(web):
    client = api(web)
    wrong = client.post("/session", json={"email": VA[0], "password": "not-the-password-at-all"})
    unknown = client.post(
        "/session", json={"email": "nobody@acme.example", "password": "not-the-password"}
    )

    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json() == {"detail": "The email or the password is wrong."}
    assert "token" not in wrong.text
    assert event_kinds(web)[-2:] == ["user.login_failed", "user.login_failed"]


def test_it_rate_limits_failed_logins_with_retry_after(web):
    client = api(web)
    statuses = [
        client.post(
            "/session", json={"email": MANAGER[0], "password": f"wrong-password-{i:04}"}
        ).status_code
        for i in range(10)
    ]
    limited = client.post("/session", json={"email": MANAGER[0], "password": "wrong-again-xx"})
    right = client.post("/session", json={"email": MANAGER[0], "password": MANAGER[1]})

    assert statuses == [401] * 10
    assert limited.status_code == right.status_code == 429
    assert int(right.headers["Retry-After"]) > 0
    assert "Too many failed logins" in right.json()["detail"]


def test_a_token_stops_working_when_the_password_changes_or_the_user_is_deactivated(web):
    by_password, by_deactivation = api(web, VA), api(web, VA2)
    assert by_password.get("/me").status_code == by_deactivation.get("/me").status_code == 200

    users.set_password(web.store, VA[0], "a-brand-new-password", actor="test")
    users.set_active(web.store, VA2[0], False, actor="test")

    assert by_password.get("/me").status_code == 401
    assert by_deactivation.get("/drafts").status_code == 401
    assert by_password.get("/drafts", headers={"Authorization": "Bearer made-up"}).status_code == (
        401
    )


def test_it_lists_the_queue_with_the_order_facts_disputes_first(web):
    refund, dispute, other = web.ingest(
        [customer_mail(1, kind="refund"), customer_mail(2, kind="dispute"), customer_mail(3)]
    )
    client = api(web, VA)

    listed = client.get("/drafts").json()

    assert [d["id"] for d in listed["drafts"]] == [dispute, refund, other]
    assert (listed["total"], listed["next_after"]) == (3, None)
    first = listed["drafts"][0]
    assert set(first) == {
        "id",
        "status",
        "label",
        "message_id",
        "from",
        "subject",
        "template",
        "created_at",
        "order",
        "has_text",
    }
    assert first["status"] == "pending" and first["label"] == "dispute"
    assert first["message_id"] == "<msg-2@example.com>"
    assert first["from"] == "customer2@example.com"
    assert first["subject"] == "Charged twice for order 1002"
    assert first["order"]["number"] == "1002"
    assert first["order"]["amount"] == "32.50" and first["order"]["currency"] == "EUR"
    assert first["has_text"] is True


def test_it_filters_searches_and_pages_the_queue(web):
    ids = web.ingest([customer_mail(n, kind="refund") for n in range(1, 6)])
    client = api(web, VA)

    page1 = client.get("/drafts", params={"limit": 2}).json()
    # Approving a draft already seen skips nothing still to come; decided drafts sort last.
    assert client.post(f"/drafts/{ids[0]}/approve").status_code == 200
    page2 = client.get("/drafts", params={"limit": 2, "after": page1["next_after"]}).json()
    page3 = client.get("/drafts", params={"limit": 2, "after": page2["next_after"]}).json()
    found = client.get("/drafts", params={"search": "1004"}).json()
    disputes = client.get("/drafts", params={"label": "dispute"}).json()

    assert [d["id"] for d in page1["drafts"]] == ids[:2]
    assert page1["total"] == 5
    assert [d["id"] for d in page2["drafts"]] == ids[2:4]
    assert [d["id"] for d in page3["drafts"]] == [ids[4], ids[0]]
    assert page3["next_after"] is None
    assert [d["id"] for d in found["drafts"]] == [ids[3]]
    assert (disputes["drafts"], disputes["total"]) == ([], 0)
    pending = client.get("/drafts", params={"status": "pending"}).json()
    assert [d["id"] for d in pending["drafts"]] == ids[1:]
    assert client.get("/drafts", params={"status": "lost"}).status_code == 422
    assert client.get("/drafts", params={"limit": 0}).status_code == 422


def test_it_shows_a_draft_beside_the_customers_mail(web):
    (draft_id,) = web.ingest([customer_mail(7, kind="refund")])
    client = api(web, VA)

    shown = client.get(f"/drafts/{draft_id}").json()

    stored = web.draft(draft_id)
    assert shown["body"] == stored["body"]
    assert shown["reply_to"] == "customer7@example.com"
    assert shown["reply_subject"] == stored["subject"]
    assert "cracked shade" in shown["customer_text"]
    assert {f["name"]: f["value"] for f in shown["facts"]}["number"] == "1007"
    assert shown["label_source"] in {"rule", "model"}
    missing = client.get("/drafts/999999")
    assert missing.status_code == 404
    assert missing.json() == {"detail": "there is no draft 999999"}


def test_it_approves_a_draft_once(web):
    (draft_id,) = web.ingest([customer_mail(1, kind="refund")])
    client = api(web, VA)
    text = web.draft(draft_id)["body"]

    first = client.post(f"/drafts/{draft_id}/approve")
    second = api(web, VA2).post(f"/drafts/{draft_id}/approve")

    assert first.status_code == 200
    assert first.json()["status"] == "approved"
    stored = web.draft(draft_id)
    assert (stored["status"], stored["decided_by"], stored["body"]) == ("approved", VA[0], text)
    assert second.status_code == 409
    assert f"already approved by {VA[0]}" in second.json()["detail"]
    assert event_kinds(web).count("draft.approved") == 1


def test_it_approves_exactly_the_text_it_was_sent(web):
    (draft_id,) = web.ingest([customer_mail(1, kind="refund")])
    text = "Dear Customer 1,\n\nyour refund of $41.90 is on its way.\n\nAcme Homewares\n"

    response = api(web, VA).post(f"/drafts/{draft_id}/approve", json={"body": text})

    assert response.status_code == 200
    stored = web.draft(draft_id)
    assert (stored["status"], stored["body"]) == ("approved", text)
    assert event_kinds(web)[-2:] == ["draft.edited", "draft.approved"]


def test_it_shows_an_uncertain_reply_and_resolves_it_once(web):
    """GIVEN two replies the outbox left uncertain
    WHEN a VA says one arrived and the other did not, and then tries both again
    THEN the first is sent, the second approved for the outbox, each once; the draft
    shows why it was uncertain until then."""
    arrived, lost = web.ingest([customer_mail(1), customer_mail(2)])
    client = api(web, VA)
    for draft_id in (arrived, lost):
        assert client.post(f"/drafts/{draft_id}/approve").status_code == 200
        with web.store.write() as conn:
            assert sending.claim(conn, draft_id, via="smtp", now=utcnow()) is not None
        with web.store.write() as conn:
            sending.recover(conn, now=utcnow())  # as after a crash mid-send

    shown = client.get(f"/drafts/{arrived}").json()
    marked = client.post(f"/drafts/{arrived}/mark-sent")
    again = client.post(f"/drafts/{lost}/send-again")
    twice = [client.post(f"/drafts/{arrived}/mark-sent"), client.post(f"/drafts/{lost}/send-again")]

    assert (shown["status"], shown["kind"], shown["sent_via"]) == ("uncertain", "reply", "smtp")
    assert "may or may not have reached the customer" in shown["send_error"]
    assert marked.status_code == 200
    assert (marked.json()["status"], marked.json()["reply_sent_at"] is not None) == ("sent", True)
    assert (again.status_code, again.json()["status"], again.json()["send_error"]) == (
        200,
        "approved",
        None,
    )
    assert [r.status_code for r in twice] == [409, 409]
    assert event_kinds(web).count("draft.marked_sent") == 1
    assert event_kinds(web).count("draft.send_again") == 1


def test_it_edits_then_rejects_with_a_reason(web):
    (draft_id,) = web.ingest([customer_mail(1, kind="refund")])
    client = api(web, VA)

    edited = client.post(f"/drafts/{draft_id}/edit", json={"body": "Shorter.\n"})
    empty = client.post(f"/drafts/{draft_id}/edit", json={"body": "  \n"})
    no_reason = client.post(f"/drafts/{draft_id}/reject", json={"reason": " "})
    rejected = client.post(f"/drafts/{draft_id}/reject", json={"reason": "wrong order number"})

    assert edited.status_code == 200 and edited.json()["body"] == "Shorter.\n"
    assert empty.status_code == 422
    assert empty.json() == {"detail": "the reply cannot be empty"}
    assert no_reason.status_code == 422
    assert rejected.status_code == 200
    stored = web.draft(draft_id)
    assert (stored["status"], stored["body"], stored["reject_reason"], stored["decided_by"]) == (
        "rejected",
        "Shorter.\n",
        "wrong order number",
        VA[0],
    )
    late_edit = client.post(f"/drafts/{draft_id}/edit", json={"body": "Too late.\n"})
    assert late_edit.status_code == 409


def test_it_relabels_a_draft_and_redrafts_it_from_that_template(web):
    (draft_id,) = web.ingest([customer_mail(1, kind="refund")])
    before = web.draft(draft_id)
    client = api(web, VA)

    response = client.post(f"/drafts/{draft_id}/relabel", json={"label": "dispute"})
    bad = client.post(f"/drafts/{draft_id}/relabel", json={"label": "spam"})

    assert response.status_code == 200
    after = web.draft(draft_id)
    assert (after["label"], after["status"]) == ("dispute", "pending")
    assert after["template"] != before["template"]
    assert response.json()["template"] == after["template"]
    assert bad.status_code == 422
    with web.store.read() as conn:
        learnt = conn.execute(select(training_labels.c.label, training_labels.c.kind)).all()
    assert [tuple(row) for row in learnt] == [("dispute", "corrected")]


def approve_at_once(clients: list[httpx.Client], draft_id: int) -> list[int]:
    """Each client asks to approve the draft, all released at the same moment."""
    start = threading.Barrier(len(clients))
    statuses: list[int] = []

    def press(client: httpx.Client) -> None:
        start.wait()
        statuses.append(client.post(f"/drafts/{draft_id}/approve").status_code)

    threads = [threading.Thread(target=press, args=(c,)) for c in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return statuses


def test_two_approvals_at_once_give_one_200_and_one_409(web):
    """GIVEN two VAs with the same drafts open
    WHEN both press approve at the same moment, draft after draft
    THEN each draft is approved once: one request gets 200, the other 409."""
    ids = web.ingest([customer_mail(n, kind="refund") for n in range(1, 6)])
    clients = [api(web, VA), api(web, VA2)]

    for draft_id in ids:
        statuses = approve_at_once(clients, draft_id)
        assert sorted(statuses) == [200, 409]
    with web.store.read() as conn:
        approved = conn.execute(
            select(func.count()).where(events.c.kind == "draft.approved")
        ).scalar()
    assert approved == len(ids)


def test_a_body_that_is_not_json_is_refused_with_422_not_a_crash(web):
    (draft_id,) = web.ingest([customer_mail(1, kind="refund")])

    form = api(web, VA).post(f"/drafts/{draft_id}/reject", data={"reason": "sent as a form"})
    broken = api(web, VA).post(
        f"/drafts/{draft_id}/reject",
        content=b"{reason:",
        headers={"Content-Type": "application/json"},
    )

    assert form.status_code == broken.status_code == 422
    assert isinstance(form.json()["detail"], list)
    assert web.draft(draft_id)["status"] == "pending"


def test_a_cookie_session_may_use_the_api_with_its_csrf_token(web):
    (draft_id,) = web.ingest([customer_mail(1, kind="refund")])
    user = users.authenticate(web.store, *VA)
    assert user is not None
    cookie, csrf = start_session(web.store, user, ip="127.0.0.1")
    client = web.client()
    client.cookies.set(SESSION_COOKIE, cookie)

    without = client.post(f"/api/drafts/{draft_id}/approve")
    wrong = client.post(f"/api/drafts/{draft_id}/approve", headers={"X-CSRF-Token": "x" * 43})
    right = client.post(f"/api/drafts/{draft_id}/approve", headers={"X-CSRF-Token": csrf})

    assert without.status_code == wrong.status_code == 403
    assert right.status_code == 200
    assert web.draft(draft_id)["status"] == "approved"


def test_the_openapi_document_describes_every_path_and_its_schemas(web):
    doc: dict[str, Any] = api(web).get("/openapi.json").json()

    assert {path: set(ops) for path, ops in doc["paths"].items()} == API_PATHS
    schemas = doc["components"]["schemas"]
    assert {"Credentials", "SessionOut", "UserOut", "DraftPage", "DraftItem", "Draft"} <= set(
        schemas
    )
    assert {"Approval", "Rejection", "Edit", "Relabel", "Problem", "Order"} <= set(schemas)
    assert set(schemas["DraftItem"]["required"]) >= {
        "id",
        "status",
        "label",
        "message_id",
        "from",
        "subject",
        "template",
        "created_at",
    }
    approve = doc["paths"]["/api/drafts/{draft_id}/approve"]["post"]
    assert {"200", "401", "403", "404", "409", "422"} <= set(approve["responses"])
    assert approve["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Draft"
    }
    login = doc["paths"]["/api/session"]["post"]
    assert "429" in login["responses"]
    assert json.dumps(schemas["LabelName"]).count("dispute") == 1


def test_a_drafts_facts_include_the_reason_and_the_evidence_attached(web):
    msg = EmailMessage()
    msg["From"] = "Jane Doe <jane@example.com>"
    msg["To"] = "Acme Support <support@acme.example>"
    msg["Subject"] = "Refund for order #1011"
    msg["Date"] = "Fri, 20 Nov 2026 09:00:00 +0000"
    msg["Message-ID"] = "<evidence-1@example.com>"
    msg.set_content("Hello, the bowl from order #1011 arrived broken. Photo attached.\n\nJane")
    msg.add_attachment(b"\xff\xd8\xff" + b"\x00" * 8000, maintype="image", subtype="jpeg",
                       filename="IMG_2041.jpg")  # fmt: skip
    msg.add_attachment(b"%PDF-1.4\n%fake\n", maintype="application", subtype="pdf",
                       filename="receipt.pdf")  # fmt: skip
    (draft_id,) = web.ingest([bytes(msg)])

    facts = {f["name"]: f for f in api(web, VA).get(f"/drafts/{draft_id}").json()["facts"]}

    assert facts["reason"]["value"] == "damaged" and facts["reason"]["source"] == "broken"
    assert facts["evidence"]["value"] == "photo: IMG_2041.jpg, pdf: receipt.pdf"
