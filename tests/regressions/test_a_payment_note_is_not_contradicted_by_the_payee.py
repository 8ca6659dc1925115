"""rep63 finding 5: with a payment note naming someone else (`收款方式 微信转账给王姐`), the pickup notice
said `请按下面的方式付款给 Amy` then `付款方式：微信转账给王姐` ("Please pay Amy as below" / "How to pay:
PayNow to Wang"). With a note it says only `请按下面的方式付款` / "Please pay as below": the note says
whom."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def _told(*, english: bool = False) -> str:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Mangoes price 78" if english else "接龙 芒果 价格 78")
    await chat.say("amy", "/payment PayNow to Wang 91234567" if english else "收款方式 微信转账给王姐")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close" if english else "截单")
    pickup = "/pickup #1 South gate tomorrow 5pm" if english else "自提 #1 小区南门 明天下午5点"
    return chat.private(await chat.say("amy", pickup))["bob"]


async def test_the_notice_does_not_name_the_organiser_as_payee() -> None:
    told = await _told()
    assert told.endswith(
        "请按下面的方式付款，付好后回复“我已付款 1-1”，团长确认后打勾。\n付款方式：微信转账给王姐"
    ), told
    assert "付款给 Amy" not in told, told


async def test_in_english_too() -> None:
    told = await _told(english=True)
    assert told.endswith(
        "Please pay as below, then send /ipaid 1-1 so they can confirm it.\n"
        "How to pay: PayNow to Wang 91234567"
    ), told
