"""rep95 #14: `修改 #5 成团 10人` answered `已修改 大米（#5）：成团 10。` and the card showed `0/10`
counted in units: one buyer of 10 would make it, and nothing said 人 was read as 份. A target said in
people is now told that it counts units and how to write it; nothing is changed or opened."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_target_in_people_is_refused_with_the_units_form() -> None:
    chat = fake_chat(clock=FakeClock(), default_language="zh")
    await chat.say("amy", "接龙 大米 价格 60")
    before = await chat.card(1)

    edited = Chat.said(await chat.say("amy", "修改 #1 成团 10人"))
    opened = Chat.said(await chat.say("amy", "接龙 小米 价格 60 成团 5人"))

    assert edited == "成团是按份数算的（大家一共订了多少份），不是按人数。满 10 份成团请写“成团 10”。"
    assert opened == "成团是按份数算的（大家一共订了多少份），不是按人数。满 5 份成团请写“成团 5”。"
    assert await chat.card(1) == before
    assert Chat.said(await chat.say("amy", "修改 #1 成团 10")) == "已修改 大米（#1）：成团 10。"
