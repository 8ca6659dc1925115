"""Session 21 (F3, replay finding 9): `/mine` with 23 group buys said "Your group buys (20), newest first:"
and dropped #1–#3 without a word; and a group buy opened without a target that ended with nobody in was
"closed without reaching its target", where the chat had been told it "ended with nobody joining". It now
says the total, lists the newest 20 and how many older ones are not shown, and says how each ended as
the chat was told."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_mine_says_the_total_and_how_many_are_not_shown() -> None:
    chat = fake_chat(default_language="en")
    for n in range(1, 24):
        await chat.say("amy", f"/groupbuy Item{n} price {n + 10} target 2")

    listed = chat.said(await chat.say("amy", "/mine", private=True))

    lines = listed.split("\n")
    assert lines[0] == "Your group buys (23), the newest 20 first:"
    assert "#23 Item23" in listed and "#4 Item4" in listed and "#3 Item3" not in listed
    assert "… and 3 older ones not shown here." in lines


async def test_mine_in_chinese_too_and_all_shown_as_before() -> None:
    chat = fake_chat()
    for n in range(1, 22):
        await chat.say("amy", f"接龙 货{n} 价格 {n + 10} 成团 2")
    await chat.say("bob", "接龙 梨 价格 12")

    many = chat.said(await chat.say("amy", "我的团", private=True))
    few = chat.said(await chat.say("bob", "我的团", private=True))

    assert many.split("\n")[0] == "你开的 21 个团（列出最新的 20 个）："
    assert "……还有 1 个更早的团没有列出。" in many.split("\n")
    assert few.split("\n")[0] == "你开的 1 个团（最新在前）："


async def test_one_opened_without_a_target_ended_with_nobody_joining() -> None:
    clock = FakeClock()
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock, default_language="en")
    await chat.say("amy", "/groupbuy Mooncakes price 40 ends 1h")
    await chat.say("amy", "/groupbuy Peaches price 18 target 5 ends 1h")
    clock.advance(hours=2)
    await chat.app.expire(1)
    await chat.app.expire(2)

    listed = chat.said(await chat.say("amy", "/mine", private=True))

    assert "#1 Mooncakes · ended with nobody joining ·" in listed
    assert "#2 Peaches · closed without reaching its target ·" in listed
