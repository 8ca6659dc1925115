"""Review s19 #7: `撤销已收 4-5` took back the commission Dan's help-sold order had credited the help-seller,
and the organiser read so, but the help-seller was never told: her `我的收益` just dropped (a sharer's
alike, and even commission already available after the hold). A refund tells her; now an undone
payment does too: privately, once, in her own language (else the language of the group the order was
made in), through the outbox with the undo (after its commit): which order of which group buy, that
it is unpaid again, and the commission taken back, earned again once the order is paid."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from bot.commission_release import CommissionRelease
from handlers import outbox
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat, fake_chat

TOLD_HELPSELLER = {
    "zh": "你帮卖的 芒果（#1）订单 #1-1 的已收 ¥100 已撤销（之前误标为已收款），改回待付款，"
    "这单给你记的帮卖佣金 ¥10 已扣回；订单再付款后会重新记上。收益明细发“我的收益”查看。",
    "en": "Order #1-1 of Mangoes (#1), which you help-sell, is unpaid again (its ¥100 payment had been "
    "marked received by mistake): the ¥10 help-sell commission it earned you was taken back, and is "
    "earned again once the order is paid. Your earnings: /earnings",
}
TOLD_SHARER = {
    "zh": "你分享带来的 芒果（#1）订单 #1-1 的已收 ¥100 已撤销（之前误标为已收款），改回待付款，"
    "这单给你记的分享佣金 ¥5 已扣回；订单再付款后会重新记上。收益明细发“我的收益”查看。",
    "en": "Order #1-1 of Mangoes (#1), from a buyer your share brought, is unpaid again (its ¥100 payment "
    "had been marked received by mistake): the ¥5 sharer's commission it earned you was taken back, "
    "and is earned again once the order is paid. Your earnings: /earnings",
}


async def _help_sold_and_paid(lang: str, factory: FakeUnitOfWorkFactory | None = None) -> tuple[Chat, Chat]:
    family, office = await help_sold(
        "接龙 芒果 价格 100 截止 2小时" if lang == "zh" else "/groupbuy Mangoes price 100 ends in 2 hours",
        rate="帮卖 开 10%" if lang == "zh" else "/helpsell on 10%",
        listing="帮卖 #1" if lang == "zh" else "/helpsell #1",
        language=lang,
        default_language=lang,
        factory=factory,
        outbox_platform="test" if factory is not None else None,
    )
    await office.say("kim", "+1", language=lang)
    await family.say("amy", "截单" if lang == "zh" else "/close")
    await family.say("amy", "已收 1-1" if lang == "zh" else "/paid 1-1")
    return family, office


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_help_seller_is_told_once(lang: str) -> None:
    family, _ = await _help_sold_and_paid(lang)

    replies = await family.say("amy", "撤销已收 1-1" if lang == "zh" else "/unpaid 1-1")

    assert family.private(replies)["bob"] == TOLD_HELPSELLER[lang]
    again = await family.say("amy", "撤销已收 1-1" if lang == "zh" else "/unpaid 1-1")  # refused
    assert "bob" not in family.private(again)


async def test_it_goes_out_through_the_outbox_with_the_undo() -> None:
    factory = FakeUnitOfWorkFactory()
    family, _ = await _help_sold_and_paid("zh", factory)
    before = len(factory.state.outbox)

    await family.say("amy", "撤销已收 1-1")

    rows = [outbox.delivery(item).reply for item in factory.state.outbox[before:]]
    assert [row.text for row in rows if row.private_to == "bob"] == [TOLD_HELPSELLER["zh"]]


async def _shared_and_paid(lang: str, clock: FakeClock, factory: FakeUnitOfWorkFactory) -> Chat:
    chat = fake_chat(factory, clock=clock, default_language=lang)
    await chat.say("amy", "接龙 芒果 价格 100" if lang == "zh" else "/groupbuy Mangoes price 100")
    await chat.say("amy", "佣金 5%" if lang == "zh" else "/commission 5%")
    shared = chat.shared(await chat.say("cat", "分享" if lang == "zh" else "/share"))
    code = shared.split("：")[1].split()[0] if lang == "zh" else shared.split(": ")[1].split()[0]
    await chat.say("dan", f"+1 {code}")
    await chat.say("amy", "截单" if lang == "zh" else "/close")
    await chat.say("amy", "已收 1-1" if lang == "zh" else "/paid 1-1")
    return chat


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("available", [False, True])
async def test_a_sharer_is_told_alike_pending_or_available(lang: str, available: bool) -> None:
    clock, factory = FakeClock(), FakeUnitOfWorkFactory()
    chat = await _shared_and_paid(lang, clock, factory)
    if available:  # the hold is over: the ¥5 moved to her available balance
        clock.advance(days=8)
        assert await CommissionRelease(factory, clock, hold=timedelta(days=7))() == 1

    replies = await chat.say("amy", "撤销已收 1-1" if lang == "zh" else "/unpaid 1-1")

    told = chat.private(replies)  # amy, who typed it in the group, reads the commission privately
    assert told == {"amy": told["amy"], "dan": told["dan"], "cat": TOLD_SHARER[lang]}
    assert "¥5" in told["amy"] and "¥5" not in chat.said(replies)


async def test_an_order_that_earned_nobody_anything_tells_only_its_buyer() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 100")
    await chat.say("dan", "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 1-1")

    replies = await chat.say("amy", "撤销已收 1-1")

    assert set(chat.private(replies)) == {"dan"}


async def test_a_sharer_and_a_help_seller_of_one_order_are_each_told() -> None:
    family, office = await help_sold("接龙 芒果 价格 100 截止 2小时", before_listing=[("amy", "佣金 5%")])
    found = re.search(r"团\d+-\w{4}", office.shared(await office.say("cat", "分享 #1")))
    assert found is not None
    await office.say("dan", f"+1 {found.group(0)}")
    await family.say("amy", "截单")
    await family.say("amy", "已收 1-1")

    told = family.private(await family.say("amy", "撤销已收 1-1"))

    assert told["bob"] == TOLD_HELPSELLER["zh"]
    assert told["cat"] == TOLD_SHARER["zh"]
