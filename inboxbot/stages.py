"""The pure part of the pipeline: screen → classify → extract → draft, no I/O.

It runs in the worker process during a poll (`inboxbot/worker.py`), and in
this process for `inboxbot triage`. The stages draft from the template files
until `use_saved` hands them the managers' saved templates, as the worker does
for every batch.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from classifiers import Classifier
from classifiers.persist import ModelFileError, load, load_or_train
from inboxbot.config import Settings
from inboxbot.drafting import drafter_for
from inboxbot.errors import ConfigError
from inboxbot.extraction import extract
from inboxbot.models import Email, OrderDetails, Outcome
from inboxbot.orders import OrderBook, OrderCheck, check, with_product
from inboxbot.screening import screen


class Stages:
    """screen → classify → extract → draft, over parsed mail."""

    def __init__(self, settings: Settings, *, classifier: Classifier | None = None) -> None:
        """With no `classifier`, the model file's (trained and written if out of date)."""
        self.settings = settings
        self._model_path = settings.classifier.model_path
        self._model_stamp: float | None = None
        if classifier is None:
            classifier = load_or_train(
                self._model_path, triage_below=settings.classifier.triage_below
            )
            self._model_stamp = self._stamp()
        self.classifier = classifier
        # The first prediction pays one-off costs (lazy imports, caches); pay them
        # now, before any message's time limit starts.
        self.classifier.predict(subject="", text="warm-up")
        self.drafter = drafter_for(settings)
        self.orders = OrderBook(settings.orders.file)

    def _stamp(self) -> float | None:
        try:
            return self._model_path.stat().st_mtime
        except OSError:
            return None

    def reload_model(self) -> bool:
        """Read the model file again if a retrain replaced it; whether the model changed."""
        if self._model_stamp is None:
            return False  # a classifier handed in, or no file: nothing to follow
        stamp = self._stamp()
        if stamp is None or stamp == self._model_stamp:
            return False
        try:
            found = load(self._model_path, triage_below=self.settings.classifier.triage_below)
        except (OSError, ModelFileError):
            return False  # keep the model in hand; the next batch tries again
        self.classifier, self._model_stamp = found.classifier, stamp
        return True

    def use_saved(self, templates: Mapping[str, tuple[int, str]]) -> None:
        """Draft from these saved templates, {name: (version, text)}, and the files for the rest."""
        self.drafter.use_saved(templates)

    def run(self, emails: Sequence[Email]) -> list[Outcome]:
        """The outcome of each message; the classifier sees the whole batch at once."""
        shop = self.settings.shop
        # The whole text: the classifier weighs the quoted history below the new text.
        labels = self.classifier.predict_many([(e.subject, e.text) for e in emails])
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
