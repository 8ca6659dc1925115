"""Session 28 (rep48 #2): `自提 北门 每人限 3` put "北门 每人限 3" into the pickup. A limit in a pickup is
refused, nothing changed, saying 限购 goes in 修改."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_limit_in_a_pickup_is_refused() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 45 成团 20")
    before = await chat.card()

    said = Chat.said(await chat.say("amy", "自提 #1 北门 每人限 3"))

    assert said == "限购不写在自提里：请单独发 修改 #1 限购 3，自提只写地点和时间。没有任何改动。"
    assert await chat.card() == before
