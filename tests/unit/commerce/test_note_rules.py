"""The rules of notes (种草): what a note's text may be, the flood guard, likes, reach and marks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from commerce.domain.errors import DomainError
from commerce.domain.notes import Mark, Note, check_flood, marks, may_like, note_text, reaches, same_text
from commerce.domain.titles import names, same_product

NOW = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)


def note(note_id: int, text: str, *, chat: str = "family", ago: timedelta = timedelta(hours=1)) -> Note:
    return Note(note_id, chat, "bob", "Bob", text, NOW - ago)


def refusal(call: object) -> tuple[str, dict[str, object]]:
    with pytest.raises(DomainError) as caught:
        call()  # type: ignore[operator]
    return caught.value.code, caught.value.params


def test_a_notes_text_keeps_its_lines_without_what_nobody_sees() -> None:
    assert note_text("  好吃\u202e！ \n\n\u200b\n 回购  三次 ") == "好吃！\n回购 三次"
    assert refusal(lambda: note_text(" \u200b\n ")) == ("note_empty", {})
    assert refusal(lambda: note_text("好" * 1001)) == ("note_too_long", {"limit": 1000, "length": 1001})


def test_the_flood_guard_counts_a_day_in_this_chat_and_refuses_a_repeat_from_any_chat() -> None:
    recent = [note(1, "Sweet", ago=timedelta(hours=2)), note(2, "Juicy", chat="work")]
    check_flood(recent, chat_id="family", text="New one", now=NOW, per_day=2)  # one here today
    full = [*recent, note(3, "Fresh")]
    assert refusal(lambda: check_flood(full, chat_id="family", text="New", now=NOW, per_day=2)) == (
        "note_limit",
        {"limit": 2},
    )
    yesterday = [note(1, "Sweet", ago=timedelta(hours=25)), note(3, "Fresh")]
    check_flood(yesterday, chat_id="family", text="New", now=NOW, per_day=2)
    assert refusal(lambda: check_flood(recent, chat_id="family", text=" juicy ", now=NOW, per_day=5)) == (
        "note_duplicate",
        {"id": 2},
    )
    assert same_text("Ｓｗｅｅｔ  mango", "sweet mango") and not same_text("sweet mango", "sweet mangoes")


def test_likes_come_from_others_and_a_note_is_reached_from_its_own_chat_only() -> None:
    mine = note(1, "Sweet")
    may_like(mine, "cat")
    assert refusal(lambda: may_like(mine, "bob")) == ("note_like_own", {"id": 1})
    assert reaches(mine, "family") and not reaches(mine, "work")


def test_a_seller_is_shown_as_one_and_a_purchase_verifies() -> None:
    assert marks(bought=True) == (Mark.VERIFIED,)
    assert marks(bought=True, sells=Mark.ORGANISER) == (Mark.ORGANISER, Mark.VERIFIED)
    assert marks(bought=False, sells=Mark.SHARER) == (Mark.SHARER,)
    assert marks(bought=False) == ()
    assert same_product("海南 芒果！", "海南芒果") and not same_product("芒果", "海南芒果")
    assert names("这个海南芒果超甜", "海南芒果") and not names("这个芒果超甜", "海南芒果")
