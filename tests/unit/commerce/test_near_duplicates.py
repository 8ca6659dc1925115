"""Near-duplicate notes (commerce.domain.near_duplicates): identical texts always match, small edits
(a word changed, punctuation, spacing, case, an emoji appended) still match, different notes do not;
the signature survives storage; the flood guard refuses a near-duplicate with the earlier note."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commerce.domain.errors import DomainError
from commerce.domain.near_duplicates import THRESHOLD, Signature, jaccard, near, shingles, signature
from commerce.domain.notes import Note, check_flood

# Two vocabularies of two-character words, no character used twice: a note of distinct words has
# distinct shingles (as real notes do), and notes drawn from one vocabulary share no shingle with
# notes drawn from the other.
WORDS = [chr(0x4E00 + 2 * i) + chr(0x4E01 + 2 * i) for i in range(40)]
OTHER = [chr(0x6000 + 2 * i) + chr(0x6001 + 2 * i) for i in range(40)]
EMOJI = ["👍", "🥭", "😋", "❤️", "🎉"]
PUNCT = ["，", "。", "！", "!", ",", "～", " "]
NOW = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)

notes = st.lists(st.sampled_from(WORDS), min_size=20, max_size=40, unique=True).map("".join)
any_text = st.text(min_size=1, max_size=200)


@given(any_text)
def test_identical_texts_always_match(text: str) -> None:
    assert signature(text).similarity(signature(text)) == 1.0
    assert near(signature(text), Signature.decode(signature(text).encode()) or signature(""))


@given(notes, st.sampled_from(EMOJI), st.lists(st.sampled_from(PUNCT), max_size=5))
def test_punctuation_spacing_case_width_and_an_emoji_appended_change_nothing(
    text: str, emoji: str, marks: list[str]
) -> None:
    edited = "".join(marks) + text + "".join(marks) + emoji + emoji
    assert signature(edited).similarity(signature(text)) == 1.0
    assert signature("Ｓｗｅｅｔ  MANGO!!") == signature("sweet mango")


@settings(max_examples=200)
@given(notes, st.data())
def test_a_word_changed_still_matches(text: str, data: st.DataObject) -> None:
    words = [text[i : i + 2] for i in range(0, len(text), 2)]
    at = data.draw(st.integers(0, len(words) - 1))
    words[at] = data.draw(st.sampled_from(OTHER))
    edited = "".join(words)
    assert jaccard(text, edited) >= 0.75
    assert near(signature(text), signature(edited))


@given(notes, st.lists(st.sampled_from(OTHER), min_size=20, max_size=40, unique=True).map("".join))
def test_different_notes_do_not_match(first: str, second: str) -> None:
    assert jaccard(first, second) == 0.0
    assert not near(signature(first), signature(second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("海南芒果超甜，推荐给大家！", "海南芒果超甜，孩子很爱吃，下次还买"),
        ("这款面膜很补水，敏感肌也能用", "这款面膜一般，有点黏，不太推荐"),
        ("Sweet mangoes, my third time buying", "Sweet mangoes but the box was damaged"),
    ],
)
def test_two_honest_notes_about_one_product_are_not_duplicates(first: str, second: str) -> None:
    assert jaccard(first, second) < 0.4
    assert not near(signature(first), signature(second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "这款芒果超甜，已经回购三次了，强烈推荐给大家，冷链到家很新鲜",
            "这款芒果很甜，已经回购三次了，强烈推荐给大家，冷链到家很新鲜！！🥭",
        ),
        (
            "Sweet mangoes, my third time buying, highly recommended",
            "sweet mangoes - my 3rd time buying, highly recommended",
        ),
    ],
)
def test_a_reworded_copy_is_a_near_duplicate(first: str, second: str) -> None:
    assert near(signature(first), signature(second))


def test_short_texts_and_emoji_alone_are_themselves() -> None:
    assert shingles("好吃") == frozenset({"好吃"})
    assert not near(signature("👍👍"), signature("🔥🔥"))  # nothing but emoji: the emoji decide
    assert Signature.decode("not base64!") is None and Signature.decode("") is None
    assert 0 < THRESHOLD < 1


def test_the_flood_guard_refuses_a_near_duplicate_from_any_chat_with_the_earlier_note() -> None:
    earlier = "这款芒果超甜，已经回购三次了，强烈推荐给大家，冷链到家很新鲜"
    stored = Note(
        4, "work", "bob", "Bob", earlier, NOW - timedelta(days=2), signature=signature(earlier).encode()
    )
    old = Note(1, "work", "bob", "Bob", earlier, NOW - timedelta(days=8))
    with pytest.raises(DomainError) as caught:
        check_flood([stored], chat_id="family", text=earlier.replace("超甜", "很甜"), now=NOW, per_day=5)
    assert caught.value.code == "note_near_duplicate"
    assert caught.value.params["id"] == 4 and caught.value.params["days"] == 7
    assert int(str(caught.value.params["percent"])) >= 60
    check_flood([old], chat_id="family", text=earlier, now=NOW, per_day=5)  # a week ago: allowed again
    unsigned = Note(5, "work", "bob", "Bob", earlier, NOW - timedelta(days=1))  # stored before 0026
    with pytest.raises(DomainError):
        check_flood([unsigned], chat_id="family", text=earlier + "!!", now=NOW, per_day=5)
