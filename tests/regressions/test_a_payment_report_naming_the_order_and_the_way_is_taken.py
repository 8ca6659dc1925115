"""Review 74 #3: `付了 2-2 微信`, `付了 2-2 wechat` and `I paid 2-2 via wechat` got no reply at all, while
`已付 2-2` and `I paid 2-1` were reports: the buyer thought she had told the organiser. An order's number
then the way she paid is that report, the way kept with it as `付了234，微信转的` keeps it."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _closed(language: str) -> tuple[FakeUnitOfWorkFactory, Chat]:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    if language == "en":
        await chat.say("amy", "/lang en")
        await chat.say("amy", "/groupbuy Grapes price 45 deadline 2h")
    else:
        await chat.say("amy", "接龙 阳光玫瑰 价格 45 截止 2小时")
    await chat.say("hal", "+1")
    await chat.say("zoe", "+1")
    await chat.say("amy", "截单" if language == "zh" else "/close")
    return factory, chat


@pytest.mark.parametrize(
    "said", ["付了 1-2 微信", "付了 1-2 wechat", "已付 1-2 微信转的", "付了 #1-2 用微信"]
)
async def test_a_report_naming_the_order_and_the_way_is_the_report(said: str) -> None:
    factory, chat = await _closed("zh")

    replies = await chat.say("zoe", said)

    assert chat.said(replies) == (
        "收到，Zoe：已请 Amy 确认你订单 #1-2 的付款，金额已私信发给你。确认前接龙卡片上显示 💸。"
    )
    assert "amy" in chat.private(replies)
    order = factory.state.orders[2]
    assert order.reported_paid_at is not None and order.reported_via == "wechat"
    assert factory.state.orders[1].reported_paid_at is None


async def test_in_english_i_paid_the_order_via_wechat_is_the_report() -> None:
    factory, chat = await _closed("en")

    replies = await chat.say("zoe", "I paid 1-2 via wechat")

    assert chat.said(replies).startswith(
        "Thanks, Zoe: Amy is asked to confirm your payment for order #1-2; "
        "the amount was sent to you privately."
    )
    assert factory.state.orders[2].reported_via == "wechat"


async def test_another_word_after_the_order_stays_talk() -> None:
    _, chat = await _closed("zh")

    assert await chat.say("zoe", "付了 1-2 微信群里说过了") == []
