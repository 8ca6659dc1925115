"""s49: past a group buy's deadline, before its close had run (the card says it is closing), the organiser's
`/paid @Bob` and `/paid 1-1` were told its orders are being made and to send it again in a minute, but
`/paid all` (`已收 全部`) said there was no unpaid order to confirm, as if Bob owed nothing. It now says
what `/paid @Bob` says, in the group and in private; a group buy nobody joined still has none to confirm."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = {"en": "/groupbuy Mangoes price 30 ends 1h", "zh": "接龙 芒果 价格 30 截止 1小时后"}
ALL = {"en": "/paid all", "zh": "已收 全部"}
CLOSING = {
    "en": "Group buy #1 has reached its deadline and is closing: its orders are being made, so nothing "
    "was changed. Send “/paid all” again in a minute.",
    "zh": "团购 #1 已到截止时间，正在结团，订单马上生成，稍后再发“已收 全部”。",
}
NONE = {
    "en": "There is no unpaid order to confirm. Nothing was changed.",
    "zh": "现在没有待付款的订单要确认，没有任何改动。",
}


@pytest.mark.parametrize("private", [False, True], ids=["group", "private"])
@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_paid_all_past_the_deadline_says_the_orders_are_being_made(lang: str, private: bool) -> None:
    chat = fake_chat()
    await chat.say("amy", OPEN[lang])
    await chat.say("bob", "+2")
    chat.app.clock.advance(hours=2)

    replies = await chat.say("amy", ALL[lang], private=private)

    assert [reply.text for reply in replies] == [CLOSING[lang]]


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_group_buy_nobody_joined_has_nothing_to_confirm(lang: str) -> None:
    chat = fake_chat()
    await chat.say("amy", OPEN[lang])
    chat.app.clock.advance(hours=2)

    assert Chat.said(await chat.say("amy", ALL[lang])) == NONE[lang]
