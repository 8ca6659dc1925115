"""Session 35: in digest mode a note's refusal (over the day's cap, a repeat) goes to its author
privately (`handlers.digest.told_privately`), but it spoke the group's language: Fay, whose private
`/lang` is English, read `你今天在本群已经发了 2 条笔记…` of a Chinese group. What goes privately follows
its reader (her private `/lang`, else her app's, else the group's), as every private copy does; the
chat still hears nothing."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _flooded(group: str, fay: str | None) -> Chat:
    chat = fake_chat(notes_per_day=2)
    chat.admins = {"amy"}
    await chat.say("amy", f"/lang {group}")
    await chat.say("amy", "摘要 开")
    if fay is not None:
        await chat.say("fay", f"/lang {fay}", private=True)
    await chat.say("fay", "种草 楼下新开的面包店不错，全麦的好吃")
    await chat.say("fay", "种草 东门的理发店手艺好，剪得很快")
    return chat


async def test_an_english_reader_in_a_chinese_group_reads_her_refusal_in_english() -> None:
    chat = await _flooded("zh", "en")

    over = await chat.say("fay", "种草 小区门口的修鞋铺便宜，十块钱换鞋跟")

    assert [reply.text for reply in over if not reply.private_to] == []
    told = chat.private(over)["fay"]
    assert "You have posted 2 notes in this chat today; post more tomorrow. It was not posted." in told, told


async def test_a_chinese_reader_in_an_english_group_reads_her_refusal_in_chinese() -> None:
    chat = await _flooded("en", "zh")

    over = await chat.say("fay", "种草 小区门口的修鞋铺便宜，十块钱换鞋跟")

    assert [reply.text for reply in over if not reply.private_to] == []
    told = chat.private(over)["fay"]
    assert "你今天在本群已经发了 2 条笔记，明天再发吧。没有发出。" in told, told


async def test_nothing_known_of_her_reads_it_as_the_chat_would_have() -> None:
    chat = await _flooded("en", None)

    over = await chat.say("fay", "种草 小区门口的修鞋铺便宜，十块钱换鞋跟")  # Chinese words: answered so

    assert chat.private(over) == {"fay": "你今天在本群已经发了 2 条笔记，明天再发吧。没有发出。"}
