"""我的订单 (/orders) said "Cherries 1kg — gate 5, Cherries 2kg …: 4 × ¥53 = ¥296 so far" for 2 of ¥53 and
2 of ¥95, and "#2-1 Cherries 2kg, Cherries 1kg …: 3 × ¥95 = ¥185 · paid" for 1 of ¥95 and 2 of ¥45: an
order of several options (多规格) was written as its first line's price times all its units. Each price is
now a part of its own, so the arithmetic shown is the total."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_an_order_of_several_options_adds_up_as_shown() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 樱桃 规格 1kg:53,2kg:95 成团 1")
    await chat.say("bob", "+2 1kg 5号门")
    await chat.say("bob", "+2 2kg")

    joined = chat.said(await chat.say("bob", "我的订单", private=True)).splitlines()[1]
    await chat.say("amy", "截单")
    ordered = chat.said(await chat.say("bob", "我的订单", private=True)).splitlines()[1]

    assert joined == "樱桃 1kg — 5号门、樱桃 2kg（Amy 的团 #1）：2 × ¥53 + 2 × ¥95 = ¥296（暂计）· 未截单"
    assert ordered == "#1-1 樱桃 1kg — 5号门、樱桃 2kg（Amy 的团 #1）：2 × ¥53 + 2 × ¥95 = ¥296 · 待付款"
