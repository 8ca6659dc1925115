"""Session 17 (organiser 3): a refund took back the commission its order had earned a help-seller (帮卖)
or a sharer (分享赚), and she was never told: her `/earnings` just showed it "taken back". Now she is told
privately, once, with the refund (through the outbox, in its transaction), in her own language (else the
language of the group the order was made in): which order of which group buy was refunded and the
commission taken back. An order that earned nobody anything tells nobody else."""

from __future__ import annotations

import pytest

from handlers import outbox
from tests.fakes import FakeUnitOfWorkFactory
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat, fake_chat


async def _help_sold_and_paid(lang: str) -> tuple[Chat, Chat]:
    family, office = await help_sold(
        "接龙 芒果 价格 100 截止 2小时" if lang == "zh" else "/groupbuy Mangoes price 100 ends in 2 hours",
        rate="帮卖 开 10%" if lang == "zh" else "/helpsell on 10%",
        listing="帮卖 #1" if lang == "zh" else "/helpsell #1",
        language=lang,
        default_language=lang,
    )
    await office.say("kim", "+1", language=lang)
    await family.say("amy", "截单" if lang == "zh" else "/close")
    await family.say("amy", "已收 1-1" if lang == "zh" else "/paid 1-1")
    return family, office


TOLD = {
    "zh": "你帮卖的 芒果（#1）订单 #1-1 已退款 ¥100，这单给你记的帮卖佣金 ¥10 已扣回。"
    "收益明细发“我的收益”查看。",
    "en": "Order #1-1 of Mangoes (#1), which you help-sell, was refunded (¥100): the ¥10 help-sell "
    "commission it earned you was taken back. Your earnings: /earnings",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_help_seller_is_told_once_in_her_language(lang: str) -> None:
    family, _ = await _help_sold_and_paid(lang)

    replies = await family.say("amy", "退款 1-1" if lang == "zh" else "/refund 1-1")

    assert family.private(replies)["bob"] == TOLD[lang]
    again = await family.say("amy", "退款 1-1" if lang == "zh" else "/refund 1-1")  # refused: nothing more
    assert "bob" not in family.private(again)


async def test_she_hears_it_in_her_own_language_whatever_the_organiser_typed() -> None:
    family, office = await _help_sold_and_paid("en")
    await office.say("bob", "/lang zh", private=True)

    replies = await family.say("amy", "/refund 1-1")

    assert family.private(replies)["bob"] == TOLD["zh"].replace("芒果", "Mangoes")


async def test_it_goes_out_through_the_outbox_with_the_refund() -> None:
    factory = FakeUnitOfWorkFactory()
    family, office = await help_sold("接龙 芒果 价格 100 截止 2小时", factory=factory, outbox_platform="test")
    await office.say("kim", "+1")
    await family.say("amy", "截单")
    await family.say("amy", "已收 1-1")
    before = len(factory.state.outbox)

    await family.say("amy", "退款 1-1")

    rows = [outbox.delivery(item).reply for item in factory.state.outbox[before:]]
    assert [row.text for row in rows if row.private_to == "bob"] == [TOLD["zh"]]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "zh",
            "你分享带来的 芒果（#1）订单 #1-1 已退款 ¥100，这单给你记的分享佣金 ¥5 已扣回。"
            "收益明细发“我的收益”查看。",
        ),
        (
            "en",
            "Order #1-1 of Mangoes (#1), from a buyer your share brought, was refunded (¥100): the ¥5 "
            "sharer's commission it earned you was taken back. Your earnings: /earnings",
        ),
    ],
)
async def test_a_sharer_is_told_alike(lang: str, expected: str) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", "接龙 芒果 价格 100" if lang == "zh" else "/groupbuy Mangoes price 100")
    await chat.say("amy", "佣金 5%" if lang == "zh" else "/commission 5%")
    shared = chat.shared(await chat.say("cat", "分享" if lang == "zh" else "/share"))
    code = shared.split("：")[1].split()[0] if lang == "zh" else shared.split(": ")[1].split()[0]
    await chat.say("dan", f"+1 {code}")
    await chat.say("amy", "截单" if lang == "zh" else "/close")
    await chat.say("amy", "已收 1-1" if lang == "zh" else "/paid 1-1")

    replies = await chat.say("amy", "退款 1-1" if lang == "zh" else "/refund 1-1")

    assert chat.private(replies)["cat"] == expected


async def test_an_order_that_earned_nobody_anything_tells_nobody_else() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 100")
    await chat.say("dan", "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 1-1")

    replies = await chat.say("amy", "退款 1-1")

    assert set(chat.private(replies)) == {"dan", "amy"}  # amy: her answer's amount, typed in the group (s30)
