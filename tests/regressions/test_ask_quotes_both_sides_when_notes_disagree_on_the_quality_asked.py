"""Review 28, finding 15: `问 #1 甜吗` quoted only Bob's `这芒果超甜` and `芒果酸吗` only Cat's `芒果有点酸`:
each answer hid the other view. When notes on the product disagree on the quality asked (甜 / 酸, sweet /
sour: `opposites` of `ask_words.json`), Ask now quotes both sides; when they agree, or a note denies it
(`不酸`), nothing more is added."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

SWEET_ZH = "笔记 #1 Bob：「这芒果超甜，肉厚」"
SOUR_ZH = "笔记 #2 Cat：「芒果有点酸，还要放两天」"
SWEET_EN = "Note #1 Bob: “so sweet and juicy”"
SOUR_EN = "Note #2 Cat: “a bit sour, leave them two days”"


async def mangoes(lang: str) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    if lang == "zh":
        await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88")
        await chat.say("bob", "种草 #1 这芒果超甜，肉厚")
        await chat.say("cat", "种草 #1 芒果有点酸，还要放两天")
        await chat.say("dan", "种草 #1 包装很好，个头大")
    else:
        await chat.say("zoe", "/groupbuy Mangoes price 88")
        await chat.say("bob", "/note #1 so sweet and juicy")
        await chat.say("cat", "/note #1 a bit sour, leave them two days")
        await chat.say("dan", "/note #1 well packed, big ones")
    return chat


@pytest.mark.parametrize(
    ("lang", "question", "first", "second"),
    [
        ("zh", "问 #1 甜吗", SWEET_ZH, SOUR_ZH),
        ("zh", "问 芒果酸吗", SOUR_ZH, SWEET_ZH),
        ("en", "/ask #1 are they sweet?", SWEET_EN, SOUR_EN),
        ("en", "/ask #1 are they sour?", SOUR_EN, SWEET_EN),
    ],
)
async def test_ask_quotes_both_sides_when_notes_disagree(
    lang: str, question: str, first: str, second: str
) -> None:
    chat = await mangoes(lang)

    lines = chat.said(await chat.say("eve", question)).splitlines()

    assert lines[1:3] == [first, second], lines


@pytest.mark.parametrize(
    ("lang", "question", "only"),
    [
        ("zh", "问 #1 包装好吗", "笔记 #3 Dan：「包装很好，个头大」"),
        ("en", "/ask #1 is it well packed?", "Note #3 Dan"),
    ],
)
async def test_a_question_on_no_disputed_quality_quotes_no_other_side(
    lang: str, question: str, only: str
) -> None:
    chat = await mangoes(lang)

    lines = chat.said(await chat.say("eve", question)).splitlines()

    assert lines[1].startswith(only) and "Bob" not in lines[2] and "Cat" not in lines[2], lines


async def test_notes_that_agree_or_deny_the_other_side_add_nothing() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88")
    await chat.say("bob", "种草 #1 这芒果超甜，肉厚")
    await chat.say("cat", "种草 #1 一点都不酸，放心买")

    lines = chat.said(await chat.say("eve", "问 #1 甜吗")).splitlines()

    assert lines[1] == SWEET_ZH and "Cat" not in "\n".join(lines), lines


@pytest.mark.parametrize(
    ("lang", "question", "sour"),
    [
        ("zh", "问 #1 甜吗", "笔记 #4 Cat：「芒果有点酸，还要放两天」"),
        ("en", "/ask #1 are they sweet?", "Note #4 Cat"),
    ],
)
async def test_asked_privately_three_sweet_notes_leave_room_for_the_sour_one(
    lang: str, question: str, sour: str
) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    await chat.say("eve", "hi")  # Eve is in the group
    if lang == "zh":
        await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88")
        for member in ("bob", "dan", "fay"):
            await chat.say(member, "种草 #1 这芒果超甜，肉厚")
        await chat.say("cat", "种草 #1 芒果有点酸，还要放两天")
    else:
        await chat.say("zoe", "/groupbuy Mangoes price 88")
        for member in ("bob", "dan", "fay"):
            await chat.say(member, "/note #1 so sweet and juicy")
        await chat.say("cat", "/note #1 a bit sour, leave them two days")

    in_group = chat.said(await chat.say("eve", question)).splitlines()
    privately = chat.said(await chat.say("eve", question, private=True)).splitlines()

    assert any(line.startswith(sour) for line in in_group), in_group
    assert any(sour in line for line in privately), privately
