"""rep62 finding 5: an unpaid buyer's private pickup notice ended `…付好后回复“我已付款”，团长确认后打勾。`
with no order number, while the close message and the private 催款 say `我已付款 1-1`. It names
her order now."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def _told(*, english: bool = False) -> str:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Mangoes price 78" if english else "接龙 芒果 价格 78")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close" if english else "截单")
    pickup = "/pickup #1 South gate tomorrow 5pm" if english else "自提 #1 小区南门 明天下午5点"
    return chat.private(await chat.say("amy", pickup))["bob"]


async def test_the_pickup_notice_names_the_order() -> None:
    told = await _told()
    assert told.endswith("怎么付款请问 Amy，付好后回复“我已付款 1-1”，团长确认后打勾。"), told


async def test_in_english_too() -> None:
    told = await _told(english=True)
    assert told.endswith("Ask Amy how to pay, then send /ipaid 1-1 so they can confirm it."), told
