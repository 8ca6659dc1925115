"""Session 16 review (ra 5): `已收 王阿姨`, 王阿姨 a 代报 guest (not in the chat, so nobody can @ her), was
refused `请这样写：已收款 12-3（订单编号）或 已收 @名字` while `已收 @王阿姨` worked, and 12-3 was no order of
that chat. A name without its @ (a guest's or a member's, as `未收到 Cat` already takes) confirms her order;
a name nobody here has still gets the form, its example an order number of this chat."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def closed(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    if lang == "zh":
        await chat.say("amy", "接龙 东北大米 价格 120")
        await chat.say("bob", "+1")
        await chat.say("amy", "代报 王阿姨 1", name="李姐")
        await chat.say("amy", "截单", name="李姐")
    else:
        await chat.say("amy", "/groupbuy Rice price 120")
        await chat.say("bob", "+1")
        await chat.say("amy", "/add Wang 1")
        await chat.say("amy", "/close")
    return chat


@pytest.mark.parametrize(
    ("lang", "paid", "expected"),
    [
        ("zh", "已收 王阿姨", "✅ 王阿姨 的订单 #1-2 已付款。"),
        ("zh", "已收 Bob", "✅ Bob 的订单 #1-1 已付款。"),
        ("en", "/paid Wang", "✅ Wang's order #1-2 is paid."),
        ("en", "/paid Bob", "✅ Bob's order #1-1 is paid."),
    ],
)
async def test_a_name_without_its_at_confirms_that_buyers_order(lang: str, paid: str, expected: str) -> None:
    chat = await closed(lang)

    assert chat.said(await chat.say("amy", paid, name="李姐" if lang == "zh" else None)) == expected


@pytest.mark.parametrize(
    ("lang", "paid", "expected"),
    [
        ("zh", "已收 abc", "请这样写：已收款 1-1（订单编号）或 已收 @名字"),
        ("en", "/paid abc", "Write it like: /paid 1-1 (the order number) or /paid @name"),
    ],
)
async def test_a_name_nobody_here_has_gets_the_form_with_an_order_of_this_chat(
    lang: str, paid: str, expected: str
) -> None:
    chat = await closed(lang)
    card = await chat.card()

    assert chat.said(await chat.say("amy", paid, name="李姐" if lang == "zh" else None)) == expected
    assert await chat.card() == card  # nothing changed


async def test_a_bare_name_from_someone_else_is_told_only_the_organiser_may() -> None:
    chat = await closed("zh")
    card = await chat.card()

    assert chat.said(await chat.say("cat", "已收 王阿姨")) == (
        "只有团长（Amy）可以确认收款，没有任何改动。请告诉团长；付了自己的订单请发“我已付款”。"
    )
    assert await chat.card() == card
