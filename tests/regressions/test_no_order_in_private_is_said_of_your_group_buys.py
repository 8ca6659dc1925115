"""Task s21 D4: in the organiser's private chat with the bot, `已收 @Dan` (`/paid @Dan`) naming a member
with no order in her group buys said "Dan has no order in this chat / Dan 在本群没有订单": there is no
group there. It now says in your group buys (`Dan 在你的团里没有订单`), as the other private refusals do
(`在你的团里没有待付款的订单`), with the command's own form by number; in the group it is still 本群."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

CASES = {
    "zh": (
        ("接龙 芒果 价格 30", "截单"),
        {
            "已收 @Dan": "Dan 在你的团里没有订单，没有任何改动。例如：已收 12-3",
            "撤销已收 @Dan": "Dan 在你的团里没有订单，没有任何改动。例如：撤销已收 12-3",
            "已取 @Dan": "Dan 在你的团里没有订单，没有任何改动。例如：已取 12-3",
            "退款 @Dan": "Dan 在你的团里没有订单，没有任何改动。例如：退款 12-3",
        },
        "Dan 在本群没有订单，没有任何改动。例如：已收 1-1",
    ),
    "en": (
        ("/groupbuy Mangoes price 30", "/close"),
        {
            "/paid @Dan": "Dan has no order in your group buys: nothing was changed. Example: /paid 12-3",
            "/unpaid @Dan": "Dan has no order in your group buys: nothing was changed. Example: /unpaid 12-3",
            "/pickedup @Dan": "Dan has no order in your group buys: nothing was changed. Example: "
            "/pickedup 12-3",
            "/refund @Dan": "Dan has no order in your group buys: nothing was changed. Example: /refund 12-3",
        },
        "Dan has no order in this chat: nothing was changed. Example: /paid 1-1",
    ),
}


async def _closed(lang: str) -> Chat:
    (opening, close), _, _ = CASES[lang]
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opening)
    await chat.say("bob", "+1")
    await chat.say("dan", "+1")
    await chat.say("dan", "-1")  # Dan is known here, but has no order
    await chat.say("amy", close)
    return chat


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_no_order_in_private_is_said_of_your_group_buys(lang: str) -> None:
    _, answers, _ = CASES[lang]
    chat = await _closed(lang)

    for typed, expected in answers.items():
        assert chat.said(await chat.say("amy", typed, private=True, mentions=["dan"])) == expected, typed


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_in_the_group_it_is_still_this_chat(lang: str) -> None:
    _, answers, in_group = CASES[lang]
    chat = await _closed(lang)

    assert chat.said(await chat.say("amy", next(iter(answers)), mentions=["dan"])) == in_group


async def test_a_member_never_seen_is_that_member_in_your_group_buys() -> None:
    chat = await _closed("zh")

    replies = await chat.say("amy", "已收 @Zoe", private=True, mentions=["zoe"])

    assert chat.said(replies) == "这位成员在你的团里没有订单，没有任何改动。例如：已收 12-3"


async def test_one_of_several_names_in_private_is_said_of_your_group_buys() -> None:
    chat = await _closed("zh")

    replies = await chat.say("amy", "已收 @Dan @Bob", private=True, mentions=["dan", "bob"])

    assert chat.said(replies) == (
        "已标记为已付款：#1-1（Bob，¥30）。\n没有标记 @Dan：Dan 在你的团里没有订单，没有任何改动。"
    )
