"""In digest mode the chat hears of notes once a day, refusals included: a note refused there (over the
day's cap, a repeat) is told to its author privately, as a taken one is; outside digest mode, and for
anything but posting a note, a refusal is said in the chat as before (bench/community.py found a
flooder's refusals were most of what a chat in digest mode heard)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

CAP = "你今天在本群已经发了 2 条笔记，明天再发吧。没有发出。"


async def flooded(digest_on: bool) -> Chat:
    chat = fake_chat(notes_per_day=2)
    chat.admins = {"amy"}
    await chat.say("amy", "摘要 开" if digest_on else "摘要 关")
    await chat.say("fay", "种草 楼下新开的面包店不错，全麦的好吃")
    await chat.say("fay", "种草 东门的理发店手艺好，剪得很快")
    return chat


async def test_a_note_refused_in_digest_mode_is_told_privately_and_the_chat_hears_nothing() -> None:
    chat = await flooded(digest_on=True)

    over = await chat.say("fay", "种草 小区门口的修鞋铺便宜，十块钱换鞋跟")

    assert [reply.text for reply in over if not reply.private_to] == []
    assert chat.private(over) == {"fay": CAP}
    repeat = await chat.say("fay", "种草 楼下新开的面包店不错，全麦的好吃")
    assert [reply.text for reply in repeat if not reply.private_to] == []
    assert chat.private(repeat)["fay"].startswith("这条和你")


async def test_outside_digest_mode_a_refused_note_is_said_in_the_chat() -> None:
    chat = await flooded(digest_on=False)

    over = await chat.say("fay", "种草 小区门口的修鞋铺便宜，十块钱换鞋跟")

    assert chat.said(over) == CAP
    assert chat.private(over) == {}


async def test_in_digest_mode_other_refusals_stay_in_the_chat() -> None:
    chat = await flooded(digest_on=True)

    shown = await chat.say("fay", "笔记 9")  # showing a note is not posting one

    assert chat.said(shown) == "这里没有笔记 #9。"
    assert chat.private(shown) == {}
