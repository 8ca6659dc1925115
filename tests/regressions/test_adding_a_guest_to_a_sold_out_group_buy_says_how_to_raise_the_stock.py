"""rep105 #8: 土鸡蛋 (#1, stock 2) sold out to Bob's `+2`; Amy's `代报 王阿姨 1` answered only
`抱歉，土鸡蛋 已经卖完了。`: a member's `+1` is offered the waiting list, her guest nothing, and the refusal
did not say that raising the stock (what worked) would let her add her friend.

Now it says nothing was added and the two steps, with the numbers: `修改 #1 库存 3`, then
`代报 #1 王阿姨 1`."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def sold_out(lang: str = "zh") -> Chat:
    room = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    await room.say("amy", "接龙 土鸡蛋 价格 45 库存 2")
    await room.say("bob", "+2")
    return room


async def test_adding_a_guest_when_sold_out_says_to_raise_the_stock_first() -> None:
    room = await sold_out()

    replies = await room.say("amy", "代报 王阿姨 1")

    assert Chat.said(replies) == (
        "土鸡蛋 已经卖完了，没有给 王阿姨 报上，没有任何改动。"
        "要给 王阿姨 报上，先把库存加上去：修改 #1 库存 3，再发 代报 #1 王阿姨 1。"
    )
    assert "王阿姨" not in await room.card(1)


async def test_the_steps_it_names_add_her() -> None:
    room = await sold_out()
    await room.say("amy", "代报 王阿姨 1")

    await room.say("amy", "修改 #1 库存 3")
    await room.say("amy", "代报 #1 王阿姨 1")

    assert "王阿姨" in await room.card(1)


async def test_in_english_it_names_the_edit_and_the_add() -> None:
    room = await sold_out("en")

    assert Chat.said(await room.say("amy", "/add Grandma 2")) == (
        "土鸡蛋 is sold out: Grandma was not added, nothing was changed. To add Grandma, raise the stock"
        " first: /edit #1 stock 4, then send /add #1 Grandma 2."
    )
