"""Session 18 (review finding 18): Hui held 2 of 芒果 and typed `改成3份`, `我改成1份`, `改成 2`, `我只要2份`:
no answer, nothing changed, and she believed she now held what she typed. As the whole message these set
her own line to that many, answered as the `-N` or `+N` it takes (`Hui 现在是 1 × 芒果（#1）`); as many as
she holds already is said, nothing changed; `改成0份` takes her off the list; `改成2份装` stays talk."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def _holding_two() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88 截止 3d")
    await chat.say("hui", "+两份")
    return chat


@pytest.mark.parametrize("typed", ["我改成1份", "改成1份", "改成 1", "我只要1份", "改为一份"])
async def test_fewer_lowers_her_line(typed: str) -> None:
    chat = await _holding_two()

    said = Chat.said(await chat.say("hui", typed))

    assert said == "Hui 现在是 1 × 芒果（#1）。当前 ¥88/份。", typed
    assert (await chat.card()).endswith("\n\n1. Hui ×1"), typed


async def test_more_adds_the_difference() -> None:
    chat = await _holding_two()

    said = Chat.said(await chat.say("hui", "改成3份"))

    assert said == "Hui 跟团：又加 1 份，现在共 3 × 芒果（#1）。当前 ¥88/份。"


async def test_as_many_as_held_changes_nothing_and_zero_leaves() -> None:
    chat = await _holding_two()

    same = Chat.said(await chat.say("hui", "改成2份"))
    gone = Chat.said(await chat.say("hui", "改成0份"))

    assert same == "Hui 已经是 2 × 芒果（#1），没有任何改动。"
    assert gone == "Hui 退出了 芒果（#1）。"


async def test_an_english_card_is_set_in_its_unit() -> None:
    chat = fake_chat()
    await chat.say("gina", "/groupbuy Lychees price 15/kg ends 3d")
    await chat.say("eve", "+3")

    said = Chat.said(await chat.say("eve", "改成2"))

    assert said == "Eve 现在是 2 kg Lychees（#1）。当前 ¥15/kg。"


async def test_with_options_her_one_options_line() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 奶茶 规格 大:18,小:12 截止 3d")
    await chat.say("bob", "+3 大")

    said = Chat.said(await chat.say("bob", "改成1份"))

    assert said == "Bob 现在是 1 × 奶茶 大（#1）。大 现价 ¥18/份。"


async def test_closed_talk_and_no_group_buy() -> None:
    quiet = fake_chat()
    assert await quiet.say("hui", "改成2") == []  # no group buy ever here: talk

    chat = await _holding_two()
    talk = [*await chat.say("hui", "改成2份装"), *await chat.say("hui", "改成3号楼")]
    assert [reply.text for reply in talk if reply.text] == []

    await chat.say("amy", "截单")
    said = Chat.said(await chat.say("hui", "改成1份"))
    assert said == "团购 #1（芒果）已经截单了，没有任何改动。要退出或减少，请告诉团长 Amy。"
