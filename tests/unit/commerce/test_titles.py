"""Look-alike titles: what a buyer would confuse at a glance, and what they would not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commerce.domain.titles import looks_alike


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Mangoes 5kg", "mangoes 5 kg!"),
        ("海南贵妃芒 5斤", "海南贵妃芒"),
        ("海南贵妃芒", "海南贵妃芒果"),
        ("Strawberries", "Strawberrys"),
        ("ＡＢＣ 苹果", "abc苹果"),
    ],
)
def test_titles_a_buyer_would_confuse_look_alike(first: str, second: str) -> None:
    assert looks_alike(first, second)
    assert looks_alike(second, first)


@pytest.mark.parametrize(
    ("first", "second"),
    [("Mangoes", "Lychees"), ("海南贵妃芒", "山东苹果"), ("蛋", "鸡蛋糕点礼盒"), ("!!!", "!!!")],
)
def test_different_titles_do_not(first: str, second: str) -> None:
    assert not looks_alike(first, second)


@given(st.from_regex(r"[A-Za-z0-9\u4e00-\u9fff ]{0,30}[A-Za-z\u4e00-\u9fff]", fullmatch=True))
def test_a_title_with_letters_looks_like_itself_and_its_shouting(title: str) -> None:
    assert looks_alike(title, title)
    assert looks_alike(title, f"  {title.upper()}!!")
