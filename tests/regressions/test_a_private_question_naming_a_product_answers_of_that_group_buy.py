"""Review 95 #9: 小美's private `荔枝还剩多少？` (one 荔枝 open in her group) was told to say a number,
with another product's group buy as the example. A private question naming the product of exactly one
group buy open in her groups is answered of that one; naming none, the example as before."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_private_stock_question_naming_the_product_is_answered() -> None:
    room = fake_chat(FakeUnitOfWorkFactory())
    await room.say("amy", "接龙 荔枝 价格 25 库存 30 截止 明天中午12点")
    await room.say("amy", "接龙 橙子 价格 10 库存 50 截止 明天中午12点")
    await room.say("xiaomei", "+1 #2")  # she is in the group (and on 橙子)
    asked = await room.say("xiaomei", "荔枝还剩多少？", private=True)
    assert [reply.text for reply in asked] == ["荔枝（#1）还剩 30 份。"]
    asked = await room.say("xiaomei", "问 荔枝多少钱", private=True)
    assert [reply.text for reply in asked] == ["荔枝（#1）：当前 ¥25/份。"]


async def test_a_private_question_naming_no_open_product_still_asks_for_the_number() -> None:
    room = fake_chat(FakeUnitOfWorkFactory())
    await room.say("amy", "接龙 荔枝 价格 25 库存 30 截止 明天中午12点")
    await room.say("xiaomei", "大家好")
    asked = await room.say("xiaomei", "榴莲还剩多少？", private=True)
    assert [reply.text for reply in asked] == ["私聊里问团购请带上团号，例如：问 #1 还有吗。"]
