"""The manager's reports: the period's figures as plots, tables and CSV files.

Every plot is SVG drawn on the server (`web/charts.py`), each beside a table
of its numbers and a link to the same numbers as CSV.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from inboxbot.deadlines import day_text
from inboxbot.report_formats import STAGES, duration, tables
from inboxbot.reports import BY, LABELS, Period, Report, ReportError, build, period
from inboxbot.web import charts
from inboxbot.web.app import page, store_of
from inboxbot.web.auth import Manager

router = APIRouter()


@router.get("/reports")
def reports_page(
    request: Request, auth: Manager, since: str = "", until: str = "", by: str = "day"
) -> Response:
    found = _report(request, since, until, by)
    values = {
        "nav": "reports",
        "report": found,
        "p": found.period,
        "v": found.volume,
        "by_values": BY,
        "query": _query(found.period),
        "plots": _plots(found),
        "stages": STAGES,
        "duration": duration,
        "percent": _percent,
        "money": _money,
    }
    return page(request, "reports.html", values)


@router.get("/reports/{name}.csv")
def report_csv(
    request: Request, auth: Manager, name: str, since: str = "", until: str = "", by: str = "day"
) -> Response:
    found = tables(_report(request, since, until, by))
    if name not in found:
        raise HTTPException(404, f"There is no report table {name!r}.")
    header, rows = found[name]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    p = _period(request, since, until, by)
    filename = f"inboxbot-{name}-{p.since}-{p.until}.csv"
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


def _period(request: Request, since: str, until: str, by: str) -> Period:
    settings = request.app.state.settings
    try:
        return period(
            _day(since, "since"),
            _day(until, "until"),
            zone=settings.shop.zone,
            now=request.app.state.clock(),
            by=by,
        )
    except ReportError as err:
        raise HTTPException(400, str(err)) from None


def _report(request: Request, since: str, until: str, by: str) -> Report:
    span = _period(request, since, until, by)
    return build(store_of(request), request.app.state.settings, span, now=request.app.state.clock())


def _day(text: str, name: str) -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise HTTPException(400, f"{name}: expected a date like 2026-11-01, got {text!r}") from None


def _query(p: Period) -> str:
    return f"since={p.since}&until={p.until}&by={p.by}"


def _plots(report: Report) -> dict[str, Any]:
    """The SVG of each plot."""
    p, v = report.period, report.volume
    days = [_short(b.start) for b in v.buckets]
    span = f"{p.since} to {p.until}, by {p.by}"
    volume = charts.stacked_bars(
        "Customer mail by label",
        f"Refund, dispute and other mail per {p.by}, {span}; {v.customer} in all.",
        days,
        [charts.Series(label, label, [getattr(b, label) for b in v.buckets]) for label in LABELS],
    )
    reasons = charts.hbars(
        "Refund and dispute mail by reason",
        "How many refund and dispute mails gave each reason, costliest first.",
        [(r.reason_text, r.mails, f"{r.mails} · {_money(r)}") for r in report.reasons],
        "refund",
    )
    hours = [s for s in report.speed]
    speed = charts.grouped_bars(
        "How fast mail is answered",
        "Median and p90 hours from arrival to draft, to approval and to sent.",
        [STAGES[s.stage] for s in hours],
        [
            charts.Series("median", "median", [(s.median or 0) / 3600 for s in hours]),
            charts.Series("p90", "p90", [(s.p90 or 0) / 3600 for s in hours]),
        ],
        unit=" h",
    )
    work = charts.hbars(
        "How much VAs changed each template's drafts",
        "The mean edit-distance ratio of approved drafts per template: 0 approved as "
        "drafted, 1 rewritten; the template on top is the one to rewrite first.",
        [(w.template, w.changed, f"{w.changed:.2f}") for w in report.work],
        "other",
    )
    buckets = p.buckets()
    health = charts.lines(
        "Drafts relabelled by VAs",
        f"The share of decided drafts a VA relabelled, per label the classifier gave, per {p.by}.",
        [_short(d) for d in buckets],
        [
            charts.Series(label, label, [h.share for h in report.health if h.label == label])
            for label in LABELS
        ],
        top=1.0,
    )
    return {"volume": volume, "reasons": reasons, "speed": speed, "work": work, "health": health}


def _short(day: date) -> str:
    return day_text(day)[4:]  # "3 Dec"


def _percent(rate: float | None) -> str:
    return "-" if rate is None else f"{rate:.1%}"


def _money(row: Any) -> str:
    return ", ".join(f"{m.currency} {m.amount}".strip() for m in row.amounts) or "no amount"
