"""Review 67 item 9: `/ipaid` of another buyer's order. Mia (#1-1 reported, #2-2 unpaid) sending `/ipaid 1-3`
(Leo's) was pointed at /orders, #2-2 not named; the same in private said "There is no order #1-3 here",
which is false: it exists, it is Leo's; Zoe (#1-2 reported, nothing else) sending `/ipaid 2-1` was told
"Your unpaid order is #1-2: send /ipaid 1-2", an order she had reported already. Now the order she still
has to report is named (never one reported), and in private the order is said to be not hers."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _two_buys(*, english: bool = True) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    for title in ("Tea", "Cookies") if english else ("奶茶", "曲奇"):
        await chat.say(
            "amy", f"/groupbuy {title} price 10" if english else f"接龙 {title} 价格 10", name="Kate"
        )
        buyers = ("mia", "zoe", "leo") if title in ("Tea", "奶茶") else ("leo", "mia")
        for user in buyers:
            await chat.say(user, "+1", name=user.title())
        await chat.say("amy", "/close" if english else "截单", name="Kate")
    # Tea: 1-1 Mia, 1-2 Zoe, 1-3 Leo; Cookies: 2-1 Leo, 2-2 Mia
    await chat.say("mia", "/ipaid 1-1" if english else "我已付款 1-1", name="Mia")
    await chat.say("zoe", "/ipaid 1-2" if english else "我已付款 1-2", name="Zoe")
    return chat


async def test_in_the_group_her_unreported_order_is_named() -> None:
    chat = await _two_buys()

    replies = await chat.say("mia", "/ipaid 1-3", name="Mia")

    said = " ".join(reply.text for reply in replies if reply.text)
    assert (
        said == "Order #1-3 is not yours: nothing was changed. Your unpaid order is #2-2: send /ipaid 2-2"
    ), said


async def test_in_private_it_is_not_hers_never_no_such_order() -> None:
    chat = await _two_buys()

    replies = await chat.say("mia", "/ipaid 1-3", private=True, name="Mia")

    said = " ".join(reply.text for reply in replies if reply.text)
    assert (
        said == "Order #1-3 is not yours: nothing was changed. Your unpaid order is #2-2: send /ipaid 2-2"
    ), said


async def test_an_order_she_reported_is_never_suggested() -> None:
    chat = await _two_buys()

    replies = await chat.say("zoe", "/ipaid 2-1", name="Zoe")

    said = " ".join(reply.text for reply in replies if reply.text)
    assert "1-2" not in said and said.startswith("Order #2-1 is not yours: nothing was changed."), said


async def test_in_chinese_too() -> None:
    chat = await _two_buys(english=False)

    replies = await chat.say("mia", "我已付款 1-3", private=True, name="Mia")

    said = " ".join(reply.text for reply in replies if reply.text)
    assert "1-3" in said and "2-2" in said and "没有订单" not in said, said
