"""`已收 @Dan`, Dan having no order in this chat: `这位成员在本群没有订单，没有任何改动。例如：已收款 12-3`,
an order this chat never had. The example is now an order of this chat (`已收 1-1`), as the form by
number of a name nobody here has gives (`example_order`), and none while the chat has no order at all;
`已取 @Dan` and `取消订单 @Dan` alike, each in its own form (`取消订单 @Dan` gave `已收款 12-3`). Session 21:
named (`Dan 在本群没有订单…`), no longer `这位成员`."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

WORDS = {
    "zh": ("接龙 芒果 价格 10 成团 1", "截单", "已收 @Dan", "已取 @Dan", "取消订单 @Dan"),
    "en": ("/groupbuy Mango price 10 target 1", "/close", "/paid @Dan", "/pickedup @Dan", "/cancel @Dan"),
}
SAID = {
    "zh": (
        "Dan 在本群没有订单，没有任何改动。",
        "Dan 在本群没有订单，没有任何改动。例如：已收 1-1",
        "Dan 在本群没有订单，没有任何改动。例如：已取 1-2",
        "Dan 在本群没有订单，没有任何改动。例如：取消订单 1-1",
    ),
    "en": (
        "Dan has no order in this chat: nothing was changed.",
        "Dan has no order in this chat: nothing was changed. Example: /paid 1-1",
        "Dan has no order in this chat: nothing was changed. Example: /pickedup 1-2",
        "Dan has no order in this chat: nothing was changed. Example: /cancel 1-1",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_member_with_no_order_gets_an_example_of_this_chats_orders(lang: str) -> None:
    opening, close, paid, picked_up, cancel = WORDS[lang]
    chat = fake_chat(default_language=lang)
    await chat.say("dan", "hi", name="Dan")
    none_yet = chat.said(await chat.say("amy", paid))
    await chat.say("amy", opening)
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    await chat.say("amy", close)
    await chat.say("amy", paid.replace("@Dan", "1-2"))  # paid: 已取's example (an order it acts on, F4)

    assert none_yet == SAID[lang][0]
    assert chat.said(await chat.say("amy", paid)) == SAID[lang][1]
    assert chat.said(await chat.say("amy", picked_up)) == SAID[lang][2]
    assert chat.said(await chat.say("amy", cancel)) == SAID[lang][3]
