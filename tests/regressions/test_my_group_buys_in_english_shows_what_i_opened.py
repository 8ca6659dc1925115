"""rep71 #7: privately `my group buys` (the English of 我的团) was "I didn't understand that", and a buyer who
opened none sending 我的团 was told only how to open one. `my group buys` / `my buys` now read as 我的团, and
one who opened none is also pointed to her orders (我的订单 / /orders)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize("typed", ["my group buys", "my group buys?", "My buys"])
async def test_my_group_buys_lists_hers(typed: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Cookies price 20 target 5")

    replies = await chat.say("amy", typed, private=True)

    assert Chat.said(replies).startswith("Your group buys (1), newest first:\n#1 Cookies · open until")


async def test_a_buyer_with_none_opened_is_shown_her_joins_in_chinese() -> None:
    # session 35 (rep74 #12): a buyer means the ones she joined; this pointed her to 我的订单 before
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30 成团 1")
    await chat.say("wang", "+1")

    said = Chat.said(await chat.say("wang", "我的团", private=True))

    assert "芒果" in said, said
    assert said.endswith("你还没有开过团，上面是你跟的团。要开团，在群里发：接龙 海南贵妃芒 价格 88"), said


async def test_a_buyer_with_none_opened_is_shown_her_joins_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Cookies price 20 target 5")
    await chat.say("cat", "count me in")

    said = Chat.said(await chat.say("cat", "my group buys", private=True))

    assert "Cookies" in said, said
    assert said.endswith(
        "You have not opened a group buy yet; above are the ones you joined."
        " To open one, send in a group: /groupbuy Mangoes price 88"
    ), said
