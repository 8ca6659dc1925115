"""Session 11: `退款 1-1 谢谢` got no answer at all and `/refund 1-1 thanks` was answered with the refund's
usage, while `已收 1-1 谢谢` confirmed the payment. A courtesy set apart after the order (or the name)
changes nothing; other words after the number are a reason told to the buyer (see
test_a_refund_reason_reaches_only_the_buyer.py); a mention or number after it is answered with the form."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

ZH = "订单 #1-1（Bob）已退款。已私信告诉 Bob。"


async def _paid() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 柚子 ¥30")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 1-1")
    return chat


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("退款 1-1 谢谢", ZH),
        ("退款 1-1，谢谢团长", ZH),
        ("退款 @Bob 谢谢", ZH),
        ("/refund 1-1 thanks", ZH),  # the group's line in the group's language (rep84 #11)
        ("/refund 1-1 thank you", ZH),
    ],
)
async def test_a_refund_with_thanks_after_it_refunds(typed: str, said: str) -> None:
    chat = await _paid()

    replies = await chat.say("amy", typed)

    assert Chat.said(replies) == said
    assert Chat.private(replies)["bob"] == "订单 #1-1（柚子）已退款：Amy 会直接退给你 ¥30。"


async def test_two_orders_with_thanks_are_still_refused_whole() -> None:
    chat = await _paid()

    said = Chat.said(await chat.say("amy", "退款 1-1 1-2 谢谢"))

    assert said == "退款一次一单（钱要退回给买家），没有任何改动。请分开发，例如：退款 1-1"


async def test_other_words_after_the_order_are_not_a_refund() -> None:
    chat = await _paid()

    said = Chat.said(await chat.say("amy", "/refund 1-1 @Bob"))

    assert said == "请这样写：退款 1-1（订单编号；后面可写原因，会转告买家：退款 1-1 尺码不对）或 退款 @名字"
    assert await chat.say("amy", "退款 谢谢") == []
