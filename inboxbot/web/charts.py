"""Plots as SVG drawn on the server: no script, no build step, nothing the CSP must allow.

Each plot is an `<svg role="img">` named by its `<title>` and described by its
`<desc>`; every bar and point carries its own `<title>` with its number, and
the page puts a table of the same numbers beside it. Colours come from classes
styled in `static/reports.css` (the CSP allows no inline style).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

WIDTH, HEIGHT = 720, 240
LEFT, RIGHT, TOP, BOTTOM = 48, 12, 12, 36
_ids = itertools.count(1)


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    css: str  # a class in reports.css: refund, dispute, other, median, p90 …
    values: Sequence[float]


def stacked_bars(
    title: str, desc: str, categories: Sequence[str], series: Sequence[Series]
) -> Markup:
    """One bar per category, its series stacked (volume by label per day or week)."""
    totals = [sum(s.values[i] for s in series) for i in range(len(categories))]
    top = _nice(max(totals, default=0))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / max(len(categories), 1)
    bar = max(step * 0.8, 1.0)
    parts = _axis(top, plot_h)
    for i, category in enumerate(categories):
        x = LEFT + i * step + (step - bar) / 2
        y = float(TOP + plot_h)
        for s in series:
            value = s.values[i]
            if not value:
                continue
            h = plot_h * value / top
            y -= h
            parts.append(
                f'<rect class="{s.css}" x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" '
                f'height="{h:.1f}"><title>{escape(category)} {escape(s.name)}: '
                f"{_num(value)}</title></rect>"
            )
    parts += _x_labels(categories, step)
    return _svg(title, desc, parts, series)


def grouped_bars(
    title: str, desc: str, categories: Sequence[str], series: Sequence[Series], unit: str = ""
) -> Markup:
    """Bars side by side per category (median and p90 per stage)."""
    top = _nice(max((v for s in series for v in s.values), default=0))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / max(len(categories), 1)
    bar = step * 0.7 / max(len(series), 1)
    parts = _axis(top, plot_h, unit)
    for i, category in enumerate(categories):
        for j, s in enumerate(series):
            value = s.values[i]
            h = plot_h * value / top
            x = LEFT + i * step + step * 0.15 + j * bar
            parts.append(
                f'<rect class="{s.css}" x="{x:.1f}" y="{TOP + plot_h - h:.1f}" '
                f'width="{bar:.1f}" height="{h:.1f}"><title>{escape(category)} '
                f"{escape(s.name)}: {_num(value)}{escape(unit)}</title></rect>"
            )
    parts += _x_labels(categories, step)
    return _svg(title, desc, parts, series)


def hbars(title: str, desc: str, items: Sequence[tuple[str, float, str]], css: str) -> Markup:
    """One horizontal bar per item, longest first as given: (label, value, text shown)."""
    row, label_w = 24, 180
    height = TOP + row * max(len(items), 1) + 8
    top = max((v for _, v, _ in items), default=0) or 1
    plot_w = WIDTH - label_w - RIGHT - 200  # room for the value's text after the longest bar
    parts = []
    for i, (label, value, shown) in enumerate(items):
        y = TOP + i * row
        w = plot_w * value / top
        parts.append(
            f'<text class="label" x="{label_w - 8}" y="{y + 16}" text-anchor="end">'
            f"{escape(_cut(label, 28))}</text>"
            f'<rect class="{css}" x="{label_w}" y="{y + 4}" width="{w:.1f}" height="{row - 8}">'
            f"<title>{escape(label)}: {escape(shown)}</title></rect>"
            f'<text class="value" x="{label_w + w + 6:.1f}" y="{y + 16}">{escape(shown)}</text>'
        )
    return _svg(title, desc, parts, (), height=height)


def lines(
    title: str, desc: str, categories: Sequence[str], series: Sequence[Series], *, top: float
) -> Markup:
    """A line per series over the categories (share relabelled per label over time)."""
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / max(len(categories), 1)
    parts = _axis(top, plot_h, percent=True)
    for s in series:
        points = [
            (LEFT + i * step + step / 2, TOP + plot_h - plot_h * v / top)
            for i, v in enumerate(s.values)
        ]
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        parts.append(f'<polyline class="line {s.css}" points="{path}"/>')
        parts += [
            f'<circle class="{s.css}" cx="{x:.1f}" cy="{y:.1f}" r="3"><title>'
            f"{escape(categories[i])} {escape(s.name)}: {s.values[i]:.0%}</title></circle>"
            for i, (x, y) in enumerate(points)
        ]
    parts += _x_labels(categories, step)
    return _svg(title, desc, parts, series)


def _svg(
    title: str, desc: str, parts: list[str], series: Sequence[Series], *, height: int = HEIGHT
) -> Markup:
    n = next(_ids)
    legend = "".join(
        f'<rect class="{s.css}" x="{LEFT + i * 110}" y="{height + 6}" width="10" height="10"/>'
        f'<text class="legend" x="{LEFT + i * 110 + 14}" y="{height + 15}">{escape(s.name)}</text>'
        for i, s in enumerate(series)
    )
    total = height + (22 if series else 0)
    return Markup(
        f'<svg class="chart" role="img" aria-labelledby="chart-{n}-t chart-{n}-d" '
        f'viewBox="0 0 {WIDTH} {total}" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="chart-{n}-t">{escape(title)}</title>'
        f'<desc id="chart-{n}-d">{escape(desc)}</desc>' + "".join(parts) + legend + "</svg>"
    )


def _axis(top: float, plot_h: float, unit: str = "", *, percent: bool = False) -> list[str]:
    parts = []
    for k in range(5):
        value = top * k / 4
        y = TOP + plot_h - plot_h * k / 4
        text = f"{value:.0%}" if percent else f"{_num(value)}{unit}"
        parts.append(
            f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>'
            f'<text class="tick" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{text}</text>'
        )
    return parts


def _x_labels(categories: Sequence[str], step: float) -> list[str]:
    every = max(1, round(len(categories) / 10))  # about ten labels, whatever the period
    y = HEIGHT - BOTTOM + 16
    return [
        f'<text class="tick" x="{LEFT + i * step + step / 2:.1f}" y="{y}" text-anchor="middle">'
        f"{escape(c)}</text>"
        for i, c in enumerate(categories)
        if i % every == 0
    ]


def _nice(value: float) -> float:
    """A round top for the axis: 1, 2, 5 or 10 times a power of ten, at least `value`."""
    if value <= 0:
        return 1.0
    power = 10 ** (len(str(int(value))) - 1) if value >= 1 else 1
    for factor in (1, 2, 5, 10):
        if factor * power >= value:
            return float(factor * power)
    return float(10 * power)


def _num(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0")


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
