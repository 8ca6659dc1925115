"""A bare `+1` or `-1` sent privately to the bot by Dan, whose only group speaks English (its group buy
was opened in English; Dan himself wrote only `+1` there), was answered in Chinese: with nothing typed to
tell the language, a private chat fell to the default. Now, nothing in the text telling it, the private
answer speaks as his groups do (all alike, else the one he was last seen in), English here and Chinese
for a Chinese group in an English-default deployment. And with two group buys open in his group, the
answer's example said `send +1 in that group`, where that group answers a bare `+1` by asking which one:
now it names each one's number as the group does (`send +1 #2 in that group`, `在群里发 +1 #2`; `+2 #2`
for a `+2`)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

_JOIN_EN = (
    "There is no group buy to join in a private chat (no card opened here). Open in your groups:\n"
    "#1 Pizza in “Your group”: send +1 in that group\n"
    "Or send a friend's share code, e.g. +1 12-K7QM. Nothing was changed."
)
_LEAVE_EN = (
    "There is no group buy to leave in a private chat (no card opened here). You are on:\n"
    "#1 Pizza ×1 in “Your group”: send -1 #1 in that group\n"
    "Or send its share code here first (it shows the card), then -1. Nothing was changed."
)
_JOIN_ZH = (
    "私聊里没有团购可跟（没有打开过团购卡片）。你所在群里进行中的团：\n"
    "「你的群」的 #1 披萨：在群里发 +1\n"
    "也可以发群友给你的分享码跟团，例如 +1 团12-K7QM。没有任何改动。"
)
_TWO_OPEN_EN = (
    "There is no group buy to join in a private chat (no card opened here). Open in your groups:\n"
    "#2 Mangoes in “Your group”: send {count} #2 in that group\n"
    "#1 Pizza in “Your group”: send {count} #1 in that group\n"
    "Or send a friend's share code, e.g. +1 12-K7QM. Nothing was changed."
)
_TWO_OPEN_ZH = (
    "私聊里没有团购可跟（没有打开过团购卡片）。你所在群里进行中的团：\n"
    "「你的群」的 #2 芒果：在群里发 +1 #2\n"
    "「你的群」的 #1 披萨：在群里发 +1 #1\n"
    "也可以发群友给你的分享码跟团，例如 +1 团12-K7QM。没有任何改动。"
)


async def test_a_bare_join_and_leave_in_private_speak_english_as_his_english_group() -> None:
    chat = fake_chat()  # a Chinese-default deployment; the group, no `/lang`, speaks as its card does
    await chat.say("amy", "/groupbuy Pizza price 20", private=False)
    assert Chat.said(await chat.say("dan", "+1", private=False)) == "Dan is in: 1 × Pizza (#1). Now ¥20 each."

    assert Chat.said(await chat.say("dan", "-1", private=True)) == _LEAVE_EN
    await chat.say("dan", "+1", private=False)
    await chat.say("dan", "-1", private=False)
    assert Chat.said(await chat.say("dan", "+1", private=True)) == _JOIN_EN


async def test_a_bare_join_in_private_speaks_chinese_as_his_chinese_group() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "接龙 披萨 价格 20", private=False)
    await chat.say("dan", "+1", private=False)
    await chat.say("dan", "-1", private=False)

    assert Chat.said(await chat.say("dan", "+1", private=True)) == _JOIN_ZH


async def test_with_two_open_the_private_answer_names_the_number_the_group_asks_for() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Pizza price 20", private=False)
    await chat.say("amy", "/groupbuy Mangoes price 12", private=False)
    await chat.say("dan", "+1 #1", private=False)
    asked = Chat.said(await chat.say("dan", "+1", private=False))
    assert "(Pizza: +1 #1; Mangoes: +1 #2)" in asked  # what the group tells him

    assert Chat.said(await chat.say("dan", "+1", private=True)) == _TWO_OPEN_EN.format(count="+1")
    assert Chat.said(await chat.say("dan", "+2", private=True)) == _TWO_OPEN_EN.format(count="+2")


async def test_with_two_open_the_private_answer_names_the_number_in_chinese_too() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 披萨 价格 20", private=False)
    await chat.say("amy", "接龙 芒果 价格 12", private=False)
    await chat.say("dan", "+1 #1", private=False)
    assert "披萨发 +1 #1，芒果发 +1 #2" in Chat.said(await chat.say("dan", "+1", private=False))

    assert Chat.said(await chat.say("dan", "+1", private=True)) == _TWO_OPEN_ZH
