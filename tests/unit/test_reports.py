"""The manager's report: exact figures over a store filled with known mail.

Times are written in the shop's zone (Europe/Berlin) and stored as UTC, as the
poller stores them, so each test also checks that days are cut at local midnight.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update

from inboxbot import config, review
from inboxbot.drafting import Drafter
from inboxbot.report_formats import as_json
from inboxbot.reports import (
    NO_REASON,
    Money,
    ReportError,
    build,
    nearest_rank,
    period,
)
from inboxbot.store import utcnow
from inboxbot.store.calendar import offsets
from inboxbot.store.schema import drafts
from tests.mailgen import customer_mail
from tests.reportdata import Shop

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


@pytest.fixture
def settings() -> config.Settings:
    found = config.load(None)
    return found.model_copy(
        update={"shop": found.shop.model_copy(update={"timezone": "Europe/Berlin"})}
    )


def local(text: str) -> datetime:
    """ "2026-11-10 23:30" on the shop's wall clock, as an aware datetime."""
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


@pytest.fixture
def shop(store) -> Shop:  # type: ignore[no-untyped-def]
    return Shop(store)


def november(by: str = "day") -> Any:
    return period(date(2026, 11, 1), date(2026, 11, 30), zone=BERLIN, now=NOW, by=by)


def counts(report: Any) -> dict[str, tuple[int, int, int]]:
    return {
        b.start.isoformat(): (b.refund, b.dispute, b.other)
        for b in report.volume.buckets
        if b.refund or b.dispute or b.other
    }


# --- the period ----------------------------------------------------------------------------


def test_it_defaults_to_the_last_30_days_up_to_today_in_the_shops_zone():
    # 23:30 UTC on the 27th is already the 28th in Berlin.
    found = period(None, None, zone=BERLIN, now=datetime(2026, 11, 27, 23, 30, tzinfo=UTC))

    assert (found.since, found.until) == (date(2026, 10, 30), date(2026, 11, 28))
    assert found.start == datetime(2026, 10, 29, 23, 0, tzinfo=UTC)  # local midnight, CET
    assert found.end == datetime(2026, 11, 28, 23, 0, tzinfo=UTC)


def test_it_refuses_a_period_that_ends_before_it_starts():
    with pytest.raises(ReportError, match="starts"):
        period(date(2026, 11, 2), date(2026, 11, 1), zone=BERLIN, now=NOW)


def test_it_finds_the_exact_second_of_a_daylight_saving_change():
    start, end = local("2026-10-24 00:00"), local("2026-10-27 00:00")

    found = offsets(start, end, BERLIN)

    # Summer time ends on Sunday 25 October at 03:00 CEST, which is 01:00 UTC.
    change = int(datetime(2026, 10, 25, 1, 0, tzinfo=UTC).timestamp())
    assert found == [(int(start.timestamp()), 7200), (change, 3600)]


# --- volume --------------------------------------------------------------------------------


def test_it_puts_mail_at_2330_local_on_that_day_and_at_0030_local_on_the_next(
    store, settings, shop
):
    shop.mail(local("2026-11-10 23:30"))  # 22:30 UTC on the 10th
    shop.mail(local("2026-11-11 00:30"), "dispute")  # 23:30 UTC on the 10th

    report = build(store, settings, november(), now=NOW)

    assert counts(report) == {"2026-11-10": (1, 0, 0), "2026-11-11": (0, 1, 0)}
    assert len(report.volume.buckets) == 30


def test_it_counts_the_first_and_last_moment_of_the_period_and_nothing_outside(
    store, settings, shop
):
    shop.mail(local("2026-10-31 23:59:59"))
    shop.mail(local("2026-11-01 00:00"))
    shop.mail(local("2026-11-30 23:59:59"), "other")
    shop.mail(local("2026-12-01 00:00"))

    report = build(store, settings, november(), now=NOW)

    assert (report.volume.refund, report.volume.other) == (1, 1)
    assert counts(report) == {"2026-11-01": (1, 0, 0), "2026-11-30": (0, 0, 1)}


def test_it_cuts_weeks_at_monday_local_midnight_across_the_end_of_summer_time(
    store, settings, shop
):
    """GIVEN mail on both sides of the local midnights that start and end the week of
    19-25 October 2026, in which Berlin leaves summer time (UTC+2 to UTC+1)
    WHEN the report is cut by week
    THEN each mail is in the week its local date is in."""
    shop.mail(local("2026-10-18 23:30"))  # Sunday, the week before
    shop.mail(local("2026-10-19 00:30"))  # Monday 00:30 CEST = Sunday 22:30 UTC
    shop.mail(local("2026-10-25 02:30"), "dispute")  # the hour that happens twice
    shop.mail(local("2026-10-25 23:30"), "other")  # Sunday 23:30 CET = 22:30 UTC
    shop.mail(local("2026-10-26 00:30"), "other")  # Monday 00:30 CET = Sunday 23:30 UTC
    span = period(date(2026, 10, 12), date(2026, 11, 1), zone=BERLIN, now=NOW, by="week")

    report = build(store, settings, span, now=NOW)

    assert counts(report) == {
        "2026-10-12": (1, 0, 0),
        "2026-10-19": (1, 1, 1),
        "2026-10-26": (0, 0, 1),
    }
    assert [b.start for b in report.volume.buckets] == [
        date(2026, 10, 12),
        date(2026, 10, 19),
        date(2026, 10, 26),
    ]


def test_it_cuts_days_at_local_midnight_on_both_sides_of_the_change(store, settings, shop):
    shop.mail(local("2026-10-24 23:30"))  # CEST: 21:30 UTC
    shop.mail(local("2026-10-25 00:30"))  # CEST: 22:30 UTC on the 24th
    shop.mail(local("2026-10-25 23:30"))  # CET: 22:30 UTC
    shop.mail(local("2026-10-26 00:30"))  # CET: 23:30 UTC on the 25th
    span = period(date(2026, 10, 24), date(2026, 10, 26), zone=BERLIN, now=NOW)

    report = build(store, settings, span, now=NOW)

    assert counts(report) == {
        "2026-10-24": (1, 0, 0),
        "2026-10-25": (2, 0, 0),
        "2026-10-26": (1, 0, 0),
    }


def test_it_counts_screened_and_quarantined_mail_apart_from_customer_mail(store, settings, shop):
    for label in ("refund", "refund", "dispute", "other"):
        shop.mail(local("2026-11-05 10:00"), label)
    shop.mail(local("2026-11-05 10:00"), status="screened")
    shop.mail(local("2026-11-05 10:00"), status="screened")
    shop.mail(local("2026-11-05 10:00"), status="quarantined")

    report = build(store, settings, november(), now=NOW)
    v = report.volume

    assert (v.refund, v.dispute, v.other, v.screened, v.quarantined) == (2, 1, 1, 2, 1)
    assert (v.rate("refund"), v.rate("dispute")) == (0.5, 0.25)
    assert counts(report) == {"2026-11-05": (2, 1, 1)}


# --- reasons -------------------------------------------------------------------------------


def test_it_ranks_reasons_and_products_by_their_amounts_and_never_adds_currencies(
    store, settings, shop
):
    """GIVEN refund and dispute mail with reasons, products and amounts in euros and
    dollars, mail with no reason, and an `other` mail that names a reason
    WHEN the report is made
    THEN each reason sums its euros and its dollars apart, mail without a reason is
    "no reason given", the costliest in euros (most of the mail) is on top, and
    the `other` mail is not a reason to refund."""
    day = local("2026-11-12 15:00")
    shop.mail(day, reason="damaged", product="Lamp", amount=("12.50", "EUR"))
    shop.mail(day, reason="damaged", product="Lamp", amount=("7.25", "EUR"))
    shop.mail(day, "dispute", reason="damaged", product="Teapot", amount=("30.00", "USD"))
    shop.mail(day, "dispute", reason="duplicate_charge", product="Lamp", amount=("45.00", "EUR"))
    shop.mail(day, reason="late", product="Teapot")  # no amount
    shop.mail(day, amount=("5.00", "EUR"))  # no reason, no product
    shop.mail(day, "other", reason="late", amount=("99.00", "EUR"))

    report = build(store, settings, november(), now=NOW)

    overall = [(r.reason, r.mails, r.refund, r.dispute, r.amounts) for r in report.reasons]
    assert overall == [
        ("duplicate_charge", 1, 0, 1, [Money("EUR", Decimal("45.00"))]),
        ("damaged", 3, 2, 1, [Money("EUR", Decimal("19.75")), Money("USD", Decimal("30.00"))]),
        (NO_REASON, 1, 1, 0, [Money("EUR", Decimal("5.00"))]),
        ("late", 1, 1, 0, []),
    ]
    assert report.reasons[2].reason_text == "no reason given"
    products = [(r.product, r.reason, r.mails, r.amounts) for r in report.products]
    assert products == [
        ("Lamp", "duplicate_charge", 1, [Money("EUR", Decimal("45.00"))]),
        ("Lamp", "damaged", 2, [Money("EUR", Decimal("19.75"))]),
        ("", NO_REASON, 1, [Money("EUR", Decimal("5.00"))]),
        ("Teapot", "damaged", 1, [Money("USD", Decimal("30.00"))]),
        ("Teapot", "late", 1, []),
    ]


def test_mail_as_stored_today_without_reasons_counts_as_no_reason_given(store, settings, shop):
    shop.mail(local("2026-11-03 09:00"))
    shop.mail(local("2026-11-03 09:00"), "dispute", amount=("10", None))

    report = build(store, settings, november(), now=NOW)

    assert [(r.reason, r.mails, r.amounts) for r in report.reasons] == [
        (NO_REASON, 2, [Money("", Decimal("10.00"))])
    ]


# --- speed ---------------------------------------------------------------------------------


def test_it_gives_the_median_and_p90_by_nearest_rank_for_each_stage(store, settings, shop):
    day = local("2026-11-20 09:00")
    minute = timedelta(minutes=1)
    for wait in range(1, 11):
        shop.mail(day, drafted_after=wait * minute)
    shop.mail(day, draft_status="sent", decided_after=30 * minute, sent_after=31 * minute)
    shop.mail(day, draft_status="approved", decided_after=60 * minute)
    shop.mail(day, draft_status="rejected", decided_after=5 * minute)  # never approved

    report = build(store, settings, november(), now=NOW)
    speed = {s.stage: (s.mails, s.median, s.p90) for s in report.speed}

    # Drafts: 1 … 10 min and three at 30 s; 13 waits, the 7th and 12th smallest.
    assert speed["draft"] == (13, 4 * 60.0, 9 * 60.0)
    assert speed["approval"] == (2, 30 * 60.0, 60 * 60.0)
    assert speed["sent"] == (1, 31 * 60.0, 31 * 60.0)


@pytest.mark.parametrize(
    ("count", "median", "p90"), [(1, 1, 1), (2, 1, 2), (10, 5, 9), (11, 6, 10), (20, 10, 18)]
)
def test_nearest_rank_is_the_smallest_value_with_that_share_at_or_below_it(count, median, p90):
    values = [float(v) for v in range(count, 0, -1)]  # 1 … count, shuffled by reversing

    assert (nearest_rank(values, 50), nearest_rank(values, 90)) == (median, p90)
    assert nearest_rank([], 50) is None


def test_it_counts_the_replies_overdue_now_in_working_hours(store, settings, shop):
    # Friday 27 November 2026, 13:00 Berlin; 8 working hours (09-17, Mon-Fri) by default.
    now = local("2026-11-27 13:00").astimezone(UTC)
    shop.mail(local("2026-11-26 12:00"))  # 5 + 4 working hours by now: overdue
    shop.mail(local("2026-11-26 14:00"))  # 3 + 4 working hours: not yet
    shop.mail(local("2026-11-26 10:00"), draft_status="approved", decided_after=timedelta(hours=1))

    report = build(store, settings, november(), now=now)

    assert report.overdue_hours == settings.followup.acknowledge_within_working_hours == 8
    assert report.overdue == 1


# --- VA work and classifier health ---------------------------------------------------------


def test_a_relabel_counts_against_the_template_the_draft_was_made_from(store, settings, shop):
    """GIVEN a dispute draft made from the duplicate-charge template, relabelled as a refund
    THEN the relabel counts against duplicate_charge, not the dispute acknowledgement."""
    today = utcnow().astimezone(BERLIN).date()
    span = period(today - timedelta(days=1), today + timedelta(days=1), zone=BERLIN, now=NOW)
    moved = shop.mail(utcnow() - timedelta(hours=1), "dispute", raw=customer_mail(1))
    with store.write() as conn:
        conn.execute(update(drafts).where(drafts.c.id == moved).values(template="duplicate_charge"))
    drafter = Drafter(settings.templates.path, shop=settings.shop)

    review.relabel(store, drafter, moved, "refund", actor="va")

    work = {w.template: w.relabels for w in build(store, settings, span, now=NOW).work}
    assert work["duplicate_charge"] == 1
    assert work.get("acknowledge_dispute", 0) == 0


def test_it_counts_va_work_per_template_with_how_much_the_text_changed(store, settings, shop):
    """GIVEN refund drafts of ten characters: one approved as it was, one approved
    after changing two characters, one edited and rejected; a dispute draft
    approved automatically; and a dispute draft a VA relabels as a refund
    WHEN the report covers today
    THEN the refund template has 2 approvals, 1 edited, an edit ratio of
    (0 + 0.2) / 2, and the dispute template the relabel, not the automatic approval."""
    today = utcnow().astimezone(BERLIN).date()
    span = period(today - timedelta(days=1), today + timedelta(days=1), zone=BERLIN, now=NOW)
    arrived = utcnow() - timedelta(hours=1)
    kept, changed, rejected = (shop.mail(arrived, body="abcdefghij") for _ in range(3))
    automatic = shop.mail(arrived, "dispute")
    moved = shop.mail(arrived, "dispute", raw=customer_mail(1, kind="refund"))
    review.approve(store, kept, actor="va")
    review.approve(store, changed, actor="va", body="abcdefghXY")
    review.edit(store, rejected, actor="va", body="something else")
    review.reject(store, rejected, actor="va", reason="wrong tone")
    with store.write() as conn:
        assert review.approve_automatically(conn, automatic, actor="inboxbot", now=utcnow())
    review.relabel(
        store, Drafter(settings.templates.path, shop=settings.shop), moved, "refund", actor="va"
    )

    report = build(store, settings, span, now=NOW)
    work = {w.template: w for w in report.work}

    refund = work["acknowledge_refund"]
    assert (refund.approvals, refund.edits, refund.rejections, refund.relabels) == (2, 2, 1, 0)
    assert (refund.edited_approvals, refund.changed) == (1, 0.1)
    dispute = work["acknowledge_dispute"]
    assert (dispute.approvals, dispute.relabels) == (0, 1)
    assert report.work[0].template == "acknowledge_refund"  # the one to rewrite first
    health = {(h.label, h.start): (h.decided, h.relabelled) for h in report.health}
    # Approvals confirm the classifier's refund twice (a rejection says nothing of the
    # label); the dispute it saw in the refund mail was corrected.
    assert health[("refund", today)] == (2, 0)
    assert health[("dispute", today)] == (1, 1)
    assert [h.share for h in report.health if h.start == today] == [0.0, 1.0, 0.0]


def test_its_json_holds_the_volume_totals_and_every_figure(store, settings, shop):
    shop.mail(local("2026-11-02 12:00"), reason="late", amount=("3.10", "EUR"))
    shop.mail(local("2026-11-02 12:00"), status="screened")

    found = json.loads(json.dumps(as_json(build(store, settings, november(), now=NOW))))

    assert found["volume"] | {"buckets": None} == {
        "refund": 1,
        "dispute": 0,
        "other": 0,
        "screened": 1,
        "quarantined": 0,
        "customer": 1,
        "buckets": None,
    }
    assert found["period"]["since"] == "2026-11-01"
    assert found["reasons"] == [
        {
            "reason": "late",
            "mails": 1,
            "refund": 1,
            "dispute": 0,
            "amounts": [{"currency": "EUR", "amount": "3.10"}],
        }
    ]
    assert set(found) == {
        "period",
        "volume",
        "rates",
        "reasons",
        "products",
        "speed",
        "overdue",
        "work",
        "health",
    }
