"""rep77 #9: mistakes in a pasted list were ignored without a word: 陈妈妈 pasted 张叔's line as `张叔 3盒`
(he has 2), and 张叔 pasted himself on two lines. Nothing changes for anyone else; one short remark says
the record stands and what to send."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_another_members_line_with_another_count_is_remarked_not_changed() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 土鸡蛋 价格 45", name="王姐")
    await chat.say("zhang", "+2", name="张叔")
    said = Chat.said(await chat.say("chen", "#接龙 土鸡蛋\n1. 张叔 3盒\n2. 陈妈妈 1", name="陈妈妈"))
    assert said == (
        "陈妈妈 跟团：1 × 土鸡蛋（#1）。当前 ¥45/份。"
        "名单里“张叔 3盒”和记录的 2 份不一样，以记录为准；要改请本人发 改成3份。"
    )
    card = await chat.card(1)
    assert card.endswith("1. 张叔 ×2\n2. 陈妈妈 ×1"), card


async def test_her_name_on_two_lines_is_remarked() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 土鸡蛋 价格 45", name="王姐")
    said = Chat.said(await chat.say("zhang", "#接龙 土鸡蛋\n1. 王姐 1\n2. 张叔 1\n3. 张叔 1", name="张叔"))
    assert said == (
        "张叔 跟团：1 × 土鸡蛋（#1）。当前 ¥45/份。"
        "名单上写着你的有不止一行，只按最后一行算；要共 2 份请发 改成2份。"
    )


async def test_a_list_matching_the_record_gets_no_remark() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 土鸡蛋 价格 45", name="王姐")
    await chat.say("zhang", "+2", name="张叔")
    said = Chat.said(await chat.say("chen", "#接龙 土鸡蛋\n1. 张叔 2盒\n2. 陈妈妈 1", name="陈妈妈"))
    assert said == "陈妈妈 跟团：1 × 土鸡蛋（#1）。当前 ¥45/份。"
