"""s37: on a group buy with options vanilla / chocolate, `Tom +1 vanilla` (a friend's name before the
count, the option after) and `vanila -1` (an option misspelt, a leave) were silent. `Tom +1 vanilla` puts
down Tom's line of one vanilla, as `+1 vanilla for Tom` does; a name that is itself an option, or one
misspelt (`Vanila +1 chocolate`), is asked which option, as `vanila +1` is; `vanila -1` is told the
options and the leave naming the one it misspells, nothing changed."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

EN = "/groupbuy Ice cream options vanilla:19,chocolate:19 ends 3d"
ZH = "接龙 冰淇淋 规格 vanilla:19,chocolate:19 截止 3d"


async def _ice_cream(opening: str) -> Chat:
    chat = fake_chat()
    if opening == EN:
        await chat.say("zoe", "/lang en")
    await chat.say("zoe", opening)
    return chat


async def test_tom_plus_one_vanilla_is_toms_vanilla() -> None:
    chat = await _ice_cream(EN)

    joined = Chat.said(await chat.say("bob", "Tom +1 vanilla"))
    more = Chat.said(await chat.say("bob", "Tom +2 chocolate please"))
    said_after = Chat.said(await chat.say("cat", "+1 vanilla for Tom"))

    assert joined == "Bob joined for Tom: 1 × Ice cream vanilla (#1). Vanilla: now ¥19 each."
    assert more == "Bob joined for Tom: 2 × Ice cream chocolate (#1). Chocolate: now ¥19 each."
    assert said_after == "Cat joined for Tom: 1 × Ice cream vanilla (#1). Vanilla: now ¥19 each."
    card = await chat.card()
    assert "1. Bob for Tom vanilla ×1" in card
    assert "2. Bob for Tom chocolate ×2" in card


async def test_in_chinese() -> None:
    chat = await _ice_cream(ZH)

    joined = Chat.said(await chat.say("chen", "Tom +1 vanilla", name="陈妈妈"))

    assert joined == "陈妈妈 帮 Tom 跟团：1 × 冰淇淋 vanilla（#1）。vanilla 现价 ¥19/份。"
    assert "1. 陈妈妈 帮 Tom vanilla ×1" in await chat.card()


@pytest.mark.parametrize("said", ["Vanila +1 chocolate", "Vanilla +1 chocolate"])
async def test_an_option_where_the_name_goes_is_asked_which(said: str) -> None:
    chat = await _ice_cream(EN)

    asked = Chat.said(await chat.say("bob", said))

    assert asked == (
        "Which option of Ice cream (#1)? vanilla ¥19 / chocolate ¥19. "
        "Send it with your join, e.g. +1 vanilla, or tap its Join button."
    )
    assert "Bob" not in await chat.card()


async def test_a_misspelt_option_after_the_name_is_asked_which_for_the_friend() -> None:
    chat = await _ice_cream(EN)

    asked = Chat.said(await chat.say("bob", "Tom +1 vanila"))
    talk = await chat.say("bob", "Amy +1 gate")

    assert asked == (
        "Which option of Ice cream (#1) for Tom? vanilla ¥19 / chocolate ¥19. "
        "Send it with the join, e.g. +1 for Tom vanilla."
    )
    assert [reply for reply in talk if reply.text] == []
    assert "Bob" not in await chat.card()


@pytest.mark.parametrize("said", ["vanila -1", "Vanila -1"])
async def test_a_misspelt_option_before_a_leave_is_asked_which(said: str) -> None:
    chat = await _ice_cream(EN)
    await chat.say("cat", "+1 vanilla")
    before = await chat.card()

    asked = Chat.said(await chat.say("cat", said))
    misspelt = said.split()[0]

    assert asked == (
        f"Ice cream (#1) has no option “{misspelt}”; its options: vanilla ¥19 / chocolate ¥19. "
        "Name one to leave it, e.g. -1 vanilla. Nothing was changed."
    )
    assert await chat.card() == before


async def test_a_misspelt_option_before_a_leave_in_chinese() -> None:
    chat = await _ice_cream(ZH)
    await chat.say("chen", "+1 chocolate", name="陈妈妈")
    before = await chat.card()

    asked = Chat.said(await chat.say("chen", "chocolat -1", name="陈妈妈"))

    assert asked == (
        "冰淇淋（#1）没有“chocolat”这个规格，可选：vanilla ¥19 / chocolate ¥19。"
        "退出时带上规格，例如 -1 chocolate。没有任何改动。"
    )
    assert await chat.card() == before
