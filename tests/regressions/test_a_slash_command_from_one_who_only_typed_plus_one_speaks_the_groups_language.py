"""s39 (noticed): Cat, who has only typed `+1` in a Chinese group, sent `/uncollected` and `/close` and was
answered in English, the slash word's language. A group with a known language answers in it (its `/lang`,
else as its card speaks); the word's language only where the group tells none."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def _joined(opened: str, *, lang: str | None = None) -> Chat:
    room = fake_chat()
    if lang:
        await room.say("amy", f"/lang {lang}")
    await room.say("amy", opened)
    await room.say("bob", "+1")
    await room.say("cat", "+1")
    return room


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("/uncollected", "未取货名单是团长看的，你还没有开过团。问自己的取货请发：什么时候取货"),
        ("/close", "只有团长（Amy）可以这样做，没有任何改动。"),
        ("/remind", "只有团长（Amy）可以这样做，没有任何改动。"),
        ("/list", "📋 粽子（#1）接龙名单，共 2 条：\n1. Bob ×1\n2. Cat ×1"),
    ],
)
async def test_a_chinese_group_answers_chinese_to_one_who_only_typed_plus_one(
    typed: str, expected: str
) -> None:
    room = await _joined("接龙 粽子 价格 68")

    assert room.said(await room.say("cat", typed)) == expected


async def test_a_lang_zh_group_answers_chinese_though_its_group_buy_was_opened_in_english() -> None:
    room = await _joined("/groupbuy Eggs price 10", lang="zh")

    assert room.said(await room.say("cat", "/close")) == "只有团长（Amy）可以这样做，没有任何改动。"


async def test_an_english_group_still_answers_english() -> None:
    room = await _joined("/groupbuy Eggs price 10")

    replies = await room.say("cat", "/close")

    assert room.said(replies) == "Only the organiser (Amy) can do that: nothing was changed."


async def test_after_the_close_too() -> None:
    room = await _joined("接龙 粽子 价格 68")
    await room.say("amy", "截单")

    replies = await room.say("cat", "/uncollected")

    assert room.said(replies) == "未取货名单是团长看的，你还没有开过团。问自己的取货请发：什么时候取货"
