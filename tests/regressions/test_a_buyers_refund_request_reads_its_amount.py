"""Session 27 (rep39 #3): a buyer's `/refund 1-1 30 one was bad` passed "30 one was bad" on as the reason and
never said that ¥30 is more than the ¥15 left to refund. The amount right after the number is now read as the
organiser's command reads it: above what is left (or 0) the buyer is told what is left, with an example, and
nothing reaches the organiser; an amount that fits is named in the organiser's notice ("asks for ¥10 back"),
the rest being the reason. In en and zh; a count of goods (`2 boxes were bad`) stays the reason."""

from __future__ import annotations

import pytest

from commerce.domain.order import OrderStatus
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat, fake_chat

SETUP = {
    "en": ("/groupbuy Mangoes 2kg price 15 ends in 2 hours", "/close", "/paid 1-1"),
    "zh": ("接龙 芒果 价格 15 截止 2小时", "截单", "已收 1-1"),
}
OVER = {
    "en": (
        "/refund 1-1 30 one was bad",
        "Order #1-1 has ¥15 left to refund: ask for an amount above 0 and at most ¥15, with at most 2 "
        "decimals, e.g. /refund 1-1 ¥15. Nothing was passed on to the organiser.",
    ),
    "zh": (
        "退款 1-1 30 坏了一个",
        "订单 #1-1 还可退 ¥15：申请的金额要大于 0、不超过 ¥15，最多两位小数，例如 退款 1-1 ¥15。"
        "没有转给团长，没有任何改动。",
    ),
}
FITS = {
    "en": (
        "/refund 1-1 10 one was bad",
        "Your refund request was passed to the organiser, Amy: they decide and give the money back to you "
        "directly.",
        "Kim asks for ¥10 back: #1-1 Mangoes 2kg ×1 (¥15), reason: one was bad. To refund that, send "
        "/refund 1-1 10 (the whole order: /refund 1-1).",
    ),
    "zh": (
        "退款 1-1 10 坏了一个",
        "已把你的退款申请转给团长 Amy，由团长决定、直接退给你。",
        "Kim 申请退 ¥10：#1-1 芒果 ×1（¥15），原因：坏了一个。要退就发 退款 1-1 10（整单退发 退款 1-1）。",
    ),
}


async def _paid(lang: str) -> Chat:
    """Amy's mangoes at ¥15: Kim's #1-1 paid."""
    chat = fake_chat(default_language=lang)
    opening, close, paid = SETUP[lang]
    await chat.say("amy", opening, language=lang)
    await chat.say("kim", "+1", language=lang)
    await chat.say("amy", close, language=lang)
    await chat.say("amy", paid, language=lang)
    return chat


async def _status(chat: Chat) -> OrderStatus:
    async with chat.app.uow_factory() as uow:
        order = await uow.orders.get(1)
    assert order is not None
    return order.status


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("private", [False, True])
async def test_an_amount_above_what_is_left_is_refused_and_not_passed_on(lang: str, private: bool) -> None:
    chat = await _paid(lang)
    typed, said = OVER[lang]

    replies = await chat.say("kim", typed, language=lang, private=private)

    if private:
        assert [(r.private_to, r.text) for r in replies] == [(None, said)]  # nothing to Amy
    else:  # the group reads no amount, she reads it privately (rep58 #2)
        here = (
            "Kim，退款的事已私信发给你。"
            if lang == "zh"
            else "Kim, I've answered you about the refund privately."
        )
        assert [(r.private_to, r.text) for r in replies] == [(None, here), ("kim", said)]  # nothing to Amy
    assert await _status(chat) is OrderStatus.PAID


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_an_amount_that_fits_is_named_to_the_organiser(lang: str) -> None:
    chat = await _paid(lang)
    typed, told, passed = FITS[lang]

    replies = await chat.say("kim", typed, language=lang)

    assert [(r.private_to, r.text) for r in replies] == [(None, told), ("amy", passed)]
    assert await _status(chat) is OrderStatus.PAID


async def test_a_count_of_goods_stays_the_reason() -> None:
    chat = await _paid("en")

    replies = await chat.say("kim", "/refund 1-1 2 boxes were bad", language="en")

    assert Chat.private(replies)["amy"] == (
        "Kim asks for a refund: #1-1 Mangoes 2kg ×1 (¥15), reason: 2 boxes were bad. To refund it, send "
        "/refund 1-1 (part of it: /refund 1-1 amount)."
    )


async def test_the_help_seller_hears_the_amount_too() -> None:
    family, office = await help_sold("接龙 草莓 1盒 价格 39.90 截止 2小时")
    await office.say("kim", "+2")
    await family.say("amy", "+1")
    await family.say("amy", "截单")
    await family.say("amy", "已收 1-1")

    told = office.private(await office.say("kim", "退款 1-1 ¥20 压坏了一盒"))

    assert told["amy"] == (
        "Kim 申请退 ¥20：#1-1 草莓 1盒 ×2（¥79.80），原因：压坏了一盒。"
        "要退就发 退款 1-1 20（整单退发 退款 1-1）。"
    )
    assert told["bob"] == (
        "Kim 申请退 ¥20：#1-1 草莓 1盒 ×2（¥79.80），原因：压坏了一盒。"
        "这是你帮卖的订单，申请已转给团长 Amy，由团长决定、直接退款。"
    )
