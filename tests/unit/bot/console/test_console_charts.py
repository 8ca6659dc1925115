"""The dashboard's SVG charts: a bar per number, heights in proportion, the axis marked at 0 and at
the largest, labels under the bars, and "no data" instead of bars when there is nothing to draw."""

from __future__ import annotations

import re

import pytest

from bot.console.charts import HEIGHT, MAX_LABELS, bar_chart
from commerce.domain.money import format_money

BAR = re.compile(
    r'<rect class="bar" x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"><title>([^<]*)</title>'
)
LABEL = re.compile(r'<text class="label"[^>]*>([^<]*)</text>')
TICK = re.compile(r'<text class="tick"[^>]*>([^<]*)</text>')


def test_one_bar_per_number_in_proportion_with_the_axis_marked() -> None:
    svg = str(bar_chart([2, 4, 0, 1], ["Mon", "Tue", "Wed", "Thu"], title="Orders", empty="no data"))
    bars = BAR.findall(svg)
    assert [title for _, _, title in bars] == ["Mon: 2", "Tue: 4", "Wed: 0", "Thu: 1"]
    heights = [float(height) for _, height, _ in bars]
    assert heights[1] == max(heights) and heights[2] == 0
    assert heights[0] == pytest.approx(heights[1] / 2, abs=0.1)
    assert heights[3] == pytest.approx(heights[1] / 4, abs=0.1)
    assert LABEL.findall(svg) == ["Mon", "Tue", "Wed", "Thu"]
    assert TICK.findall(svg) == ["4", "0"]  # the largest at the top, 0 at the bottom
    assert "<title>Orders</title>" in svg and 'aria-label="Orders"' in svg
    assert "no data" not in svg


def test_bars_stand_on_the_axis_and_values_can_be_money() -> None:
    svg = str(bar_chart([1050, 300], ["a", "b"], title="GMV", empty="-", value_text=format_money))
    for y, height, _ in BAR.findall(svg):
        assert float(y) + float(height) == pytest.approx(HEIGHT - 28)  # the x axis
    assert [title for _, _, title in BAR.findall(svg)] == ["a: ¥10.50", "b: ¥3"]
    assert TICK.findall(svg) == ["¥10.50", "¥0"]


def test_many_bars_get_evenly_spaced_labels_the_last_always() -> None:
    days = [f"11-{n:02d}" for n in range(1, 31)]
    svg = str(bar_chart(list(range(1, 31)), days, title="t", empty="-"))
    assert len(BAR.findall(svg)) == 30
    shown = LABEL.findall(svg)
    assert len(shown) <= MAX_LABELS and shown[-1] == "11-30"


@pytest.mark.parametrize("values", [[], [0, 0, 0]])
def test_nothing_to_draw_says_so_and_draws_no_bars(values: list[int]) -> None:
    svg = str(bar_chart(values, [str(n) for n in range(len(values))], title="GMV", empty="No data"))
    assert '<text class="empty"' in svg and ">No data</text>" in svg
    assert "<rect" not in svg and 'class="tick"' not in svg


def test_labels_and_titles_are_escaped() -> None:
    svg = str(bar_chart([1], ["<b>"], title='a "b" & c', empty="-"))
    assert "<b>" not in svg and "&lt;b&gt;" in svg
    assert 'aria-label="a &#34;b&#34; &amp; c"' in svg


def test_a_label_for_each_number() -> None:
    with pytest.raises(ValueError):
        bar_chart([1, 2], ["one"], title="t", empty="-")
