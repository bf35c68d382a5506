"""The manager's figures for a period: volume, reasons, rates, speed, VA work, classifier health.

Computed in SQL over the store; each figure comes back as a plain dataclass, for
the web page, its CSV files and `inboxbot report` alike. A period is a span of
whole days in the shop's time zone. The store holds UTC, so a day's edges are
the shop's local midnights: the SQL shifts each moment by the zone's UTC offset
at that moment (a CASE over the daylight-saving changes inside the period)
before cutting it into days, so mail at 23:30 local falls on its own day and a
week with a DST change has 167 or 169 hours, as the wall clock says.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from rapidfuzz.distance import Levenshtein
from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    ColumnElement,
    Connection,
    Float,
    Integer,
    MetaData,
    Table,
    Text,
    and_,
    case,
    cast,
    false,
    func,
    insert,
    or_,
    select,
    type_coerce,
)

from inboxbot.config import Settings
from inboxbot.errors import InboxbotError
from inboxbot.models import DraftStatus
from inboxbot.store import Store
from inboxbot.store.calendar import bucket_start, epoch, local_day, week_of
from inboxbot.store.queue import count_arrived_by
from inboxbot.store.schema import ARRIVED, drafts, events, messages, training_labels
from inboxbot.worktime import WorkWeek, working_cutoff

LABELS = ("refund", "dispute", "other")
# What a customer asks their money back for: the words extraction may store as `reason`.
REASONS = {
    "damaged": "damaged",
    "wrong_item": "wrong item",
    "not_as_described": "not as described",
    "late": "late",
    "not_received": "not received",
    "size_fit": "size or fit",
    "changed_mind": "changed mind",
    "duplicate_charge": "duplicate charge",
    "unauthorised": "unauthorised",
    "fee": "fee",
}
NO_REASON = "none"  # the key of mail that gave no reason, or none we could read
BY = ("day", "week")
DEFAULT_DAYS = 30
MAX_DAYS = 3 * 366  # a longer period is a mistake in the form, not a question
# Amounts are summed in SQL as whole ten-thousandths: exact for every currency's
# minor unit, where summing the decimal strings as floating point would not be.
SCALE = 10_000
APPROVED = (
    DraftStatus.APPROVED,
    DraftStatus.SENDING,
    DraftStatus.SENT,
    DraftStatus.FAILED,
    DraftStatus.UNCERTAIN,
)


class ReportError(InboxbotError):
    """No report for that period: the dates are the wrong way round, or too far apart."""


@dataclass(frozen=True, slots=True)
class Period:
    """Whole days `since` … `until` (both included) in the shop's zone, cut into days or weeks."""

    since: date
    until: date
    zone: ZoneInfo
    by: str = "day"

    @property
    def start(self) -> datetime:
        """The first moment of the period, in UTC: local midnight of `since`."""
        return datetime.combine(self.since, time(0), self.zone).astimezone(UTC)

    @property
    def end(self) -> datetime:
        """The first moment after the period, in UTC: local midnight after `until`."""
        return datetime.combine(self.until + timedelta(days=1), time(0), self.zone).astimezone(UTC)

    def buckets(self) -> list[date]:
        """The first day of each day or week of the period (weeks start on Monday)."""
        first = self.since if self.by == "day" else monday(self.since)
        step = timedelta(days=1 if self.by == "day" else 7)
        found = []
        while first <= self.until:
            found.append(first)
            first += step
        return found


def period(
    since: date | None,
    until: date | None,
    *,
    zone: ZoneInfo,
    now: datetime,
    by: str = "day",
) -> Period:
    """The period a person asked for; by default the last 30 days up to today."""
    if by not in BY:
        raise ReportError(f"a period is cut by day or week, not {by!r}")
    until = until or now.astimezone(zone).date()
    since = since or until - timedelta(days=DEFAULT_DAYS - 1)
    if since > until:
        raise ReportError(f"the period starts ({since}) after it ends ({until})")
    if (until - since).days >= MAX_DAYS:
        raise ReportError(f"a period is at most {MAX_DAYS} days; {since} to {until} is longer")
    return Period(since, until, zone, by)


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True, slots=True)
class Money:
    currency: str  # ISO 4217, or "" when the mail named none
    amount: Decimal


@dataclass(frozen=True, slots=True)
class Bucket:
    start: date  # the day, or the Monday of the week
    refund: int = 0
    dispute: int = 0
    other: int = 0


@dataclass(frozen=True, slots=True)
class Volume:
    """Customer mail by label (its label now, after any VA's relabel), and what got no draft."""

    refund: int
    dispute: int
    other: int
    screened: int  # auto-replies, bounces, lists …: no draft by design
    quarantined: int  # could not be handled; waits for a person
    buckets: list[Bucket]

    @property
    def customer(self) -> int:
        return self.refund + self.dispute + self.other

    def rate(self, label: str) -> float | None:
        """The share of customer mail with this label; None without customer mail."""
        return getattr(self, label) / self.customer if self.customer else None


@dataclass(frozen=True, slots=True)
class ReasonRow:
    """Refund and dispute mail for one reason (and one product, in the by-product list)."""

    reason: str  # a key of REASONS, or NO_REASON
    product: str | None  # None in the overall list; "" for mail naming no product
    mails: int
    refund: int
    dispute: int
    amounts: list[Money]  # one per currency, never added across currencies

    @property
    def reason_text(self) -> str:
        return REASONS.get(self.reason, "no reason given" if self.reason == NO_REASON else "")


@dataclass(frozen=True, slots=True)
class Speed:
    """How long customer mail waited for a stage: median and p90 by nearest rank, in seconds."""

    stage: str  # draft | approval | sent
    mails: int  # how many reached the stage
    median: float | None
    p90: float | None


@dataclass(frozen=True, slots=True)
class TemplateWork:
    """What VAs did to one template's drafts in the period."""

    template: str
    approvals: int  # by a person; automatic approvals are not VA work
    edits: int
    rejections: int
    relabels: int  # drafts from this template whose label a VA corrected
    edited_approvals: int  # approvals whose text differs from the draft
    changed: float  # mean edit-distance ratio over approvals: 0 untouched, 1 rewritten


@dataclass(frozen=True, slots=True)
class Health:
    """Drafts a person decided in one day or week, and how many of them they relabelled."""

    start: date
    label: str  # what the classifier said
    decided: int
    relabelled: int

    @property
    def share(self) -> float:
        return self.relabelled / self.decided if self.decided else 0.0


@dataclass(frozen=True, slots=True)
class Report:
    period: Period
    volume: Volume
    reasons: list[ReasonRow]
    products: list[ReasonRow]
    speed: list[Speed]
    overdue: int  # replies pending now past the working hours they may wait
    overdue_hours: int
    work: list[TemplateWork]
    health: list[Health]
    made_at: datetime = field(compare=False)


def build(store: Store, settings: Settings, span: Period, *, now: datetime) -> Report:
    """Every figure of the report for `span`; `now` decides what is overdue."""
    f = settings.followup
    week = WorkWeek.of(settings.shop.zone, f.working_days, f.working_hours)
    with store.read() as conn, _period_mail(conn, span) as mail:
        volume = _volume(conn, span, mail)
        rows = _reason_rows(conn, mail)
        speed = _speed(conn, mail)
        work = _work(conn, span)
        health = _health(conn, span)
    overdue = count_arrived_by(store, working_cutoff(now, f.acknowledge_within_working_hours, week))
    reasons, products = _rank(rows)
    return Report(
        span,
        volume,
        reasons,
        products,
        speed,
        overdue,
        f.acknowledge_within_working_hours,
        work,
        health,
        now,
    )


def _bucket(moment: ColumnElement[Any], span: Period, dialect: str) -> ColumnElement[int]:
    day = local_day(moment, start=span.start, end=span.end, zone=span.zone, dialect=dialect)
    return day if span.by == "day" else week_of(day)


def _within(moment: ColumnElement[Any], span: Period) -> ColumnElement[bool]:
    return and_(moment >= span.start, moment < span.end)


def _dialect(conn: Connection) -> str:
    return conn.engine.dialect.name


# The customer's mail joined to its reply draft; the label is the draft's, which a VA may
# have corrected, else what the classifier said.
_MAIL = messages.outerjoin(
    drafts, and_(drafts.c.message == messages.c.id, drafts.c.kind == "reply")
)
_LABEL = func.coalesce(drafts.c.label, messages.c.label)


# --- the figures ---------------------------------------------------------------------------


# The period's mail, read once from the wide messages table into a narrow table
# of its own for the length of one report: each figure below reads only this.
_PERIOD_MAIL = Table(
    "report_mail",
    MetaData(),
    Column("status", Text),
    Column("bucket", Integer),
    Column("label", Text),
    Column("reason", Text),
    Column("product", Text),
    Column("currency", Text),
    Column("scaled", BigInteger),  # the amount in ten-thousandths
    Column("to_draft", BigInteger),  # seconds from arrival to each stage, NULL if not reached
    Column("to_approval", BigInteger),
    Column("to_sent", BigInteger),
    prefixes=["TEMPORARY"],
)


@contextmanager
def _period_mail(conn: Connection, span: Period) -> Iterator[Table]:
    """Fill the narrow table with the period's mail, in one pass over the store."""
    dialect = _dialect(conn)
    arrived = epoch(ARRIVED, dialect)
    claims = _LABEL.in_(["refund", "dispute"])

    def fact(*path: str) -> ColumnElement[str]:
        return case((claims, type_coerce(messages.c.order_facts, JSON)[path].as_string()))

    amount = cast(fact("amount", "value", "amount"), Float)
    approved = case((drafts.c.status.in_(APPROVED), drafts.c.decided_at))
    columns = {
        "status": messages.c.status,
        "bucket": _bucket(ARRIVED, span, dialect),
        "label": _LABEL,
        "reason": fact("reason", "value"),
        "product": fact("product", "value"),
        "currency": fact("amount", "value", "currency"),
        "scaled": cast(func.round(amount * SCALE), BigInteger),
        "to_draft": epoch(drafts.c.created_at, dialect) - arrived,
        "to_approval": epoch(approved, dialect) - arrived,
        "to_sent": epoch(drafts.c.reply_sent_at, dialect) - arrived,
    }
    read = select(*columns.values()).select_from(_MAIL).where(_within(ARRIVED, span))
    _PERIOD_MAIL.create(conn)
    try:
        conn.execute(insert(_PERIOD_MAIL).from_select(list(columns), read))
        yield _PERIOD_MAIL
    finally:
        _PERIOD_MAIL.drop(conn)


def _volume(conn: Connection, span: Period, mail: Table) -> Volume:
    query = select(mail.c.status, mail.c.bucket, mail.c.label, func.count()).group_by(
        mail.c.status, mail.c.bucket, mail.c.label
    )
    per: dict[date, dict[str, int]] = {day: defaultdict(int) for day in span.buckets()}
    totals: dict[str, int] = defaultdict(int)
    for status, number, label, count in conn.execute(query):
        if status != "drafted":
            totals[status] += count
            continue
        label = label if label in LABELS else "other"
        per.setdefault(bucket_start(number, span.by), defaultdict(int))[label] += count
        totals[label] += count
    buckets = [Bucket(day, **{k: n for k, n in per[day].items()}) for day in sorted(per)]
    return Volume(
        totals["refund"],
        totals["dispute"],
        totals["other"],
        totals["screened"],
        totals["quarantined"],
        buckets,
    )


def _reason_rows(conn: Connection, mail: Table) -> list[tuple[Any, ...]]:
    """Refund and dispute mail grouped by reason, product, label and currency."""
    keys = (mail.c.reason, mail.c.product, mail.c.label, mail.c.currency)
    query = (
        select(*keys, func.count(), func.sum(mail.c.scaled))
        .where(mail.c.status == "drafted", mail.c.label.in_(["refund", "dispute"]))
        .group_by(*keys)
    )
    return [tuple(row) for row in conn.execute(query)]


def _rank(rows: Iterable[tuple[Any, ...]]) -> tuple[list[ReasonRow], list[ReasonRow]]:
    """The reasons overall and by product, costliest first.

    Amounts in different currencies are never added, so "costliest" means the
    largest amount in the currency most of this mail is in, then the most mail.
    """
    overall: dict[Any, dict[str, Any]] = {}
    by_product: dict[Any, dict[str, Any]] = {}
    per_currency: dict[str, int] = defaultdict(int)
    for reason, product, label, currency, count, total in rows:
        reason = reason if reason in REASONS else NO_REASON
        product = (product or "").strip()
        for key, into in (((reason, None), overall), ((reason, product), by_product)):
            found = into.setdefault(key, {"refund": 0, "dispute": 0, "money": defaultdict(int)})
            found[label] += count
            if total is not None:
                found["money"][currency or ""] += total
        if total is not None:
            per_currency[currency or ""] += count
    main = max(per_currency, key=lambda c: (per_currency[c], c)) if per_currency else ""

    def rows_of(found: dict[Any, dict[str, Any]]) -> list[ReasonRow]:
        made = [
            ReasonRow(
                reason,
                product,
                v["refund"] + v["dispute"],
                v["refund"],
                v["dispute"],
                [Money(c, _money(v["money"][c])) for c in sorted(v["money"])],
            )
            for (reason, product), v in found.items()
        ]
        return sorted(
            made,
            key=lambda r: (
                -sum(m.amount for m in r.amounts if m.currency == main),
                -r.mails,
                r.reason,
                r.product or "",
            ),
        )

    return rows_of(overall), rows_of(by_product)


def _money(scaled: int) -> Decimal:
    amount = Decimal(int(scaled)) / SCALE
    cents = amount.quantize(Decimal("0.01"))
    return cents if cents == amount else amount.normalize()


STAGES = ("draft", "approval", "sent")


def _speed(conn: Connection, mail: Table) -> list[Speed]:
    """Median and p90 of the wait from arrival to each stage, by nearest rank.

    SQLite has no percentile function, and a window per stage (ROW_NUMBER over
    each wait) costs a sort of its own; the waits are read in one pass instead
    and their ranks picked here.
    """
    waits: list[list[float]] = [[], [], []]
    query = select(mail.c.to_draft, mail.c.to_approval, mail.c.to_sent).where(
        mail.c.status == "drafted"
    )
    for row in conn.execute(query):
        for i, wait in enumerate(row):
            if wait is not None:
                waits[i].append(float(wait))
    return [
        Speed(stage, len(found), nearest_rank(found, 50), nearest_rank(found, 90))
        for stage, found in zip(STAGES, waits, strict=True)
    ]


def nearest_rank(values: list[float], percent: int) -> float | None:
    """The smallest value that at least `percent` % of the values are at or below."""
    if not values:
        return None
    ordered = sorted(values)
    rank = -(-percent * len(ordered) // 100)  # ceil in integers: 0.9 * 10 is not 9.0 in floats
    return ordered[max(rank, 1) - 1]


def _work(conn: Connection, span: Period) -> list[TemplateWork]:
    """Approvals, edits, rejections and relabels per template, and how much was changed."""
    kinds = {
        "draft.approved": "approvals",
        "draft.edited": "edits",
        "draft.rejected": "rejections",
    }
    # An automatic approval (a template a manager switched on) is no VA's work.
    by_person = drafts.c.auto_submitted == false()
    found: dict[str, dict[str, Any]] = defaultdict(lambda: defaultdict(int))
    counted = (
        select(drafts.c.template, events.c.kind, func.count())
        .join(drafts, drafts.c.id == events.c.draft)
        .where(
            events.c.kind.in_(list(kinds)),
            _within(events.c.at, span),
            or_(events.c.kind != "draft.approved", by_person),
        )
        .group_by(drafts.c.template, events.c.kind)
    )
    for template, kind, count in conn.execute(counted):
        found[template][kinds[kind]] += count
    # A relabel re-drafts from another template: the one it left is in its event.
    # Events written before it was recorded there follow the choice drafting made
    # then: the label's acknowledgement, or the request for an order number.
    detail = type_coerce(events.c.detail, JSON)
    left = detail["template_before"].as_string()
    before = detail["before"].as_string()
    relabels = (
        select(left, before, drafts.c.order_number.is_(None), func.count())
        .join(drafts, drafts.c.id == events.c.draft)
        .where(events.c.kind == "draft.relabelled", _within(events.c.at, span))
        .group_by(left, before, drafts.c.order_number.is_(None))
    )
    for template, label, no_number, count in conn.execute(relabels):
        if template is None:
            template = "need_order_number" if no_number else f"acknowledge_{label}"
        found[template]["relabels"] += count
    # How much the approved text differs from what was drafted: the first edit's
    # `before` is the draft, the last edit's `after` is what was approved.
    approved = select(events.c.draft).where(
        events.c.kind == "draft.approved", _within(events.c.at, span)
    )
    edits = conn.execute(
        select(events.c.draft, drafts.c.template, events.c.detail)
        .join(drafts, drafts.c.id == events.c.draft)
        .where(
            events.c.kind == "draft.edited",
            # Edits come before the approval, most in the same moment; reading only the
            # period's keeps this an index range instead of every edit ever made.
            _within(events.c.at, span),
            events.c.draft.in_(approved),
            by_person,
        )
        .order_by(events.c.draft, events.c.id)
    )
    texts: dict[int, tuple[str, str, str]] = {}
    for draft_id, template, detail in edits:
        change = json.loads(detail)
        first = texts.get(draft_id)
        texts[draft_id] = (
            template,
            first[1] if first else change.get("before") or "",
            change["after"],
        )
    for template, drafted, final in texts.values():
        distance = Levenshtein.normalized_distance(drafted, final)
        if distance:
            found[template]["edited_approvals"] += 1
            found[template]["distance"] += distance
    work = [
        TemplateWork(
            name,
            v["approvals"],
            v["edits"],
            v["rejections"],
            v["relabels"],
            v["edited_approvals"],
            round(v["distance"] / v["approvals"], 4) if v["approvals"] else 0.0,
        )
        for name, v in found.items()
    ]
    return sorted(
        work, key=lambda w: (-w.changed, -w.edits - w.rejections - w.relabels, w.template)
    )


def _health(conn: Connection, span: Period) -> list[Health]:
    """Per day or week and per label the classifier gave: drafts decided, and relabelled."""
    first = func.min(training_labels.c.created_at)
    decided = (
        select(
            training_labels.c.message,
            first.label("first_at"),
            func.max(case((training_labels.c.kind == "corrected", 1), else_=0)).label("relabelled"),
        )
        .group_by(training_labels.c.message)
        .having(_within(first, span))
        .subquery()
    )
    bucket = _bucket(decided.c.first_at, span, _dialect(conn))
    query = (
        select(bucket, messages.c.label, func.count(), func.sum(decided.c.relabelled))
        .join(messages, messages.c.id == decided.c.message)
        .group_by(bucket, messages.c.label)
    )
    found = {
        (bucket_start(number, span.by), label or "other"): (int(count), int(relabelled or 0))
        for number, label, count, relabelled in conn.execute(query)
    }
    return [
        Health(day, label, *found.get((day, label), (0, 0)))
        for day in span.buckets()
        for label in LABELS
    ]
