"""Note #1's card kept `¥88/份` after its group buy's tiers brought the price to ¥78, then ¥68, until
someone liked it; and a card's `达人` stayed while `笔记 1` had moved on. A note card is now refreshed when
its group buy's price changes (with the group buy's card) and when its author's level changes."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_note_card_shows_the_price_and_level_of_now() -> None:
    chat = fake_chat()
    await chat.say("小美", "接龙 海南贵妃芒 5斤 价格 88 阶梯 2:78,3:68 成团 3")
    await chat.say("阿强", "种草 #1 超甜")
    await chat.say("阿强", "种草 荔枝也不错")
    for fan in ("f1", "f2", "f3", "f4", "f5", "f6"):
        liked = await chat.say(fan, "赞 2")
    assert chat.cards(liked) == [(-2, False), (-1, False)]  # 阿强 became 达人: note #1's card too
    assert (await chat.app.render_card(-1)).text.startswith("笔记 #1 · 阿强 · 达人")
    assert chat.said(await chat.say("小红", "笔记 1")).startswith("笔记 #1 · 阿强 · 达人")

    for member in ("老王", "小红", "丽丽"):
        joined = await chat.say(member, "+1")
    assert (-1, False) in chat.cards(joined)
    assert (await chat.app.render_card(-1)).text.splitlines()[2] == "🛒 海南贵妃芒 5斤（#1）¥68/份"
