"""s49's player: the organiser's `未收到 1-2` typed in the group read
`订单 #1-2（张阿姨，¥112.50）改回未付款…`, the buyer's amount to everyone, while the group
hears no amount of 已收, 只收到 or 催款. The group now reads whose order only; after a part
received (只收到) the amounts go to the organiser privately. In private, and on her button,
she reads them as before."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat, only_part_received

SCRIPT = {
    "zh": ("接龙 荔枝 价格 20", "截单", "我已付款 1-1", "未收到 1-1", "我已付款 1-1 10元"),
    "en": ("/groupbuy Lychees price 20", "/close", "/ipaid 1-1", "/notpaid 1-1", "/ipaid 1-1 10"),
}
GROUP = {
    "zh": "订单 #1-1（Eve）改回未付款，已告诉对方还没收到付款。",
    "en": "Order #1-1 of Eve is unpaid again: they are told the payment has not arrived.",
}
TOP_UP_GROUP = {
    "zh": "订单 #1-1（Eve）：补付的钱没有收到，已告诉对方，订单仍是未付款。金额详情已私信发给你。",
    "en": "Order #1-1 of Eve: the top-up has not arrived, and they are told; the order stays unpaid. The "
    "amounts were sent to you privately.",
}
TOP_UP_ORGANISER = {
    "zh": "订单 #1-1（Eve，¥20）：补付的 ¥10 没有收到，已告诉对方。已收 ¥10，还差 ¥10，订单仍是未付款。",
    "en": "Order #1-1 of Eve (¥20): the ¥10 top-up has not arrived, and they are told. ¥10 received, ¥10 "
    "still to pay; the order stays unpaid.",
}


async def _reported(lang: str) -> Chat:
    opening, close, reported, _, _ = SCRIPT[lang]
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", opening)
    await chat.say("eve", "+1", name="Eve")
    await chat.say("amy", close)
    await chat.say("eve", reported, name="Eve", private=True)
    return chat


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_group_reads_whose_order_not_its_amount(lang: str) -> None:
    chat = await _reported(lang)

    said = Chat.said(await chat.say("amy", SCRIPT[lang][3]))

    assert said == GROUP[lang]
    assert "¥" not in said


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_missing_top_up_tells_the_amounts_to_the_organiser_privately(lang: str) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    opening, close, _, refused, top_up = SCRIPT[lang]
    await chat.say("amy", opening)
    await chat.say("eve", "+1", name="Eve")
    await chat.say("amy", close)
    await only_part_received(chat, "eve", top_up)
    await chat.say("eve", top_up, name="Eve", private=True)

    replies = await chat.say("amy", refused)

    assert Chat.said(replies) == TOP_UP_GROUP[lang]
    assert Chat.private(replies)["amy"] == TOP_UP_ORGANISER[lang]
