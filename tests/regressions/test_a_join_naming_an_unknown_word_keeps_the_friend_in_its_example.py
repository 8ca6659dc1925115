"""`/join abc for Wang` (abc neither an option nor a title here) was answered with the join forms, and
with options `/join abc 2 for Wang` with `e.g. +1 sweet`: following either, Wang's line and the 2 were
lost. The example keeps the quantity and friend typed, as the question which one does (`+1 for Wang
salty`); `/join abc` alone still gets the join forms, and a title word (`/join lychees for Wang`) joins."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_without_options_the_example_keeps_the_friend() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Lychees price 20")

    for_wang = Chat.said(await chat.say("bob", "/join abc for Wang"))
    two = Chat.said(await chat.say("bob", "/join abc 2 for Wang"))
    alone = Chat.said(await chat.say("bob", "/join abc"))
    followed = Chat.said(await chat.say("bob", "+2 for Wang"))
    titled = Chat.said(await chat.say("cat", "/join lychees for Kim"))

    unknown = "No group buy open here is called “abc” or has such an option. Write it like:"
    assert for_wang == f"{unknown} +1 for Wang"
    assert two == f"{unknown} +2 for Wang"
    assert alone == "Write it like: +1, +2, /join 2, /join #12 2, or +1 for Wang"
    assert followed.startswith("Bob joined for Wang: 2 × Lychees (#1)."), followed
    assert titled.startswith("Cat joined for Kim: 1 × Lychees (#1)."), titled


async def test_with_options_the_example_keeps_the_quantity_and_friend() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Zongzi options sweet:8,salty:10")

    said = Chat.said(await chat.say("bob", "/join abc 2 for Wang"))

    assert said == (
        "Zongzi (#1) has no option “abc”; its options: sweet ¥8 / salty ¥10. Send one with your join, "
        "e.g. +2 for Wang sweet. Nothing was changed."
    )
    followed = Chat.said(await chat.say("bob", "+2 for Wang sweet"))
    assert followed.startswith("Bob joined for Wang: 2 × Zongzi sweet (#1)."), followed


async def test_in_chinese_the_example_keeps_the_quantity_and_friend() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 粽子 规格 甜的:8,咸的:10")
    await chat.say("amy", "接龙 月饼 价格 5")

    said = Chat.said(await chat.say("bob", "/join 肉粽 2 帮 小王"))
    plain = fake_chat()
    await plain.say("amy", "接龙 荔枝 价格 20")
    unknown = Chat.said(await plain.say("bob", "/join 甜的 帮 小王"))

    assert said == (
        "粽子（#1）没有“肉粽”这个规格，可选：甜的 ¥8 / 咸的 ¥10。"
        "跟团时带上规格，例如 +2 帮 小王 甜的。没有任何改动。"
    )
    assert unknown == "这里在接龙的团没有叫“甜的”的，也没有这个规格。请这样写：+1 帮 小王"
    followed = Chat.said(await chat.say("bob", "+2 帮 小王 甜的"))
    assert followed.startswith("Bob 帮 小王 跟团：2 × 粽子 甜的（#1）。"), followed
