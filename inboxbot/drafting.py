"""Replies drafted from the Jinja2 templates in templates/.

Managers edit these templates, so they render in Jinja2's immutable sandbox
with StrictUndefined: a variable that is not there stops the draft with a
message naming the template, the line and the variable, instead of reaching a
customer as "Dear ,". The context holds plain values only (RELIABILITY TPL-2),
and `*`/`**` are checked so a template cannot build a gigabyte string (TPL-5).
"""

from __future__ import annotations

import re
import secrets
import time
import traceback
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, ChoiceLoader, FileSystemLoader, StrictUndefined, TemplateNotFound
from jinja2 import TemplateError as JinjaTemplateError
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from inboxbot.config import Settings, ShopSettings
from inboxbot.errors import TemplateError
from inboxbot.language import PAYMENT_METHOD_TEXTS, detect_language, money_in
from inboxbot.models import Draft, Email, Label, LabelName, Money, OrderDetails
from inboxbot.orders import OrderCheck
from inboxbot.policy import CHARGE_REASONS, DEFAULT_POLICY, Decision, Policy, current_policy, decide
from inboxbot.screening import OWN_MESSAGE_ID_PREFIX

SUFFIX = ".txt"
MAX_OUTPUT = 64 * 1024
MAX_EXPONENT = 64
# Far beyond any sum of money, far below what takes a CPU-second to compute or
# print: `9**64**64**64` (Jinja reads ** left to right) and a loop squaring a
# namespace variable both stop here instead of filling memory.
MAX_INT_BITS = 4096
# "Re:", "RE :", "Aw:", "SV:", "Antw:", "Re[2]:" … stacked by mail clients in every language.
RE_REPLY_PREFIX = re.compile(
    r"^\s*((re|aw|sv|antw|antwort|r|rif|réf|ref|vs|fw|fwd|wg)(\[\d+\])?\s*:\s*)+", re.I
)


ENGLISH = "en"
# Reasons where a customer may well prefer a new item to their money back.
SWAP_REASONS = frozenset({"size_fit", "wrong_item", "damaged"})


class ReplyEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox, plus limits on the two operators that can exhaust memory."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        integers = isinstance(left, int) and isinstance(right, int)
        if operator == "**":
            if isinstance(right, int | float) and abs(right) > MAX_EXPONENT:
                raise SecurityError(f"exponent {right} is larger than {MAX_EXPONENT}")
            if integers and right > 0 and abs(left).bit_length() * right > MAX_INT_BITS:
                raise SecurityError(f"the power is longer than {MAX_INT_BITS} bits")
        if operator == "*":
            for seq, count in ((left, right), (right, left)):
                repeats = isinstance(seq, str | list | tuple) and isinstance(count, int)
                if repeats and len(seq) * count > MAX_OUTPUT:
                    raise SecurityError(f"repeating a sequence {count} times is too long")
            if integers and abs(left).bit_length() + abs(right).bit_length() > MAX_INT_BITS:
                raise SecurityError(f"the product is longer than {MAX_INT_BITS} bits")
        return super().call_binop(context, operator, left, right)


class TextLoader(BaseLoader):
    """Templates held as text, named by their file name so errors can give the line."""

    def __init__(self, mapping: dict[str, str]) -> None:
        self.mapping = mapping

    def get_source(self, environment: Any, template: str) -> tuple[str, str, Any]:
        if template not in self.mapping:
            raise TemplateNotFound(template)
        source = self.mapping[template]
        return source, template, lambda: source == self.mapping.get(template)


class Drafter:
    """Picks the template for a message and renders the reply."""

    def __init__(
        self,
        templates: Path,
        *,
        shop: ShopSettings,
        overrides: Mapping[str, tuple[int, str]] | None = None,
        policy_file: Path | None = None,
        dispute_days: int = 7,
    ) -> None:
        self.templates = templates
        self.shop = shop
        self.policy_file = policy_file
        self.dispute_days = dispute_days
        self._saved = TextLoader({})
        self.versions: dict[str, int] = {}
        self.env = _environment(ChoiceLoader([self._saved, FileSystemLoader(templates)]))
        self.use_saved(overrides or {})

    def use_saved(self, overrides: Mapping[str, tuple[int, str]]) -> None:
        """Render `name` from the manager's saved (version, text) instead of the file."""
        mapping = {name + SUFFIX: text for name, (_, text) in overrides.items()}
        if mapping != self._saved.mapping:
            # A template compiled from its file stays cached while the file is
            # unchanged; a newly saved (or dropped) version must replace it now.
            self._saved.mapping = mapping
            if self.env.cache is not None:
                self.env.cache.clear()
        self.versions = {name: version for name, (version, _) in overrides.items()}

    def draft(
        self,
        email: Email,
        label: Label,
        order: OrderDetails,
        *,
        checked: OrderCheck | None = None,
    ) -> Draft:
        """The reply to `email`; on a template error, a Draft without body that says why.

        `checked` is what the orders file said about the order: only an order
        found there, with nothing disagreeing, gets a reply that grants a refund.
        """
        reply_to = email.reply_to[0] if email.reply_to else email.sender
        if reply_to is None:
            raise ValueError("a message without a sender reached drafting")
        record = checked.record if checked else None
        policy = current_policy(self.policy_file)
        decision = decide(
            order,
            label=label.name,
            asked_at=email.date,
            zone=self.shop.zone,
            policy=policy,
            delivered_on=record.fulfilled_on if record else None,
            dispute_days=self.dispute_days,
        )
        confirmed = record is not None and checked is not None and not checked.mismatches
        language = self.language_of(email)
        name = self.variant(choose_template(label, order, decision, confirmed=confirmed), language)
        body: str | None = None
        error: str | None = None
        try:
            context = template_context(
                email,
                label,
                order,
                shop=self.shop,
                decision=decision,
                policy=policy,
                language=template_language(name),
            )
            body = self.render(name, context)
        except TemplateError as err:
            error = str(err)
        references = email.references
        if email.message_id and email.message_id not in references:
            references = (*references, email.message_id)
        return Draft(
            template=name,
            subject=reply_subject(email.subject),
            to=reply_to,
            reply_message_id=new_message_id(self.shop.domain),
            in_reply_to=email.message_id,
            references=references,
            body=body,
            error=error,
            template_version=self.versions.get(name),
        )

    def language_of(self, email: Email) -> str:
        """The reply language for `email`: its own if the shop writes it, else the first."""
        found = detect_language(f"{email.subject}\n{email.new_text}")
        languages = self.shop.languages or [ENGLISH]
        return found if found in languages else (ENGLISH if ENGLISH in languages else languages[0])

    def variant(self, name: str, language: str) -> str:
        """The template `name` in `language` ("acknowledge_refund_de"), else `name` itself."""
        if language == ENGLISH:
            return name
        localised = f"{name}_{language}"
        known = (
            localised + SUFFIX in self._saved.mapping
            or (self.templates / (localised + SUFFIX)).is_file()
        )
        return localised if known else name

    def render(self, name: str, context: dict[str, Any]) -> str:
        """Render one template; TemplateError names the template, the line and the problem."""
        return _render(self.env, name, context)

    def try_text(self, name: str, text: str, context: dict[str, Any]) -> str:
        """Render `text` as template `name` would be, without saving it: the editor's check."""
        return _render(_environment(TextLoader({name + SUFFIX: text})), name, context)

    def file_text(self, name: str) -> str:
        """The default text of a template, from the templates folder."""
        path = self.templates / (name + SUFFIX)
        if path.parent != self.templates or not path.is_file():
            raise TemplateError(f"there is no template {name!r}")
        return path.read_text(encoding="utf-8")

    def names(self) -> list[str]:
        """The templates in the folder, by name."""
        return sorted(p.name.removesuffix(SUFFIX) for p in self.templates.glob(f"*{SUFFIX}"))


def _environment(loader: BaseLoader) -> ReplyEnvironment:
    return ReplyEnvironment(
        loader=loader,
        undefined=StrictUndefined,
        autoescape=False,  # plain-text replies; an HTML part gets its own environment
        keep_trailing_newline=True,
        lstrip_blocks=True,
    )


def _render(env: ReplyEnvironment, name: str, context: dict[str, Any]) -> str:
    filename = name + SUFFIX
    try:
        text = env.get_template(filename).render(context)
    except (JinjaTemplateError, SecurityError) as err:
        raise TemplateError(
            f"template {filename}, {_where(err, filename)}{_message(err)}"
        ) from None
    except Exception as err:  # 1/0, a recursive macro, range(10**9): still the template's
        raise TemplateError(
            f"template {filename}, {_where(err, filename)}{type(err).__name__}: {err}"
        ) from None
    if len(text) > MAX_OUTPUT:
        raise TemplateError(
            f"template {filename}: the reply is longer than {MAX_OUTPUT} characters"
        )
    return text.strip() + "\n"


def drafter_for(settings: Settings) -> Drafter:
    """The Drafter for these settings: their templates, shop, policy and dispute deadline."""
    return Drafter(
        settings.templates.path,
        shop=settings.shop,
        policy_file=settings.policy.file,
        dispute_days=settings.followup.dispute_response_days,
    )


def choose_template(
    label: Label, order: OrderDetails, decision: Decision, *, confirmed: bool = False
) -> str:
    """Which reply fits; a refund is granted only for an order the orders file confirmed.

    Without that, the reply acknowledges and says what happens next, and the
    VA, who sees the decision beside it, grants or refuses.
    """
    reason = order.reason.value if order.reason else None
    if label.name == LabelName.OTHER and reason not in CHARGE_REASONS:
        return "acknowledge_other"
    if decision.missing:
        return "need_information"
    if reason == "duplicate_charge":
        return "duplicate_charge"
    if label.name == LabelName.DISPUTE or reason in CHARGE_REASONS:
        return "acknowledge_dispute"
    if decision.eligible is False:
        return "outside_window"
    if decision.eligible and confirmed:
        if decision.fee is not None:
            return "partial_refund"
        if reason in SWAP_REASONS and decision.alternative in ("exchange", "replacement"):
            return "exchange_offered"
        return "refund_approved"
    return "acknowledge_refund"


def template_context(
    email: Email,
    label: Label,
    order: OrderDetails,
    *,
    shop: ShopSettings,
    decision: Decision | None = None,
    policy: Policy = DEFAULT_POLICY,
    language: str = ENGLISH,
) -> dict[str, Any]:
    """What templates may use: plain strings, numbers and lists, nothing with methods.

    Amounts and payment methods are written in `language`, the reply's.
    """
    if decision is None:
        decision = decide(order, label=label.name, asked_at=email.date, zone=shop.zone)
    sender = email.sender
    amount = order.amount.value if order.amount else None
    low, high = policy.processing_days
    return {
        "customer": {
            "name": sender.name if sender else "",
            "first_name": first_name(sender.name if sender else ""),
            "address": sender.address if sender else "",
        },
        "shop": {"name": shop.name, "address": shop.address},
        "label": label.name.value,
        "subject": email.subject,
        "language": language,
        "order": {
            "number": order.number.value if order.number else None,
            "date": order.date.value.isoformat() if order.date else None,
            "amount": str(amount.amount) if amount else None,
            "currency": amount.currency if amount else None,
            "amount_text": _money(amount, language) if amount else None,
            "payment_method": order.payment_method.value if order.payment_method else None,
            "payment_method_text": (
                _payment_text(order.payment_method.value, language)
                if order.payment_method
                else None
            ),
            "product": order.product.value if order.product else None,
            "reason": order.reason.value if order.reason else None,
        },
        "evidence": [
            {"kind": item.kind, "file": item.filename}
            for item in (order.evidence.value if order.evidence else ())
        ],
        "attachments": [a.filename for a in email.attachments],
        "decision": {
            "eligible": decision.eligible,
            "days_left": decision.days_left,
            "refund_text": _money(decision.refund, language) if decision.refund else None,
            "fee_text": _money(decision.fee, language) if decision.fee else None,
            "missing": list(decision.missing),
            "alternative": decision.alternative,
            "final_sale": decision.final_sale,
        },
        "policy": {
            "window_days": policy.refund.window_days,
            "processing_from": low,
            "processing_to": high,
            "refund_shipping": policy.refund.refund_shipping,
            "restocking_fee_percent": str(policy.refund.restocking_fee_percent),
            "store_credit_bonus_percent": str(policy.alternatives.store_credit_bonus_percent),
        },
    }


def template_language(name: str) -> str:
    """The language a template is written in, from its name: "acknowledge_refund_de" -> "de"."""
    suffix = name.rpartition("_")[2]
    return suffix if suffix in PAYMENT_METHOD_TEXTS else ENGLISH


def _money(money: Money, language: str) -> str:
    return money_in(money.amount, money.currency, language)


def _payment_text(method: str, language: str) -> str:
    texts = PAYMENT_METHOD_TEXTS.get(language, PAYMENT_METHOD_TEXTS[ENGLISH])
    return texts.get(method, method)


def first_name(display_name: str) -> str:
    """The name to greet: "Jane" from "Jane Doe" and from "Doe, Jane"; "" when unsure."""
    name = display_name.strip().strip("\"'")
    if not name or "@" in name:
        return ""
    if "," in name:
        name = name.split(",", 1)[1].strip()
    first = name.split()[0] if name.split() else ""
    return first if first.replace("-", "").replace("'", "").isalpha() else ""


def reply_subject(subject: str) -> str:
    """'Re: ' and the original subject, without stacking 'Re: Re: Aw:'."""
    return "Re: " + (RE_REPLY_PREFIX.sub("", subject).strip() or "your message")


def new_message_id(domain: str) -> str:
    """A Message-ID for our reply, made once when the draft is made (RELIABILITY OUT-1)."""
    # The prefix is how screening knows our own reply when it comes back (a loop).
    return f"<{OWN_MESSAGE_ID_PREFIX}{int(time.time())}.{secrets.token_hex(8)}@{domain}>"


def _where(err: BaseException, filename: str) -> str:
    line = getattr(err, "lineno", None)
    if line is None:
        for frame in reversed(traceback.extract_tb(err.__traceback__)):
            if frame.filename.endswith(filename):
                line = frame.lineno
                break
    return f"line {line}: " if line else ""


def _message(err: BaseException) -> str:
    return getattr(err, "message", None) or str(err) or type(err).__name__
