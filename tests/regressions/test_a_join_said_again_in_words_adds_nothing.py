"""Review 67 items 1-3 (an English group, Bubble Tea and Dumplings with options): a join said in words and
said again added again. Mia `put me down for the large` twice -> 2 × large; Zoe `actualy ill take 2 small 😅`
twice -> 4 × small; Leo (veg ×2) `2 veg` -> 4; Leo (veg ×4) `I want 4 veg` -> "Only 1 left" (read as 4 more),
`I want 4` -> "which option?"; `me too` / `count me in` from one holding small ×2 -> "which option?". A count
stated without "more" matching the line she holds is an echo, as `我要2份` / `I want 2` are without options:
nothing changed, she is told how to add; another count is asked (set to it, or add it); `me too` from one
already in is "already in". A typed `+2 small` still adds."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _open(opener: str) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", opener, name="Kate")
    return chat


async def test_put_me_down_for_the_large_said_twice_is_one_large() -> None:
    chat = await _open("/open Bubble Tea options small:4,large:6")
    await chat.say("mia", "put me down for the large", name="Mia")

    said = chat.said(await chat.say("mia", "put me down for the large", name="Mia"))

    assert said == "You're already in for 1 × large; to add more, send +1 large. Nothing changed."
    assert "Mia large ×1" in await chat.card(1)


@pytest.mark.parametrize("typed", ["actualy ill take 2 small 😅", "2 small", "I'll take 2 small"])
async def test_two_small_said_again_holding_two_small_is_an_echo(typed: str) -> None:
    chat = await _open("/open Bubble Tea options small:4,large:6")
    await chat.say("zoe", typed, name="Zoe")
    before = await chat.card(1)

    said = chat.said(await chat.say("zoe", typed, name="Zoe"))

    assert said == "You're already in for 2 × small; to add more, send +2 small. Nothing changed."
    assert await chat.card(1) == before


@pytest.mark.parametrize("typed", ["2 veg", "I want 4 veg", "ill take 4 veg", "I want 4"])
async def test_the_count_of_the_option_she_holds_is_an_echo(typed: str) -> None:
    chat = await _open("/open Dumplings options veg:5,pork:6 stock 5")
    held = typed.split()[-2] if typed.endswith("veg") else "4"
    await chat.say("leo", f"+{held} veg", name="Leo")
    before = await chat.card(1)

    said = chat.said(await chat.say("leo", typed, name="Leo"))

    assert said == f"You're already in for {held} × veg; to add more, send +{held} veg. Nothing changed."
    assert await chat.card(1) == before


async def test_another_count_of_her_option_is_asked_set_or_add() -> None:
    chat = await _open("/open Dumplings options veg:5,pork:6")
    await chat.say("leo", "+4 veg", name="Leo")

    said = chat.said(await chat.say("leo", "I want 3 veg", name="Leo"))

    assert said == (
        "You're in for 4 × veg: to make it 3, send -1 veg; to add 3 more, send +3 veg. Nothing changed."
    )
    assert "now has 3 × Dumplings veg" in chat.said(await chat.say("leo", "-1 veg", name="Leo"))


@pytest.mark.parametrize("typed", ["me too", "count me in", "put me down"])
async def test_me_too_from_one_already_in_is_already_in_never_which_option(typed: str) -> None:
    chat = await _open("/open Bubble Tea options small:4,large:6")
    await chat.say("zoe", "+2 small", name="Zoe")
    before = await chat.card(1)

    said = chat.said(await chat.say("zoe", typed, name="Zoe"))

    assert said == "You're already in for 2 × small; to add one more, send +1 small. Nothing changed."
    assert await chat.card(1) == before


async def test_in_chinese_the_option_she_holds_is_named() -> None:
    chat = await _open("接龙 芒果 规格 大:10,小:8")
    await chat.say("wang", "+2 大", name="Wang")

    echoed = chat.said(await chat.say("wang", "我也要", name="Wang"))
    restated = chat.said(await chat.say("wang", "我要2份", name="Wang"))

    assert echoed == "你已跟团 大 ×2；要再加一份请发 +1 大。这次没有改动。"
    assert restated == "你已跟团 大 ×2；要再加请发 +2 大。这次没有改动。"
    assert "Wang 大 ×2" in await chat.card(1)


async def test_a_typed_plus_still_adds() -> None:
    chat = await _open("/open Bubble Tea options small:4,large:6")
    await chat.say("zoe", "2 small", name="Zoe")

    said = chat.said(await chat.say("zoe", "+2 small", name="Zoe"))

    assert said.startswith("Zoe is in: 2 more, now 4 × Bubble Tea small"), said
