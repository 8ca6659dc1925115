"""Review: a buyer's `取消 #5` was told only "只有团长（Amy）可以这样做，没有任何改动。", and with two
group buys open a bare `取消` answered "…请带上编号，例如 取消 #1": an invitation to cancel a group
buy she does not run. Anyone but the organiser (and the chat's admins) is now told how to leave
instead, with the number when it matters (`退出 #2` / `-1 #2`), in the language typed; nothing
changes. One on none of them is told only who may call it off (rep104 #9: a leave she sent was refused)."""

from __future__ import annotations

import pytest

from commerce.domain.group_buy import GroupBuyStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

ZH_2 = "只有团长（Amy）可以取消团购 #2，没有任何改动。你自己不要了，请发“退出 #2”或 -1 #2。"
EN_2 = (
    "Only the organiser (Amy) can call group buy #2 off: nothing was changed. "
    "To leave it yourself, send /leave #2 or -1 #2."
)
ZH_2_NOT_ON = "只有团长（Amy）可以取消团购 #2，没有任何改动。"
EN_2_NOT_ON = "Only the organiser (Amy) can call group buy #2 off: nothing was changed."
ZH_ANY = "只有各个团的团长可以取消自己的团购，没有任何改动。"
EN_ANY = "Only each group buy's organiser can call it off: nothing was changed."


@pytest.mark.parametrize(
    ("cancel", "expected", "not_on"), [("取消 #2", ZH_2, ZH_2_NOT_ON), ("/cancel #2", EN_2, EN_2_NOT_ON)]
)
async def test_a_numbered_cancel_from_a_buyer_or_a_stranger_names_the_leave(
    cancel: str, expected: str, not_on: str
) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 芒果 价格 10 截止 2小时")
    await chat.say("amy", "接龙 草莓 价格 30 截止 2小时")
    await chat.say("bob", "+1 #2")
    assert Chat.said(await chat.say("bob", cancel)) == expected
    assert Chat.said(await chat.say("cat", cancel)) == not_on  # no line: no leave to send, nothing changes
    assert all(g.status is GroupBuyStatus.OPEN for g in factory.state.group_buys.values())
    assert Chat.said(await chat.say("bob", "-1 #2")) == "Bob 退出了 草莓（#2）。"  # the advice works


async def test_a_bare_cancel_among_several_never_invites_a_buyer_to_cancel() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 芒果 价格 10 截止 2小时")
    await chat.say("amy", "接龙 草莓 价格 30 截止 2小时")
    await chat.say("bob", "+1 #2")
    assert Chat.said(await chat.say("bob", "取消")) == ZH_2  # on #2 only: that one
    assert Chat.said(await chat.say("cat", "取消")) == ZH_ANY  # on none: nothing of hers to leave
    assert Chat.said(await chat.say("cat", "/cancel")) == EN_ANY
    which = Chat.said(await chat.say("amy", "取消"))  # the organiser is still asked which of hers
    assert which.startswith("这个群里有 2 个团在接龙") and "取消 #1" in which
    assert all(g.status is GroupBuyStatus.OPEN for g in factory.state.group_buys.values())
