"""`接龙 茶叶 ¥-5/份`, `接龙 茶叶 ¥0.001/份` and `/groupbuy Tea ¥-5` were told "add a price", as if none was
typed, while `价格 -5` and `price 0.001` got the specific reason. A price in the title marked as one by
its sign (or 元) is now read as `价格 …` is, so its own refusal says what is wrong; nothing is opened."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_the_price_in_the_title_is_refused_for_what_is_wrong_with_it() -> None:
    chat = fake_chat()

    negative = Chat.said(await chat.say("amy", "接龙 茶叶 ¥-5/份"))
    too_fine = Chat.said(await chat.say("amy", "接龙 茶叶 ¥0.001/份"))
    yuan = Chat.said(await chat.say("amy", "接龙 茶叶 -5元"))
    english = Chat.said(await chat.say("amy", "/groupbuy Tea ¥-5"))
    english_fine = Chat.said(await chat.say("amy", "/groupbuy Tea ¥0.001"))
    none = Chat.said(await chat.say("amy", "接龙 茶叶"))
    listed = Chat.said(await chat.say("amy", "/list"))

    assert negative == "“¥-5/份”不是有效的价格。请这样写：价格 88、价格 88.5 或 价格 ¥88"
    assert too_fine == "“¥0.001”的小数位太多（最多 2 位）。例如：价格 88.50"
    assert yuan == "“-5元”不是有效的价格。请这样写：价格 88、价格 88.5 或 价格 ¥88"
    assert english == "“¥-5” is not a price I can read. Write it like: price 88, price 88.50 or price ¥88"
    assert english_fine == "“¥0.001” has too many decimals (2 at most). Example: price 88.50"
    assert none.startswith("请写上价格。")  # no price at all: still asked for one
    assert listed.startswith("There is no open group buy in this chat.")
