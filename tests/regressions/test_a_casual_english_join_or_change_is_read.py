"""Round 28 (item 17): `i'll take two pls 🙏` and `actually make it 1` got no reply. An emoji after a join
said in words is no more than a courtesy (joins 2), and `actually make it 1` sets her line as `改成1份`
does; where no group buy is open both stay talk."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_an_emoji_after_a_join_in_words_joins() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 20 ends 3d")

    said = Chat.said(await chat.say("fay", "i'll take two pls 🙏"))

    assert said == "Fay is in: 2 × Mangoes (#1). Now ¥20 each."


async def test_make_it_one_sets_her_line_to_one() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 20 ends 3d")
    await chat.say("fay", "+3")

    said = Chat.said(await chat.say("fay", "actually make it 1"))

    assert said == "Fay now has 1 × Mangoes (#1). Now ¥20 each."
    assert (await chat.card(1)).endswith("1. Fay ×1")


async def test_in_a_chinese_chat_make_it_one_is_answered_as_gai_cheng_is() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 20 截止 3d")
    await chat.say("fay", "+3")

    said = Chat.said(await chat.say("fay", "actually make it 1"))

    assert "1 × " in said and "芒果" in said, said


async def test_where_none_is_open_they_stay_talk() -> None:
    chat = fake_chat()

    for typed in ("i'll take two pls 🙏", "actually make it 1", "make it 2pm"):
        assert [reply.text for reply in await chat.say("fay", typed) if reply.text] == [], typed
