"""Session 16 (gc 2): `/paid @Nobody` in the organiser's private chat, a name none of her buyers has,
said `In a private chat I can't tell who Nobody is: send it in the group…`, though names of her own
buyers work there. It says no buyer of her group buys is called that, and how to mark by order number
(the command's own form), nothing changed."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "zh",
            "已收 @Nobody",
            "你的团里没有叫 Nobody 的买家，没有任何改动。请改用订单编号，例如“已收 12-3”"
            "（订单消息和“名单 #12”里都有编号）。",
        ),
        (
            "zh",
            "退款 @Nobody",
            "你的团里没有叫 Nobody 的买家，没有任何改动。请改用订单编号，例如“退款 12-3”"
            "（订单消息和“名单 #12”里都有编号）。",
        ),
        (
            "en",
            "/paid @Nobody",
            "No buyer of your group buys is called Nobody: nothing was changed. Mark the order by its number "
            "instead, e.g. /paid 12-3 (the number is on the order and on /list #12).",
        ),
        (
            "en",
            "/pickedup @Nobody",
            "No buyer of your group buys is called Nobody: nothing was changed. Mark the order by its number "
            "instead, e.g. /pickedup 12-3 (the number is on the order and on /list #12).",
        ),
    ],
)
async def test_a_name_none_of_her_buyers_has_is_said_so_with_the_form_by_number(
    lang: str, text: str, expected: str
) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", "接龙 东北大米 价格 120" if lang == "zh" else "/groupbuy Rice price 120")
    await chat.say("wu", "+1", name="Wu")
    await chat.say("amy", "截单" if lang == "zh" else "/close")
    card = await chat.card()

    replies = await chat.say("amy", text, private=True)

    assert chat.said(replies) == expected
    assert not chat.private(replies)
    assert await chat.card() == card
