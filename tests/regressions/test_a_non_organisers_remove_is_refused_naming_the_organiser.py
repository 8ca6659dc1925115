"""rep54 #5: Eve, organiser only of her failed #6 "Test", sent `/remove @jon all` (`踢出 @jon 全部`)
while Jon was on Lisa's open #8, and was answered "Group buy #6 (Test) did not reach its target and
ended: nothing was changed", about her own failed buy. Naming no group buy, a remove now goes to the
open one here the member is on, and is refused there as only its organiser (named) may take him off."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat


async def eves_failed_and_amys_open() -> Chat:
    clock = FakeClock()
    chat = fake_chat(clock=clock)
    await chat.say("eve", "/groupbuy Test price 5 target 3 ends 1h")
    await chat.say("amy", "/groupbuy Durian price 30 target 1 ends 1d")
    await chat.say("jon", "+1 #2")
    await chat.say("jon", "+1 #2 for mum")
    clock.advance(hours=2)
    await chat.app.expire(1)  # Eve's #1 failed
    return chat


async def test_a_non_organisers_remove_all_names_the_organiser() -> None:
    chat = await eves_failed_and_amys_open()

    said = Chat.said(await chat.say("eve", "/remove @jon all", mentions=["jon"]))

    assert said == "Only the organiser (Amy) can do that: nothing was changed."
    assert "Jon" in await chat.card(2)


async def test_a_non_organisers_remove_all_names_the_organiser_in_chinese() -> None:
    chat = await eves_failed_and_amys_open()

    said = Chat.said(await chat.say("eve", "踢出 @jon 全部", mentions=["jon"]))

    assert said == "只有团长（Amy）可以这样做，没有任何改动。"


async def test_the_organiser_still_removes_him() -> None:
    chat = await eves_failed_and_amys_open()

    said = Chat.said(await chat.say("amy", "/remove @jon all", mentions=["jon"]))

    assert said.startswith("Amy removed all of Jon's lines")
