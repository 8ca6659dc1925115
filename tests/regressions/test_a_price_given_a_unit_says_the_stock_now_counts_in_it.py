"""rep95 #12: `修改 #12 价格 10元/斤` on a group buy with `库存 30份` answered only `价格 ¥10/斤`
while the card's stock became `30斤`: 30 portions turned 30 jin unsaid. The answer now says the
stock's new unit and what it was: `库存 30斤（原 30 份，…）`, as the card shows it."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_the_stock_in_the_new_unit_is_said() -> None:
    chat = fake_chat(clock=FakeClock(), default_language="zh")
    await chat.say("amy", "接龙 苹果 价格 10 库存 30份")

    said = Chat.said(await chat.say("amy", "修改 #1 价格 10元/斤"))

    assert said == "已修改 苹果（#1）：价格 ¥10/斤、库存 30斤（原 30 份，库存跟着价格换了单位）。"
    assert "剩余库存：30斤" in await chat.card(1)


async def test_in_english_too_and_not_without_a_stock() -> None:
    chat = fake_chat(clock=FakeClock(), default_language="en")
    await chat.say("amy", "/groupbuy Apple price 10 stock 30")
    await chat.say("amy", "/groupbuy Pear price 10")

    apple = Chat.said(await chat.say("amy", "/edit #1 price 10/kg"))
    pear = Chat.said(await chat.say("amy", "/edit #2 price 10/kg"))

    assert apple == (
        "Updated Apple (#1): price ¥10/kg, stock 30 kg "
        "(was 30 units: the stock now counts in the price's unit)."
    )
    assert pear == "Updated Pear (#2): price ¥10/kg."
