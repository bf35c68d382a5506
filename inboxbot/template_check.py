"""Every reply template rendered against sample mail before a customer meets it.

`check_templates` renders each template in the folder for every label and
every kind of decision (refund granted, with a fee, refused, final sale,
something missing, a charge) with all facts known and with none, and lists
every failure; it also names a reply the drafter may choose that has no file,
and a reply language in `shop.languages` that a template lacks.
`preview` drafts one template for one mail file, as the poller would.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

from inboxbot.config import Settings
from inboxbot.drafting import ENGLISH, Drafter, template_context, template_language
from inboxbot.errors import TemplateError
from inboxbot.extraction import extract
from inboxbot.mail.parse import parse
from inboxbot.models import (
    Address,
    Email,
    Evidence,
    Fact,
    Label,
    LabelName,
    Money,
    OrderDetails,
)
from inboxbot.orders import OrderBook, check
from inboxbot.policy import Decision, current_policy, decide

# Every reply the drafter chooses (`choose_template`), and the follow-up.
REPLIES = (
    "acknowledge_refund",
    "need_information",
    "refund_approved",
    "outside_window",
    "partial_refund",
    "exchange_offered",
    "acknowledge_dispute",
    "duplicate_charge",
    "acknowledge_other",
    "refund_follow_up",
)
SENT = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
FULL = OrderDetails(
    number=Fact("1001", 0.9, "order #1001"),
    date=Fact(date(2026, 11, 2), 0.9, "on 2 November"),
    amount=Fact(Money(Decimal("49.90"), "EUR"), 0.9, "49,90 €"),
    payment_method=Fact("paypal", 0.9, "PayPal"),
    product=Fact("Ceramic vase - Blue", 0.95, "orders file"),
    reason=Fact("damaged", 0.8, "broken"),
    evidence=Fact((Evidence("photo", "IMG_2041.jpg"),), 0.9, "IMG_2041.jpg"),
)
ORDERS = (FULL, OrderDetails(), replace(FULL, reason=Fact("size_fit", 0.8, "too small")))
# Decisions of every kind a template may meet, whatever the facts.
DECISIONS = (
    Decision(True, 5, 25, refund=Money(Decimal("49.90"), "EUR"), alternative="replacement"),
    Decision(
        True,
        5,
        25,
        refund=Money(Decimal("44.91"), "EUR"),
        fee=Money(Decimal("4.99"), "EUR"),
        alternative="exchange",
    ),
    Decision(True, 5, 25),
    Decision(False, 41, -11, alternative="store_credit"),
    Decision(False, alternative="store_credit", final_sale=True),
    Decision(False, 41, -11, alternative="troubleshooting"),
    Decision(False, 41, -11),
    Decision(None, missing=("order_number", "photo")),
    Decision(None, missing=("photo",)),
    Decision(None),
)


def sample_email(*, named: bool) -> Email:
    """A customer's mail as the parser would hand it over, with or without a name."""
    sender = Address("Jane Doe" if named else "", "jane@example.com")
    return Email(
        message_id="<sample@example.com>",
        subject="Refund for order #1001",
        sender=sender,
        to=(Address("", "support@shop.invalid"),),
        cc=(),
        reply_to=(),
        date=SENT,
        in_reply_to=None,
        references=(),
        headers=(),
        content_type="text/plain",
        part_types=("text/plain",),
        text="The vase from order #1001 arrived broken.",
        new_text="The vase from order #1001 arrived broken.",
        html=None,
        attachments=(),
        defects=(),
        dedup_key="sample",
    )


def check_templates(drafter: Drafter, settings: Settings) -> tuple[int, list[str]]:
    """How many renderings were tried, and every problem found (none: all is well)."""
    names = drafter.names()
    problems = [
        f"{reply}: no such template in {drafter.templates}"
        for reply in REPLIES
        if reply not in names
    ]
    for reply in REPLIES:
        for language in settings.shop.languages:
            localised = f"{reply}_{language}"
            if language != ENGLISH and reply in names and localised not in names:
                problems.append(
                    f"{localised}: no such template, though shop.languages lists {language!r} "
                    f"(English is sent instead)"
                )
    policy = current_policy(settings.policy.file)
    tried = 0
    for name in names:
        language = template_language(name)
        for label in LabelName:
            for order in ORDERS:
                for decision in DECISIONS:
                    for named in (True, False):
                        context = template_context(
                            sample_email(named=named),
                            Label(label, 1.0, "sample", "sample"),
                            order,
                            shop=settings.shop,
                            decision=decision,
                            policy=policy,
                            language=language,
                        )
                        tried += 1
                        try:
                            drafter.render(name, context)
                        except TemplateError as err:
                            problems.append(str(err))
                            break
    return tried, sorted(set(problems), key=problems.index)


def preview(drafter: Drafter, settings: Settings, name: str, raw: bytes) -> str:
    """Template `name` rendered for the mail `raw` as the poller would; TemplateError if not."""
    if name not in drafter.names():
        raise TemplateError(f"there is no template {name!r} in {drafter.templates}")
    email = parse(raw)
    shop = settings.shop
    order = extract(email, timezone=shop.zone, order_patterns=shop.order_number_patterns)
    label = Label(LabelName.REFUND, 1.0, "preview", "preview")
    if name.startswith(("acknowledge_dispute", "duplicate_charge")):
        label = replace(label, name=LabelName.DISPUTE)
    elif name.startswith("acknowledge_other"):
        label = replace(label, name=LabelName.OTHER)
    record = OrderBook(settings.orders.file).find(order.number.value) if order.number else None
    sender = email.sender.address if email.sender else ""
    checked = check(order, sender, record) if settings.orders.file else None
    decision = decide(
        order,
        label=label.name,
        asked_at=email.date,
        zone=shop.zone,
        policy=current_policy(settings.policy.file),
        delivered_on=checked.record.fulfilled_on if checked and checked.record else None,
        dispute_days=settings.followup.dispute_response_days,
    )
    context = template_context(
        email,
        label,
        order,
        shop=shop,
        decision=decision,
        policy=current_policy(settings.policy.file),
        language=template_language(name),
    )
    return drafter.render(name, context)
