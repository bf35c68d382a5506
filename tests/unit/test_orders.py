"""The orders export: read as Shopify writes it, reloaded on change, set beside the mail's facts."""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from inboxbot.errors import ConfigError
from inboxbot.models import Fact, Money, OrderDetails
from inboxbot.orders import OrderBook, check, read_orders, with_product

HEADER = (
    "Name,Email,Financial Status,Created at,Total,Currency,Payment Method,Lineitem name,"
    "Fulfillment Status,Fulfilled at,Refunded Amount,Shipping\n"
)
ORDERS = HEADER + (
    "#1001,jane@example.com,paid,2026-11-02 14:03:11 +0100,49.90,EUR,PayPal Express Checkout,"
    "Ceramic vase - Blue,fulfilled,2026-11-04 09:12:00 +0100,0.00,4.90\n"
    "#1002,Max@Example.de,partially_refunded,2026-10-20 10:00:00 +0200,1299.00,EUR,"
    "Shopify Payments (Visa),Oak table,fulfilled,2026-10-25 16:00:00 +0200,100.00,0\n"
    "#1002,,,,,,,Oak bench,,,,\n"
    "#1002,,,,,,,Linen cushion - Sand,,,,\n"
    "#1003,li@example.com,paid,2026-11-18 08:00:00 +0100,25.00,GBP,Klarna,Tea towel,"
    "unfulfilled,,0.00,0\n"
)


@pytest.fixture
def orders_csv(tmp_path: Path) -> Path:
    path = tmp_path / "orders.csv"
    path.write_text(ORDERS, encoding="utf-8")
    return path


def test_it_reads_one_record_per_order_with_every_line_item(orders_csv: Path) -> None:
    orders = read_orders(orders_csv)

    assert sorted(orders) == ["1001", "1002", "1003"]
    table = orders["1002"]
    assert table.email == "max@example.de"
    assert table.created_on == date(2026, 10, 20)
    assert table.total == Money(Decimal("1299.00"), "EUR")
    assert table.payment_method == "visa"
    assert table.products == ("Oak table", "Oak bench", "Linen cushion - Sand")
    assert table.fulfilled_on == date(2026, 10, 25)
    assert table.refunded == Decimal("100.00")
    assert orders["1001"].payment_method == "paypal"
    assert orders["1003"].fulfilled_on is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Order,Email\n#1,a@b.c\n", "the orders file has no 'Name' column"),
        (HEADER + "#1,a@b.c,paid,yesterday,1,EUR,,x,,,,\n", "line 2: Created at: expected a date"),
        (HEADER + "#1,a@b.c,paid,2026-11-02,lots,EUR,,x,,,,\n", "line 2: "),
    ],
)
def test_a_broken_orders_file_is_named_with_the_line(tmp_path: Path, text: str, message: str):
    path = tmp_path / "orders.csv"
    path.write_text(text, encoding="utf-8")

    with pytest.raises(ConfigError) as raised:
        read_orders(path)

    assert str(raised.value).startswith(str(path))
    assert message in str(raised.value)


def test_the_book_reads_the_file_again_when_it_changes(orders_csv: Path) -> None:
    book = OrderBook(orders_csv)
    assert book.find("#1004") is None

    orders_csv.write_text(ORDERS + "#1004,new@example.com,paid,2026-11-19,9.00,EUR,,Mug,,,,\n")
    stat = orders_csv.stat()
    os.utime(orders_csv, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))

    found = book.find("1004")
    assert found is not None and found.products == ("Mug",)


def test_without_a_file_the_book_knows_no_orders() -> None:
    assert OrderBook(None).find("1001") is None


def mail(number="1001", *, amount=None, currency="EUR", ordered=None) -> OrderDetails:
    return OrderDetails(
        number=Fact(number, 0.9, f"#{number}"),
        amount=Fact(Money(Decimal(amount), currency), 0.9, amount) if amount else None,
        date=Fact(ordered, 0.8, "on that day") if ordered else None,
    )


# (number, text of the mail; product, confidence)
PRODUCTS = [
    ("1001", "The vase arrived broken", "Ceramic vase - Blue", 0.95),
    ("1002", "the oak bench has a crack", "Oak bench", 0.9),
    ("1002", "one of the things is damaged", "Oak table, Oak bench, Linen cushion - Sand", 0.6),
]


@pytest.mark.parametrize(("number", "text", "product", "confidence"), PRODUCTS)
def test_the_product_comes_from_the_order(orders_csv, number, text, product, confidence):
    record = read_orders(orders_csv)[number]

    found = with_product(mail(number), record, text).product

    assert found is not None and (found.value, found.confidence) == (product, confidence)


def test_no_record_means_no_product(orders_csv: Path) -> None:
    assert with_product(mail("9999"), None, "the vase").product is None


# (mail's facts, sender; confirmed, mismatches)
CHECKS = [
    (
        mail("1001", amount="49.90", ordered=date(2026, 11, 2)),
        "Jane@Example.com",
        [
            "order 1001 is in the orders file",
            "the sender Jane@Example.com placed it",
            "the amount €49.90 is the order's total",
            "it was placed on 2026-11-02",
            "delivered (fulfilled) on 2026-11-04",
        ],
        [],
    ),
    (
        mail("1001", amount="45.00", ordered=date(2026, 11, 3)),
        "someone@example.org",
        ["order 1001 is in the orders file", "delivered (fulfilled) on 2026-11-04"],
        [
            "it was placed by jane@example.com, not by the sender someone@example.org",
            "the mail says €45.00, the order's total is €49.90",
            "the mail says it was ordered on 2026-11-03, the order was placed on 2026-11-02",
        ],
    ),
    (
        mail("1002"),
        "max@example.de",
        [
            "order 1002 is in the orders file",
            "the sender max@example.de placed it",
            "delivered (fulfilled) on 2026-10-25",
            "already refunded: €100.00",
        ],
        [],
    ),
    (
        mail("1003", amount="25", currency="USD"),
        "li@example.com",
        [
            "order 1003 is in the orders file",
            "the sender li@example.com placed it",
            "not shipped yet",
        ],
        ["the mail says $25, the order's total is £25.00"],
    ),
    (mail("1234"), "jane@example.com", [], ["no order 1234 in the orders file"]),
]


@pytest.mark.parametrize(("details", "sender", "confirmed", "mismatches"), CHECKS)
def test_it_confirms_what_agrees_and_names_every_mismatch(
    orders_csv, details, sender, confirmed, mismatches
):
    record = read_orders(orders_csv).get(details.number.value)

    result = check(details, sender, record)

    assert list(result.confirmed) == confirmed
    assert list(result.mismatches) == mismatches


def test_a_mail_without_an_order_number_is_not_looked_up(orders_csv: Path) -> None:
    result = check(OrderDetails(), "jane@example.com", None)

    assert (result.record, result.confirmed, result.mismatches) == (None, (), ())
