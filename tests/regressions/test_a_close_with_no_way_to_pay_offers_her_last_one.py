"""Review 67 item 14: Cookies (#2) was open when Kate set `/payment #1 WeChat Pay kate88`; at #2's close
her summary said "set it with /payment #2 PayPal you@example.com" (a ¥ shop), never her own kate88. Now
the example is her last way to pay in the group: `/payment #2 WeChat Pay kate88`."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_the_close_summary_offers_her_last_way_to_pay() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Tea price 10", name="Kate")
    await chat.say("amy", "/groupbuy Cookies price 5", name="Kate")
    await chat.say("amy", "/payment #1 WeChat Pay kate88", name="Kate")
    await chat.say("bob", "+1 #2", name="Leo")

    replies = await chat.say("amy", "/close #2", name="Kate")

    told = chat.private(replies)["amy"]
    assert (
        "No way to pay is set for this one, so buyers have to ask you. To use your last one, send "
        "/payment #2 WeChat Pay kate88; each buyer who owes is told." in told
    ), told
    assert "you@example.com" not in told


async def test_in_chinese_too() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 奶茶 价格 10")
    await chat.say("amy", "接龙 曲奇 价格 5")
    await chat.say("amy", "收款方式 #1 微信 kate88")
    await chat.say("bob", "+1 #2")

    replies = await chat.say("amy", "截单 #2")

    told = chat.private(replies)["amy"]
    assert "要用你上次的方式，就发：收款方式 #2 微信 kate88" in told, told
