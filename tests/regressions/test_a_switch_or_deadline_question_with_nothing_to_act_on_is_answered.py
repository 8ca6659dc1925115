"""Review 67 item 13: silence in the group for Mia's `can I change to small?` after Bubble Tea closed,
Zoe's `can I change to veg?` holding nothing on Dumplings, and `when does it close?` with nothing open.
Now each is answered: it closed (ask the organiser); you're not on it (send +1 veg); nothing is open."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _tea(*, english: bool = True) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    if english:
        await chat.say("amy", "/lang en")
        await chat.say("amy", "/open Bubble Tea options small:4,large:6", name="Kate")
    else:
        await chat.say("amy", "接龙 奶茶 规格 小杯:4,大杯:6", name="Kate")
    return chat


async def test_a_switch_after_the_close_says_it_closed() -> None:
    chat = await _tea()
    await chat.say("cat", "+1 large", name="Mia")
    await chat.say("amy", "/close", name="Kate")

    said = chat.said(await chat.say("cat", "can I change to small?", name="Mia"))

    assert said == "Bubble Tea (#1) has closed: its orders can't be changed here. Ask the organiser, Kate."


async def test_a_switch_holding_nothing_says_how_to_join() -> None:
    chat = await _tea()

    said = chat.said(await chat.say("cat", "can I change to small?", name="Zoe"))

    assert said == "You're not on Bubble Tea (#1) yet: to join with small, send +1 small."


async def test_when_does_it_close_with_nothing_open() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/lang en")

    said = chat.said(await chat.say("cat", "when does it close?"))

    assert said == (
        "Nothing is open here right now, so nothing is closing. "
        "A new group buy's card will say when it closes."
    )


async def test_in_chinese_too() -> None:
    chat = await _tea(english=False)

    said = chat.said(await chat.say("cat", "换成小杯"))

    assert said == "你还没有跟 奶茶（#1）：要跟 小杯，就发 +1 小杯。"
    plain = fake_chat(FakeUnitOfWorkFactory())
    assert plain.said(await plain.say("cat", "几点截单？")) == (
        "这个群现在没有正在接龙的团，没有要截单的。新开的团卡片上会写截单时间。"
    )


async def test_talk_with_no_such_option_stays_silent() -> None:
    chat = await _tea()

    replies = await chat.say("cat", "can I change to dinner?", name="Zoe")

    assert not [reply for reply in replies if reply.text], replies
