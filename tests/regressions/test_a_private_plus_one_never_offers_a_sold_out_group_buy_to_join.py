"""s37: a bare `+1` in private lists the open group buys of her groups and says to send +1 there, sold-out
ones too, where that +1 only gets "sold out". One sold out is said so, with the wait that works in its
group (naming an option where it has options), never a +1."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 月饼 规格 大盒:88:2,小盒:48 库存 3", name="Amy")
    await chat.say("amy", "接龙 粽子 价格 10 库存 1", name="Amy")
    await chat.say("amy", "接龙 青团 价格 5", name="Amy")
    await chat.say("bob", "+3 #1 小盒", name="Bob")
    await chat.say("bob", "+1 #2", name="Bob")
    await chat.say("eve", "+1 #3", name="Eve")

    said = Chat.said(await chat.say("eve", "+1", name="Eve", private=True))

    assert said == (
        "私聊里没有团购可跟（没有打开过团购卡片）。你所在群里进行中的团：\n"
        "「你的群」的 #3 青团：在群里发 +1\n"
        "「你的群」的 #2 粽子：已售罄，想候补在群里发 候补 #2 1\n"
        "「你的群」的 #1 月饼：已售罄，想候补在群里发 候补 #1 小盒 1\n"
        "也可以发群友给你的分享码跟团，例如 +1 团12-K7QM。没有任何改动。"
    )
    waited = Chat.said(await chat.say("eve", "候补 #1 小盒 1", name="Eve"))
    assert waited.startswith("Eve 已候补 月饼 小盒（#1）1 份，排第 1 位。"), waited


async def test_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Tea options small:10,large:15 stock 1 ends 1h")
    await chat.say("amy", "/groupbuy Cake price 5 ends 1h")
    await chat.say("bob", "+1 #1 small")
    await chat.say("eve", "+1 #2")
    await chat.say("eve", "/lang en", private=True)

    said = Chat.said(await chat.say("eve", "+1", private=True))

    assert "#2 Cake in “Your group”: send +1 in that group" in said, said
    assert "#1 Tea in “Your group”: sold out; to wait for it, send /waitlist #1 large 1 in that group" in said
    waited = Chat.said(await chat.say("eve", "/waitlist #1 large 1"))
    assert waited.startswith("Eve is on the waiting list of Tea large (#1) for 1: number 1 in line."), waited
