"""s31 paidnotes 3: with the organiser's payment note (`收款方式 …`), an unpaid buyer's private pickup
notice ended at `付款方式：…` and never said what to send once she had paid; without a note it says
`付好后回复“我已付款 1-1”` since s31-topup. With a note it says it too, and the note follows."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def _told(*, english: bool = False, short: bool = False) -> str:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Mangoes price 78" if english else "接龙 芒果 价格 78")
    await chat.say("amy", "/payment WeChat to Amy" if english else "收款方式 微信转账给 Amy")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close" if english else "截单")
    if short:
        await chat.say("bob", "/ipaid 1-1 10" if english else "我已付款 1-1 10元")
    pickup = "/pickup #1 South gate tomorrow 5pm" if english else "自提 #1 小区南门 明天下午5点"
    return chat.private(await chat.say("amy", pickup))["bob"]


async def test_the_noted_pickup_notice_says_what_to_send() -> None:
    told = await _told()
    assert told.endswith(
        "请按下面的方式付款，付好后回复“我已付款 1-1”，团长确认后打勾。\n付款方式：微信转账给 Amy"
    ), told


async def test_reported_short_too() -> None:
    told = await _told(short=True)
    assert "付好后回复“我已付款 1-1”" in told and told.endswith("付款方式：微信转账给 Amy"), told


async def test_in_english_too() -> None:
    told = await _told(english=True)
    assert told.endswith(
        "Please pay as below, then send /ipaid 1-1 so they can confirm it.\nHow to pay: WeChat to Amy"
    ), told
