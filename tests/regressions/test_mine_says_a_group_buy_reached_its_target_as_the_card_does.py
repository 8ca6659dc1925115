"""rep46 #15: `/mine` said a group buy that went ahead was "successful", a word the card never used. It
now says it "reached its target" (`已成团` in Chinese), as the card's "🎉 Target reached" did."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_in_english_mine_says_reached_its_target() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("ben", "/groupbuy Mangoes price 20 target 2 ends 3d", name="Ben")
    await chat.say("jo", "+2", name="Jo")
    await chat.say("ben", "/close", name="Ben")

    mine = Chat.said(await chat.say("ben", "/mine", private=True, name="Ben"))

    assert "#1 Mangoes · reached its target · 2 units, 1 order" in mine, mine
    assert "successful" not in mine


async def test_in_chinese_mine_says_yichengtuan() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("lijie", "接龙 芒果 价格 20 成团 2 截止 3d", name="Lijie")
    await chat.say("wang", "+2", name="Wang")
    await chat.say("lijie", "截单", name="Lijie")

    mine = Chat.said(await chat.say("lijie", "我的团", private=True, name="Lijie"))

    assert "#1 芒果 · 已成团 · " in mine, mine
