"""Task s22 G: in the organiser's private chat `撤销已收 @Kim` (`/unpaid @Kim`) was told "I can't tell who
Kim is in a private chat" while `已收`, `已取`, `退款 @Kim` say no buyer of her group buys is called so:
it now looks among her buyers too, worded as they are, and undoes a buyer's paid order by name. And
`已收 @Kim`, Kim a member of her group who joined but has no order yet, was told there is no buyer called
Kim: she is told Kim has no order in her group buys."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

NOBODY = {
    "zh": "你的团里没有叫 Nobody 的买家，没有任何改动。请改用订单编号，例如“{command} 12-3”"
    "（订单消息和“名单 #12”里都有编号）。",
    "en": "No buyer of your group buys is called Nobody: nothing was changed. Mark the order by its number"
    " instead, e.g. {command} 12-3 (the number is on the order and on /list #12).",
}
NO_ORDER = {
    "zh": "Kim 在你的团里没有订单，没有任何改动。例如：{command} 12-3",
    "en": "Kim has no order in your group buys: nothing was changed. Example: {command} 12-3",
}
COMMANDS = {
    "zh": ["已收", "撤销已收", "已取", "退款"],
    "en": ["/paid", "/unpaid", "/pickedup", "/refund"],
}


async def _hers() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 1-1")
    await chat.say("amy", "接龙 苹果 价格 10")
    await chat.say("kim", "+1 #2")  # joined the open one: no order yet
    return chat


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_unknown_name_is_worded_alike_for_each_command(lang: str) -> None:
    chat = await _hers()

    for command in COMMANDS[lang]:
        said = chat.said(await chat.say("amy", f"{command} @Nobody", private=True, language=lang))
        assert said == NOBODY[lang].format(command=command), command


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_member_with_no_order_is_said_to_have_none(lang: str) -> None:
    chat = await _hers()

    for command in COMMANDS[lang]:
        said = chat.said(await chat.say("amy", f"{command} @Kim", private=True, language=lang))
        assert said == NO_ORDER[lang].format(command=command), command


async def test_a_buyers_payment_is_undone_by_name_in_private() -> None:
    chat = await _hers()

    replies = await chat.say("amy", "撤销已收 @Bob", private=True)

    assert chat.said(replies) == "已撤销订单 #1-1（Bob，¥30）的已收：改回待付款（不是退款），已私信告诉对方。"
