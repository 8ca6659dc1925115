"""Session 26, task R4 (review 36, finding 10): Rita, not in the group, joined 海南贵妃芒 #1 by a share
code; asked privately she was quoted the group's notes, then `笔记 9` said "这里没有笔记 #9" though the
answer told her to send it. Lin, in a group that help-sells (帮卖) #1, got "你所在群的笔记里没有找到答案"
for the same question. One rule now: in private a member may read the notes posted on a group buy she
is on or bought, and a help-selling group's members those on the group buy it sells; quoted, then
readable whole by `笔记 N`; no other note of a group she is not in reaches her."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import Chat, fake_chat

NOTE_ON_IT = "芒果超甜，汁多"
NONE_1 = (
    "在我见过你的群里找不到笔记 #1。"
    "如果它在你的某个群里，请在那个群里发“笔记 1”，或者先在群里说句话，再来问我。"
)
NONE_2 = (
    "在我见过你的群里找不到笔记 #2。"
    "如果它在你的某个群里，请在那个群里发“笔记 2”，或者先在群里说句话，再来问我。"
)


async def set_up() -> tuple[Chat, Chat]:
    jia = fake_chat()
    jia.admins = {"amy"}
    jia2 = Chat(app=jia.app, chat_id="jia2")
    await jia.say("amy", "接龙 海南贵妃芒 价格 30")
    await jia.say("amy", "帮卖 开 10%")
    await jia.say("bob", "+1")
    await jia.say("bob", f"种草 #1 {NOTE_ON_IT}")
    await jia.say("cat", "种草 楼下面包店的蛋糕也超甜")  # about nothing Rita or Lin bought
    await jia2.say("gia", "帮卖 #1")
    await jia2.say("lin", "大家好")
    return jia, jia2


async def test_an_outsider_who_bought_reads_the_notes_on_it_and_nothing_else() -> None:
    jia, _ = await set_up()
    code = re.search(r"团\d+-\w{4}", jia.shared(await jia.say("bob", "分享")))
    assert code is not None
    await jia.say("rita", code.group(0), private=True)
    await jia.say("rita", "+1", private=True)
    await jia.say("amy", "截单")
    await jia.say("amy", "已收 @Rita")

    quoted = jia.said(await jia.say("rita", "问 #1 甜不甜", private=True))
    assert "笔记 #1 Bob" in quoted and NOTE_ON_IT in quoted
    assert "#2" not in quoted
    read = jia.said(await jia.say("rita", "笔记 1", private=True))
    assert read.startswith("笔记 #1 · Bob") and NOTE_ON_IT in read
    assert jia.said(await jia.say("rita", "笔记 2", private=True)) == NONE_2


async def test_a_help_selling_groups_member_reads_the_notes_on_what_it_sells() -> None:
    jia, _ = await set_up()

    quoted = jia.said(await jia.say("lin", "芒果甜吗？", private=True))
    assert "笔记 #1 Bob" in quoted and NOTE_ON_IT in quoted
    assert "蛋糕" not in quoted
    read = jia.said(await jia.say("lin", "笔记 1", private=True))
    assert read.startswith("笔记 #1 · Bob") and NOTE_ON_IT in read
    assert jia.said(await jia.say("lin", "笔记 2", private=True)) == NONE_2
    assert jia.said(await jia.say("zoe", "笔记 1", private=True)) == NONE_1  # a stranger


async def test_in_english_too() -> None:
    jia = fake_chat(default_language="en")
    jia.admins = {"amy"}
    office = Chat(app=jia.app, chat_id="office")
    await jia.say("amy", "/groupbuy Mangoes price 30")
    await jia.say("amy", "/helpsell on 10%")
    await jia.say("bob", "+1")
    await jia.say("bob", "/note #1 the mangoes are super sweet")
    await office.say("gia", "/helpsell #1")
    await office.say("lin", "hello")

    quoted = jia.said(await jia.say("lin", "are the mangoes sweet?", private=True))
    assert "Note #1 Bob" in quoted and "super sweet" in quoted
    read = jia.said(await jia.say("lin", "/note 1", private=True))
    assert read.startswith("Note #1 · Bob") and "super sweet" in read


async def test_a_private_search_finds_them_too() -> None:
    jia, _ = await set_up()

    found = jia.said(await jia.say("lin", "搜索 芒果", private=True))
    assert "#1" in found and NOTE_ON_IT in found
    assert "蛋糕" not in jia.said(await jia.say("lin", "搜索 甜", private=True))
