"""Which open group buy a note without `#12` names (commerce.domain.note_links): the title's name
without its specs, or a distinctive part of a Chinese name (three characters from the end, four from
the start); the whole title before a part; several alike, none chosen; two characters say too little."""

from __future__ import annotations

import pytest

from commerce.domain.note_links import name_of, named, strength


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("海南贵妃芒 5斤", "海南贵妃芒"),
        ("芒果 5斤装", "芒果"),
        ("2斤装赣南脐橙", "赣南脐橙"),
        ("草莓 500g*2", "草莓"),
        ("Hainan Mangoes 5kg", "Hainan Mangoes"),
        ("云南普洱茶", "云南普洱茶"),
    ],
)
def test_a_titles_name_is_the_title_without_its_specs(title: str, name: str) -> None:
    assert name_of(title) == name


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        ("海南贵妃芒5斤到了", "海南贵妃芒 5斤", 2),
        ("海南贵妃芒超好吃，我买了五斤", "海南贵妃芒 5斤", 1),
        ("贵妃芒皮薄肉厚", "海南贵妃芒 5斤", 1),
        ("普洱茶很香", "云南普洱茶", 1),
        ("阳光玫瑰很脆", "阳光玫瑰葡萄", 1),
        ("hainan mangoes are great", "Hainan Mangoes 5kg", 1),
        ("葡萄好吃", "阳光玫瑰葡萄", 0),  # two characters: too common to say which
        ("云南的天气真好", "云南普洱茶", 0),
        ("芒果很甜", "海南贵妃芒 5斤", 0),
    ],
)
def test_how_clearly_a_note_names_a_title(text: str, title: str, expected: int) -> None:
    assert strength(text, title) == expected


def test_one_named_is_the_link_several_alike_are_not_chosen_and_the_whole_title_wins() -> None:
    open_now = [(1, "海南贵妃芒 5斤"), (2, "云南普洱茶"), (3, "贵妃芒 10斤")]
    assert named("普洱茶很香", open_now) == [2]
    assert named("贵妃芒真的甜", open_now) == [1, 3]
    assert named("贵妃芒 10斤 到货了", open_now) == [3]
    assert named("今天天气不错", open_now) == []


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        ("家里用的美的洗碗机很好用", "西门子洗碗机SJ235", 0),  # a brand of its own before the product word
        ("海尔洗碗机不错", "西门子洗碗机SJ235", 0),
        ("西门子洗碗机SN23 好用", "西门子洗碗机SJ235", 0),  # another model code
        ("our Bosch dishwasher is great", "Siemens Dishwasher SJ235", 0),
        ("这个洗碗机真的省水", "西门子洗碗机SJ235", 1),  # little words before it name nothing
        ("超好吃的贵妃芒", "海南贵妃芒 5斤", 1),
        ("强烈推荐贵妃芒", "海南贵妃芒 5斤", 1),
        ("推荐一个洗碗机：西门子SJ235", "西门子洗碗机SJ235", 1),  # its own brand and model
        ("500ml的普洱茶很香", "云南普洱茶", 1),  # a spec is no model
        ("Mangoes are sweet", "Mangoes 5kg", 1),  # capitalised as a sentence begins
    ],
)
def test_a_note_naming_another_brand_or_model_names_no_title(text: str, title: str, expected: int) -> None:
    assert strength(text, title) == expected
