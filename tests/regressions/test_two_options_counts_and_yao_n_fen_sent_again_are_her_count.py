"""s42 fixers' note: `要2份 豆沙` from a member holding 豆沙 ×2 added 2 more (4), and `菜 2 肉 3` sent again
added again (菜 ×4, 肉 ×6): only a single option with its count (`豆沙 2`) was read as her count. Now each
option named with its count is her count, as `豆沙 2` is: holding that many, an echo, nothing added;
holding another count, asked (set to it, or add it?), nothing added; holding none, joined. A typed
`+2 菜 +3 肉` still adds, as ever."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = {"zh": "接龙 包子 规格 豆沙:5,肉:5,菜:5", "en": "/groupbuy Buns options bean:5,pork:5,veg:5"}
TWO = {"zh": "菜 2 肉 3", "en": "veg 2 pork 3"}
ECHO = {
    "zh": "你已跟团 菜 ×2、肉 ×3；要再加请发 +2 菜 +3 肉。这次没有改动。",
    "en": "You're already in for 2 × veg, 3 × pork; to add more, send +2 veg +3 pork. Nothing changed.",
}


async def _opened(lang: str) -> Chat:
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    await room.say("amy", OPEN[lang])
    return room


async def _lines(room: Chat, user: str) -> dict[str, int]:
    async with room.app.uow_factory() as uow:
        lines = await uow.group_buys.lines_of(1, user)
    return {line.option: line.quantity for line in lines if line.quantity > 0}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_two_options_with_their_counts_sent_again_are_an_echo(lang: str) -> None:
    room = await _opened(lang)
    await room.say("cat", TWO[lang])
    card = await room.card()

    replies = await room.say("cat", TWO[lang])

    assert room.said(replies) == ECHO[lang]
    assert await room.card() == card
    assert await _lines(room, "cat") == ({"菜": 2, "肉": 3} if lang == "zh" else {"veg": 2, "pork": 3})


async def test_one_held_as_many_stays_and_the_other_is_joined() -> None:
    room = await _opened("zh")
    await room.say("cat", "菜 2")

    replies = await room.say("cat", "菜 2 肉 3")

    assert room.said(replies) == (
        "Cat 跟团：3 × 包子 肉（#1）。肉 现价 ¥5/份。\n包子（#1）还是 菜 ×2，这次没有改动。"
    )
    assert await _lines(room, "cat") == {"菜": 2, "肉": 3}


async def test_another_count_of_one_held_is_asked_and_nothing_is_added() -> None:
    room = await _opened("en")
    await room.say("cat", "veg 2 pork 3")

    replies = await room.say("cat", "veg 4 bean 1")

    assert room.said(replies) == (
        "Buns veg (#1) was not added: You're in for 2 × veg: to make it 4, send +2 veg; to add 4 more,"
        " send +4 veg.\nA message joins all it names or nothing: none of it was added. Nothing was changed."
        "\nSend +1 bean to take bean only."
    )
    assert await _lines(room, "cat") == {"veg": 2, "pork": 3}


async def test_a_typed_plus_for_each_still_adds() -> None:
    room = await _opened("zh")
    await room.say("cat", "菜 2 肉 3")

    await room.say("cat", "+2 菜 +3 肉")

    assert await _lines(room, "cat") == {"菜": 4, "肉": 6}


@pytest.mark.parametrize("typed", ["要2份 豆沙", "要2份豆沙", "要两份 豆沙"])
async def test_yao_n_fen_of_an_option_held_that_many_is_an_echo(typed: str) -> None:
    room = await _opened("zh")
    await room.say("bob", "豆沙 2")
    card = await room.card()

    replies = await room.say("bob", typed)

    assert room.said(replies) == "你已跟团 豆沙 ×2；要再加请发 +2 豆沙。这次没有改动。"
    assert await room.card() == card
    assert await _lines(room, "bob") == {"豆沙": 2}


async def test_yao_n_fen_of_another_count_is_asked() -> None:
    room = await _opened("zh")
    await room.say("bob", "豆沙 2")

    replies = await room.say("bob", "要3份 豆沙")

    assert room.said(replies) == (
        "你已跟团 豆沙 ×2：要改成 3 份就发 +1 豆沙；要再加 3 份就发 +3 豆沙。这次没有改动。"
    )
    assert await _lines(room, "bob") == {"豆沙": 2}


async def test_yao_n_fen_holding_none_joins_that_many() -> None:
    room = await _opened("zh")

    replies = await room.say("bob", "要2份 豆沙")

    assert room.said(replies) == "Bob 跟团：2 × 包子 豆沙（#1）。豆沙 现价 ¥5/份。"
    assert await _lines(room, "bob") == {"豆沙": 2}
