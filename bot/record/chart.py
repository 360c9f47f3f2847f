"""The weekly digest's chart: requests opened vs resolved per day, and the median first response per day.

One PNG, drawn with matplotlib's Agg canvas directly (no pyplot: no global figure state, safe in the
sweep's threads, no display needed).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from bot.record.texts import DAYS, MONTHS, say
from policies.figures import Day

OPENED, RESOLVED, LINE = "#3b6fb6", "#7fbf7b", "#c2571a"  # blue / green read apart by most colour-blind readers


def chart_png(days: Sequence[Day], language: str) -> bytes:
    """A PNG of `days` (from `policies.figures.daily` or `WeeklyFigures.days`), labelled in `language`."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    language = language if language in ("en", "es") else "en"
    labels = [f"{DAYS[language][d.day.weekday()]} {d.day.day}" for d in days]
    if days and len({d.day.month for d in days}) > 1 or len(days) > 14:
        labels = [f"{d.day.day} {MONTHS[language][d.day.month - 1]}" for d in days]
    positions = list(range(len(days)))
    figure = Figure(figsize=(8, 5), dpi=120, layout="constrained")
    FigureCanvasAgg(figure)
    counts, waits = figure.subplots(2, 1, sharex=True, height_ratios=[3, 2])
    width = 0.38
    opened = counts.bar(
        [p - width / 2 for p in positions],
        [d.opened for d in days],
        width,
        color=OPENED,
        label=say("chart:opened", language),
    )
    resolved = counts.bar(
        [p + width / 2 for p in positions],
        [d.resolved for d in days],
        width,
        color=RESOLVED,
        label=say("chart:resolved", language),
    )
    for bars in (opened, resolved):
        counts.bar_label(
            bars, [str(int(b.get_height())) if b.get_height() else "" for b in bars], fontsize=8, padding=2
        )
    counts.set_title(say("chart:title", language), loc="left", fontsize=12, fontweight="bold")
    counts.legend(loc="upper left", frameon=False, ncols=2, fontsize=9)
    counts.yaxis.set_major_locator(MaxNLocator(integer=True))
    top = max([d.opened for d in days] + [d.resolved for d in days] + [1])
    counts.set_ylim(0, top * 1.3)  # room for the legend and the labels above the bars

    hours = [d.first_response_median / 60 if d.first_response_median is not None else None for d in days]
    answered = [(p, h) for p, h in zip(positions, hours, strict=True) if h is not None]
    if answered:
        waits.plot([p for p, _ in answered], [h for _, h in answered], color=LINE, marker="o", linewidth=2)
        for p, h in answered:
            waits.annotate(
                _hours(h, language), (p, h), textcoords="offset points", xytext=(0, 6), ha="center", fontsize=8
            )
        waits.set_ylim(0, max(h for _, h in answered) * 1.35 or 1)
    for p, h, d in zip(positions, hours, days, strict=True):
        if h is None and d.opened:  # asked and not answered (a day with no requests needs no mark)
            waits.annotate(say("chart:none", language), (p, 0), textcoords="offset points", xytext=(0, 4),
                           ha="center", fontsize=7, color="#888")  # fmt: skip
    waits.set_title(say("chart:first", language), loc="left", fontsize=10)
    waits.set_ylabel(say("chart:hours", language), fontsize=9)
    waits.set_xticks(positions, labels)
    if language == "es":  # decimal comma
        waits.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:g}".replace(".", ",")))
    for axes in (counts, waits):
        axes.spines[["top", "right"]].set_visible(False)
        axes.grid(axis="y", color="#e5e5e5", linewidth=0.8)
        axes.set_axisbelow(True)
        axes.tick_params(labelsize=9)
    out = io.BytesIO()
    figure.savefig(out, format="png", facecolor="white")
    return out.getvalue()


def _hours(value: float, language: str) -> str:
    if value < 1:
        return f"{round(value * 60)} min"
    text = f"{value:.1f} h"
    return text.replace(".", ",") if language == "es" else text
