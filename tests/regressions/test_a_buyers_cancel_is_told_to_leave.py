"""A buyer who typed `取消` ("cancel") to drop out was told only that the organiser may cancel: they did not
learn how to leave. A buyer on the list (and, since, anyone but the organiser) is now told to send `退出`
or -1; nothing changes either way. A member with no line is told only that the organiser calls it off
(rep104 #9: the leave she was told to send was refused)."""

from __future__ import annotations

import pytest

from commerce.domain.group_buy import GroupBuyStatus
from handlers.texts import t
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize(
    ("lang", "opening", "cancel"),
    [
        ("zh", "接龙 李子 价格 10 成团 2 截止 2小时", "取消"),
        ("en", "/groupbuy Plums price 10 target 2 ends 2h", "/cancel"),
    ],
)
async def test_a_buyer_and_a_stranger_are_told_how_to_leave(lang: str, opening: str, cancel: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", opening)
    await chat.say("bob", "+1")
    assert Chat.said(await chat.say("bob", cancel)) == t(lang, "cancel_leave_instead", organiser="Amy")
    # a member with no line: no leave to send (rep104 #9), only who calls it off
    assert Chat.said(await chat.say("cat", cancel)) == t(lang, "cancel_not_organiser", organiser="Amy")
    assert factory.state.group_buys[1].status is GroupBuyStatus.OPEN
    assert [line.quantity for line in factory.state.lines[1].values()] == [1]
