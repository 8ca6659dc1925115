"""s28 (owed): Hu's `我已付款` / `付了 50` in a group where he had no order, owing in another group, listed
that group's orders where he asked (`你在别的群还有待付款的：#1-1 土鸡蛋 ¥50…`), for the whole group to read.
In a group the answer now says only that he has no order here and that his other orders are in 我的订单
(sent privately); nothing is reported. In private his bare report still finds the order he owes."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

WORDS = {
    "zh": ("接龙 土鸡蛋 价格 50", "截单", ("我已付款", "付了 50", "已付 ¥50")),
    "en": ("/groupbuy Eggs price 50", "/close", ("I paid", "paid 50", "/ipaid")),
}
SAID = {
    "zh": (
        "你在本群没有订单，没有任何改动。你在别的群还有待付款的订单：发 我的订单 查看（会私信发给你），"
        "付了就在那个群发 我已付款。"
    ),
    "en": (
        "You have no order in this chat: nothing was changed. You have unpaid orders in another chat: send "
        "/orders to see them (I send them to you privately), and once you have paid, send “I paid” there."
    ),
}


async def _owes_in_another_group(language: str) -> tuple[FakeUnitOfWorkFactory, Chat, Chat]:
    """Hu owes #1-1 (Eggs, ¥50) in `market`; in `family` he has no order."""
    factory = FakeUnitOfWorkFactory()
    family = fake_chat(factory)
    market = Chat(family.app, chat_id="market")
    opened, close, _ = WORDS[language]
    for chat in (family, market):
        await chat.say("amy", f"/lang {language}")
    await market.say("amy", opened)
    await market.say("hu", "+1")
    await market.say("amy", close)
    return factory, family, market


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_payment_report_in_a_group_never_names_another_groups_orders(language: str) -> None:
    factory, family, _ = await _owes_in_another_group(language)

    for typed in WORDS[language][2]:
        replies = await family.say("hu", typed)

        assert family.said(replies) == SAID[language], typed
        assert family.private(replies) == {}, typed
        assert "1-1" not in family.said(replies) and "¥50" not in family.said(replies)
    assert factory.state.orders[1].reported_paid_at is None


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_payment_report_in_private_still_finds_the_order_owed_in_another_group(language: str) -> None:
    factory, family, _ = await _owes_in_another_group(language)

    await family.say("hu", WORDS[language][2][0], private=True)

    assert factory.state.orders[1].reported_paid_at is not None
