"""Session 18 review (finding 2): a buyer who paid two orders in one transfer typed `我已付款 13-1 14-1` (also
`我已付款 13-1、14-1`, `我已付款 全部`) and got no answer at all, nothing reported; `/ipaid 13-1 14-1` got
the one-order form. She believed the organiser was told and was then chased by 催款. Now each order is
reported as `我已付款 13-1` alone would be (one answer in the chat, the organiser asked privately about
each, with its Received / Not received buttons), `全部` / `all` reports every unpaid order of hers here,
and the which-one question says so. One number that is not hers refuses them all, naming it; one
reported or confirmed before is said so and the others are still reported."""

from __future__ import annotations

import pytest

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _two_closed(factory: FakeUnitOfWorkFactory, lang: str = "zh") -> Chat:
    """Apples (#1) and cherries (#2), closed; Bob and Cat on both (Bob: 1-1 ¥30, 2-1 ¥99)."""
    chat = fake_chat(factory, default_language=lang)
    if lang == "zh":
        await chat.say("amy", "接龙 烟台苹果 价格 10元/斤")
        await chat.say("amy", "接龙 车厘子 价格 99")
        await chat.say("bob", "+3斤 #1")
    else:
        await chat.say("amy", "/groupbuy Apples price 10")
        await chat.say("amy", "/groupbuy Cherries price 99")
        await chat.say("bob", "+3 #1")
    for buyer, first in (("bob", None), ("cat", "+2 #1")):
        if first:
            await chat.say(buyer, first)
        await chat.say(buyer, "+1 #2")
    await chat.say("amy", "截单 #1" if lang == "zh" else "/close #1")
    await chat.say("amy", "截单 #2" if lang == "zh" else "/close #2")
    return chat


ZH_BOTH = (
    "收到，Bob：已请 Amy 确认你这几单的付款：#1-1 烟台苹果 ¥30、#2-1 车厘子 ¥99。确认前接龙卡片上显示 💸。"
)
EN_BOTH = (
    "Thanks, Bob: Amy is asked to confirm your payment of these orders: #1-1 Apples ¥30, #2-1 Cherries "
    "¥99. The card shows 💸 until they do."
)


def _reported(factory: FakeUnitOfWorkFactory, number: str) -> bool:
    order = next(o for o in factory.state.orders.values() if o.number == number)
    return order.status is OrderStatus.PENDING_PAYMENT and order.reported_paid_at is not None


@pytest.mark.parametrize(
    ("lang", "typed", "expected"),
    [
        ("zh", "我已付款 1-1 2-1", ZH_BOTH),
        ("zh", "我已付款 1-1、2-1", ZH_BOTH),
        ("zh", "我已付款 全部", ZH_BOTH),
        ("zh", "已转账 #1-1，#2-1 谢谢", ZH_BOTH),
        (
            "en",
            "/ipaid 1-1 2-1",
            EN_BOTH,
        ),
        (
            "en",
            "I paid 1-1, 2-1",
            EN_BOTH,
        ),
        (
            "en",
            "/ipaid all",
            EN_BOTH,
        ),
    ],
)
async def test_two_orders_paid_in_one_go_are_both_reported(lang: str, typed: str, expected: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _two_closed(factory, lang)

    replies = await chat.say("bob", typed)

    assert chat.private(replies)["bob"] == expected  # in full privately; the group reads no amount (s30)
    assert "¥" not in chat.said(replies)
    asked = [reply for reply in replies if reply.private_to == "amy"]
    assert len(asked) == 2  # one question per order, each with its own Received / Not received
    assert ("#1-1" in asked[0].text) and ("#2-1" in asked[1].text)
    assert all(reply.buttons for reply in asked)
    assert _reported(factory, "1-1") and _reported(factory, "2-1")
    assert not _reported(factory, "1-2") and not _reported(factory, "2-2")  # Cat's untouched
    assert "💸" in await chat.card(1) and "💸" in await chat.card(2)


async def test_the_which_one_question_says_how_to_report_them_all() -> None:
    chat = await _two_closed(FakeUnitOfWorkFactory())

    said = chat.said(await chat.say("bob", "我已付款"))

    assert said == (
        "你在本群有 2 个待付款订单：#1-1 烟台苹果 ¥30、#2-1 车厘子 ¥99。"
        "请说是哪一个：我已付款 1-1（都付了就发：我已付款 全部）"
    )


async def test_a_number_not_hers_refuses_them_all_and_names_it() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _two_closed(factory)

    said = chat.said(await chat.say("bob", "我已付款 1-1 2-2"))

    assert said == (
        "订单 #2-2 不是你的订单，没有任何改动；你的订单号可以在 我的订单 里看。\n"
        "这几单都没有报付款：改正或去掉 #2-2 后再发一次。"
    )
    assert not _reported(factory, "1-1")


async def test_a_number_that_does_not_exist_refuses_them_all_with_the_buyers_form() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _two_closed(factory, "en")

    said = chat.said(await chat.say("bob", "/ipaid 1-1 7-1"))

    assert said == (
        "There is no order #7-1 here: nothing was changed. Name your own order, e.g. /ipaid 12-3 (from the "
        "order message; with one unpaid order, /ipaid alone)\n"
        "None of them was reported paid: correct #7-1 or leave it out, and send again."
    )
    assert not _reported(factory, "1-1")


async def test_one_reported_or_confirmed_before_is_said_and_the_other_is_reported() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _two_closed(factory)
    await chat.say("bob", "我已付款 1-1")

    replies = await chat.say("bob", "我已付款 1-1 2-1")

    assert "¥" not in chat.said(replies)  # in full privately (s30)
    assert chat.private(replies)["bob"] == (
        "收到，Bob：已请 Amy 确认你这几单的付款：#2-1 车厘子 ¥99。确认前接龙卡片上显示 💸。\n"
        "之前已报过付款、正在等团长确认，没有改动：#1-1 烟台苹果 ¥30。"
    )
    assert [reply.private_to for reply in replies if reply.private_to] == [
        "bob",
        "amy",
    ]  # asked about 2-1 only

    await chat.say("amy", "已收 1-2")
    again = await chat.say("cat", "我已付款 1-2 2-2")
    assert chat.private(again)["cat"] == (
        "收到，Cat：已请 Amy 确认你这几单的付款：#2-2 车厘子 ¥99。确认前接龙卡片上显示 💸。\n"
        "已经标记为已付款，没有改动：#1-2 烟台苹果 ¥20。"
    )


async def test_the_organisers_paid_with_several_numbers_still_confirms_them() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _two_closed(factory)

    said = chat.said(await chat.say("amy", "已付款 1-1 2-1"))

    assert said == "已标记为已付款：#1-1（Bob）、#2-1（Bob）。"


async def test_all_in_private_reports_every_group_and_all_from_someone_owing_nothing_is_told() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _two_closed(factory)

    mine = chat.said(await chat.say("bob", "我已付款 全部", private=True))
    nothing = chat.said(await chat.say("dan", "我已付款 全部"))

    assert mine.startswith("收到，Bob：已请 Amy 确认你这几单的付款：#1-1 烟台苹果 ¥30、#2-1 车厘子 ¥99。")
    assert nothing == "你在本群没有订单，没有任何改动。查看订单：我的订单"
    assert await chat.say("dan", "付了 全部") == []  # a loose 付了 stays chatter, as alone
