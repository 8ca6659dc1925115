"""Session 14 (fp): on a sold-out group buy sold per 斤, `候补 2斤` was refused as `没有规格，“2斤”不是规格`.
Read as `+2斤` is: a wait for 2 of its unit; 2斤 move in when they come free."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def sold_out(opening: str) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", opening)
    await chat.say("bob", "+5")
    return chat


async def test_a_wait_for_two_jin_waits_for_two_and_moves_in_with_two() -> None:
    chat = await sold_out("接龙 荔枝 价格 15元/斤 成团 2 库存 5")

    waited = chat.said(await chat.say("xiaoli", "候补 两斤", name="小李"))
    await chat.say("bob", "-2")

    assert waited.startswith("小李 已候补 荔枝（#1）2"), waited
    assert "不是规格" not in waited
    assert (await chat.card()).endswith("\n\n1. Bob 3斤\n2. 小李 2斤")


async def test_in_english_a_wait_for_two_kg() -> None:
    chat = await sold_out("/groupbuy Lychees price 15/kg target 2 stock 5")

    waited = chat.said(await chat.say("cat", "/wait 2kg"))
    await chat.say("bob", "-2")

    assert waited.startswith("Cat is on the waiting list of Lychees (#1) for 2"), waited
    assert (await chat.card()).endswith("\n\n1. Bob 3 kg\n2. Cat 2 kg")


async def test_a_wait_in_another_unit_is_still_refused() -> None:
    chat = await sold_out("接龙 荔枝 价格 15元/斤 成团 2 库存 5")

    reply = chat.said(await chat.say("xiaoli", "候补 2箱", name="小李"))

    assert "没有任何改动" in reply and "2箱" in reply, reply
