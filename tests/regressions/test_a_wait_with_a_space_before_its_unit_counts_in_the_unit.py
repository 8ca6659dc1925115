"""Session 15 (fh): on a sold-out group buy sold per 斤, `候补 2斤` and `/waitlist 2` waited, but
`/waitlist 2 kg` and `候补 2 斤` (a space before the unit) read the unit as an option's name (`“斤”不是规格`),
and `/waitlist 2kg` was refused as no option. They now wait in the group buy's unit as joins count:
`候补 2 斤` for 2斤, a weight converting when whole (`/waitlist 2 kg`: 4斤); another unit (`候补 2 箱`) and
an option after the quantity where there are options stay as they were."""

from __future__ import annotations

import re

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def sold_out(opening: str, lang: str = "zh") -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), default_language=lang)
    await chat.say("amy", opening)
    await chat.say("bob", "+5")
    return chat


@pytest.mark.parametrize(("text", "jin"), [("候补 2 斤", 2), ("候补 两 斤", 2), ("候补 1 公斤", 2)])
async def test_a_wait_with_its_unit_set_apart_waits_for_that_many(text: str, jin: int) -> None:
    chat = await sold_out("接龙 荔枝 价格 15元/斤 成团 2 库存 5")

    waited = chat.said(await chat.say("xiaoli", text, name="小李"))
    await chat.say("bob", f"-{jin}")

    converted = "1公斤 = 2斤。" if "公斤" in text else ""  # another weight: what it came to, first
    assert waited.startswith(f"{converted}小李 已候补 荔枝（#1）{jin}斤，排第 1 位"), waited
    listed = (await chat.card()).split("\n\n")[-1]
    assert re.fullmatch(rf"1\. Bob ×?{5 - jin}斤\n2\. 小李 ×?{jin}斤", listed), listed  # moved in: 2斤


@pytest.mark.parametrize(
    ("text", "typed"), [("/waitlist 2 kg", "2 kg"), ("/waitlist 2kg", "2 kg"), ("/wait 2 KG", "2 KG")]
)
async def test_in_english_a_wait_in_kg_on_one_sold_per_jin_converts(text: str, typed: str) -> None:
    chat = await sold_out("接龙 荔枝 价格 15元/斤 成团 2 库存 5", lang="en")

    waited = chat.said(await chat.say("cat", text))

    assert waited.startswith(f"{typed} = 4 jin. Cat is on the waiting list of 荔枝 (#1) for 4 jin"), waited


async def test_in_english_a_wait_in_kg_with_a_space_on_one_sold_per_kg() -> None:
    chat = await sold_out("/groupbuy Lychees price 15/kg target 2 stock 5", lang="en")

    waited = chat.said(await chat.say("cat", "/waitlist 2 kg"))
    await chat.say("bob", "-2")

    assert waited.startswith("Cat is on the waiting list of Lychees (#1) for 2 kg"), waited
    listed = (await chat.card()).split("\n\n")[-1]
    assert re.fullmatch(r"1\. Bob ×?3 kg\n2\. Cat ×?2 kg", listed), listed


async def test_a_wait_in_another_unit_set_apart_is_still_refused() -> None:
    chat = await sold_out("接龙 荔枝 价格 15元/斤 成团 2 库存 5")

    reply = chat.said(await chat.say("xiaoli", "候补 2 箱", name="小李"))

    assert "没有任何改动" in reply and "箱" in reply, reply
    assert "小李" not in await chat.card()
