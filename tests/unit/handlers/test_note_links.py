"""A note without `#12` in the chat is linked to the one open group buy whose product it names (not only
its whole title); naming several alike, it is linked to none and its author is told which they are and
how `#12` links a note, in Chinese and English, and privately in digest mode."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def about(chat: Chat, note_id: int) -> str:
    lines = (await chat.app.render_card(-note_id)).text.splitlines()
    return next((line for line in lines if line.startswith("🛒")), "")


async def test_a_note_naming_the_product_links_to_its_one_open_group_buy() -> None:
    chat = fake_chat()
    await chat.say("小美", "接龙 海南贵妃芒 5斤 价格 88")
    await chat.say("小美", "接龙 云南普洱茶 价格 120")
    for text in (
        "种草 海南贵妃芒超好吃，我买了五斤",
        "种草 贵妃芒皮薄肉厚",
        "种草 普洱茶很香",
        "种草 今天天气不错",
    ):
        posted = await chat.say("阿强", text)
        assert [reply.text for reply in posted if reply.text] == []  # the card only
    assert await about(chat, 1) == "🛒 海南贵妃芒 5斤（#1）¥88/份"
    assert await about(chat, 2) == "🛒 海南贵妃芒 5斤（#1）¥88/份"
    assert await about(chat, 3) == "🛒 云南普洱茶（#2）¥120/份"
    assert await about(chat, 4) == ""


async def test_a_note_naming_several_alike_is_linked_to_none_and_its_author_told_how() -> None:
    chat = fake_chat()
    await chat.say("小美", "接龙 海南贵妃芒 5斤 价格 88")
    await chat.say("小美", "接龙 贵妃芒 10斤 价格 150")

    posted = await chat.say("阿强", "种草 贵妃芒真的甜")

    assert chat.cards(posted) == [(-1, False)]
    assert chat.said(posted) == (
        "笔记 #1 没有关联团购：本群有几个在开的团都像它说的商品（#1 海南贵妃芒 5斤 / #2 贵妃芒 10斤）。"
        "发笔记时写上团号就会关联，例如：种草 #1 …"
    )
    assert await about(chat, 1) == ""
    await chat.say("阿强", "种草 #2 十斤装划算")
    assert await about(chat, 2) == "🛒 贵妃芒 10斤（#2）¥150/份"

    english = fake_chat(default_language="en")
    await english.say("amy", "/groupbuy Hainan Mangoes 5kg price 88")
    await english.say("amy", "/groupbuy Hainan Mangoes 10kg price 150")
    assert english.said(await english.say("bob", "/note Hainan mangoes, so sweet")) == (
        "Note #1 is not linked to a group buy: several open ones look like what it names "
        "(#1 Hainan Mangoes 5kg / #2 Hainan Mangoes 10kg). Write the number to link a note, e.g. /note #1 …"
    )


async def test_in_digest_mode_the_author_is_told_privately() -> None:
    chat = fake_chat()
    await chat.say("小美", "接龙 海南贵妃芒 5斤 价格 88")
    await chat.say("小美", "接龙 贵妃芒 10斤 价格 150")
    await chat.say("小美", "摘要 开")

    posted = await chat.say("阿强", "种草 贵妃芒真的甜")

    assert [reply.text for reply in posted if reply.text and not reply.private_to] == []
    assert Chat.private(posted)["阿强"].startswith("笔记 #1 没有关联团购")
