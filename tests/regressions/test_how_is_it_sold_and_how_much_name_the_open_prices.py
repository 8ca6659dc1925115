"""rep59 findings 9 and 15: a bare `怎么卖` (or `how much do they sell for?`) with two group buys open was
silent, though `多少钱` lists each price; and `多少钱` / `how much is it?` from a buyer who owes answered
only her own orders, privately, never the price of the buy open now. `怎么卖` is now answered as `多少钱`
is, and a buyer who owes reads the open buys' prices after her orders."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _two_open(*, english: bool = False) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    if english:
        await chat.say("amy", "/lang en")
    await chat.say("amy", "接龙 草莓 价格 30")
    await chat.say("amy", "接龙 荔枝 价格 20")
    return chat


@pytest.mark.parametrize("asked", ["怎么卖", "怎么卖？", "多少钱"])
async def test_how_is_it_sold_lists_each_open_price(asked: str) -> None:
    chat = await _two_open()
    said = chat.said(await chat.say("gina", asked, name="Gina"))
    assert said == "草莓（#1）：当前 ¥30/份。\n荔枝（#2）：当前 ¥20/份。", said


async def test_how_much_do_they_sell_for_in_english() -> None:
    chat = await _two_open(english=True)
    said = chat.said(await chat.say("gina", "how much do they sell for?", name="Gina"))
    assert said.count("(#1)") == 1 and said.count("(#2)") == 1 and "¥30" in said and "¥20" in said, said


async def test_a_buyer_who_owes_reads_the_open_price_too() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 芒果 价格 156")
    await chat.say("cat", "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "接龙 粽子 价格 8")
    for asked in ("多少钱", "怎么卖"):
        replies = await chat.say("cat", asked)
        private = chat.private(replies)["cat"]
        assert private.startswith("芒果（#1）订单 #1-1 应付 ¥156。"), private
        assert private.endswith("\n粽子（#2）：当前 ¥8/份。"), private
        assert "¥156" not in chat.said(replies)  # the group reads no amount of hers
