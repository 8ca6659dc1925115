"""Session 33 (s33-enjoin 2): Leo, holding veg ×1 on Dumplings (veg, pork), said `make it 3 veg` and got
no answer, where `make it 3` sets his only line and `小盒改成3份` sets the 小盒 line. `make it 3 veg` sets
his veg line to 3 (as the `+2 veg` it takes says); `make it 3 medium`, no such option, says so with the
options and the set-to that works, nothing changed (`中盒改成3份` likewise); `make it 3 pm`, `make it 3
days` stay talk."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _dumplings() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/open Dumplings options veg:5,pork:6", name="Kate")
    await chat.say("leo", "+1 veg", name="Leo")
    return chat


@pytest.mark.parametrize("typed", ["make it 3 veg", "actually make it 3 veg please", "make it 3 veg #1"])
async def test_make_it_n_with_her_option_sets_that_line(typed: str) -> None:
    chat = await _dumplings()

    said = Chat.said(await chat.say("leo", typed, name="Leo"))

    assert said == "Leo is in: 2 more, now 3 × Dumplings veg in all (#1). Veg: now ¥5 each."
    assert "1. Leo veg ×3" in await chat.card(1)


async def test_make_it_n_of_one_option_held_beside_another() -> None:
    chat = await _dumplings()
    await chat.say("leo", "+2 pork", name="Leo")

    said = Chat.said(await chat.say("leo", "make it 1 pork", name="Leo"))

    assert said.startswith("Leo now has 1 × Dumplings pork (#1)"), said
    card = await chat.card(1)
    assert "Leo veg ×1" in card and "Leo pork ×1" in card


async def test_an_option_not_there_is_told_with_the_choices_nothing_changed() -> None:
    chat = await _dumplings()
    before = await chat.card(1)

    said = Chat.said(await chat.say("leo", "make it 3 medium", name="Leo"))

    assert said == (
        "Dumplings (#1) has no option “medium”; its options: veg ¥5 / pork ¥6. "
        "To have 3 × veg in all, send make it 3 veg. Nothing was changed."
    )
    assert await chat.card(1) == before


async def test_in_chinese_an_option_not_there_is_told_too() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 水蜜桃 规格 小盒:58,大盒:98", name="Amy")
    await chat.say("wang", "+1 小盒", name="王阿姨")
    before = await chat.card(1)

    said = Chat.said(await chat.say("wang", "中盒改成3份", name="王阿姨"))

    assert said == (
        "水蜜桃（#1）没有“中盒”这个规格，可选：小盒 ¥58 / 大盒 ¥98。"
        "要 小盒 一共 3 份就发 小盒改成3份。没有任何改动。"
    )
    assert await chat.card(1) == before


@pytest.mark.parametrize("typed", ["make it 3 pm", "make it 3 days", "明天改成3份"])
async def test_a_time_or_another_count_stays_talk(typed: str) -> None:
    chat = await _dumplings()
    before = await chat.card(1)

    assert [reply for reply in await chat.say("leo", typed, name="Leo") if reply.text] == []
    assert await chat.card(1) == before
