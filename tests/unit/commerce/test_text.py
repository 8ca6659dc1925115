"""clean_text: what a reader cannot see is never stored; what they can see is kept exactly as typed."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commerce.domain.text import ZWJ, clean_text

FAMILY = "👨\u200d👩\u200d👧"  # one emoji built from three with zero-width joiners
RAINBOW_FLAG = "🏳\ufe0f\u200d🌈"
WOMAN_TECHNOLOGIST = "👩🏽\u200d💻"


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("海南贵妃芒 5斤", "海南贵妃芒 5斤"),
        ("微信转账，备注：芒果", "微信转账，备注：芒果"),  # full-width punctuation is not normalised
        ("ＡＢＣ　１２３", "ＡＢＣ １２３"),  # nor full-width letters (the ideographic space is a space)
        ("  Gate 3\n\ttomorrow  ", "Gate 3 tomorrow"),
        ("Mangoes\u202e, cheap", "Mangoes, cheap"),  # right-to-left override
        ("\u2066Amy\u2069 \u200eBob\u200f \u061cCat", "Amy Bob Cat"),  # isolates and marks
        ("Man\u200bgo\u2060es\ufeff", "Mangoes"),  # zero-width space, word joiner, BOM
        ("a\x00b\x07c\x1bd\x7fe", "abcde"),  # control characters
        ("tag\U000e0041\U000e0042s", "tags"),  # invisible tag characters (ASCII smuggling)
        ("\ue000private\U000f0000", "private"),  # private use
        ("\ud800lone", "lone"),  # a lone surrogate
        ("\u3164", ""),  # the blank Hangul filler: the invisible WeChat name
        ("⠀⠀", ""),  # braille blank is a space
        ("\u200b\u200c\u200d\u2060", ""),  # zero-width only: nothing to see
        (FAMILY, FAMILY),  # ZWJ inside an emoji sequence stays
        (RAINBOW_FLAG, RAINBOW_FLAG),  # ...after a variation selector
        (WOMAN_TECHNOLOGIST, WOMAN_TECHNOLOGIST),  # ...after a skin tone
        (f"{FAMILY} pack", f"{FAMILY} pack"),
        ("a\u200db", "ab"),  # ZWJ between letters hides nothing useful
        ("👨\u200d", "👨"),  # ...at the end
        ("\u200d👨", "👨"),  # ...at the start
        ("👨 \u200d👩", "👨 👩"),  # ...next to a space
        ("👨\u200d\u200d👩", "👨\u200d👩"),  # two in a row join once
        ("✂\u200dx", "✂x"),  # a pictograph, then a letter
    ],
)
def test_invisible_characters_go_and_visible_ones_stay(typed: str, kept: str) -> None:
    assert clean_text(typed) == kept


def _zwj_joins_pictographs(text: str, i: int) -> bool:
    before = text[:i].rstrip("\ufe0e\ufe0f" + "".join(map(chr, range(0x1F3FB, 0x1F400))))
    after = text[i + 1 : i + 2]
    return bool(before) and unicodedata.category(before[-1]) == "So" and unicodedata.category(after) == "So"


# Text as it comes from chats and fuzzers: any code point, with the troublemakers made likely.
TROUBLE = st.sampled_from(
    [
        "\u200d",
        "\u200b",
        "\u202e",
        "\u2066",
        "\ufeff",
        "\x00",
        "\n",
        " ",
        "\u3164",
        "👨",
        "👩",
        "\ufe0f",
        "🏽",
        "a",
    ]
)
TEXTS = st.lists(st.one_of(st.characters(), TROUBLE), max_size=40).map("".join)


@given(TEXTS)
def test_nothing_invisible_is_left_but_the_joiners_of_emoji(text: str) -> None:
    cleaned = clean_text(text)
    for i, char in enumerate(cleaned):
        category = unicodedata.category(char)
        if char == ZWJ:
            assert _zwj_joins_pictographs(cleaned, i), (text, cleaned)
        else:
            assert category not in {"Cc", "Cf", "Cs", "Co"}, (text, cleaned, hex(ord(char)))
    assert cleaned == cleaned.strip() and "  " not in cleaned
    assert not any(char.isspace() and char != " " for char in cleaned)


@given(TEXTS)
def test_cleaning_twice_changes_nothing_more(text: str) -> None:
    assert clean_text(clean_text(text)) == clean_text(text)


VISIBLE = st.characters(categories=("L", "N", "P", "Sm", "Sc")).filter(
    lambda c: c not in "\u115f\u1160\u3164\uffa0"
)


@given(st.text(alphabet=VISIBLE, max_size=40))
def test_visible_text_without_spaces_is_kept_exactly(text: str) -> None:
    assert clean_text(text) == text
