"""The pure part of the pipeline: screen → classify → extract → draft, no I/O.

It runs in the worker process during a poll (`inboxbot/worker.py`), and in
this process for `inboxbot triage`. The stages draft from the template files
until `use_saved` hands them the managers' saved templates, as the worker does
for every batch.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from classifiers import Classifier
from inboxbot.config import Settings
from inboxbot.drafting import drafter_for
from inboxbot.errors import ConfigError
from inboxbot.extraction import extract
from inboxbot.models import Draft, Email, Label, OrderDetails, Skip
from inboxbot.orders import OrderBook, OrderCheck, check, with_product
from inboxbot.screening import screen


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the stages made of one parsed message."""

    email: Email
    skip: Skip | None
    label: Label
    order: OrderDetails
    draft: Draft | None


class Stages:
    """screen → classify → extract → draft, over parsed mail."""

    def __init__(self, settings: Settings, *, classifier: Classifier | None = None) -> None:
        self.settings = settings
        self.classifier = classifier or Classifier.default()
        self.drafter = drafter_for(settings)
        self.orders = OrderBook(settings.orders.file)

    def use_saved(self, templates: Mapping[str, tuple[int, str]]) -> None:
        """Draft from these saved templates, {name: (version, text)}, and the files for the rest."""
        self.drafter.use_saved(templates)

    def run(self, emails: Sequence[Email]) -> list[Outcome]:
        """The outcome of each message; the classifier sees the whole batch at once."""
        shop = self.settings.shop
        labels = self.classifier.predict_many([(e.subject, e.new_text) for e in emails])
        outcomes = []
        for email, label in zip(emails, labels, strict=True):
            skip = screen(email, own_addresses=shop.own_addresses, own_domain=shop.domain)
            order = extract(email, timezone=shop.zone, order_patterns=shop.order_number_patterns)
            order, checked = self._look_up(order, email)
            draft = None if skip else self.drafter.draft(email, label, order, checked=checked)
            outcomes.append(Outcome(email, skip, label, order, draft))
        return outcomes

    def _look_up(self, order: OrderDetails, email: Email) -> tuple[OrderDetails, OrderCheck | None]:
        """The order in the orders file: the product from it, and what agrees with the mail.

        A broken file leaves both out; the draft's page says why.
        """
        if order.number is None or self.orders.path is None:
            return order, None
        try:
            record = self.orders.find(order.number.value)
        except ConfigError:
            return order, None
        order = with_product(order, record, f"{email.subject}\n{email.new_text}")
        sender = email.sender.address if email.sender else ""
        return order, check(order, sender, record)
