"""The shop's refund policy, and what it says about one request: a Decision.

`decide` is a pure function of the extracted facts, the label, the moment the
customer asked and the policy, so it is table-tested at the edges. The order
(or delivery) date is a calendar date as the customer or the orders file gave
it; the moment of asking is turned into a date in the shop's time zone first,
so a mail sent at 00:30 in Berlin counts for that Berlin day, not for the UTC
day before. `load_policy` reads `policy.toml` once at start-up.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Literal, get_args
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from inboxbot.errors import ConfigError
from inboxbot.models import LabelName, Money, OrderDetails, money_text

Alternative = Literal["exchange", "replacement", "store_credit", "troubleshooting"]
ALTERNATIVES: tuple[Alternative, ...] = get_args(Alternative)
# Reasons that are about a charge, not about goods: no return window applies.
CHARGE_REASONS = frozenset({"duplicate_charge", "unauthorised", "fee"})
# Reasons where nothing usable arrived: no return window applies either.
NOT_DELIVERED_REASONS = frozenset({"not_received", "late"})
# The customer's own choice: the only reasons a restocking fee applies to.
FEE_REASONS = frozenset({"changed_mind", "size_fit"})
# What to offer beside a refund inside the window, by reason.
ALTERNATIVE_FOR_REASON = {
    "size_fit": "exchange",
    "damaged": "replacement",
    "wrong_item": "replacement",
    "not_as_described": "troubleshooting",
    "not_received": "replacement",
    "late": "replacement",
}
# What a decision may find missing, as the VA reads it.
MISSING = {
    "order_number": "order number",
    "photo": "photo of the damage",
}
RE_BUSINESS_DAYS = re.compile(r"(\d{1,2})-(\d{1,2})")
CENT = Decimal("0.01")


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RefundRules(_Section):
    window_days: int = Field(30, ge=0, le=3650, description="Days a customer has to ask.")
    window_from: Literal["delivery", "order"] = Field(
        "delivery", description="Where the window starts."
    )
    processing_business_days: str = Field(
        "5-10", description="Business days until a refund arrives, as from-to."
    )
    restocking_fee_percent: Decimal = Field(
        Decimal(0), ge=0, le=100, description="Percent kept for a change of mind or size."
    )
    refund_shipping: bool = Field(False, description="Whether shipping is refunded too.")
    final_sale: list[str] = Field(
        default_factory=lambda: ["gift card", "final sale"],
        description="Words that mark a final-sale product.",
    )
    photo_required_for_damage: bool = Field(
        False, description="Whether damage must be shown with a photo."
    )

    @field_validator("processing_business_days")
    @classmethod
    def _range(cls, value: str) -> str:
        match = RE_BUSINESS_DAYS.fullmatch(value.replace(" ", ""))
        if match is None or int(match[1]) > int(match[2]):
            raise ValueError(f'expected business days as "from-to" like "5-10", got {value!r}')
        return value


class AlternativeRules(_Section):
    offer: list[Alternative] = Field(
        default_factory=lambda: list(ALTERNATIVES),
        description="What may be offered instead of a refund, preferred first.",
    )
    store_credit_bonus_percent: Decimal = Field(
        Decimal(10), ge=0, le=100, description="Extra store credit, in percent."
    )


class Policy(_Section):
    """The refund policy: config/policy.toml."""

    refund: RefundRules = Field(default_factory=RefundRules)
    alternatives: AlternativeRules = Field(default_factory=AlternativeRules)

    @property
    def processing_days(self) -> tuple[int, int]:
        """The business days a refund takes, (from, to)."""
        match = RE_BUSINESS_DAYS.fullmatch(self.refund.processing_business_days.replace(" ", ""))
        assert match is not None  # checked by the validator
        return int(match[1]), int(match[2])


DEFAULT_POLICY = Policy()


def current_policy(path: Path | None) -> Policy:
    """The policy in `path`, read again only when the file has changed."""
    if path is None:
        return DEFAULT_POLICY
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        stamp = 0
    return _read_once(path, stamp)


@functools.lru_cache(maxsize=8)
def _read_once(path: Path, stamp: int) -> Policy:
    return load_policy(path)


def load_policy(path: Path | None) -> Policy:
    """The policy in `path` (None: the defaults); ConfigError names the file and the key."""
    if path is None:
        return DEFAULT_POLICY
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except OSError as err:
        raise ConfigError(f"{path}: cannot read: {err.strerror}") from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: not valid TOML: {err}") from None
    try:
        return Policy.model_validate(data)
    except ValidationError as err:
        problems = []
        for error in err.errors():
            key = ".".join(str(part) for part in error["loc"])
            message = "unknown key" if error["type"] == "extra_forbidden" else error["msg"]
            problems.append(f"{path}: {key}: {message}")
        raise ConfigError("\n".join(problems)) from None


@dataclass(frozen=True, slots=True)
class Decision:
    """What the policy says about one request, with one sentence saying why."""

    eligible: bool | None  # None: cannot tell yet, or not a refund question
    day: int | None = None  # days from the window's start to the request; its own day is 0
    days_left: int | None = None  # days still inside the window; negative once outside
    refund: Money | None = None  # what to pay back, the fee taken off
    fee: Money | None = None  # the restocking fee kept
    missing: tuple[str, ...] = ()  # what to ask the customer for: MISSING's keys
    alternative: str | None = None  # one of ALTERNATIVES, to offer
    sentence: str = ""  # for the VA, e.g. "day 12 of a 30-day window: full refund"
    final_sale: bool = False  # no refund because the product is final sale


def decide(
    order: OrderDetails,
    *,
    label: LabelName,
    asked_at: datetime | None,
    zone: ZoneInfo,
    policy: Policy = DEFAULT_POLICY,
    delivered_on: date | None = None,
    dispute_days: int = 7,
) -> Decision:
    """What the policy says about a request asked at `asked_at` with these facts."""
    reason = order.reason.value if order.reason else None
    missing = () if order.number else ("order_number",)
    if label == LabelName.OTHER and reason is None:
        return Decision(None, sentence="not a refund request: no refund window to check")
    if label == LabelName.DISPUTE or reason in CHARGE_REASONS:
        return _charge(order, reason, asked_at, zone, missing, dispute_days)
    product = order.product.value if order.product else ""
    sale_word = next((w for w in policy.refund.final_sale if w.lower() in product.lower()), None)
    if sale_word is not None:
        alternative = _offer(policy, "store_credit")
        return Decision(
            False,
            missing=missing,
            alternative=alternative,
            final_sale=True,
            sentence=f"“{product}” is final sale: no refund"
            + (f", offer {_alternative_text(alternative, policy)}" if alternative else ""),
        )
    if reason in NOT_DELIVERED_REASONS:
        what = "never arrived" if reason == "not_received" else "arrived late"
        return Decision(
            True,
            refund=order.amount.value if order.amount else None,
            missing=missing,
            alternative=_offer(policy, "replacement"),
            sentence=f"the order {what}: no return window applies, refund or send a replacement",
        )
    if reason == "damaged" and policy.refund.photo_required_for_damage and not _has_photo(order):
        return Decision(
            None,
            missing=(*missing, "photo"),
            alternative=_offer(policy, "replacement"),
            sentence="damage reported without a photo: ask for one before refunding",
        )
    return _window(order, reason, asked_at, zone, policy, delivered_on, missing)


def _window(
    order: OrderDetails,
    reason: str | None,
    asked_at: datetime | None,
    zone: ZoneInfo,
    policy: Policy,
    delivered_on: date | None,
    missing: tuple[str, ...],
) -> Decision:
    """Inside or outside the refund window, and what to pay back."""
    rules = policy.refund
    from_delivery = rules.window_from == "delivery" and delivered_on is not None
    start = delivered_on if from_delivery else (order.date.value if order.date else None)
    if start is None:
        # Not asked for: the order number finds the date, and without one the
        # question for the number offers the date as the way to find the order.
        return Decision(
            None, missing=missing, sentence="no order date found: the window cannot be checked"
        )
    if asked_at is None:
        return Decision(
            None, missing=missing, sentence="the mail has no date: the window cannot be checked"
        )
    if asked_at.tzinfo is None:
        asked_at = asked_at.replace(tzinfo=UTC)
    day = (asked_at.astimezone(zone).date() - start).days
    left = rules.window_days - day
    since = "delivery" if from_delivery else "the order"
    window = f"a {rules.window_days}-day window from {since}"
    if day < 0:
        return Decision(
            None,
            day,
            missing=missing,
            sentence=f"the {'delivery' if from_delivery else 'order'} date {start.isoformat()} "
            "is after the mail: check it",
        )
    if day > rules.window_days:
        alternative = _offer(policy, "store_credit", "exchange")
        offer = f", offer {_alternative_text(alternative, policy)}" if alternative else ""
        return Decision(
            False,
            day,
            left,
            missing=missing,
            alternative=alternative,
            sentence=f"day {day} of {window}: outside it{offer}",
        )
    amount = order.amount.value if order.amount else None
    percent = rules.restocking_fee_percent if reason in FEE_REASONS else Decimal(0)
    suits = ALTERNATIVE_FOR_REASON.get(reason or "")
    alternative = _offer(policy, suits) if suits else None
    if not percent:
        what = f"full refund of {money_text(amount)}" if amount else "full refund"
        return Decision(
            True,
            day,
            left,
            refund=amount,
            missing=missing,
            alternative=alternative,
            sentence=f"day {day} of {window}: {what}",
        )
    if amount is None:
        return Decision(
            True,
            day,
            left,
            missing=missing,
            alternative=alternative,
            sentence=f"day {day} of {window}: refund less a {percent}% restocking fee",
        )
    fee = Money((amount.amount * percent / 100).quantize(CENT, ROUND_HALF_UP), amount.currency)
    refund = Money(amount.amount - fee.amount, amount.currency)
    return Decision(
        True,
        day,
        left,
        refund=refund,
        fee=fee,
        missing=missing,
        alternative=alternative,
        sentence=f"day {day} of {window}: refund {money_text(refund)} "
        f"after a {percent}% restocking fee of {money_text(fee)}",
    )


def _charge(
    order: OrderDetails,
    reason: str | None,
    asked_at: datetime | None,
    zone: ZoneInfo,
    missing: tuple[str, ...],
    dispute_days: int,
) -> Decision:
    """A question about a charge: check the payment records, answer by the deadline."""
    amount = order.amount.value if order.amount else None
    of = f" of {money_text(amount)}" if amount else ""
    if reason == "duplicate_charge":
        what = f"a duplicate charge{of}: refund it once the payment records confirm it"
        refund = amount
    elif reason == "fee":
        what = f"a disputed fee{of}: explain it, or refund it if we charged it by mistake"
        refund = None
    else:
        what = f"a charge{of} the customer does not recognise: check the payment records"
        refund = None
    if asked_at is not None:
        if asked_at.tzinfo is None:
            asked_at = asked_at.replace(tzinfo=UTC)
        by = (asked_at.astimezone(zone) + timedelta(days=dispute_days)).date()
        what += f"; answer by {by.isoformat()}"
    return Decision(None, refund=refund, missing=missing, sentence=what)


def _has_photo(order: OrderDetails) -> bool:
    evidence = order.evidence.value if order.evidence else ()
    return any(item.kind in ("photo", "screenshot") for item in evidence)


def _offer(policy: Policy, *preferred: str) -> str | None:
    """The first of `preferred` the policy offers, else the policy's own first choice."""
    offered = policy.alternatives.offer
    return next((a for a in preferred if a in offered), offered[0] if offered else None)


def _alternative_text(alternative: str, policy: Policy) -> str:
    bonus = policy.alternatives.store_credit_bonus_percent
    if alternative == "store_credit" and bonus:
        return f"store credit with a {bonus}% bonus"
    return alternative.replace("_", " ")
