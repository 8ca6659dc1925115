"""`再开一团 #1` of a group buy whose card said "💰 分享赚 10%" opened a copy without it: the sharers'
rate was dropped, though a copy is "the same terms". A copy keeps its sharers' rate (its 帮卖 listings
stay with the original)."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_copy_keeps_the_sharers_rate() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 鸭 价格 100 成团 1 截止 2小时")
    await chat.say("amy", "佣金 #1 10%")
    assert "💰 分享赚 10%" in await chat.card(1)

    await chat.say("amy", "取消 #1")  # a copy beside the open original is refused
    await chat.say("amy", "再开一团 #1")
    assert "💰 分享赚 10%" in await chat.card(2)
    shared = chat.shared(await chat.say("bob", "分享 #2"))
    assert "分享赚 10%" in shared

    await chat.say("amy", "取消 #2")
    await chat.say("amy", "/copy #2")
    assert "💰 分享赚 10%" in await chat.card(3)
