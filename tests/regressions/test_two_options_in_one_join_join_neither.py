"""Review 104, finding 1: `+1 #7 小盒 大盒` joined 小盒 and kept 大盒 as its note (`Bob 小盒 ×1 · 大盒` on the
card), which reads as "he wants a 大盒 too". Two options in one join now join neither: the answer says
to send them one at a time, and nothing changes."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

WORDS = {
    "zh": (
        "接龙 粽子 规格 小盒:58,大盒:98",
        "+1 #1 小盒 大盒",
        "一次跟团只能选一个规格，没有任何改动。小盒 和 大盒 都要就分两条发：+1 #1 小盒，再发 +1 #1 大盒。",
    ),
    "en": (
        "/groupbuy Dumplings options small:58,large:98",
        "+1 #1 small large",
        "One join takes one option: nothing was changed. To have both small and large, send +1 #1 small, "
        "then +1 #1 large.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_two_options_in_one_join_are_refused(lang: str) -> None:
    opened, typed, expected = WORDS[lang]
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opened, language=lang)
    before = await chat.card(1)

    replies = await chat.say("bob", typed, language=lang)

    assert chat.said(replies) == expected
    assert await chat.card(1) == before
    assert "Bob" not in await chat.card(1)


async def test_one_option_with_a_note_still_joins() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 粽子 规格 小盒:58,大盒:98")

    said = chat.said(await chat.say("bob", "+1 #1 小盒 3号楼"))

    assert said.startswith("Bob 跟团：1 × 粽子 小盒（#1）。备注：3号楼"), said
