"""rep80 #9: Lee's only message in the group was a late `+1 large`, refused as closed; privately `/note 1`
then got `There is no note #1 in this chat.` (and `笔记 1` `这里没有笔记 #1。`), while Kim, after only `hello`
there, read the note. A refused join now records its sender as in the group, as any other refused
command does, but for a sold-out one (a flash sale's pile-in writes its answers only), and in a private
chat, where no note is ever posted, a note she cannot read there is said without "this chat", with what to
do. (An update's id is given, as every platform gives one: a refusal's answer is kept for a repeat.)"""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

NOT_FOUND_EN = (
    "I can't find note #1 in the groups I've seen you in. If it is in a group of yours, send /note 1 there, "
    "or say something there first and ask me again."
)
NOT_FOUND_ZH = (
    "在我见过你的群里找不到笔记 #1。"
    "如果它在你的某个群里，请在那个群里发“笔记 1”，或者先在群里说句话，再来问我。"
)


async def group() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.title = "grp"
    await chat.say("amy", "/groupbuy Bubble Tea options small:10,large:15:1", language="en")
    await chat.say("bob", "/note #1 this bubble tea is so good, my third time", language="en")
    return chat


async def test_a_member_refused_a_late_join_reads_the_groups_note_privately() -> None:
    chat = await group()
    await chat.say("cat", "+1 small", language="en")
    await chat.say("amy", "/close", language="en")
    refused = chat.said(await chat.say("lee", "+1 large", language="en", update_id="9"))
    assert refused.startswith("Group buy #1 (Bubble Tea) has closed: nothing was changed.")
    read = chat.said(await chat.say("lee", "/note 1", private=True, language="en"))
    assert read.startswith("Note #1 · Bob\nthis bubble tea is so good, my third time")
    assert "posted in grp" in read


async def test_a_sold_out_join_still_records_nobody_and_the_private_answer_says_what_to_do() -> None:
    chat = await group()
    await chat.say("cat", "+1 large", language="en")  # the only large
    sold_out = chat.said(await chat.say("gus", "+1 large", language="en", update_id="9"))
    assert "sold out" in sold_out
    said = chat.said(await chat.say("gus", "/note 1", private=True, language="en"))
    assert said == NOT_FOUND_EN and "this chat" not in said
    await chat.say("gus", "ok thanks", language="en")  # a word in the group: now known there
    assert chat.said(await chat.say("gus", "/note 1", private=True, language="en")).startswith(
        "Note #1 · Bob"
    )


async def test_a_stranger_asking_privately_in_chinese_reads_no_this_chat() -> None:
    chat = await group()
    assert chat.said(await chat.say("eve", "笔记 1", private=True)) == NOT_FOUND_ZH
    assert chat.said(await chat.say("eve", "笔记 9", private=True)) == NOT_FOUND_ZH.replace(
        "#1", "#9"
    ).replace("笔记 1", "笔记 9")
