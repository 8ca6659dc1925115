"""Review round 26 (finding 2): Dan opened Bob's share code for Lychees in his private chat with the bot
and joined; `are they sweet?` there then quoted two mango notes (and a durian note asking "Are they
sweet?") and missed the lychee note, and `问 #2 甜吗` there quoted the mango notes after it, none of the
lines saying which product it was about. A private question about one group buy (`#N`, or the one just
opened there) now quotes only notes on its product; about none, each line names its product."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import Chat, fake_chat

MANGO = "这款芒果超甜，上周买过，回购三次"
LYCHEES = "Lychees from last year were super sweet and juicy"
EN_LYCHEES = f"What friends said:\nNote #3 Bob: “{LYCHEES}”\nSend /note and its number to read one whole."
EN_MORE = "Still want to ask Amy? Tap below and the answer comes to you privately."
ZH_LYCHEES = f"群里的朋友说过：\n笔记 #3 Bob：「{LYCHEES}」\n发“笔记 编号”看全文。"


async def _two_groups() -> tuple[Chat, Chat, str]:
    family = fake_chat()
    neighbours = Chat(family.app, chat_id="neighbours")
    await family.say("amy", "接龙 海南贵妃芒 5斤 价格 68")
    await family.say("bob", "+1")
    await family.say("bob", f"种草 #1 {MANGO}")
    await family.say("amy", "种草 #1 超级甜！！我家人都说好吃，强烈推荐")
    await family.say("dan", "大家好")  # Dan is in the family group
    await neighbours.say("amy", "/lang en")
    await neighbours.say("amy", "/groupbuy Lychees price 30 stock 40")
    await neighbours.say("bob", "+1 #2")
    await neighbours.say("bob", f"/note #2 {LYCHEES}")
    shared = neighbours.shared(await neighbours.say("bob", "/share #2"))
    found = re.search(r"团?\d+-[A-Z0-9]{3,}", shared)
    assert found is not None, shared
    return family, neighbours, found.group(0)


async def test_after_opening_a_share_code_only_that_products_notes_are_quoted() -> None:
    _, neighbours, code = await _two_groups()
    await neighbours.say("dan", code, private=True)
    await neighbours.say("dan", "+2", private=True)

    english = await neighbours.say("dan", "are they sweet?", private=True)
    chinese = await neighbours.say("dan", "甜吗？", private=True)

    assert [r.text for r in english] == [EN_LYCHEES]
    assert [r.text for r in chinese] == [ZH_LYCHEES]


async def test_a_numbered_private_question_quotes_only_that_products_notes() -> None:
    _, neighbours, code = await _two_groups()
    await neighbours.say("dan", f"+1 {code}", private=True)

    chinese = await neighbours.say("dan", "问 #2 甜吗", private=True)
    english = await neighbours.say("dan", "/ask #2 are they sweet?", private=True)
    joined = await neighbours.say("dan", "are they sweet?", private=True)  # joined by `+1 code`: that one

    # named by its number, then the offer to ask its organiser, as in the group (s48)
    assert [r.text for r in chinese] == [f"{ZH_LYCHEES}\n还想问团长 Amy？点下面的按钮，回答会私信给你。"]
    assert [r.text for r in english] == [f"{EN_LYCHEES}\n{EN_MORE}"]
    assert [r.text for r in joined] == [EN_LYCHEES]


async def test_about_no_group_buy_each_quoted_line_names_its_product() -> None:
    family, _, _ = await _two_groups()

    [chinese] = await family.say("dan", "芒果甜吗？", private=True)
    [english] = await family.say("dan", "are the mangoes sweet?", private=True)

    assert f"笔记 #1 Bob，关于 海南贵妃芒 5斤（#1）：「{MANGO}」" in chinese.text, chinese.text
    assert f"Note #1 Bob on 海南贵妃芒 5斤 (#1): “{MANGO}”" in english.text, english.text
    assert "🏷 团长，关于 海南贵妃芒 5斤（#1）" in chinese.text, chinese.text
