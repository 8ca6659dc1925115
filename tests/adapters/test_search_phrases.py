"""A search's words (storage.segment.query_words): a quality jieba cuts in two is one phrase (`glued`),
found in a note however jieba cut it (`spelled`: by its characters, the text read); a product, a word
that only asks and a quality of its own stay words."""

from __future__ import annotations

import pytest

from storage.note_search import named_by
from storage.segment import also_keys, index_words, query_words, said_apart, spelled


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("个头大", ["个头大"]),
        ("水分足", ["水分足"]),
        ("肉质细腻", ["肉质细腻"]),
        ("芒果个头大", ["芒果", "个头大"]),
        ("鸡蛋个头大吗", ["鸡蛋", "个头大"]),
        ("个头大，大家", ["个头大", "大家"]),
        ("芒果甜", ["芒果", "甜"]),
        ("果肉甜", ["果肉", "甜"]),
        ("新鲜多汁", ["新鲜", "多汁"]),
        ("快递要多久", ["快递", "要", "多久"]),
        ("mangoes are sweet", ["mangoes", "sweet"]),
        ("冰箱里", ["冰箱"]),  # a place after a noun: no quality, dropped as 的 is
        ("芒果放冰箱里", ["芒果", "放", "冰箱"]),
    ],
)
def test_a_quality_jieba_cuts_is_searched_as_one_phrase(typed: str, words: list[str]) -> None:
    assert query_words(typed) == words


def test_a_phrase_is_found_however_a_note_was_cut() -> None:
    assert spelled("个头大") == "个 头 大" and spelled("肉质") == "肉质" and spelled("mango") == "mango"
    for text, named in [
        ("土鸡蛋个头大", True),
        ("每个头大又圆", True),  # 每个 / 头大
        ("个头小，大家都说好", False),
    ]:
        words = set(index_words(text).split())
        assert named_by((("个头大",),), {}, words, text, every=True) is named, text
    assert "个头大" in also_keys("big") and "big" in also_keys("个头大")


@pytest.mark.parametrize(
    ("phrase", "text", "said"),
    [
        ("肉质细腻", "台农芒肉质很细腻", True),
        ("肉质细腻", "肉质非常细腻", True),
        ("肉质细腻", "细腻的肉质", True),
        ("皮薄肉厚", "这个西瓜肉厚皮薄", True),  # its halves, in the other order
        ("性价比高", "性价比很高", True),
        ("个头大", "个头很大", True),  # 大 ends 很大
        ("个头大", "大个头", True),
        ("水分足", "水分很足", True),
        ("个头大", "个头不大", False),  # a negation between
        ("肉质细腻", "个头不大，肉质不细腻", False),
        ("个头大", "个头小大家都说好", False),  # the 大 of 大家 is no word of its own
        ("个头大", "个头小，大家都说好", False),
        ("肉质细腻", "肉质一般，细腻", False),  # another clause
        ("水分足", "周末踢足球，水分补充很重要", False),
        ("甜度高", "甜度很高兴", False),
    ],
)
def test_a_phrase_said_apart_or_reversed(phrase: str, text: str, said: bool) -> None:
    assert said_apart(phrase, text) is said


def test_a_phrase_said_apart_is_found_not_when_asked_as_typed() -> None:
    text = "台农芒肉质很细腻"
    words = set(index_words(text).split())
    assert named_by((("肉质细腻",),), {}, words, text, every=True)
    assert not named_by((("肉质细腻",),), {}, words, text, every=True, apart=False)
