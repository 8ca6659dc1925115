"""The head rule (`芒果` finds 贵妃芒) without its false friends (光芒 is light, 面包 is bread): the search's
`headed_by` (on jieba's words) and Ask's `names_product` / `mentions` (on characters) agree."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commerce.domain.ask_relevance import headed, mentions, names_product, not_heads
from storage.segment import headed_by, shortened

# (search word, a note's text, whether the note names the product)
PAIRS = [
    ("芒果", "海南贵妃芒超甜", True),
    ("芒果", "金煌芒不错", True),
    ("芒果", "这光芒真好看", False),
    ("芒果", "锋芒太露", False),
    ("包子", "早上买了面包", False),
    ("包子", "法式面包好吃", False),
    ("包子", "钱包丢了", False),
    ("包子", "小笼包好吃", True),
    ("橙子", "赣南脐橙很甜", True),
    ("桃子", "水蜜桃多汁", True),
    ("桃子", "樱桃很甜", False),
    ("茄子", "番茄炒蛋", False),
]


@pytest.mark.parametrize(("word", "text", "named"), PAIRS)
def test_a_product_is_found_by_its_head_not_by_a_word_that_merely_ends_with_it(
    word: str, text: str, named: bool
) -> None:
    head = shortened([word])[word]
    assert headed_by(text, head) is named
    assert mentions(text, word, "") is named


@pytest.mark.parametrize(
    ("word", "title", "named"),
    [
        ("芒果", "海南贵妃芒 5斤", True),
        ("芒果", "光芒手电筒", False),
        ("包子", "法式面包 2个", False),
        ("包子", "小笼包 20个", True),
        ("苹果", "红富士苹果 10斤", True),
        ("面包", "法式面包 2个", True),
        ("桃子", "樱桃 2斤", False),
    ],
)
def test_a_title_is_named_by_its_head_not_by_a_word_that_merely_ends_with_it(
    word: str, title: str, named: bool
) -> None:
    assert names_product(word, title) is named


def test_the_product_word_itself_is_always_named() -> None:
    assert mentions("早上买了面包", "面包", "") and mentions("红富士苹果很脆", "苹果", "")
    assert mentions("芒果干好吃", "芒果", "")


_PREFIX = st.text(alphabet="海南贵妃小台农金煌大红", min_size=0, max_size=3)


@settings(max_examples=60, deadline=None)
@given(prefix=_PREFIX, index=st.integers(min_value=0, max_value=10_000))
def test_no_word_ending_with_a_common_word_is_the_product(prefix: str, index: int) -> None:
    word = not_heads()[index % len(not_heads())]
    assert not headed(prefix + word, word[-1])


@settings(max_examples=60, deadline=None)
@given(prefix=_PREFIX)
def test_a_kind_named_before_the_head_is_the_product(prefix: str) -> None:
    assert headed(prefix + "芒", "芒") and headed(prefix + "橙", "橙")


def test_a_word_whose_second_character_is_its_head_is_not_shortened() -> None:
    """`西瓜` is no 西 (东西), `木瓜` no 木 (积木), `鸡蛋` no 鸡; `芒果`, `橙子`, `鸡肉` are (session 20)."""
    assert shortened(["西瓜", "木瓜", "鸡蛋", "水果", "瓜子", "芒果", "橙子", "鸡肉"]) == {
        "芒果": "芒",
        "橙子": "橙",
        "鸡肉": "鸡",
    }
    assert not mentions("买的东西都很甜", "西瓜", "") and not mentions("孩子爱玩积木", "木瓜", "")
    assert mentions("这个西瓜沙甜", "西瓜", "") and mentions("贵妃芒超甜", "芒果", "")
