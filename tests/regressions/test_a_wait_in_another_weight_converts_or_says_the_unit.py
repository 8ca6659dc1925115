"""Session 16 (ha; review fg 14): on a sold-out group buy sold per kg, `候补 1斤` (`/waitlist 1 jin`) got
the old refusal `车厘子（#1）没有规格，“1斤”不是规格：候补只写要几份`. A wait in another weight is read as a
join's is: converted when whole (`候补 4斤`: 2 kg), else told it is no whole number of the unit, the
nearest amount in the wait's own form (`要 1 kg 就发 候补 1`)."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def sold_out() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 车厘子 价格 12/kg 成团 2 库存 4")
    await chat.say("bob", "+4")
    return chat


async def test_a_wait_for_one_jin_of_a_per_kg_one_says_the_unit_and_what_to_send() -> None:
    chat = await sold_out()

    jin = chat.said(await chat.say("cat", "候补 1斤"))
    english = chat.said(await chat.say("cat", "/waitlist 1 jin", language="en"))

    assert jin == "车厘子（#1）按公斤卖，“1斤”是 0.5 kg，不是整公斤数。要 1 kg 就发 候补 1。没有任何改动。"
    assert english == (
        "车厘子 (#1) is sold by the kg: “1 jin” is 0.5 kg, not a whole number of kg. "
        "Send /waitlist 1 for 1 kg. Nothing was changed."
    )


async def test_a_wait_in_a_whole_number_of_it_converts() -> None:
    chat = await sold_out()

    waited = chat.said(await chat.say("cat", "候补 4斤"))
    await chat.say("bob", "-2")

    assert waited.startswith("4斤 = 2 kg。Cat 已候补 车厘子（#1）2 kg，排第 1 位。"), waited
    assert (await chat.card()).endswith("\n\n1. Bob 2 kg\n2. Cat 2 kg")
