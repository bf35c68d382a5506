"""The Reports page: a manager's plots in Chromium, their numbers as CSV, and a VA kept out."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from inboxbot.report_formats import tables
from inboxbot.reports import build, period
from tests.reportdata import Shop
from tests.web.conftest import MANAGER, VA, browser_login

ZONE = ZoneInfo("Europe/Berlin")  # the default configuration's shop.timezone
NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


@pytest.fixture
def shop(web):
    """November 2026 in the store: refunds with reasons in two currencies, a dispute,
    other mail, screened and quarantined mail; the server's clock on 27 November."""
    assert web.settings.shop.zone == ZONE
    web.app.state.clock = lambda: NOW
    shop = Shop(web.store)
    shop.mail(at("2026-11-02 10:00"), reason="damaged", product="Lamp", amount=("12.50", "EUR"))
    shop.mail(at("2026-11-02 11:00"), reason="damaged", product="Lamp", amount=("20.00", "USD"))
    shop.mail(at("2026-11-03 09:00"), reason="late", product="Teapot", amount=("8.00", "EUR"))
    shop.mail(at("2026-11-03 09:00"))  # no reason given
    shop.mail(at("2026-11-04 09:00"), "dispute", reason="duplicate_charge", amount=("40", "EUR"))
    shop.mail(at("2026-11-05 09:00"), "other")
    shop.mail(at("2026-11-05 09:00"), status="screened")
    shop.mail(at("2026-11-06 09:00"), status="quarantined")
    approved = shop.mail(at("2026-11-20 09:00"), draft_status="sent", body="abcdefghij")
    shop.event(
        "draft.edited",
        at("2026-11-20 10:00"),
        draft=approved,
        before="abcdefghij",
        after="abcdefghXY",
    )
    shop.event("draft.approved", at("2026-11-20 10:00"), draft=approved)
    return shop


def test_a_manager_opens_reports_from_the_menu_and_sees_every_plot(web, page, shop):
    """GIVEN a store with known November mail
    WHEN a manager logs in and follows "Reports"
    THEN the page shows the period's figures and five SVG plots, each an image named
    by its title with its numbers in a table, and the browser reports no CSP breach."""
    breaches = []
    page.on("console", lambda m: breaches.append(m.text) if "Content Security" in m.text else None)
    browser_login(page, web, MANAGER)

    page.get_by_role("link", name="Reports").click()
    page.wait_for_url("**/reports")

    assert page.get_by_role("heading", name="Reports", level=1).is_visible()
    figures = page.get_by_label("The period in numbers")
    assert "Customer mail 7" in " ".join(figures.inner_text().split())
    assert "Refund rate 71.4% (5)" in " ".join(figures.inner_text().split())
    for name in (
        "Customer mail by label",
        "Refund and dispute mail by reason",
        "How fast mail is answered",
        "How much VAs changed each template's drafts",
        "Drafts relabelled by VAs",
    ):
        plot = page.get_by_role("img", name=name)
        assert plot.count() == 1, name
        assert plot.evaluate("e => e.tagName") == "svg"
        assert plot.bounding_box()["height"] > 50, name
    assert "acknowledge_refund: 0.20" in page.locator("svg.chart title").all_text_contents()
    bars = page.locator("svg.chart rect.refund title").all_text_contents()
    assert "2 Nov refund: 2" in bars
    reasons = page.get_by_role("table").nth(1).inner_text()
    assert "damaged" in reasons and "EUR 12.50, USD 20.00" in reasons
    assert "no reason given" in reasons
    assert breaches == []


def test_the_period_form_changes_the_period_and_the_csv_links(web, page, shop):
    browser_login(page, web, MANAGER)
    page.goto(web.url + "/reports")

    page.get_by_label("From", exact=True).fill("2026-11-03")
    page.get_by_label("To", exact=True).fill("2026-11-04")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url("**/reports?since=2026-11-03*")

    figures = " ".join(page.get_by_label("The period in numbers").inner_text().split())
    assert "Customer mail 3" in figures
    link = page.get_by_role("link", name="Volume as CSV")
    assert (
        link.get_attribute("href") == "/reports/volume.csv?since=2026-11-03&until=2026-11-04&by=day"
    )


@pytest.mark.parametrize(
    "name", ["totals", "volume", "reasons", "products", "speed", "work", "health"]
)
def test_each_csv_holds_exactly_the_numbers_of_the_report(web, shop, name):
    client = web.client(MANAGER)
    span = period(date(2026, 11, 1), date(2026, 11, 30), zone=ZONE, now=NOW)

    response = client.get(f"/reports/{name}.csv?since=2026-11-01&until=2026-11-30")

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    header, rows = tables(build(web.store, web.settings, span, now=NOW))[name]
    found = list(csv.reader(io.StringIO(response.text)))
    assert found == [header, *[[str(x) for x in row] for row in rows]]


def test_the_volume_and_reasons_csv_show_the_known_mail(web, shop):
    client = web.client(MANAGER)
    query = "?since=2026-11-01&until=2026-11-30"

    volume = list(csv.DictReader(io.StringIO(client.get("/reports/volume.csv" + query).text)))
    reasons = list(csv.DictReader(io.StringIO(client.get("/reports/reasons.csv" + query).text)))

    assert len(volume) == 30
    assert volume[1] == {"day": "2026-11-02", "refund": "2", "dispute": "0", "other": "0"}
    assert reasons[0] == {
        "reason": "duplicate_charge",
        "mails": "1",
        "refund": "0",
        "dispute": "1",
        "amount EUR": "40.00",
        "amount USD": "",
    }
    assert {r["reason"]: r["amount USD"] for r in reasons}["damaged"] == "20.00"


def test_a_va_can_open_neither_the_reports_nor_their_csv(web, page, shop):
    client = web.client(VA)

    statuses = [
        client.get(path).status_code
        for path in ("/reports", "/reports/volume.csv", "/reports/reasons.csv?since=2026-11-01")
    ]

    assert statuses == [403, 403, 403]
    browser_login(page, web, VA)
    assert page.get_by_role("link", name="Reports").count() == 0


def test_a_bad_date_is_refused_with_a_clear_message(web, shop):
    client = web.client(MANAGER)

    wrong = client.get("/reports?since=2026-13-01")
    backwards = client.get("/reports/volume.csv?since=2026-11-05&until=2026-11-01")

    assert wrong.status_code == 400 and "expected a date like 2026-11-01" in wrong.text
    assert backwards.status_code == 400 and "after it ends" in backwards.text
