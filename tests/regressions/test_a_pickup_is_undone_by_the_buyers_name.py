"""rep52 #13: `/unpickup @Dee` answered "Send it like this: /unpickup 12-3 (one order number at a time)",
and `撤销已取 @Liu` the same, though `/pickedup Dee` and `已提货 Liu` mark one by name.

Now undoing a pickup takes the buyer's name as marking it does: her one picked-up order here is undone;
with several, she is asked which, each named; with none, it says so, nothing changed."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def picked_up(lang: str, *, twice: bool = False) -> Chat:
    """Bob's order of #1 (and of #2, `twice`) paid and picked up."""
    chat = fake_chat()
    if lang == "en":
        chat.admins = {"amy"}
        await chat.say("amy", "/lang en")
        opening, close, paid, picked = "/groupbuy Bread price 10", "/close", "/paid @Bob", "/pickedup @Bob"
    else:
        opening, close, paid, picked = "接龙 面包 价格 10", "截单", "已收 @Bob", "已提货 @Bob"
    for _ in range(2 if twice else 1):
        await chat.say("amy", opening)
        await chat.say("bob", "+1")
        await chat.say("amy", close)
        await chat.say("amy", paid)
        await chat.say("amy", picked)
    return chat


async def test_unpickup_by_name_in_english() -> None:
    chat = await picked_up("en")

    said = Chat.said(await chat.say("amy", "/unpickup @Bob"))

    assert said.startswith(
        "Pickup of #1-1 (Bob, Bread) undone: the order is paid and not picked up again, and its pickup code"
        " works again."
    ), said


async def test_unpickup_by_name_in_chinese() -> None:
    chat = await picked_up("zh")

    said = Chat.said(await chat.say("amy", "撤销已取 @Bob"))

    assert said.startswith("已撤销 #1-1（Bob，面包）的已取货：订单回到已付款、未取货"), said


async def test_with_two_picked_up_she_is_asked_which_each_named() -> None:
    chat = await picked_up("en", twice=True)

    said = Chat.said(await chat.say("amy", "/unpickup Bob"))

    assert said == "Bob has 2 picked-up orders here: #1-1 Bread ¥10, #2-1 Bread ¥10. Say which: /unpickup 2-1"
    zh = await picked_up("zh", twice=True)
    said = Chat.said(await zh.say("amy", "撤销已取 @Bob"))
    assert said == "Bob 在本群有 2 个已取货的订单：#1-1 面包 ¥10、#2-1 面包 ¥10。请说是哪一个：撤销已取 2-1"


async def test_none_picked_up_is_said() -> None:
    chat = await picked_up("zh")
    await chat.say("amy", "撤销已取 @Bob")

    said = Chat.said(await chat.say("amy", "撤销已取 @Bob"))

    assert said == "Bob 在这里没有已取货的订单，没有可撤销的，没有任何改动。"
