"""`+1 Wang` after "Wang's Dumplings" ended here, with Kaya open, was refused: "Wang's Dumplings (#1) has
closed, so nothing was joined". Wang is only the owner's name in that title (the word before its 's): the
join is for a friend Wang on the open one; with several open, the which-question keeps the friend (one
message, nothing joined). `+1 dumplings` still names the ended goods."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _after_wangs(lang: str, *opened: str) -> Chat:
    chat = fake_chat()
    await chat.say("amy", f"/lang {lang}")
    await chat.say("amy", "/groupbuy Wang's Dumplings price 30")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")
    for command in opened:
        await chat.say("amy", command)
    return chat


async def test_a_name_in_an_ended_title_joins_the_open_one_for_that_friend() -> None:
    chat = await _after_wangs("en", "/groupbuy Kaya price 3")

    assert Chat.said(await chat.say("cat", "+1 Wang")) == (  # Kaya opened since Wang's closed: no news
        "Cat joined for Wang: 1 × Kaya (#2). Now ¥3 each."
    )


async def test_in_chinese_too() -> None:
    chat = await _after_wangs("zh", "接龙 咖椰 价格 3")

    assert Chat.said(await chat.say("cat", "+1 Wang")) == "Cat 帮 Wang 跟团：1 × 咖椰（#2）。当前 ¥3/份。"


async def test_with_several_open_it_asks_which_keeping_the_friend() -> None:
    chat = await _after_wangs("en", "/groupbuy Kaya price 3", "/groupbuy Mango price 3")

    said = Chat.said(await chat.say("cat", "+1 Wang"))

    assert said == (
        "2 group buys are open here: #2 Kaya · #3 Mango. Nothing was added: say which with its number "
        "(Kaya: +1 #2 for Wang; Mango: +1 #3 for Wang), or reply with its number or name."
    )


async def test_the_ended_goods_named_are_still_told_it_closed() -> None:
    chat = await _after_wangs("en", "/groupbuy Kaya price 3")

    said = Chat.said(await chat.say("cat", "+1 dumplings"))

    assert said.startswith("Wang's Dumplings (#1) has closed, so nothing was joined."), said
