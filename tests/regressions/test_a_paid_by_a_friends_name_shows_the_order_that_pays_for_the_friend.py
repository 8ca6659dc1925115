"""Session 14 (fl report, item 10): `已收 @小王`, 小王 a friend Cat signed up (`+1 帮 小王`), answered that
nobody here is called 小王 with the example `已收 1-1`: Bob's order. The example is now the order that
pays for 小王's line, Cat's #1-2."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("lang", "opening", "join", "close", "paid", "expected"),
    [
        (
            "zh",
            "接龙 芒果 价格 10",
            "+1 帮 小王",
            "截单",
            "已收 @小王",
            "本群里没有叫 小王 的成员，没有任何改动。请改用订单编号，例如：已收 1-2",
        ),
        (
            "en",
            "/groupbuy Mangoes price 10",
            "+1 for Wang",
            "/close",
            "/paid @Wang",
            "I don't know anyone called Wang in this chat: nothing was changed. "
            "Use the order number instead, e.g. /paid 1-2",
        ),
    ],
)
async def test_a_paid_by_a_friends_name_shows_the_order_that_pays_for_the_friend(
    lang: str, opening: str, join: str, close: str, paid: str, expected: str
) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opening)
    await chat.say("bob", "+1")
    await chat.say("cat", join)
    await chat.say("amy", close)

    assert chat.said(await chat.say("amy", paid)) == expected
