"""The plain data the pipeline stages hand each other.

Every stage takes and returns these frozen dataclasses, never ORM rows or
mail-parser objects, so each stage can be tested alone with literal values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Generic, TypeVar

T = TypeVar("T")


class LabelName(StrEnum):
    """What a customer's mail is about."""

    REFUND = "refund"
    DISPUTE = "dispute"
    OTHER = "other"


class DraftStatus(StrEnum):
    """Where a draft stands.

    People's decisions (approve, reject, resolve an uncertain send) are made in
    `review.py`; the outbox's moves (approved → sending → sent | failed |
    uncertain) in `store/sending.py`. Each is a conditional UPDATE of one row.
    """

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    UNCERTAIN = "uncertain"


class SkipReason(StrEnum):
    """Why a message gets no draft although it was recorded."""

    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    MAILING_LIST = "mailing_list"
    BULK = "bulk"
    NO_REPLY = "no_reply"
    OWN_ADDRESS = "own_address"
    LOOP = "loop"


@dataclass(frozen=True, slots=True)
class MessageRef:
    """Where a message lives: (account, folder, UIDVALIDITY, item).

    For IMAP, `item` is the UID written in decimal and `uid` holds it as a
    number; a Maildir has no UIDs, so `item` is the file's unique name,
    `uidvalidity` is 0 and `uid` is None.
    """

    account: str
    folder: str
    uidvalidity: int
    item: str
    uid: int | None = None


@dataclass(frozen=True, slots=True)
class RawMessage:
    """The bytes of one message as a mailbox handed them over."""

    ref: MessageRef
    raw: bytes = field(repr=False)
    internal_date: datetime | None = None


@dataclass(frozen=True, slots=True)
class Address:
    """A mailbox: the display name (possibly empty) and the address."""

    name: str
    address: str

    def __str__(self) -> str:
        return f"{self.name} <{self.address}>" if self.name else self.address


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file the customer sent along, kept as evidence."""

    filename: str  # safe to show and to use as a download name
    content_type: str
    size: int
    sha256: str
    data: bytes = field(repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class Email:
    """One parsed message: decoded headers, its text, and its attachments."""

    message_id: str | None
    subject: str
    sender: Address | None
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    reply_to: tuple[Address, ...]
    date: datetime | None  # aware, UTC
    in_reply_to: str | None
    references: tuple[str, ...]
    # Every header as (lower-case name, decoded value), in order, for screening.
    headers: tuple[tuple[str, str], ...]
    content_type: str  # of the top-level part, e.g. "multipart/report"
    part_types: tuple[str, ...]  # content types of every part, in walk order
    text: str  # the whole text; HTML-only mail turned into text
    new_text: str  # what the sender wrote this time: no quoted history, no signature
    html: str | None  # the HTML part as sent; never shown unsanitised
    attachments: tuple[Attachment, ...]
    defects: tuple[str, ...]
    dedup_key: str

    def header(self, name: str) -> str | None:
        """The first value of the header `name` (any case), or None."""
        wanted = name.lower()
        for key, value in self.headers:
            if key == wanted:
                return value
        return None

    def header_values(self, name: str) -> list[str]:
        """Every value of the header `name` (any case), in order."""
        wanted = name.lower()
        return [value for key, value in self.headers if key == wanted]

    @property
    def quoted_text(self) -> str:
        """The part of the text that is not new: quoted history, signature."""
        if self.new_text and self.text.startswith(self.new_text):
            return self.text[len(self.new_text) :].strip()
        return "" if self.new_text == self.text else self.text


@dataclass(frozen=True, slots=True)
class Skip:
    """The verdict of screening: this message must get no draft, and why."""

    reason: SkipReason
    detail: str  # the evidence, e.g. "Auto-Submitted: auto-replied"


@dataclass(frozen=True, slots=True)
class Label:
    """What the classifier decided, with how sure it is and why."""

    name: LabelName
    confidence: float  # 0..1
    source: str  # "rule" or "model"
    reason: str  # one sentence a VA can read
    words: tuple[str, ...] = ()  # the words that drove the decision
    needs_triage: bool = False  # too unsure: a person should look at it first


@dataclass(frozen=True, slots=True)
class Fact(Generic[T]):
    """One extracted value with how sure we are and the words it came from."""

    value: T
    confidence: float
    source_text: str


@dataclass(frozen=True, slots=True)
class Money:
    """An amount of money; the currency is an ISO 4217 code when known."""

    amount: Decimal
    currency: str | None


def money_text(money: Money) -> str:
    """An amount as a reply writes it: "€49.90", "$12.00", "120.00 CHF"."""
    symbols = {"EUR": "€", "USD": "$", "GBP": "£"}
    if money.currency in symbols:
        return f"{symbols[money.currency]}{money.amount}"
    return f"{money.amount} {money.currency}" if money.currency else str(money.amount)


# Why a customer wants their money back; reports group by exactly these values.
REASONS = (
    "damaged",
    "wrong_item",
    "not_as_described",
    "late",
    "not_received",
    "size_fit",
    "changed_mind",
    "duplicate_charge",
    "unauthorised",
    "fee",
)


@dataclass(frozen=True, slots=True)
class Evidence:
    """One attachment that may back the customer's story, by kind."""

    kind: str  # "photo", "screenshot", "pdf" or "file"
    filename: str


@dataclass(frozen=True, slots=True)
class OrderDetails:
    """What the customer told us about their order."""

    number: Fact[str] | None = None
    date: Fact[date] | None = None
    amount: Fact[Money] | None = None
    payment_method: Fact[str] | None = None
    product: Fact[str] | None = None
    reason: Fact[str] | None = None  # one of REASONS
    evidence: Fact[tuple[Evidence, ...]] | None = None


@dataclass(frozen=True, slots=True)
class Draft:
    """A reply ready for a person to approve, or the error that stopped it.

    A draft whose template failed to render has `body` None and `error`
    set: it waits in the queue with the error shown, never half filled.
    """

    template: str
    subject: str
    to: Address
    reply_message_id: str  # made once, now, and reused on every send attempt
    in_reply_to: str | None
    references: tuple[str, ...]
    body: str | None
    error: str | None = None
    template_version: int | None = None  # the manager's saved version; None: the file


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the stages made of one parsed message.

    It crosses from the worker to the poller; it lives here, with nothing
    heavy to import, so the poller never loads the classifier to read it.
    """

    email: Email
    skip: Skip | None
    label: Label
    order: OrderDetails
    draft: Draft | None
