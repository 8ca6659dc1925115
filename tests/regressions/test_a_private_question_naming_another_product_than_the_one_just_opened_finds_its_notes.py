"""Task s23 K1 (round 27, finding 3): Dan opened a share code in his private chat and joined; then
`芒果甜吗` and `海南贵妃芒甜吗` answered "你所在群的笔记里没有找到答案" although his family group has notes on
海南贵妃芒:
the question was held to the group buy just opened. A product named in the question wins over the one
just opened (each quoted line names its group buy); a question naming none is still about that one."""

from __future__ import annotations

import re

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

MANGO = "这款芒果超甜，上周买过，回购三次"
LYCHEES = "Lychees from last year were super sweet and juicy"
ZH_MANGO = f"笔记 #1 Bob，关于 海南贵妃芒 5斤（#1）：「{MANGO}」"
EN_MANGO = f"Note #1 Bob on 海南贵妃芒 5斤 (#1): “{MANGO}”"


async def _opened_lychees() -> Chat:
    family = fake_chat()
    neighbours = Chat(family.app, chat_id="neighbours")
    await family.say("amy", "接龙 海南贵妃芒 5斤 价格 68")
    await family.say("bob", "+1")
    await family.say("bob", f"种草 #1 {MANGO}")
    await family.say("dan", "大家好")  # Dan is in the family group
    await neighbours.say("amy", "/lang en")
    await neighbours.say("amy", "/groupbuy Lychees price 30 stock 40")
    await neighbours.say("bob", "+1 #2")
    await neighbours.say("bob", f"/note #2 {LYCHEES}")
    shared = neighbours.shared(await neighbours.say("bob", "/share #2"))
    found = re.search(r"团?\d+-[A-Z0-9]{3,}", shared)
    assert found is not None, shared
    await neighbours.say("dan", found.group(0), private=True)  # opened by its share code
    await neighbours.say("dan", "+1", private=True)
    return neighbours


@pytest.mark.parametrize("asked", ["芒果甜吗", "海南贵妃芒甜吗", "芒果甜吗？"])
async def test_a_product_named_in_chinese_wins_over_the_one_just_opened(asked: str) -> None:
    neighbours = await _opened_lychees()

    [reply] = await neighbours.say("dan", asked, private=True)

    assert ZH_MANGO in reply.text, reply.text
    assert "Lychees" not in reply.text


@pytest.mark.parametrize("asked", ["are the mangoes sweet?", "is the mango sweet?"])
async def test_a_product_named_in_english_wins_over_the_one_just_opened(asked: str) -> None:
    neighbours = await _opened_lychees()

    [reply] = await neighbours.say("dan", asked, private=True)

    assert EN_MANGO in reply.text, reply.text
    assert "Lychees" not in reply.text


async def test_a_question_naming_no_product_is_still_about_the_one_just_opened() -> None:
    neighbours = await _opened_lychees()

    [chinese] = await neighbours.say("dan", "甜吗？", private=True)
    [english] = await neighbours.say("dan", "are the lychees sweet?", private=True)

    assert chinese.text == f"群里的朋友说过：\n笔记 #2 Bob：「{LYCHEES}」\n发“笔记 编号”看全文。"
    assert (
        english.text
        == f"What friends said:\nNote #2 Bob: “{LYCHEES}”\nSend /note and its number to read one whole."
    )
