"""rep96 #11: with Tea (#6) sold out and Buns (#7) open with options, Gwen's `+1` was asked "Which option of
Buns (#7)?" with no word that Tea was sold out and her join went to Buns, while a bare `+1` beside a
sold-out one without options says so (`#1 草莓 已售罄，这次跟的是 #3 土鸡蛋。`). The option question now says
it first, for a friend's line too; with nothing sold out beside it, the question is as before."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _tea_sold_out_beside_buns() -> Chat:
    chat = fake_chat()
    await chat.say("ken", "/groupbuy Tea price 5 stock 1")
    await chat.say("ken", "/groupbuy Buns options red:4.5,white:4")
    assert "Sold out" in chat.said(await chat.say("lou", "+1 #1"))
    return chat


async def test_the_option_question_says_the_other_is_sold_out() -> None:
    chat = await _tea_sold_out_beside_buns()

    said = chat.said(await chat.say("gwen", "+1"))

    assert said == (
        "Sold out: #1 Tea, so this one is for #2 Buns. Which option of Buns (#2)? red ¥4.50 / white ¥4. "
        "Send it with your join, e.g. +1 white, or tap its Join button."
    )
    assert "Gwen" in chat.said(await chat.say("gwen", "white"))
    assert "Gwen" in await chat.card(2) and "Gwen" not in await chat.card(1)


async def test_in_chinese_and_for_a_friend_too() -> None:
    chat = await _tea_sold_out_beside_buns()

    zh = chat.said(await chat.say("amy", "我要两份"))
    friend = chat.said(await chat.say("cat", "+1 for mum"))

    assert zh == (
        "#1 Tea 已售罄，这次要跟的是 #2 Buns。Buns（#2）要哪个规格？red ¥4.50 / white ¥4。"
        "跟团时带上规格，例如 +2 white，或点对应的跟团按钮。"
    )
    assert friend.startswith(
        "Sold out: #1 Tea, so this one is for #2 Buns. Which option of Buns (#2) for mum?"
    )


async def test_with_none_sold_out_the_question_is_as_before() -> None:
    chat = fake_chat()
    await chat.say("ken", "/groupbuy Buns options red:4.5,white:4")

    said = chat.said(await chat.say("gwen", "+1"))

    assert said == (
        "Which option of Buns (#1)? red ¥4.50 / white ¥4. Send it with your join, e.g. +1 white, or tap its "
        "Join button."
    )
