"""`佣金 #2` (`/commission #2`) with no rate answered the usage, though `佣金` alone shows the rate: a
named group buy's sharer rate is shown the same way, with how to change it."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_commission_asked_of_a_named_group_buy_shows_its_rate() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 鸭 价格 100 成团 5 截止 2小时")
    await chat.say("amy", "接龙 鹅 价格 80 成团 5 截止 2小时")
    await chat.say("amy", "佣金 #2 5%")

    assert chat.said(await chat.say("amy", "佣金 #2")) == "#2 的分享佣金是 5%。修改：佣金 5%（0 为关闭）。"
    assert chat.said(await chat.say("amy", "/commission #1")) == (
        "#1 的分享佣金是 0%。修改：佣金 5%（0 为关闭）。"
    )
