"""`芒果要三份，送到3号楼502，谢谢😊` and `草莓要一盒，三号楼的，明天能取吗` were silent: an order said in a
sentence joined only when the sentence was the whole message. Now the order is joined, the parts saying where
(`送到3号楼502`, `三号楼的`) are its note, a thanks or a question about the pickup left out; any other part
(`太贵了`) keeps the whole message talk, and chatter stays silent."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _open() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88")
    await chat.say("amy", "接龙 草莓 价格 30/盒")
    return chat


async def test_an_order_then_where_to_bring_it_joins_with_that_note() -> None:
    chat = await _open()

    eve = Chat.said(await chat.say("eve", "芒果要三份，送到3号楼502，谢谢😊"))
    kim = Chat.said(await chat.say("kim", "草莓要一盒，三号楼的，明天能取吗"))

    assert eve == "Eve 跟团：3 × 芒果（#1）。备注：送到3号楼502。当前 ¥88/份。"
    assert kim == "Kim 跟团：1盒 草莓（#2）。备注：三号楼的。当前 ¥30/盒。"


async def test_an_order_with_other_words_and_chatter_stay_silent() -> None:
    chat = await _open()

    talk = ("芒果要三份，太贵了", "芒果要三份，是不是太多了？", "芒果好吃吗", "鸡蛋要涨价了")
    talk += ("三号楼的快递到了",)
    said = [await chat.say("eve", text) for text in talk]

    assert said == [[], [], [], [], []]
    assert "Eve" not in Chat.said(await chat.say("amy", "名单 #1"))
