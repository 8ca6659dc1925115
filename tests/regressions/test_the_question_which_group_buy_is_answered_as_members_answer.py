"""Bob on #1 sends `+1` with #2 open too and is asked which, nothing added. Only `+1 #2` (a join naming
it) answered: `#2` and `2` alone were talk, lost in silence; `/join 2` was asked again with the example
`+2 #2` (two of #2); the question had no buttons, so on WeChat a bare `2` after it answered the numbered
choices of the last card (its `再来一份`: one more of whichever group buy that card showed); and the
example dropped the friend and the note (`+1 帮 小王` was told `+1 #2`, which joins Bob himself). Each
answer now joins the one chosen with the join as first typed; the question has a button per group buy
(on WeChat its numbered choices, which a bare number answers before a card's)."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.wechat import render
from bot.wechat.choices import Choices
from handlers.types import Request
from tests.unit.handlers.conftest import Chat, fake_chat


async def _bob_on_one(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    if lang == "en":
        await chat.say("amy", "/groupbuy Mangoes price 30 ends 3d")
        await chat.say("bob", "+1")
        await chat.say("mal", "/groupbuy Lychees price 25 ends 3d")
    else:
        await chat.say("amy", "接龙 芒果 价格 30 截止 3d")
        await chat.say("bob", "+1")
        await chat.say("mal", "接龙 荔枝 价格 25 截止 3d")
    return chat


async def test_the_number_alone_answers_the_question() -> None:
    for answer in ("#2", "2", "＃２", "2号"):
        chat = await _bob_on_one("zh")
        await chat.say("bob", "+2")

        said = chat.said(await chat.say("bob", answer))

        assert said.startswith("Bob 跟团：2 × 荔枝（#2）"), (answer, said)
        assert (await chat.card(1)).endswith("1. Bob ×1")
        assert (await chat.card(2)).endswith("1. Bob ×2")
        assert await chat.say("bob", answer) == []  # answered: the number is talk again


async def test_a_slash_join_of_its_number_answers_the_question() -> None:
    chat = await _bob_on_one("en")
    await chat.say("bob", "+1")

    said = chat.said(await chat.say("bob", "/join 2"))

    assert said.startswith("Bob is in: 1 × Lychees (#2).")
    assert (await chat.card(1)).endswith("1. Bob ×1")


async def test_a_slash_join_typed_again_as_asked_is_still_two() -> None:
    chat = await _bob_on_one("en")
    asked = chat.said(await chat.say("bob", "/join 2"))

    again = chat.said(await chat.say("bob", "/join 2"))

    assert again == asked
    assert again.endswith(
        "say which with its number (Mangoes: +2 #1; Lychees: +2 #2), or reply with its number or name."
    )
    assert "Bob" not in await chat.card(2)


async def test_the_answer_keeps_the_friend_and_the_note_and_so_does_the_example() -> None:
    chat = await _bob_on_one("zh")
    asked = chat.said(await chat.say("bob", "+1 帮 小王 3号楼"))

    assert asked.endswith(
        "请带上编号：芒果发 +1 #1 帮 小王 3号楼，荔枝发 +1 #2 帮 小王 3号楼（也可以直接回复编号或名称）。"
    )
    said = chat.said(await chat.say("bob", "#2"))
    assert said.startswith("Bob 帮 小王 跟团：1 × 荔枝（#2）")
    assert (await chat.card(2)).endswith("1. Bob 帮 小王 ×1 · 3号楼")

    chat = await _bob_on_one("en")
    asked = chat.said(await chat.say("bob", "+1 for Wang"))
    assert asked.endswith(
        "(Mangoes: +1 #1 for Wang; Lychees: +1 #2 for Wang), or reply with its number or name."
    )


async def test_someone_else_saying_the_number_is_talk() -> None:
    chat = await _bob_on_one("en")
    await chat.say("bob", "+1")

    assert await chat.say("cat", "2") == []
    assert await chat.say("bob", "3") == []  # no #3 was listed
    assert "Cat" not in await chat.card(2) and "Bob" not in await chat.card(2)


async def test_the_question_has_a_button_per_group_buy() -> None:
    chat = await _bob_on_one("en")
    replies = await chat.say("bob", "+2 gate 3")

    asked = next(reply for reply in replies if reply.text)
    assert [[button.label for button in row] for row in asked.buttons] == [["#1 Mangoes"], ["#2 Lychees"]]
    tapped = await chat.tap("bob", asked.buttons[1][0].data)

    assert "2 × Lychees" in chat.toast(tapped)
    assert (await chat.card(2)).endswith("1. Bob ×2 · gate 3")
    assert (await chat.card(1)).endswith("1. Bob ×1")


async def test_on_wechat_a_bare_number_answers_the_question_not_the_last_card() -> None:
    chat = await _bob_on_one("zh")
    at = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
    choices = Choices()
    card = await chat.app.render_card(1)  # the card shown last asks the room its numbered choices
    await choices.asked("family", None, [b.data for row in card.buttons for b in row], at)
    request = Request(platform="wechat", chat_id="family", user_id="bob", display_name="Bob", text="+1")
    replies = await chat.say("bob", "+1")

    outgoing = render.answer("family", replies, request=request, language="zh")
    assert outgoing is not None and "回复 1" in outgoing.text
    await choices.asked("family", outgoing.asked, outgoing.choices, at.replace(second=30))
    tapped = await choices.answer("family", "bob", "2", at.replace(second=40))

    assert tapped is not None
    await chat.tap("bob", tapped)
    assert (await chat.card(1)).endswith("1. Bob ×1")
    assert (await chat.card(2)).endswith("1. Bob ×1")
