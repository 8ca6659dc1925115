"""Charts drawn by the server as inline SVG: they work offline (no script, no asset from elsewhere),
and the page puts the same numbers in a table under each one.

`bar_chart` draws one bar per value, its height in proportion to the largest, with the axis marked
at 0 and at the largest value, and the labels under the bars (every one when there are few, else
evenly spaced ones). All zero or nothing at all: the chart says `empty` instead of drawing bars.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from markupsafe import Markup, escape

WIDTH, HEIGHT = 640, 200
LEFT, RIGHT, TOP, BOTTOM = 64, 8, 12, 28  # room for the axis labels
MAX_LABELS = 8  # under the bars; more bars than this: every n-th labelled


def _labelled(count: int) -> set[int]:
    if count <= MAX_LABELS:
        return set(range(count))
    step = -(-count // MAX_LABELS)  # ceil
    return set(range(count - 1, -1, -step))  # the last (today) always


def bar_chart(
    values: Sequence[int],
    labels: Sequence[str],
    *,
    title: str,
    empty: str,
    value_text: Callable[[int], str] = str,
) -> Markup:
    """An SVG bar chart of `values` (one bar each, labelled by `labels`), titled for screen readers."""
    if len(values) != len(labels):
        raise ValueError("a label for each value")
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<line class="axis" x1="{LEFT}" y1="{TOP + plot_h}" x2="{WIDTH - RIGHT}" y2="{TOP + plot_h}"/>',
    ]
    top = max(values, default=0)
    if top <= 0:
        parts.append(
            f'<text class="empty" x="{LEFT + plot_w / 2:.1f}" y="{TOP + plot_h / 2:.1f}" '
            f'text-anchor="middle">{escape(empty)}</text>'
        )
        parts.append("</svg>")
        return Markup("".join(parts))
    parts.append(f'<line class="axis" x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{TOP + plot_h}"/>')
    for y, value in ((TOP + 4, top), (TOP + plot_h, 0)):
        parts.append(
            f'<text class="tick" x="{LEFT - 4}" y="{y}" text-anchor="end">{escape(value_text(value))}</text>'
        )
    slot = plot_w / len(values)
    gap = min(slot * 0.2, 6.0)
    shown = _labelled(len(values))
    for n, (value, label) in enumerate(zip(values, labels, strict=True)):
        height = plot_h * max(value, 0) / top
        x = LEFT + n * slot + gap / 2
        bar_top = TOP + plot_h - height
        parts.append(
            f'<rect class="bar" x="{x:.1f}" y="{bar_top:.1f}" width="{slot - gap:.1f}" height="{height:.1f}">'
            f"<title>{escape(label)}: {escape(value_text(value))}</title></rect>"
        )
        if n in shown:
            parts.append(
                f'<text class="label" x="{x + (slot - gap) / 2:.1f}" y="{HEIGHT - 8}" '
                f'text-anchor="middle">{escape(label)}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))
