"""`/join sweet` joined that option, but `/join sweet for Wang` (and `/join 甜的 帮 小王`, `/join sweet 2 for
Wang`) got the join forms, `跟团 甜的 帮 小王` was silent, and `/join for Wang sweet` (`跟团 帮 小王 甜的`)
signed up a friend called "Wang sweet". A join for someone naming only an option reads as `+1 sweet for
Wang` does: the friend one word, the option before or after them; a word that is no option is answered
as `/join abc` is, and without a slash (`跟团 好的 帮 小王`) stays talk."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_an_option_and_a_friend_with_a_slash_join() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes options sweet:58,sour:40 ends 3d")

    for typed in ("/join sweet for Wang", "/join for Wang sweet"):
        said = chat.said(await chat.say("dan", typed))
        assert said.startswith("Dan joined for Wang: "), (typed, said)
    assert chat.said(await chat.say("dan", "/join sour 2 for my mum")).startswith(
        "Dan joined for mum: 2 × Mangoes sour (#1)."
    )
    assert chat.said(await chat.say("dan", "/join sweet for me")).startswith(
        "Dan is in: 1 × Mangoes sweet (#1)."
    )
    card = await chat.card(1)
    assert "Dan for Wang sweet ×2" in card
    assert "Dan for mum sour ×2" in card
    assert "Dan sweet ×1" in card


async def test_a_word_that_is_no_option_is_told_the_options() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes options sweet:58,sour:40 ends 3d")

    said = chat.said(await chat.say("dan", "/join abc for Wang"))

    assert said.startswith("Mangoes (#1) has no option “abc”; its options: sweet ¥58 / sour ¥40.")
    assert "Dan" not in await chat.card(1)


async def test_in_chinese_the_option_and_the_friend_either_way() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 规格 甜的:58,酸的:40 截止 3d")

    assert chat.said(await chat.say("dan", "跟团 甜的 帮 小王")).startswith(
        "Dan 帮 小王 跟团：1 × 芒果 甜的（#1）"
    )
    assert chat.said(await chat.say("dan", "跟团 帮 小王 甜的")).startswith(
        "Dan 帮 小王 跟团：又加 1 份，现在共 2 × 芒果 甜的（#1）"
    )
    assert chat.said(await chat.say("dan", "/join 酸的 给 小李")).startswith(  # no English: the chat's
        "Dan 帮 小李 跟团：1 × 芒果 酸的（#1）。"
    )
    assert await chat.say("eve", "跟团 好的 帮 小王") == []  # no option's name: talk
    card = await chat.card(1)
    assert "Dan 帮 小王 甜的 ×2" in card
    assert "Dan 帮 小李 酸的 ×1" in card
    assert "Eve" not in card
