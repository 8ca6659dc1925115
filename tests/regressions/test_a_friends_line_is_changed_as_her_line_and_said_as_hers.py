"""s37: Eve holding only Mum's line (`+1 for mum`) sent `make it 1` and was told to send `+1 for mum`,
which adds one more, though Mum already has 1; she is told `make it 1 for mum`. Taking Zhao's line off
(`Zhao 0 now`, `赵奶奶不要了`) while only Mum's line stays said "Eve still has 1 on the list", as if Eve
had a line of her own: it says Mum's line stays."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Cake price 5 stock 9 ends 1h")
    await chat.say("eve", "+1 for mum")

    same = Chat.said(await chat.say("eve", "make it 1"))
    more = Chat.said(await chat.say("eve", "make it 3"))
    followed = Chat.said(await chat.say("eve", "make it 1 for mum"))
    await chat.say("eve", "+1 for Zhao")
    zhao_off = Chat.said(await chat.say("eve", "Zhao 0 now"))

    assert same == (
        "You have no line of your own, only the ones you put down: mum 1 unit. To change one, "
        "send make it 1 for mum"
    )
    assert more.endswith("To change one, send make it 3 for mum"), more
    assert followed == "Eve for mum already has 1 × Cake (#1): nothing was changed."
    assert zhao_off == "Eve took the line for Zhao off Cake (#1); the line for mum stays (1)."
    assert "1. Eve for mum ×1" in await chat.card(1)


async def test_her_own_line_staying_is_said_as_before() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Cake price 5 stock 9 ends 1h")
    await chat.say("eve", "+1")
    await chat.say("eve", "+1 for Zhao")

    said = Chat.said(await chat.say("eve", "Zhao 0 now"))

    assert said == "Eve took the line for Zhao off Cake (#1); Eve still has 1 on the list."


async def test_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 土鸡蛋 价格 45 截止 3d", name="Amy")
    await chat.say("eve", "帮妈妈报1份", name="Eve")
    await chat.say("eve", "帮赵奶奶报2份", name="Eve")

    said = Chat.said(await chat.say("eve", "赵奶奶不要了", name="Eve"))
    private = Chat.said(await chat.say("eve", "妈妈不要了", name="Eve"))

    assert said == "Eve 撤下了帮 赵奶奶 报的 土鸡蛋（#1），帮 妈妈 报的还在（1 份）。"
    assert private == "Eve 撤下了帮 妈妈 报的 土鸡蛋（#1）。"
