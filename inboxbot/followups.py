"""Nobody is forgotten: refund follow-ups and automatic acknowledgements.

When a refund reply is approved, a follow-up is scheduled some business days
later (`schedule_refund`, inside the approval's transaction). The follow-up
job (`run_once`, every few minutes) then

- drafts each follow-up that is due into the queue as a normal pending draft
  of the same conversation, unless the customer wrote again first or our
  reply never went out;
- approves, if a manager switched it on for one template, the replies drafted
  from that template, at most once a day per sender and conversation.

Each follow-up row is claimed with a conditional UPDATE before its draft is
written, in one transaction, so two runs (or two processes) never draft it
twice. Every function takes `now`; nothing here reads the clock.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from inboxbot import review
from inboxbot.config import Settings
from inboxbot.drafting import Drafter, new_message_id, template_context, template_language
from inboxbot.errors import MalformedMessage, TemplateError
from inboxbot.models import DraftStatus, Label, LabelName
from inboxbot.store import Store, append_event
from inboxbot.store.queue import thread_links
from inboxbot.store.schema import ARRIVED, drafts, followups, message_raw, messages
from inboxbot.store.templates import current_templates
from inboxbot.worktime import WorkWeek, add_business_days

log = logging.getLogger(__name__)

REFUND = "refund"
ACKNOWLEDGE = "acknowledge"
FOLLOW_UP_TEMPLATE = "refund_follow_up"
AUTO_ACTOR = "auto-acknowledge"
# RFC 3834 asks an automatic responder not to answer the same sender again
# within a period; ours is a day, per conversation.
ACK_PERIOD = timedelta(days=1)
# Only mail that arrived this recently is acknowledged: switching the setting on
# must not send a backlog of old mail an "auto-replied" answer.
ACK_FRESH = timedelta(days=1)
RETRY = timedelta(hours=1)  # a follow-up that failed to draft is tried again this much later
# Our reply has not gone out (yet): its follow-up waits, an hour at a time.
UNSENT = (DraftStatus.APPROVED, DraftStatus.SENDING, DraftStatus.UNCERTAIN)
BATCH = 200


@dataclass(frozen=True, slots=True)
class FollowupRule:
    """When a refund reply is followed up: N business days in the shop's week."""

    week: WorkWeek
    business_days: int

    @classmethod
    def of(cls, settings: Settings) -> FollowupRule:
        return cls(work_week(settings), settings.followup.refund_after_business_days)


def work_week(settings: Settings) -> WorkWeek:
    """The shop's business days and working hours, in its time zone."""
    f = settings.followup
    return WorkWeek.of(settings.shop.zone, f.working_days, f.working_hours)


def schedule_refund(
    conn: Connection, draft_id: int, *, approved_at: datetime, rule: FollowupRule
) -> datetime | None:
    """Schedule the follow-up of refund reply `draft_id`, just approved; when it is due.

    Called in the approval's transaction (`review.approve` with `followups`):
    the approval and its follow-up are stored together or not at all. Other
    labels and other kinds of draft get none.
    """
    row = conn.execute(
        select(drafts.c.kind, drafts.c.label, drafts.c.message).where(drafts.c.id == draft_id)
    ).first()
    if row is None or row.kind != "reply" or row.label != LabelName.REFUND:
        return None
    due = add_business_days(approved_at, rule.business_days, rule.week)
    conn.execute(
        insert(followups).values(
            draft=draft_id,
            kind=REFUND,
            due_at=due,
            state="scheduled",
            created_at=approved_at,
            updated_at=approved_at,
        )
    )
    return due


@dataclass
class FollowupReport:
    """What one run of the follow-up job did."""

    drafted: int = 0
    cancelled: int = 0
    failed: int = 0
    waiting: int = 0  # due, but our reply has not been sent yet
    acknowledged: int = 0
    held: int = 0  # not acknowledged: the sender got one in this conversation today

    def summary(self) -> str:
        return (
            f"follow-ups: {self.drafted} drafted, {self.cancelled} cancelled, "
            f"{self.failed} failed, {self.waiting} waiting for our reply to go out; "
            f"{self.acknowledged} acknowledged automatically, "
            f"{self.held} held for a person"
        )


def run_once(
    store: Store, drafter: Drafter, settings: Settings, *, now: datetime
) -> FollowupReport:
    """One pass of the job: draft the follow-ups due by `now`, then auto-acknowledge."""
    if now.tzinfo is None:
        raise ValueError(f"naive datetime {now!r}: the follow-up job needs an aware `now`")
    report = FollowupReport()
    drafter.use_saved(current_templates(store))
    draft_due(store, drafter, settings, now=now, report=report)
    acknowledge(store, settings, now=now, report=report)
    return report


def draft_due(
    store: Store, drafter: Drafter, settings: Settings, *, now: datetime, report: FollowupReport
) -> None:
    """Put every refund follow-up due by `now` in the queue, or cancel it with the reason."""
    with store.read() as conn:
        due = conn.execute(
            select(followups.c.id, followups.c.draft)
            .where(
                followups.c.state == "scheduled",
                followups.c.kind == REFUND,
                followups.c.due_at <= now,
            )
            .order_by(followups.c.due_at, followups.c.id)
            .limit(BATCH)
        ).all()
    for row in due:
        try:
            outcome = _follow_up(store, drafter, settings, row.id, row.draft, now=now)
        except Exception as err:  # one follow-up's failure must not stop the others
            log.exception("follow-up %d of draft %d failed; next try in an hour", row.id, row.draft)
            _postpone(store, row.id, f"{type(err).__name__}: {err}", now=now)
            report.failed += 1
            continue
        if outcome == "drafted":
            report.drafted += 1
        elif outcome == "cancelled":
            report.cancelled += 1
        elif outcome == "waiting":
            report.waiting += 1


def _follow_up(
    store: Store,
    drafter: Drafter,
    settings: Settings,
    followup: int,
    draft_id: int,
    *,
    now: datetime,
) -> str:
    """Draft, cancel or postpone one follow-up: "drafted", "cancelled", "waiting", or ""
    when another run took it."""
    with store.read() as conn:
        reply: Any = conn.execute(
            select(drafts, message_raw.c.raw)
            .join(message_raw, message_raw.c.message == drafts.c.message)
            .where(drafts.c.id == draft_id)
        ).one()
    if reply.status in UNSENT:
        # Asking "has your refund arrived?" before our answer went out would be wrong.
        _postpone(store, followup, f"our reply is {reply.status}, not sent yet", now=now)
        return "waiting"
    name, body, error = _follow_up_text(drafter, settings, reply)
    with store.write() as conn:
        reason = _why_no_follow_up(conn, reply)
        if reason is not None:
            cancelled = conn.execute(
                update(followups)
                .where(followups.c.id == followup, followups.c.state == "scheduled")
                .values(state="cancelled", reason=reason, updated_at=now)
            )
            if cancelled.rowcount != 1:
                return ""
            append_event(
                conn, "followup.cancelled", message=reply.message, draft=draft_id, reason=reason
            )
            return "cancelled"
        claimed = conn.execute(
            update(followups)
            .where(followups.c.id == followup, followups.c.state == "scheduled")
            .values(state="drafted", reason=None, updated_at=now)
        )
        if claimed.rowcount != 1:
            return ""
        made = _insert_follow_up(conn, reply, name, body, error, drafter, settings, now=now)
        conn.execute(update(followups).where(followups.c.id == followup).values(made=made))
        append_event(conn, "followup.drafted", message=reply.message, draft=made, follows=draft_id)
    return "drafted"


def _why_no_follow_up(conn: Connection, reply: Any) -> str | None:
    """Why a follow-up to `reply` would be wrong now, or None when it is wanted."""
    if reply.status in (DraftStatus.FAILED, DraftStatus.REJECTED):
        return "our reply was never sent"
    since = reply.decided_at or reply.created_at
    linked = thread_links(conn, reply.message)
    if linked is None:
        return None
    newer = conn.execute(
        select(messages.c.id, messages.c.from_address)
        .where(linked, since < ARRIVED)
        .order_by(ARRIVED)
        .limit(1)
    ).first()
    if newer is not None:
        who = newer.from_address or "the customer"
        return f"{who} wrote again after our reply (message {newer.id})"
    return None


def _follow_up_text(
    drafter: Drafter, settings: Settings, reply: Any
) -> tuple[str, str | None, str | None]:
    """The follow-up's template, in the customer's language, and its text or why not."""
    from inboxbot.extraction import extract
    from inboxbot.mail.parse import parse

    try:
        email = parse(bytes(reply.raw))
    except MalformedMessage as err:
        return FOLLOW_UP_TEMPLATE, None, f"the customer's mail cannot be read again: {err}"
    order = extract(
        email,
        timezone=settings.shop.zone,
        order_patterns=settings.shop.order_number_patterns,
    )
    label = Label(LabelName(reply.label), 1.0, "person", "the approved reply's label")
    name = drafter.variant(FOLLOW_UP_TEMPLATE, drafter.language_of(email))
    try:
        context = template_context(
            email, label, order, shop=settings.shop, language=template_language(name)
        )
        return name, drafter.render(name, context), None
    except TemplateError as err:
        return name, None, str(err)


def _insert_follow_up(
    conn: Connection,
    reply: Any,
    name: str,
    body: str | None,
    error: str | None,
    drafter: Drafter,
    settings: Settings,
    *,
    now: datetime,
) -> int:
    """A pending draft in the reply's conversation: it answers our reply, citing the chain."""
    references = list(dict.fromkeys([*reply.references.split(), reply.reply_message_id]))
    result = conn.execute(
        insert(drafts).values(
            message=reply.message,
            kind="follow_up",
            status=DraftStatus.PENDING,
            label=reply.label,
            template=name,
            template_version=drafter.versions.get(name),
            subject=reply.subject,
            body=body,
            error=error,
            to_name=reply.to_name,
            to_address=reply.to_address,
            reply_message_id=new_message_id(settings.shop.domain),
            in_reply_to=reply.reply_message_id,
            references=" ".join(references),
            order_number=reply.order_number,
            arrived_at=reply.arrived_at,
            created_at=now,
            updated_at=now,
        )
    )
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def _postpone(store: Store, followup: int, error: str, *, now: datetime) -> None:
    with store.write() as conn:
        conn.execute(
            update(followups)
            .where(followups.c.id == followup, followups.c.state == "scheduled")
            .values(due_at=now + RETRY, reason=error[:2000], updated_at=now)
        )


def acknowledge(store: Store, settings: Settings, *, now: datetime, report: FollowupReport) -> None:
    """Approve new replies from the manager's chosen template, without a person.

    Only fresh, pending replies with text, to mail that was drafted (screened
    mail has no draft at all); at most one per sender and conversation a day:
    the others wait for a VA as usual. Each reply is decided once, and the
    decision is kept in `followups` with its reason.
    """
    name = settings.followup.auto_acknowledge_template
    if not name:
        return
    rule = FollowupRule.of(settings)
    decided = select(followups.c.id).where(
        followups.c.draft == drafts.c.id, followups.c.kind == ACKNOWLEDGE
    )
    with store.read() as conn:
        candidates = conn.execute(
            select(drafts.c.id)
            .join(messages, messages.c.id == drafts.c.message)
            .where(
                drafts.c.kind == "reply",
                drafts.c.status == DraftStatus.PENDING,
                drafts.c.template.in_(
                    [name, *(f"{name}_{language}" for language in settings.shop.languages)]
                ),
                drafts.c.body.is_not(None),
                now - ACK_FRESH <= ARRIVED,
                messages.c.status == "drafted",
                ~decided.exists(),
            )
            .order_by(ARRIVED, drafts.c.id)
            .limit(BATCH)
        ).scalars()
        wanted = list(candidates)
    for draft_id in wanted:
        with store.write() as conn:
            reply: Any = conn.execute(select(drafts).where(drafts.c.id == draft_id)).one()
            earlier = _acknowledged_lately(conn, reply, now=now)
            if earlier is not None:
                reason = (
                    f"{reply.to_address} got an automatic reply in this conversation within a "
                    f"day (draft {earlier}); a person answers this one"
                )
                _decide(conn, draft_id, "cancelled", reason, None, now=now)
                append_event(conn, "draft.auto_acknowledge_held", draft=draft_id, reason=reason)
                report.held += 1
                continue
            if not review.approve_automatically(
                conn, draft_id, actor=AUTO_ACTOR, now=now, followups=rule
            ):
                continue  # a VA decided it in the meantime
            _decide(conn, draft_id, "drafted", f"approved from template {name}", draft_id, now=now)
            report.acknowledged += 1


def _acknowledged_lately(conn: Connection, reply: Any, *, now: datetime) -> int | None:
    """A draft sent automatically to the same address in this conversation within a day."""
    linked = thread_links(conn, reply.message)
    conversation = select(messages.c.id).where(messages.c.id == reply.message)
    if linked is not None:
        conversation = select(messages.c.id).where(linked).union(conversation)  # type: ignore[assignment]
    return conn.execute(
        select(drafts.c.id)
        .where(
            drafts.c.auto_submitted.is_(True),
            func.lower(drafts.c.to_address) == reply.to_address.lower(),
            drafts.c.decided_at >= now - ACK_PERIOD,
            drafts.c.message.in_(conversation),
        )
        .limit(1)
    ).scalar()


def _decide(
    conn: Connection, draft_id: int, state: str, reason: str, made: int | None, *, now: datetime
) -> None:
    conn.execute(
        insert(followups).values(
            draft=draft_id,
            kind=ACKNOWLEDGE,
            due_at=now,
            state=state,
            reason=reason,
            made=made,
            created_at=now,
            updated_at=now,
        )
    )


def followups_of(store: Store, draft_id: int) -> list[dict[str, Any]]:
    """The follow-ups of reply `draft_id`, for its page."""
    with store.read() as conn:
        rows = conn.execute(
            select(followups)
            .where(followups.c.draft == draft_id, followups.c.kind == REFUND)
            .order_by(followups.c.id)
        )
        return [dict(row._mapping) for row in rows]
