"""`价格 8元/千克` kept `千克` as the group buy's unit (the API and the export said 千克 beside
others' 公斤), and `市斤` was refused as unknown (`+2市斤` a note): both are stored as the unit's one
spelling, 公斤 and 斤, as `kg` is, and a join in 市斤 counts in 斤."""

from __future__ import annotations

from commerce.domain.units import sold_unit
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


def test_each_spelling_is_stored_as_its_unit() -> None:
    assert [sold_unit(word) for word in ("千克", "公斤", "kg", "ｋｇ", "市斤", "斤", "jin")] == [
        "公斤",
        "公斤",
        "公斤",
        "公斤",
        "斤",
        "斤",
        "斤",
    ]


async def test_a_group_buy_priced_per_shijin_sells_in_jin() -> None:
    uow = FakeUnitOfWorkFactory()
    chat = fake_chat(uow)

    opened = chat.said(await chat.say("amy", "接龙 梨 价格 8元/市斤"))
    joined = chat.said(await chat.say("bob", "+2市斤"))
    kilos = chat.said(await chat.say("amy", "接龙 杏 价格 8元/千克"))

    assert opened.startswith("团购 #1 开团了：梨，¥8/斤。")
    assert joined == "Bob 跟团：2斤 梨（#1）。当前 ¥8/斤。"
    assert kilos.startswith("团购 #2 开团了：杏，¥8/kg。")
    async with uow() as work:
        pear, apricot = await work.group_buys.get(1), await work.group_buys.get(2)
    assert pear is not None and pear.terms.unit == "斤"
    assert apricot is not None and apricot.terms.unit == "公斤"
