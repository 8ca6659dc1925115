"""Session 18 review (finding 15): in a group, `已收 @Cat @Bob` (both owing two orders) was answered only
about Cat (`Cat 在本群有 2 个待付款订单…`): Bob was dropped without a word. In the organiser's private
chat `已收 @Bob` asked `Bob 在本群有 3 个待付款订单`, though there is no group there; and `已收 @Bob 13-1`
ignored the number she added and asked again which one. Now each name is answered in the one reply
(marked, asked which, or said to owe nothing), as in private; in private the question says "in your group
buys"; and a name before an order number only says whose the order is: `已收 @Bob 1-1` marks #1-1."""

from __future__ import annotations

import pytest

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

CAT_WHICH = {
    "zh": "Cat 在本群有 2 个待付款订单：#1-2 烟台苹果 ¥20、#2-2 车厘子 ¥99。"
    "请说是哪一个：已收 2-2（几单都收了就一起发：已收 1-2 2-2）",
    "en": "Cat has 2 unpaid orders here: #1-2 Apples ¥20, #2-2 Cherries ¥99. "
    "Say which: /paid 2-2 (all of them paid: /paid 1-2 2-2)",
}
BOB_WHICH = {
    "zh": "Bob 在本群有 2 个待付款订单：#1-1 烟台苹果 ¥30、#2-1 车厘子 ¥99。"
    "请说是哪一个：已收 2-1（几单都收了就一起发：已收 1-1 2-1）",
    "en": "Bob has 2 unpaid orders here: #1-1 Apples ¥30, #2-1 Cherries ¥99. "
    "Say which: /paid 2-1 (all of them paid: /paid 1-1 2-1)",
}

NEWEST = {
    "zh": "要标的是各人最新的一单，就一起发：已收 2-2 2-1",
    "en": "If it is each one's newest order, send them in one line: /paid 2-2 2-1",
}


async def _two_closed(factory: FakeUnitOfWorkFactory, lang: str = "zh") -> Chat:
    """Apples (#1) and cherries (#2), closed; Bob (1-1, 2-1) and Cat (1-2, 2-2) owe both, Eve owes 2-3."""
    chat = fake_chat(factory, default_language=lang)
    zh = lang == "zh"
    await chat.say("amy", "接龙 烟台苹果 价格 10" if zh else "/groupbuy Apples price 10")
    await chat.say("amy", "接龙 车厘子 价格 99" if zh else "/groupbuy Cherries price 99")
    await chat.say("bob", "+3 #1")
    await chat.say("bob", "+1 #2")
    await chat.say("cat", "+2 #1")
    await chat.say("cat", "+1 #2")
    await chat.say("eve", "+1 #2")
    await chat.say("amy", "截单 #1" if zh else "/close #1")
    await chat.say("amy", "截单 #2" if zh else "/close #2")
    return chat


def _status(factory: FakeUnitOfWorkFactory, number: str) -> OrderStatus:
    return next(o.status for o in factory.state.orders.values() if o.number == number)


@pytest.mark.parametrize(
    ("lang", "typed", "not_marked"),
    [("zh", "已收 @Cat @Bob", "没有标记"), ("en", "/paid @Cat @Bob", "Not marked,")],
)
async def test_two_names_each_owing_two_are_each_asked_which(lang: str, typed: str, not_marked: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _two_closed(factory, lang)
    sep = "：" if lang == "zh" else ": "

    said = chat.said(await chat.say("amy", typed))

    newest = NEWEST[lang]  # the newest of each, in one line (s22 H)
    assert (
        said == f"{not_marked} @Cat{sep}{CAT_WHICH[lang]}\n{not_marked} @Bob{sep}{BOB_WHICH[lang]}\n{newest}"
    )
    assert all(o.status is OrderStatus.PENDING_PAYMENT for o in factory.state.orders.values())


async def test_a_name_owing_one_is_marked_beside_a_name_asked_which() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _two_closed(factory)

    replies = await chat.say("amy", "已收 @Eve @Cat")

    assert chat.said(replies) == f"已标记为已付款：#2-3（Eve）。\n没有标记 @Cat：{CAT_WHICH['zh']}"
    assert set(chat.private(replies)) == {"eve"}
    assert _status(factory, "2-3") is OrderStatus.PAID


@pytest.mark.parametrize("private", [False, True])
async def test_a_name_before_an_order_number_marks_that_order(private: bool) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _two_closed(factory)

    replies = await chat.say("amy", "已收 @Bob 1-1", private=private)

    # in the group no buyer's amount; in her private chat the amount
    said = "已标记为已付款：#1-1（Bob，¥30）。" if private else "已标记为已付款：#1-1（Bob）。"
    assert chat.said(replies) == said
    assert _status(factory, "1-1") is OrderStatus.PAID
    assert _status(factory, "2-1") is OrderStatus.PENDING_PAYMENT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            "已收 @Bob",
            "Bob 在你的团里有 2 个待付款订单：#1-1 烟台苹果 ¥30、#2-1 车厘子 ¥99。"
            "请说是哪一个：已收 2-1（几单都收了就一起发：已收 1-1 2-1）",
        ),
        (
            "/paid @Bob",
            "Bob has 2 unpaid orders in your group buys: #1-1 烟台苹果 ¥30, #2-1 车厘子 ¥99. "
            "Say which: /paid 2-1 (all of them paid: /paid 1-1 2-1)",
        ),
    ],
)
async def test_in_private_the_question_says_her_group_buys_not_this_group(typed: str, expected: str) -> None:
    chat = await _two_closed(FakeUnitOfWorkFactory())

    english = "en" if typed.startswith("/") else None  # her app in English (s43-lang: else her words before)
    assert chat.said(await chat.say("amy", typed, private=True, language=english)) == expected
