"""Review 99 #1: the organiser linked her own note (`回购好几次了`, no paid order, her only note) to her
group buy: the link flagged it (she sells it), its card lost its Join, yet the answer said friends could
join right from the note, and nobody told her why. The answer now says it waits for the admins and has
no Join until then; its author is told privately, with why, as when a posting flags a note."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat

NOTE = "种草 这款东北大米超香，煮粥特别好喝，回购好几次了"


async def test_her_own_note_flagged_by_its_link_says_it_has_no_join() -> None:
    chat = fake_chat()
    chat.title = "邻里群"
    await chat.say("amy", NOTE)
    await chat.say("amy", "接龙 东北五常大米 5斤 价格 59")

    replies = await chat.say("amy", "笔记 1 #1")

    said = chat.said(replies)
    assert said.startswith("笔记 #1 已关联到 东北五常大米 5斤（#1），但它现在标了 ⚠️ 未验证")
    assert "直接跟团" not in said and "没有“跟团”" in said
    told = chat.private(replies)["amy"]
    assert told.startswith("你在「邻里群」的笔记 #1 关联到 东北五常大米 5斤（#1）后标了 ⚠️ 未验证")
    assert "原因：" in told and "团长" in told
    card = await chat.app.render_card(-1)
    assert "未验证" in card.text
    assert not any(b.label == "跟团" for row in card.buttons for b in row)


async def test_linked_in_her_private_chat_she_reads_it_once_with_why() -> None:
    chat = fake_chat()
    chat.title = "邻里群"
    await chat.say("amy", NOTE)
    await chat.say("amy", "接龙 东北五常大米 5斤 价格 59")

    replies = await chat.say("amy", "笔记 1 #1", private=True)

    said = chat.said(replies)
    assert said.startswith("你在「邻里群」的笔记 #1 关联到 东北五常大米 5斤（#1）后标了 ⚠️ 未验证")
    assert "卡片上没有“跟团”" in said and "原因：" in said
    assert chat.private(replies) == {}


async def test_an_honest_note_linked_still_offers_its_join() -> None:
    chat = fake_chat()
    await chat.say("bob", "种草 楼下这家大米煮粥很香")
    await chat.say("bob", "种草 楼下面包也不错")
    await chat.say("amy", "接龙 东北五常大米 5斤 价格 59")

    replies = await chat.say("bob", "笔记 1 #1")

    assert chat.said(replies) == (
        "笔记 #1 已关联到 东北五常大米 5斤（#1）：卡片上有了价格和“跟团”，朋友在笔记上就能直接跟团。"
    )
    assert chat.private(replies) == {}
