"""Session 25 (部分退款): a refund was always the whole order; `退款 1-2 ¥78 坏了一盒` was refused. Now an
amount after the order number (`退款 1-1 ¥78 坏了一盒`, `退款 1-1 78`, `78元`, `/refund 1-1 30 one durian
was bad`) gives that much of a paid order back: the order stays paid and carries what was refunded,
several part refunds add up, and one reaching what was paid is the whole refund. The chat reads it short,
the buyer privately in full (what she paid, what is refunded so far, the reason), a help-seller the
commission taken back and what she keeps. An amount above what is left, 0, negative or with 3 decimals, an
unpaid order, a Telegram payment: one message each, nothing changed. The same message delivered twice
refunds once."""

from __future__ import annotations

from typing import cast

import pytest

from commerce.domain.ledger import holdings
from commerce.domain.order import OrderStatus
from handlers.app import AppConfig, ChatApp
from handlers.types import Request
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat, fake_chat
from tests.unit.handlers.test_payments_checkout import SECRET, pay

SAID = {
    "zh": ("接龙 芒果 价格 78 截止 2小时", "帮卖 开 10%", "帮卖 #1", "截单", "已收 1-1"),
    "en": (
        "/groupbuy Mangoes price 78 ends in 2 hours",
        "/helpsell on 10%",
        "/helpsell #1",
        "/close",
        "/paid 1-1",
    ),
}
PART = {
    "zh": (
        "退款 1-1 ¥78 坏了一盒",
        "订单 #1-1（Kim）退了 ¥78，已付 ¥156，已退 ¥78。请直接把钱退给对方。"
        "帮卖团长 Bob 的帮卖佣金 ¥7.80 已扣回。",  # s36: what it took back of the commission
        "Amy 退给你 ¥78（#1-1 芒果，原因：坏了一盒），已付 ¥156，已退 ¥78。",
        "你帮卖的 芒果（#1）订单 #1-1 部分退款 ¥78，这单给你记的帮卖佣金扣回 ¥7.80，"
        "你留下 ¥7.80（按剩下的 ¥78 计）。收益明细发“我的收益”查看。",
    ),
    "en": (
        "/refund 1-1 30 one mango was bad",
        "Order #1-1 of Kim: ¥30 refunded (paid ¥156, refunded ¥30). Give it back to them directly. "
        "Bob's help-sell commission of ¥3 on it was taken back.",
        "Amy is giving you back ¥30 (#1-1 Mangoes, reason: one mango was bad): paid ¥156, refunded ¥30.",
        "Order #1-1 of Mangoes (#1), which you help-sell, was refunded in part (¥30): ¥3 of the help-sell "
        "commission it earned you was taken back, and you keep ¥12.60, your rate on the ¥126 left. "
        "Your earnings: /earnings",
    ),
}


async def _help_sold(lang: str) -> tuple[Chat, FakeUnitOfWorkFactory]:
    """Amy's Mangoes (¥78) help-sold by Bob at 10%; Kim's order #1-1 of 2 (¥156) paid."""
    factory = FakeUnitOfWorkFactory()
    opening, rate, listing, close, paid = SAID[lang]
    family, office = await help_sold(
        opening, factory=factory, rate=rate, listing=listing, language=lang, default_language=lang
    )
    await office.say("kim", "+2", language=lang)
    await family.say("amy", close)
    await family.say("amy", paid)
    return family, factory


def _held(factory: FakeUnitOfWorkFactory) -> dict[str, int]:
    return {str(account): amount for (account, _), amount in holdings(factory.state.ledger).items()}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_part_refund_tells_the_chat_the_buyer_and_the_help_seller(lang: str) -> None:
    family, factory = await _help_sold(lang)
    typed, said, buyer, earner = PART[lang]

    replies = await family.say("amy", typed)

    told = family.private(replies)
    assert told["amy"] == said  # her buyer is another group's: her answer is private (帮卖)
    assert told["kim"] == buyer
    assert told["bob"] == earner
    async with family.app.uow_factory() as uow:
        order = await uow.orders.get(1)
    assert order is not None and order.status is OrderStatus.PAID  # still paid, carrying the refund
    part = 7800 if lang == "zh" else 3000
    assert (order.paid_in_full, order.refunded_part, order.paid_amount) == (15600, part, 15600 - part)
    held = _held(factory)
    assert held["buyer:kim"] == -(15600 - part)
    assert held["commission_pending:bob"] == 1560 * (15600 - part) // 15600  # in proportion, rounded down


async def test_part_refunds_add_up_and_the_one_reaching_what_was_paid_is_the_whole() -> None:
    family, factory = await _help_sold("zh")
    await family.say("amy", "退款 1-1 30")
    replies = await family.say("amy", "退款 1-1 78元")
    assert family.private(replies)["kim"] == "Amy 退给你 ¥78（#1-1 芒果），已付 ¥156，已退 ¥108。"

    replies = await family.say("amy", "退款 1-1 48")  # what is left: the whole refund, as `退款 1-1`

    assert (
        family.private(replies)["amy"]
        == "订单 #1-1（Kim，¥48）已标记为退款。请直接把钱退给对方。已私信告诉对方。"
        "帮卖团长 Bob 的帮卖佣金 ¥4.80 已扣回。"  # what the order still held for its help-seller
    )
    async with family.app.uow_factory() as uow:
        order = await uow.orders.get(1)
    assert order is not None and order.status is OrderStatus.REFUNDED
    assert _held(factory) == {}  # every account holds nothing of it: buyer, organiser, help-seller
    again = await family.say("amy", "退款 1-1 1")
    assert family.private(again) == {"amy": "订单 #1-1 已经退过款了，没有任何改动。"}


WRONG = {
    "zh": (
        "退款 1-1 {amount}",
        "订单 #1-1 还可退 ¥126：退款金额要大于 0、不超过 ¥126，最多两位小数，"
        "例如 退款 1-1 ¥126。没有任何改动。",
    ),
    "en": (
        "/refund 1-1 {amount}",
        "Order #1-1 has ¥126 left to refund: send an amount above 0 and at most ¥126, with at most 2 "
        "decimals, e.g. /refund 1-1 ¥126. Nothing was changed.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_wrong_amount_names_what_is_left_and_changes_nothing(lang: str) -> None:
    family, factory = await _help_sold(lang)
    await family.say("amy", "退款 1-1 30" if lang == "zh" else "/refund 1-1 30")
    before = list(factory.state.ledger)
    form, refused = WRONG[lang]
    for amount in ("¥127", "200", "0", "-5", "1.555", "¥0.001"):
        replies = await family.say("amy", form.format(amount=amount))
        assert family.private(replies) == {"amy": refused}, amount
    assert factory.state.ledger == before
    async with family.app.uow_factory() as uow:
        order = await uow.orders.get(1)
    assert order is not None and order.refunded_part == 3000


NOT_PAID = {
    "zh": (
        "退款 1-1 ¥30",
        "订单 #1-1 还没确认收款，没有钱可退，没有任何改动。要少收一些：整单取消（取消订单 1-1），"
        "或者收齐后（已收 1-1）退差价（退款 1-1 金额）；截单后订单不能改数量。",
    ),
    "en": (
        "/refund 1-1 30",
        "Order #1-1 is not confirmed paid, so there is no money to give back: nothing was changed. To charge "
        "less: cancel the whole order (/cancelorder 1-1), or once it is paid in full (/paid 1-1), refund the "
        "difference (/refund 1-1 and the amount); an order's quantity cannot be changed after the close.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_unpaid_or_reported_order_is_not_part_refunded(lang: str) -> None:
    room = fake_chat(default_language=lang)
    await room.say("amy", "接龙 芒果 价格 78" if lang == "zh" else "/groupbuy Mangoes price 78")
    await room.say("bob", "+2")
    await room.say("amy", "截单" if lang == "zh" else "/close")
    typed, refused = NOT_PAID[lang]
    assert room.private(await room.say("amy", typed))["amy"] == refused  # privately (rep91 #6)
    await room.say("bob", "我已付款" if lang == "zh" else "/ipaid")  # reported, not confirmed
    replies = await room.say("amy", typed)
    assert room.private(replies) == {"amy": refused}  # Bob is told nothing


async def test_a_telegram_payment_is_refunded_whole_only() -> None:
    config = AppConfig(default_language="en", online_payment=True, payment_secret=SECRET)
    factory = FakeUnitOfWorkFactory()
    chat = Chat(ChatApp(uow_factory=cast(object, factory), clock=FakeClock(), config=config))  # type: ignore[arg-type]
    await chat.say("amy", "/groupbuy Durian price 100")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")
    await pay(chat, "bob", 1, "ch-bob", currency="CNY")
    before = list(factory.state.ledger)

    for typed in ("/refund 1-1 30 one was bad", "/refund 1-1 half, one was bad"):
        replies = await chat.say("amy", typed)

        assert chat.said(replies) == "Amy, I've answered you about the refund privately.", typed  # no ¥100
        assert chat.private(replies) == {
            "amy": "Order #1-1 was paid through Telegram, which refunds a payment whole only (¥100): nothing "
            "was changed. To refund the whole order, send /refund 1-1."
        }, typed
    assert factory.state.ledger == before
    whole = await chat.say("amy", "/refund 1-1 ¥100")  # the whole typed as an amount: refunded whole
    assert chat.said(whole) == ("Order #1-1 of Bob is refunded. Bob was told privately.")
    assert "¥100" in chat.private(whole)["amy"]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_same_message_delivered_twice_refunds_once(lang: str) -> None:
    room = fake_chat(default_language=lang)
    await room.say("amy", "接龙 芒果 价格 78" if lang == "zh" else "/groupbuy Mangoes price 78")
    await room.say("bob", "+2")
    await room.say("amy", "截单" if lang == "zh" else "/close")
    await room.say("amy", "已收 1-1" if lang == "zh" else "/paid 1-1")
    typed = "退款 1-1 ¥78 坏了一盒" if lang == "zh" else "/refund 1-1 ¥78 one was bad"

    def sent(update: str) -> Request:
        return Request("test", "family", "amy", "Amy", text=typed, message_id="m7", update_id=update)

    first = await room.app.handle(sent("u1"))
    again = await room.app.handle(sent("u2"))  # the platform delivered the same message once more

    assert "bob" in room.private(first)
    assert room.private(again) == {  # the amount to her alone (rep58 #2), nobody else told
        "amy": "这条消息已经给订单 #1-1 退过 ¥78 了，没有再退。"
        if lang == "zh"
        else "This message already refunded ¥78 of order #1-1: nothing more was refunded."
    }
    assert room.said(again) == (
        "Amy，退款的事已私信发给你。"
        if lang == "zh"
        else "Amy, I've answered you about the refund privately."
    )
    async with room.app.uow_factory() as uow:
        order = await uow.orders.get(1)
    assert order is not None and order.refunded_part == 7800


UNDO = {
    "zh": (
        "撤销已收 1-1",
        "订单 #1-1 已部分退款（已退 ¥30），付款不能再撤销，没有任何改动。要把剩下的也退掉就发 退款 1-1。",
    ),
    "en": (
        "/unpaid 1-1",
        "Order #1-1 was refunded in part (¥30 refunded), so its payment can no longer be undone: nothing was "
        "changed. To refund the rest, send /refund 1-1.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_part_refunded_payment_is_not_undone(lang: str) -> None:
    family, factory = await _help_sold(lang)
    await family.say("amy", "退款 1-1 30" if lang == "zh" else "/refund 1-1 30")
    before = list(factory.state.ledger)
    typed, refused = UNDO[lang]

    replies = await family.say("amy", typed)

    assert family.private(replies) == {"amy": refused}  # her buyer is another group's: said privately
    assert factory.state.ledger == before


async def test_a_part_refund_says_nothing_of_an_open_payout_her_balance_still_covers() -> None:
    family, factory = await _help_sold("zh")
    await family.say("amy", "已取 1-1")  # picked up: Bob's ¥15.60 is available
    await family.say("bob", "提现 10 微信 wes888", private=True)  # ¥5.60 stays available

    replies = await family.say("amy", "退款 1-1 30")  # takes back ¥3 of it: ¥2.60 left

    assert family.private(replies)["bob"] == (
        "你帮卖的 芒果（#1）订单 #1-1 部分退款 ¥30，这单给你记的帮卖佣金扣回 ¥3，"
        "你留下 ¥12.60（按剩下的 ¥126 计）。收益明细发“我的收益”查看。"
    )
    assert _held(factory)["commission_available:bob"] == 1560 - 1000 - 300  # ¥2.60 left, not below 0


GUEST = {
    "zh": (
        "代报 王阿姨 3",
        "Dan 给你的 蜂蜜（#1）订单 #1-1（王阿姨）办了部分退款 ¥40：请把这笔钱退给 王阿姨。",
    ),
    "en": (
        "/add Aunt Wang 3",
        "Dan refunded ¥40 of order #1-1 of your Honey (#1), Aunt Wang's: give that back to Aunt Wang.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_admins_part_refund_of_a_guests_order_tells_the_organiser_what_to_give_back(
    lang: str,
) -> None:
    room = fake_chat(default_language=lang)
    room.admins.add("dan")
    await room.say("amy", "接龙 蜂蜜 价格 40 成团 3" if lang == "zh" else "/groupbuy Honey price 40 target 3")
    added, told = GUEST[lang]
    await room.say("amy", added)
    await room.say("amy", "截单" if lang == "zh" else "/close")
    await room.say("amy", "已收 1-1" if lang == "zh" else "/paid 1-1")

    replies = await room.say("dan", "退款 1-1 40" if lang == "zh" else "/refund 1-1 40")

    assert told in room.private(replies)["amy"]  # about the guest, never "you"


BY_ADMIN = {
    "zh": (
        "订单 #1-1（Bob）已部分退款。",
        "订单 #1-1（Bob）退了 ¥30，已付 ¥156，已退 ¥30。",
        "Dan 给你的 芒果（#1）订单 #1-1（Bob）办了部分退款 ¥30：已告诉 Bob 由你把这笔钱退给 TA。",
    ),
    "en": (
        "Order #1-1 of Bob is refunded in part.",
        "Order #1-1 of Bob: ¥30 refunded (paid ¥156, refunded ¥30).",
        "Dan refunded ¥30 of order #1-1 of your Mangoes (#1), Bob's: Bob was told you give that back.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_admins_part_refund_tells_the_group_short_and_the_organiser_privately(lang: str) -> None:
    room = fake_chat(default_language=lang)
    room.admins.add("dan")
    await room.say("amy", "接龙 芒果 价格 78" if lang == "zh" else "/groupbuy Mangoes price 78")
    await room.say("bob", "+2")
    await room.say("amy", "截单" if lang == "zh" else "/close")
    await room.say("amy", "已收 1-1" if lang == "zh" else "/paid 1-1")

    replies = await room.say("dan", "退款 1-1 30" if lang == "zh" else "/refund 1-1 30")

    group, dans, organiser = BY_ADMIN[lang]
    assert room.said(replies) == group  # the group reads no amount (s30); Dan reads it privately
    assert room.private(replies)["dan"] == dans
    assert organiser in room.private(replies)["amy"]
