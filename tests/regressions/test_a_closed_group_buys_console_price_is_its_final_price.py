"""rep94 #12: the console's detail of a closed group buy read `价格 ¥88/份（现价 ¥68/份）` ("now ¥68
each"): after the close it is the price it closed at, as the card's `成交价 ¥68/份`. While open it stays
"now"."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.console.group_buy_details import details
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

_TZ = ZoneInfo("Asia/Shanghai")


async def test_the_price_of_a_closed_one_is_final() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language="zh")
    await chat.say("amy", "接龙 芒果 价格 88 阶梯 2:68")
    await chat.say("bob", "+2")

    opened = dict(details(factory.state.group_buys[1], "zh", _TZ))
    assert "¥88/份（现价 ¥68/份）" in opened.values()
    await chat.say("amy", "截单")
    closed = dict(details(factory.state.group_buys[1], "zh", _TZ))
    assert "¥88/份（成交价 ¥68/份）" in closed.values()
    assert "¥88 each (final ¥68 each)" in dict(details(factory.state.group_buys[1], "en", _TZ)).values()
