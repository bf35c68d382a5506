"""The refund policy as a Decision: window edges in the shop's time zone, fees, final sale."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from inboxbot.errors import ConfigError
from inboxbot.models import Evidence, Fact, LabelName, Money, OrderDetails
from inboxbot.policy import DEFAULT_POLICY, Policy, decide, load_policy

BERLIN = ZoneInfo("Europe/Berlin")
ORDERED = date(2026, 10, 1)
REFUND = LabelName.REFUND


def fact(value):
    return Fact(value, 0.9, str(value))


def order(
    *,
    number="1001",
    ordered=ORDERED,
    amount=None,
    product=None,
    reason=None,
    evidence=(),
) -> OrderDetails:
    return OrderDetails(
        number=fact(number) if number else None,
        date=fact(ordered) if ordered else None,
        amount=fact(Money(Decimal(amount), "EUR")) if amount else None,
        product=fact(product) if product else None,
        reason=fact(reason) if reason else None,
        evidence=fact(tuple(evidence)) if evidence else None,
    )


def policy(**refund) -> Policy:
    rules = {"window_from": "order", "photo_required_for_damage": True, **refund}
    return Policy.model_validate({"refund": rules})


BY_ORDER = policy()


# (asked at, in UTC; eligible, day, days left, sentence)
WINDOW_EDGES = [
    (
        datetime(2026, 10, 1, 12, 0),
        True,
        0,
        30,
        "day 0 of a 30-day window from the order: full refund",
    ),
    (datetime(2026, 10, 13, 12, 0), True, 12, 18, None),
    (
        datetime(2026, 10, 31, 12, 0),
        True,
        30,
        0,
        "day 30 of a 30-day window from the order: full refund",
    ),
    (
        datetime(2026, 11, 1, 12, 0),
        False,
        31,
        -1,
        "day 31 of a 30-day window from the order: outside it, offer store credit with a 10% bonus",
    ),
    (datetime(2026, 11, 11, 12, 0), False, 41, -11, None),
    # 23:30 UTC on 31 October is already 1 November in Berlin: day 31 there.
    (datetime(2026, 10, 31, 23, 30), False, 31, -1, None),
    # 22:30 UTC on 31 October is still 31 October in Berlin (23:30 CET): day 30.
    (datetime(2026, 10, 31, 22, 30), True, 30, 0, None),
]


@pytest.mark.parametrize(("asked", "eligible", "day", "left", "sentence"), WINDOW_EDGES)
def test_it_counts_days_in_the_shops_time_zone(asked, eligible, day, left, sentence):
    decision = decide(
        order(), label=REFUND, asked_at=asked.replace(tzinfo=UTC), zone=BERLIN, policy=BY_ORDER
    )

    assert (decision.eligible, decision.day, decision.days_left) == (eligible, day, left)
    if sentence is not None:
        assert decision.sentence == sentence


def test_the_same_moment_is_day_31_in_berlin_and_day_30_in_new_york():
    asked = datetime(2026, 11, 1, 3, 0, tzinfo=UTC)  # 04:00 in Berlin, 23:00 the day before in NY

    berlin = decide(order(), label=REFUND, asked_at=asked, zone=BERLIN, policy=BY_ORDER)
    new_york = decide(
        order(), label=REFUND, asked_at=asked, zone=ZoneInfo("America/New_York"), policy=BY_ORDER
    )

    assert (berlin.eligible, berlin.day) == (False, 31)
    assert (new_york.eligible, new_york.day) == (True, 30)


def test_the_window_counts_from_delivery_when_the_delivery_date_is_known():
    asked = datetime(2026, 11, 5, 12, tzinfo=UTC)

    by_delivery = decide(
        order(), label=REFUND, asked_at=asked, zone=BERLIN, delivered_on=date(2026, 10, 10)
    )
    unknown_delivery = decide(order(), label=REFUND, asked_at=asked, zone=BERLIN)

    assert (by_delivery.eligible, by_delivery.day) == (True, 26)
    assert by_delivery.sentence.startswith("day 26 of a 30-day window from delivery")
    assert (unknown_delivery.eligible, unknown_delivery.day) == (False, 35)


# (policy keys, reason, amount; refund, fee, sentence)
FEES = [
    (
        {"restocking_fee_percent": 10},
        "changed_mind",
        "49.90",
        "44.91",
        "4.99",
        "refund €44.91 after a 10% restocking fee of €4.99",
    ),
    ({"restocking_fee_percent": 15}, "size_fit", "100", "85.00", "15.00", None),
    # Damage, a wrong item: the customer's not to blame, so no fee.
    ({"restocking_fee_percent": 10}, "wrong_item", "49.90", "49.90", None, "full refund of €49.90"),
    (
        {"restocking_fee_percent": 0},
        "changed_mind",
        "49.90",
        "49.90",
        None,
        "full refund of €49.90",
    ),
    (
        {"restocking_fee_percent": 10},
        "changed_mind",
        None,
        None,
        None,
        "refund less a 10% restocking fee",
    ),
]


@pytest.mark.parametrize(("rules", "reason", "amount", "refund", "fee", "sentence"), FEES)
def test_a_restocking_fee_is_kept_only_for_the_customers_own_choice(
    rules, reason, amount, refund, fee, sentence
):
    decision = decide(
        order(amount=amount, reason=reason),
        label=REFUND,
        asked_at=datetime(2026, 10, 10, tzinfo=UTC),
        zone=BERLIN,
        policy=policy(**rules),
    )

    assert decision.eligible is True
    assert (decision.refund.amount if decision.refund else None) == (
        Decimal(refund) if refund else None
    )
    assert (decision.fee.amount if decision.fee else None) == (Decimal(fee) if fee else None)
    if sentence:
        assert decision.sentence.endswith(sentence)


# (product, reason, photos; eligible, missing, alternative, sentence start)
CASES = [
    (
        "Gift card €50",
        "changed_mind",
        (),
        False,
        (),
        "store_credit",
        "“Gift card €50” is final sale",
    ),
    (
        "Linen shirt (FINAL SALE)",
        "size_fit",
        (),
        False,
        (),
        "store_credit",
        "“Linen shirt (FINAL SALE)”",
    ),
    (
        "Ceramic vase",
        "damaged",
        (),
        None,
        ("photo",),
        "replacement",
        "damage reported without a photo",
    ),
    (
        "Ceramic vase",
        "damaged",
        (Evidence("photo", "IMG_2041.jpg"),),
        True,
        (),
        "replacement",
        "day 9",
    ),
    (
        "Ceramic vase",
        "damaged",
        (Evidence("pdf", "invoice.pdf"),),
        None,
        ("photo",),
        "replacement",
        "damage",
    ),
    ("Running shoes", "size_fit", (), True, (), "exchange", "day 9"),
    ("Desk lamp", "not_as_described", (), True, (), "troubleshooting", "day 9"),
    ("Desk lamp", "not_received", (), True, (), "replacement", "the order never arrived"),
    ("Desk lamp", "late", (), True, (), "replacement", "the order arrived late"),
]


@pytest.mark.parametrize(
    ("product", "reason", "evidence", "eligible", "missing", "alternative", "start"), CASES
)
def test_products_reasons_and_evidence_decide_what_to_offer(
    product, reason, evidence, eligible, missing, alternative, start
):
    decision = decide(
        order(product=product, reason=reason, evidence=evidence),
        label=REFUND,
        asked_at=datetime(2026, 10, 10, 9, tzinfo=UTC),
        zone=BERLIN,
        policy=BY_ORDER,
    )

    assert decision.eligible is eligible
    assert decision.missing == missing
    assert decision.alternative == alternative
    assert decision.sentence.startswith(start)


def test_without_a_photo_rule_damage_is_decided_by_the_window():
    decision = decide(
        order(reason="damaged"),
        label=REFUND,
        asked_at=datetime(2026, 10, 10, tzinfo=UTC),
        zone=BERLIN,
        policy=policy(photo_required_for_damage=False),
    )

    assert decision.eligible is True and decision.missing == ()


def test_it_names_everything_missing():
    decision = decide(
        order(number=None, ordered=None),
        label=REFUND,
        asked_at=datetime(2026, 10, 10, tzinfo=UTC),
        zone=BERLIN,
    )

    assert decision.eligible is None
    assert decision.missing == ("order_number",)
    assert decision.sentence == "no order date found: the window cannot be checked"


def test_it_says_when_the_mail_has_no_date():
    decision = decide(order(), label=REFUND, asked_at=None, zone=BERLIN)

    assert decision.eligible is None
    assert "cannot be checked" in decision.sentence


def test_an_order_date_after_the_mail_is_not_a_refund_decision():
    decision = decide(
        order(ordered=date(2026, 12, 1)),
        label=REFUND,
        asked_at=datetime(2026, 11, 1, tzinfo=UTC),
        zone=BERLIN,
    )

    assert decision.eligible is None
    assert decision.sentence == "the order date 2026-12-01 is after the mail: check it"


def test_the_window_length_comes_from_the_policy():
    decision = decide(
        order(),
        label=REFUND,
        asked_at=datetime(2026, 10, 16, 12, tzinfo=UTC),
        zone=BERLIN,
        policy=policy(window_days=14),
    )

    assert decision.eligible is False
    assert decision.sentence.startswith("day 15 of a 14-day window from the order: outside it")


def test_outside_the_window_it_offers_what_the_policy_allows():
    only_exchange = Policy.model_validate(
        {"refund": {"window_from": "order"}, "alternatives": {"offer": ["exchange"]}}
    )

    decision = decide(
        order(),
        label=REFUND,
        asked_at=datetime(2026, 12, 1, tzinfo=UTC),
        zone=BERLIN,
        policy=only_exchange,
    )

    assert decision.alternative == "exchange"
    assert decision.sentence.endswith("outside it, offer exchange")


# (label, reason, amount; refund, sentence start)
CHARGES = [
    (
        LabelName.DISPUTE,
        "duplicate_charge",
        "34.50",
        "34.50",
        "a duplicate charge of €34.50: refund it",
    ),
    (LabelName.REFUND, "duplicate_charge", None, None, "a duplicate charge: refund it"),
    (
        LabelName.DISPUTE,
        "unauthorised",
        "120",
        None,
        "a charge of €120 the customer does not recognise",
    ),
    (LabelName.DISPUTE, "fee", "4.90", None, "a disputed fee of €4.90: explain it"),
    (LabelName.DISPUTE, None, None, None, "a charge the customer does not recognise"),
]


@pytest.mark.parametrize(("label", "reason", "amount", "refund", "start"), CHARGES)
def test_a_charge_is_checked_against_the_payment_records_by_the_deadline(
    label, reason, amount, refund, start
):
    decision = decide(
        order(reason=reason, amount=amount),
        label=label,
        asked_at=datetime(2026, 11, 20, 23, 30, tzinfo=UTC),  # 21 November in Berlin
        zone=BERLIN,
        dispute_days=7,
    )

    assert decision.eligible is None
    assert (decision.refund.amount if decision.refund else None) == (
        Decimal(refund) if refund else None
    )
    assert decision.sentence.startswith(start)
    assert decision.sentence.endswith("answer by 2026-11-28")


def test_other_mail_gets_no_refund_decision():
    decision = decide(
        order(), label=LabelName.OTHER, asked_at=datetime(2026, 10, 2, tzinfo=UTC), zone=BERLIN
    )

    assert decision.eligible is None
    assert decision.sentence == "not a refund request: no refund window to check"


def test_by_default_damage_needs_no_photo():
    decision = decide(
        order(reason="damaged"),
        label=REFUND,
        asked_at=datetime(2026, 10, 10, tzinfo=UTC),
        zone=BERLIN,
        policy=Policy.model_validate({"refund": {"window_from": "order"}}),
    )

    assert (decision.eligible, decision.missing, decision.alternative) == (True, (), "replacement")


def test_the_shipped_policy_file_holds_the_defaults():
    shipped = load_policy(
        __import__("pathlib").Path(__file__).parents[2] / "config" / "policy.toml"
    )

    assert shipped == DEFAULT_POLICY
    assert shipped.processing_days == (5, 10)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "[refund]\nwindow_days = -1\n",
            "refund.window_days: Input should be greater than or equal to 0",
        ),
        ("[refund]\nwindow_dayz = 30\n", "refund.window_dayz: unknown key"),
        (
            '[refund]\nprocessing_business_days = "ten"\n',
            'refund.processing_business_days: Value error, expected business days as "from-to"',
        ),
        ('[alternatives]\noffer = ["cash"]\n', "alternatives.offer.0:"),
        ("[refund\n", "not valid TOML"),
    ],
)
def test_a_bad_policy_file_names_the_file_and_the_key(tmp_path, text, message):
    path = tmp_path / "policy.toml"
    path.write_text(text)

    with pytest.raises(ConfigError) as caught:
        load_policy(path)

    assert str(caught.value).startswith(f"{path}: ")
    assert message in str(caught.value)


def test_a_missing_policy_file_is_named(tmp_path):
    with pytest.raises(ConfigError, match=r"policy\.toml: no such file"):
        load_policy(tmp_path / "policy.toml")
