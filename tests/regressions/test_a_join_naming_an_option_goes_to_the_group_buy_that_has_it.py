"""`+1 小盒` with #4 Durian (small/large) and #6 草莓 (小盒/大盒) open was answered "2 group buys are
open here, say which", though only #6 has 小盒 (and `候补 小盒` found #6, then told to send `+1 小盒`,
which asked again). A join, a `-1` and a `退出` naming an option only one open group buy has go to it,
as a wait does."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _two_open() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 Durian 规格 small:30,large:50")
    await chat.say("amy", "接龙 草莓 规格 小盒:20,大盒:35")
    return chat


async def test_a_join_naming_an_option_goes_to_the_group_buy_that_has_it() -> None:
    chat = await _two_open()

    said = chat.said(await chat.say("bob", "+1 小盒"))

    assert said.startswith("Bob 跟团：1 × 草莓 小盒（#2）")
    assert "Bob" in await chat.card(2) and "Bob" not in await chat.card(1)


async def test_a_join_of_a_member_on_the_other_group_buy_goes_where_the_option_is() -> None:
    chat = await _two_open()
    await chat.say("bob", "+1 #1 small")

    said = chat.said(await chat.say("bob", "+2 小盒 3号楼"))

    assert said.startswith("Bob 跟团：2 × 草莓 小盒（#2）")


async def test_a_leave_naming_an_option_goes_to_the_group_buy_that_has_it() -> None:
    chat = await _two_open()
    await chat.say("bob", "+2 #2 小盒")
    await chat.say("bob", "+1 #1 small")

    lowered = chat.said(await chat.say("bob", "-1 小盒"))
    left = chat.said(await chat.say("bob", "退出 小盒"))

    assert "1 × 草莓 小盒" in lowered
    assert "草莓 小盒" in left and "Bob" not in await chat.card(2)
    assert "Bob" in await chat.card(1)


async def test_an_option_of_both_still_asks_which() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 Durian 规格 小盒:30,大盒:50")
    await chat.say("amy", "接龙 草莓 规格 小盒:20,大盒:35")

    said = chat.said(await chat.say("bob", "+1 小盒"))

    assert said.startswith("这个群里有 2 个团在接龙")
