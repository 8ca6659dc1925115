"""s42 fixers' note (after review 104 #1): `+1 小盒 大盒 3号楼` joined 小盒 with the note "大盒 3号楼"
(`Bob 小盒 ×1 · 大盒 3号楼` on the card), while `+1 小盒 大盒` was refused. Two options named one after the
other in one join are refused with a note after them too: send each; nothing changes. A note that only
mentions another option further on (`+1 大盒 没有的话 小盒 也行`) stays her note on one option."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

WORDS = {
    "zh": (
        "接龙 盒饭 规格 小盒:5,大盒:8",
        "+1 小盒 大盒 3号楼",
        "一次跟团只能选一个规格，没有任何改动。小盒 和 大盒 都要就分两条发：+1 #1 小盒，再发 +1 #1 大盒。",
    ),
    "en": (
        "/groupbuy Boxes options small:5,large:8",
        "+1 small large block 3",
        "One join takes one option: nothing was changed. To have both small and large, send +1 #1 small, "
        "then +1 #1 large.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_two_options_then_a_note_are_refused(lang: str) -> None:
    opened, typed, expected = WORDS[lang]
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opened, language=lang)
    before = await chat.card(1)

    replies = await chat.say("bob", typed, language=lang)

    assert chat.said(replies) == expected
    assert await chat.card(1) == before
    assert "Bob" not in await chat.card(1)


async def test_another_option_said_later_in_the_note_is_her_note() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 盒饭 规格 小盒:5,大盒:8")

    said = chat.said(await chat.say("bob", "+1 大盒 没有的话 小盒 也行"))

    assert said.startswith("Bob 跟团：1 × 盒饭 大盒（#1）。备注：没有的话 小盒 也行"), said
