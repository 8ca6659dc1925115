"""Session 28 (rep47 #5, #6, #13): on WeChat a note card's `回复 1 👍 赞` took over the group-buy card's `1`:
a friend who wanted to join sent `1` and liked the note (`已赞笔记 #1 👍`), sent it again and unliked it,
and the card's `4` (查看进度) then got the join hint. Typing what the card says (`回复1`, `回复 1`,
`1跟团`, `1 跟团`) got silence. And the note card read `回复 1 👍 赞 0`. Now a note card's choices are
numbered after the group-buy card's (`回复 5 点赞，6 跟团`), `1` still joins, the card's words typed
answer as the number does, and no like reads `赞 0`."""

from __future__ import annotations

import pytest

from tests.regressions.test_a_question_mentioning_the_bot_on_wechat_is_answered import Room


async def test_the_cards_1_joins_while_a_note_card_is_on_screen() -> None:
    room = Room()
    *_, card = await room.say("阿May", "接龙 阳山水蜜桃 价格 30 成团 5")
    assert card.endswith("回复 1 跟团，2 再来一份，3 退出，4 查看进度")

    [note] = await room.say("张三", "种草 #1 桃子超甜")
    assert note.endswith("👍 0 · 💬 0\n回复 5 点赞，6 跟团")

    joined = await room.say("孙八", "1")
    again = await room.say("钱七", "1")
    liked = await room.say("钱七", "5")
    progress = await room.say("孙八", "4")

    assert not [text for text in joined + again if "赞" in text]
    assert any("1. 孙八 ×1" in text for text in joined + again)
    assert any("2. 钱七 ×1" in text for text in again + liked)
    assert any("已赞笔记 #1" in text for text in liked)
    # the card's 查看进度 (unchanged since it was posted), not the join hint
    assert progress == ["卡片已是最新的。"]


@pytest.mark.parametrize("typed", ["回复1", "回复 1", "1跟团", "1 跟团", "１ 跟团"])
async def test_typing_what_the_card_says_answers_as_the_number_does(typed: str) -> None:
    room = Room()
    await room.say("阿May", "接龙 阳山水蜜桃 价格 30 成团 5")

    said = await room.say("孙八", typed)

    assert any("1. 孙八 ×1" in text for text in said)


async def test_a_number_with_other_words_is_still_chatter() -> None:
    room = Room()
    await room.say("阿May", "接龙 阳山水蜜桃 价格 30 成团 5")

    said = await room.say("孙八", "1楼有快递")

    assert said == []
