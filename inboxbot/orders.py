"""The shop's orders export (a Shopify-style CSV): does the order exist, and do the facts agree?

`OrderBook` reads the file and reads it again when it changes; `check` is a
pure function that sets the customer's words beside the order's record. A
disagreement is written down for the VA, never settled by guessing: the mail's
facts stay as the customer wrote them, only the product, which customers
rarely name exactly, is taken from the record.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from inboxbot.errors import ConfigError
from inboxbot.extraction.amount import parse_amount
from inboxbot.extraction.payment import find_payment_methods
from inboxbot.models import Fact, Money, OrderDetails, money_text

# The columns read; the rest of an export is ignored. Only Name is required.
NAME = "Name"
COLUMNS = (
    NAME,
    "Email",
    "Created at",
    "Total",
    "Currency",
    "Payment Method",
    "Lineitem name",
    "Financial Status",
    "Fulfillment Status",
    "Fulfilled at",
    "Refunded Amount",
)
RE_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
CONFIDENCE_ONE_ITEM = 0.95  # the order holds one product: it is that one
CONFIDENCE_NAMED_ITEM = 0.9  # the mail names one of the order's products
CONFIDENCE_ALL_ITEMS = 0.6  # several products, the mail names none of them


@dataclass(frozen=True, slots=True)
class OrderRecord:
    """One order as the shop's export has it."""

    number: str  # as extraction writes it: no "#", upper case
    email: str
    created_on: date | None
    total: Money | None
    payment_method: str | None
    products: tuple[str, ...]
    financial_status: str
    fulfillment_status: str
    fulfilled_on: date | None
    refunded: Decimal


@dataclass(frozen=True, slots=True)
class OrderCheck:
    """What the orders file says about the mail's facts."""

    record: OrderRecord | None
    confirmed: tuple[str, ...]  # e.g. "the amount €49.90 is the order's total"
    mismatches: tuple[str, ...]  # e.g. "no order 1234 in the orders file"


def order_key(number: str) -> str:
    """An order number as extraction writes it: "#1001" and "1001" are the same order."""
    return number.strip().lstrip("#").strip().upper()


def read_orders(path: Path) -> dict[str, OrderRecord]:
    """The orders in a CSV export, by number; ConfigError names the file, line and column."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as f:
            reader = csv.DictReader(f)
            rows = list(reader)
            header = list(reader.fieldnames or [])
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file (orders.file)") from None
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise ConfigError(f"{path}: cannot read the orders file: {err}") from None
    if NAME not in header:
        raise ConfigError(f"{path}: the orders file has no {NAME!r} column")
    orders: dict[str, OrderRecord] = {}
    for line, row in enumerate(rows, 2):
        try:
            _add_row(orders, row)
        except (InvalidOperation, ValueError) as err:
            raise ConfigError(f"{path}, line {line}: {err}") from None
    return orders


def _add_row(orders: dict[str, OrderRecord], row: Mapping[str, str | None]) -> None:
    """One CSV row: a new order, or one more line item of the order above it."""

    def cell(column: str) -> str:
        return (row.get(column) or "").strip()

    key = order_key(cell(NAME))
    if not key:
        return
    item = cell("Lineitem name")
    known = orders.get(key)
    if known is not None:  # Shopify repeats the name on each line item's row
        if item and item not in known.products:
            orders[key] = replace(known, products=(*known.products, item))
        return
    currency = cell("Currency").upper() or None
    total = cell("Total")
    methods = find_payment_methods(cell("Payment Method"))
    orders[key] = OrderRecord(
        number=key,
        email=cell("Email").lower(),
        created_on=_date(cell("Created at"), "Created at"),
        total=Money(parse_amount(total), currency) if total else None,
        payment_method=methods[0].fact.value if methods else None,
        products=(item,) if item else (),
        financial_status=cell("Financial Status").lower(),
        fulfillment_status=cell("Fulfillment Status").lower(),
        fulfilled_on=_date(cell("Fulfilled at"), "Fulfilled at"),
        refunded=parse_amount(cell("Refunded Amount")) if cell("Refunded Amount") else Decimal(0),
    )


def _date(text: str, column: str) -> date | None:
    """The calendar day of "2026-11-02 14:03:11 +0100", as the shop wrote it."""
    if not text:
        return None
    match = RE_DATE.match(text)
    if match is None:
        raise ValueError(f"{column}: expected a date like 2026-11-02, got {text!r}")
    return datetime.strptime(match.group(), "%Y-%m-%d").date()


class OrderBook:
    """The orders file, read again whenever it has changed on disk."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._stamp: tuple[int, int] | None = None
        self._orders: dict[str, OrderRecord] = {}

    def find(self, number: str) -> OrderRecord | None:
        """The order with this number, or None (also without an orders file)."""
        return self.orders().get(order_key(number))

    def orders(self) -> dict[str, OrderRecord]:
        """Every order in the file; ConfigError when it cannot be read."""
        if self.path is None:
            return {}
        try:
            stat = self.path.stat()
        except OSError:
            raise ConfigError(f"{self.path}: no such file (orders.file)") from None
        stamp = (stat.st_mtime_ns, stat.st_size)
        if stamp != self._stamp:
            self._orders = read_orders(self.path)
            self._stamp = stamp
        return self._orders


def with_product(order: OrderDetails, record: OrderRecord | None, text: str) -> OrderDetails:
    """The details with the product taken from the order's record, when it has one."""
    if record is None or not record.products or order.product is not None:
        return order
    if len(record.products) == 1:
        (name,) = record.products
        return replace(order, product=Fact(name, CONFIDENCE_ONE_ITEM, "orders file"))
    lowered = text.lower()
    named = [p for p in record.products if _core(p) and _core(p) in lowered]
    if len(named) == 1:
        return replace(order, product=Fact(named[0], CONFIDENCE_NAMED_ITEM, _core(named[0])))
    return replace(
        order, product=Fact(", ".join(record.products), CONFIDENCE_ALL_ITEMS, "orders file")
    )


def _core(product: str) -> str:
    """A product's name without its variant: "Ceramic vase - Blue / L" -> "ceramic vase"."""
    return product.split(" - ")[0].strip().lower()


def check(order: OrderDetails, sender: str, record: OrderRecord | None) -> OrderCheck:
    """The mail's facts beside the order's record: what agrees, and what does not."""
    if order.number is None:
        return OrderCheck(None, (), ())
    if record is None:
        return OrderCheck(None, (), (f"no order {order.number.value} in the orders file",))
    confirmed: list[str] = [f"order {record.number} is in the orders file"]
    mismatches: list[str] = []
    if record.email and sender:
        if record.email == sender.lower():
            confirmed.append(f"the sender {sender} placed it")
        else:
            mismatches.append(f"it was placed by {record.email}, not by the sender {sender}")
    if order.amount is not None and record.total is not None:
        said, total = order.amount.value, record.total
        if said.amount == total.amount and said.currency in (total.currency, None):
            confirmed.append(f"the amount {money_text(said)} is the order's total")
        else:
            mismatches.append(
                f"the mail says {money_text(said)}, the order's total is {money_text(total)}"
            )
    if order.date is not None and record.created_on is not None:
        said_on = order.date.value
        if said_on == record.created_on:
            confirmed.append(f"it was placed on {said_on.isoformat()}")
        else:
            mismatches.append(
                f"the mail says it was ordered on {said_on.isoformat()}, "
                f"the order was placed on {record.created_on.isoformat()}"
            )
    confirmed += _status(record)
    return OrderCheck(record, tuple(confirmed), tuple(mismatches))


def _status(record: OrderRecord) -> Iterable[str]:
    """What the VA should know before refunding: delivery, and what was refunded already."""
    if record.fulfilled_on is not None:
        yield f"delivered (fulfilled) on {record.fulfilled_on.isoformat()}"
    elif record.fulfillment_status in ("", "unfulfilled"):
        yield "not shipped yet"
    if record.refunded > 0:
        currency = record.total.currency if record.total else None
        yield f"already refunded: {money_text(Money(record.refunded, currency))}"
    elif record.financial_status in ("refunded", "voided"):
        yield f"payment status: {record.financial_status}"
