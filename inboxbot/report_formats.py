"""A report as data for others: JSON for scripts, CSV tables for the page, text for a terminal."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from inboxbot.reports import LABELS, ReasonRow, Report

STAGES = {"draft": "arrival to draft", "approval": "arrival to approval", "sent": "arrival to sent"}


def as_json(report: Report) -> dict[str, Any]:
    """The report as JSON-ready data: what `inboxbot report --json` prints."""
    p, v = report.period, report.volume
    return {
        "period": {
            "since": p.since.isoformat(),
            "until": p.until.isoformat(),
            "timezone": p.zone.key,
            "by": p.by,
            "start": p.start.isoformat(),
            "end": p.end.isoformat(),
        },
        "volume": {
            "refund": v.refund,
            "dispute": v.dispute,
            "other": v.other,
            "screened": v.screened,
            "quarantined": v.quarantined,
            "customer": v.customer,
            "buckets": [_plain(asdict(b)) for b in v.buckets],
        },
        "rates": {"refund": v.rate("refund"), "dispute": v.rate("dispute")},
        "reasons": [_reason(r) for r in report.reasons],
        "products": [_reason(r) for r in report.products],
        "speed": {
            s.stage: {"mails": s.mails, "median": s.median, "p90": s.p90} for s in report.speed
        },
        "overdue": {"now": report.overdue, "working_hours": report.overdue_hours},
        "work": [asdict(w) for w in report.work],
        "health": [_plain(asdict(h)) | {"share": h.share} for h in report.health],
    }


def _reason(row: ReasonRow) -> dict[str, Any]:
    found = {
        "reason": row.reason,
        "mails": row.mails,
        "refund": row.refund,
        "dispute": row.dispute,
        "amounts": [{"currency": m.currency or None, "amount": str(m.amount)} for m in row.amounts],
    }
    if row.product is not None:
        found = {"product": row.product or None, **found}
    return found


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in values.items()}


Table = tuple[list[str], list[list[Any]]]


def tables(report: Report) -> dict[str, Table]:
    """Each plot's numbers as a header and rows: what `/reports/<name>.csv` serves."""
    v = report.volume
    money = sorted({m.currency for r in report.products for m in r.amounts})
    amount_head = [f"amount {c or '(no currency)'}" for c in money]

    def amounts(row: ReasonRow) -> list[str]:
        found = {m.currency: str(m.amount) for m in row.amounts}
        return [found.get(c, "") for c in money]

    return {
        "volume": (
            [report.period.by, *LABELS],
            [[b.start.isoformat(), b.refund, b.dispute, b.other] for b in v.buckets],
        ),
        "totals": (
            ["figure", "value"],
            [
                *([label, getattr(v, label)] for label in LABELS),
                ["screened", v.screened],
                ["quarantined", v.quarantined],
                ["customer mail", v.customer],
                ["refund rate", _rate(v.rate("refund"))],
                ["dispute rate", _rate(v.rate("dispute"))],
                ["overdue now", report.overdue],
            ],
        ),
        "reasons": (
            ["reason", "mails", "refund", "dispute", *amount_head],
            [[r.reason, r.mails, r.refund, r.dispute, *amounts(r)] for r in report.reasons],
        ),
        "products": (
            ["product", "reason", "mails", "refund", "dispute", *amount_head],
            [
                [r.product, r.reason, r.mails, r.refund, r.dispute, *amounts(r)]
                for r in report.products
            ],
        ),
        "speed": (
            ["stage", "mails", "median seconds", "p90 seconds"],
            [[s.stage, s.mails, _number(s.median), _number(s.p90)] for s in report.speed],
        ),
        "work": (
            [
                "template",
                "approvals",
                "edits",
                "rejections",
                "relabels",
                "edited approvals",
                "edit ratio",
            ],
            [
                [
                    w.template,
                    w.approvals,
                    w.edits,
                    w.rejections,
                    w.relabels,
                    w.edited_approvals,
                    w.changed,
                ]
                for w in report.work
            ],
        ),
        "health": (
            [report.period.by, "label", "decided", "relabelled", "share relabelled"],
            [
                [h.start.isoformat(), h.label, h.decided, h.relabelled, round(h.share, 4)]
                for h in report.health
            ],
        ),
    }


def text(report: Report) -> str:
    """A short summary for a terminal."""
    p, v = report.period, report.volume
    lines = [
        f"{p.since} to {p.until} ({p.zone.key}): {v.customer} customer mails, "
        f"{v.screened} screened, {v.quarantined} quarantined",
        f"  refund {v.refund} ({_percent(v.rate('refund'))}), "
        f"dispute {v.dispute} ({_percent(v.rate('dispute'))}), other {v.other}",
        "reasons (refund and dispute mail, costliest first):",
    ]
    for r in report.reasons[:10]:
        money = ", ".join(f"{m.amount} {m.currency}".strip() for m in r.amounts) or "no amount"
        lines.append(f"  {r.reason_text:<20} {r.mails:>6}  {money}")
    if not report.reasons:
        lines.append("  none")
    lines.append("speed (median / p90):")
    for s in report.speed:
        lines.append(f"  {STAGES[s.stage]:<20} {duration(s.median)} / {duration(s.p90)}")
    lines.append(f"overdue now: {report.overdue} (over {report.overdue_hours} working hours)")
    lines.append("VA work per template (edit ratio, approvals, edits, rejections, relabels):")
    for w in report.work:
        lines.append(
            f"  {w.template:<24} {w.changed:>5.2f} {w.approvals:>6} {w.edits:>6} "
            f"{w.rejections:>6} {w.relabels:>6}"
        )
    if not report.work:
        lines.append("  none")
    return "\n".join(lines)


def duration(seconds: float | None) -> str:
    """ "3 min", "5.2 h", "2.1 days"; "-" when nothing reached the stage."""
    if seconds is None:
        return "-"
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    if seconds < 2 * 86400:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} days"


def _percent(rate: float | None) -> str:
    return "-" if rate is None else f"{rate:.1%}"


def _rate(rate: float | None) -> str:
    return "" if rate is None else f"{rate:.4f}"


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.0f}"
