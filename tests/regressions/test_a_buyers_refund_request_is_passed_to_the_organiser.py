"""Session 25 (rep31 item 4, R31-4): a buyer asking for a refund got wrong answers: `退款 2-1 压坏了两盒` (her
own order) "这里没有订单 #2-1", `我要退款 2-1 …` "我没看懂", private bare `退款` the organiser's form. Now her
`退款 <her order> <reason>` / `我要退款 …` / `/refund <her order> …` changes nothing and is passed to the
organiser privately, with the command that would refund it; she is told so. Someone else's order: "not
yours"; a buyer's bare `退款` names her paid orders and the form. The organiser's refund is as it was."""

from __future__ import annotations

import pytest

from commerce.domain.order import OrderStatus
from tests.unit.handlers.conftest import Chat, fake_chat

SETUP = {
    "zh": ("接龙 草莓 1盒 价格 39.90 截止 2小时", "截单", "已收 1-1"),
    "en": ("/groupbuy Strawberries price 39.90 ends in 2 hours", "/close", "/paid 1-1"),
}
ASKED = {
    "zh": (
        "退款 1-1 压坏了两盒",
        "已把你的退款申请转给团长 Amy，由团长决定、直接退给你。",
        "Kim 申请退款：#1-1 草莓 1盒 ×2（¥79.80），原因：压坏了两盒。"
        "要退就发 退款 1-1（部分退发 退款 1-1 金额）。",
    ),
    "en": (
        "/refund 1-1 two were crushed",
        "Your refund request was passed to the organiser, Amy: they decide and give the money back to you "
        "directly.",
        "Kim asks for a refund: #1-1 Strawberries ×2 (¥79.80), reason: two were crushed. To refund it, send "
        "/refund 1-1 (part of it: /refund 1-1 amount).",
    ),
}
NOT_YOURS = {
    "zh": (
        "退款 1-2 坏了",
        "这不是你的订单（#1-2），没有任何改动。要申请退款请写你自己的订单编号（发“我的订单”查看）。",
    ),
    "en": (
        "/refund 1-2 bad",
        "Order #1-2 is not yours: nothing was changed. To ask for a refund, send your own order number "
        "(see /orders).",
    ),
}
BARE = {
    "zh": (
        "退款",
        "你可以申请退款的订单：#1-1 草莓 1盒 ×2（¥79.80）。"
        "请这样写：退款 1-1 原因（例如 退款 1-1 压坏了两盒），会转给团长，由团长决定、直接退给你。",
    ),
    "en": (
        "/refund",
        "Orders you can ask a refund for: #1-1 Strawberries ×2 (¥79.80). "
        "Send e.g. /refund 1-1 two boxes were crushed: it is passed to the organiser, "
        "who decides and gives the money back to you directly.",
    ),
}


async def _paid(lang: str) -> Chat:
    """Amy's strawberries: Kim's #1-1 (2 boxes, ¥79.80) paid, Bob's #1-2 not."""
    chat = fake_chat(default_language=lang)
    opening, close, paid = SETUP[lang]
    await chat.say("amy", opening, language=lang)
    await chat.say("kim", "+2", language=lang)
    await chat.say("bob", "+1", language=lang)
    await chat.say("amy", close, language=lang)
    await chat.say("amy", paid, language=lang)
    return chat


async def _status(chat: Chat) -> OrderStatus:
    async with chat.app.uow_factory() as uow:
        order = await uow.orders.get(1)
    assert order is not None
    return order.status


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("private", [False, True])
async def test_a_buyers_refund_request_is_passed_to_the_organiser(lang: str, private: bool) -> None:
    chat = await _paid(lang)
    typed, told, passed = ASKED[lang]

    replies = await chat.say("kim", typed, language=lang, private=private)

    assert [(r.private_to, r.text) for r in replies] == [(None, told), ("amy", passed)]
    assert await _status(chat) is OrderStatus.PAID  # nothing changed


async def test_i_want_a_refund_in_words_is_her_request_too() -> None:
    chat = await _paid("zh")
    replies = await chat.say("kim", "我要退款 1-1 压坏了两盒", language="zh")
    assert [(r.private_to, r.text) for r in replies] == [(None, ASKED["zh"][1]), ("amy", ASKED["zh"][2])]
    assert await _status(chat) is OrderStatus.PAID


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_someone_elses_order_is_not_hers(lang: str) -> None:
    chat = await _paid(lang)
    typed, said = NOT_YOURS[lang]
    replies = await chat.say("kim", typed, language=lang)
    assert [r.text for r in replies] == [said]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_buyers_bare_refund_names_her_paid_orders(lang: str) -> None:
    chat = await _paid(lang)
    typed, said = BARE[lang]
    replies = await chat.say("kim", typed, language=lang, private=True)
    assert [r.text for r in replies] == [said]


async def test_the_organisers_refund_is_as_it_was() -> None:
    chat = await _paid("zh")
    replies = await chat.say("amy", "退款 1-1 坏了", language="zh")
    assert replies[0].text == "订单 #1-1（Kim）已退款。已私信告诉 Kim。"
    assert await _status(chat) is OrderStatus.REFUNDED
    form = await chat.say("amy", "退款", language="zh", private=True)
    assert form[0].text.startswith("请这样写：退款 ")


async def test_in_the_group_her_bare_refund_names_her_orders_without_the_money() -> None:
    chat = await _paid("zh")
    replies = await chat.say("kim", "退款", language="zh")
    assert [r.text for r in replies] == [
        "你可以申请退款的订单：#1-1 草莓 1盒 ×2。请这样写：退款 1-1 原因（例如 退款 1-1 压坏了两盒），"
        "会转给团长，由团长决定、直接退给你。"
    ]


@pytest.mark.parametrize(
    ("lang", "typed", "said"),
    [
        (
            "zh",
            "退款 1-2 坏了",
            "订单 #1-2 还没有付款，没有钱要退，没有任何改动。不想要了请找团长 Amy 取消。",
        ),
        (
            "en",
            "/refund 1-2 bad",
            "Order #1-2 is not paid yet, so there is nothing to refund: nothing was changed. "
            "If you no longer want it, ask the organiser, Amy, to cancel it.",
        ),
    ],
)
async def test_her_unpaid_order_has_nothing_to_refund(lang: str, typed: str, said: str) -> None:
    chat = await _paid(lang)
    replies = await chat.say("bob", typed, language=lang)
    assert [r.text for r in replies] == [said]  # nothing passed on to Amy
