"""How a join's quantity in a unit word is read (handlers/parsing/joins.py, `Measured`): whole, no whole
number of the unit (`part`), after a `+1` (`before`), or the only quantity typed (`alone`)."""

from __future__ import annotations

import pytest

from commerce.domain.units import Measured
from handlers.parsing.joins import Join, measure, parse_join, parse_pasted_list

LIST = "#接龙\n荔枝\n\n1. 小王 3斤\n2. 小李 "

TYPED = [
    ("+2斤", Measured(2, "斤")),
    ("+1 2斤", Measured(2, "斤", before=1)),
    ("+1 2斤 3号楼", Measured(2, "斤", "3号楼", before=1)),
    ("+2 3斤", Measured(3, "斤", before=2)),
    ("+1.5斤", Measured(1, "斤", part="1.5斤", alone=True)),
    ("+半斤", Measured(0, "斤", part="半斤", alone=True)),
    ("+两斤半 3号楼", Measured(2, "斤", "3号楼", part="两斤半", alone=True)),
    ("+0.5 kg", Measured(0, "kg", part="0.5 kg", alone=True)),
    ("+1 半斤", Measured(0, "斤", part="半斤", before=1)),
    ("+1 3号楼 2.5斤", Measured(2, "斤", "3号楼", part="2.5斤", before=1)),
    ("+1 3号楼", None),
    ("我要半斤", Measured(0, "斤", part="半斤", alone=True)),  # said with 我要 / 要 / 来 as with +
    ("来 2.5斤", Measured(2, "斤", part="2.5斤", alone=True)),
    ("+1kg", Measured(1, "kg")),  # weights, converted to the unit sold in (commerce.domain.units)
    ("+500g", Measured(500, "g")),
    ("+3两", Measured(3, "两")),
    ("+3 jin", Measured(3, "jin")),
    ("+1 G3", None),  # a gate, no gram
]


@pytest.mark.parametrize(("text", "measured"), TYPED)
def test_a_typed_join(text: str, measured: Measured | None) -> None:
    join = parse_join(text)

    assert isinstance(join, Join)
    assert join.measured == measured


PASTED = [
    ("2.5斤", Measured(2, "斤", part="2.5斤")),
    ("半斤", Measured(0, "斤", part="半斤")),
    ("两斤半", Measured(2, "斤", part="两斤半")),
    ("3号楼 2.5斤", Measured(2, "斤", "3号楼", part="2.5斤")),
    ("+1 2斤", Measured(2, "斤", before=1)),
    ("2斤", Measured(2, "斤")),
]


@pytest.mark.parametrize(("line", "measured"), PASTED)
def test_a_pasted_line(line: str, measured: Measured) -> None:
    join = parse_pasted_list(LIST + line, ["小李"])

    assert join is not None and join.measured == measured


def test_a_phrase_without_a_unit_stays_unreadable_or_chatter() -> None:
    assert parse_join("+2.5 3号楼") == "unreadable"
    one_and_a_half = parse_join("+1.5")  # of the unit it is sold in: answered that, never "unreadable"
    assert isinstance(one_and_a_half, Join) and one_and_a_half.measured == Measured(
        1, "", part="1.5", alone=True
    )
    assert parse_join("我要半斤糖") is None and parse_join("加半斤") is None
    assert measure("2斤") == Measured(2, "斤") and measure("2斤 3") is None and measure("2") is None
