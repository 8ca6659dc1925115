"""Session 16 (ga): asked how much she has on a group buy sold without a unit, a member was told
`你跟了 芒果（#1）×2，还没截单。`, "You are on Mangoes (#1) for ×2": `×2` is no part of a sentence. It now
says `2 份` in Chinese, "for 2" in English; sold per 斤 it stays `2斤`."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_in_chinese_it_is_so_many_portions() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 芒果 价格 10 成团 5")
    await chat.say("bob", "+2")

    asked = chat.said(await chat.say("bob", "问 我买了几份 #1", private=True))
    paid = chat.said(await chat.say("bob", "问 我付钱了吗 #1", private=True))

    assert asked == "你跟了 芒果（#1）2 份，还没截单。"
    assert paid == "你跟了 芒果（#1）2 份，还没截单，现在还不用付款：截单时才生成订单。"


async def test_in_english_it_is_for_the_number() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 10 target 5")
    await chat.say("bob", "+2")

    asked = chat.said(await chat.say("bob", "how many did I buy #1", private=True))

    assert asked == "You are on Mangoes (#1) for 2; it has not closed yet."
