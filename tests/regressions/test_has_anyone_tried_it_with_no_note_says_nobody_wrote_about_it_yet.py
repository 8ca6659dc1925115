"""Session 31: `问 有人试过榴莲吗`, `/ask has anyone tried the durian?` (or mentioning the bot) where no
friend's note mentions durian and no group buy here sells it were answered "I can't answer that: I only
answer what the group buy records (price, stock, …)", and in a private chat "No note in your groups
answers that. Your orders: /orders…": neither says what is true. The answer is now one line, in the
asker's language: none of the friends' notes mention it yet, and how to ask for one. Heard unasked in
the group it stays talk among friends (nothing said)."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

NONE_EN = (
    "None of your friends' notes mention “durian” yet. Ask the group, or send “any recommendations for "
    "durian?” again in a few days."
)
NONE_ZH = "朋友们的笔记还没有提到“榴莲”。可以直接问问群里的朋友，或过几天再发“求推荐榴莲”。"
NONE_EN_PRIVATE = (
    "None of the notes in your groups mention “durian” yet. Ask in your group, or send “any "
    "recommendations for durian?” again in a few days."
)
NONE_ZH_PRIVATE = "你所在群里朋友们的笔记还没有提到“榴莲”。可以在群里问问大家，或过几天再发“求推荐榴莲”。"


async def test_asked_in_the_group_it_says_nobody_wrote_about_it_in_the_askers_language() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en", bot_username="tuan_bot")
    await chat.say("bob", "/note the coffee at the corner shop is great")
    assert chat.said(await chat.say("dan", "问 有人试过榴莲吗")) == NONE_ZH
    assert chat.said(await chat.say("dan", "/ask has anyone tried the durian?")) == NONE_EN
    assert chat.said(await chat.say("dan", "@tuan_bot has anyone tried the durian?")) == NONE_EN
    assert await chat.say("dan", "有人试过榴莲吗") == []  # unasked: talk among friends
    assert await chat.say("dan", "has anyone tried the durian?") == []


async def test_asked_in_private_it_says_no_note_of_her_groups_mentions_it() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("dan", "hello everyone")  # she is in the group
    await chat.say("bob", "/note the coffee at the corner shop is great")
    assert chat.said(await chat.say("dan", "有人试过榴莲吗", private=True)) == NONE_ZH_PRIVATE
    assert chat.said(await chat.say("dan", "has anyone tried the durian?", private=True)) == NONE_EN_PRIVATE
