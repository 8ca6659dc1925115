"""Session 15 review (fe 18): `options red bean:48:10,lotus:58,egg yolk:68` was refused ("one word a
name"), though English flavours are often two words. Written with `:` and `,` a name may have spaces;
joins, leaves, the card and the which-option question name it so. Without commas (`red bean:48
lotus:58`) where a name ends is unclear: refused, showing the same options with commas."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

OPENING = "/groupbuy Mooncakes options red bean:48:10,lotus:58,egg yolk:68 ends 3d"


async def _opened() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), default_language="en")
    opened = chat.said(await chat.say("amy", OPENING))
    assert opened.startswith(
        "Group buy #1 is open: Mooncakes at red bean ¥48 / lotus ¥58 / egg yolk ¥68 each."
    ), opened
    return chat


async def test_two_word_options_open_and_show_on_the_card() -> None:
    chat = await _opened()

    card = await chat.card(1)

    assert "• red bean ¥48 · 0 taken · 10 left\n• lotus ¥58 · 0 taken\n• egg yolk ¥68 · 0 taken" in card, card


async def test_joins_and_leaves_name_a_two_word_option() -> None:
    chat = await _opened()

    assert chat.said(await chat.say("bob", "+1 egg yolk")).startswith(
        "Bob is in: 1 × Mooncakes egg yolk (#1)."
    )
    assert chat.said(await chat.say("cat", "/join #1 red bean 2")) == (
        "Cat is in: 2 × Mooncakes red bean (#1). Red bean: now ¥48 each."
    )
    assert chat.said(await chat.say("dan", "/join red bean 3")).startswith(
        "Dan is in: 3 × Mooncakes red bean (#1)."
    )
    assert chat.said(await chat.say("cat", "-1 red bean")).startswith(
        "Cat now has 1 × Mooncakes red bean (#1)."
    )
    assert chat.said(await chat.say("eve", "+1")) == (
        "Which option of Mooncakes (#1)? red bean ¥48 / lotus ¥58 / egg yolk ¥68. Send it with your join, "
        "e.g. +1 egg yolk, or tap its Join button."
    )

    card = await chat.card(1)
    assert "1. Bob egg yolk ×1\n2. Cat red bean ×1\n3. Dan red bean ×3" in card, card
    assert "• red bean ¥48 · 4 taken · 6 left" in card


async def test_a_one_word_option_with_its_number_takes_the_count_last() -> None:
    chat = await _opened()

    said = chat.said(await chat.say("cat", "/join #1 lotus 2"))

    assert said.startswith("Cat is in: 2 × Mooncakes lotus (#1)."), said


@pytest.mark.parametrize(
    ("lang", "opening", "refusal"),
    [
        (
            "en",
            "/groupbuy Mooncakes options red bean:48 lotus:58",
            "An option name of more than one word needs commas between the options, so I can tell where "
            "each name starts. Write: options red bean:48,lotus:58",
        ),
        (
            "zh",
            "接龙 月饼 规格 红 豆:48 莲蓉:58",
            "规格名称里有空格时，规格之间要用逗号隔开，我才分得清每个名称从哪里开始。"
            "请写成：规格 红 豆:48,莲蓉:58",
        ),
    ],
)
async def test_two_word_options_without_commas_are_refused_showing_them_with_commas(
    lang: str, opening: str, refusal: str
) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), default_language=lang)

    assert chat.said(await chat.say("amy", opening)) == refusal
    assert "#1" in chat.said(
        await chat.say("amy", opening.replace(" lotus", ",lotus").replace(" 莲蓉", "，莲蓉"))
    )


async def test_one_two_word_option_needs_no_comma() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), default_language="en")

    opened = chat.said(await chat.say("amy", "/groupbuy Mooncakes options egg yolk:68"))

    assert opened.startswith("Group buy #1 is open: Mooncakes at egg yolk ¥68 each."), opened
