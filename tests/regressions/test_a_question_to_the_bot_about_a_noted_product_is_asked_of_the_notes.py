"""Review 69 #6: with no group buy open, `@tuan_bot are the avocados ripe when they arrive?` got "There is no
open group buy in this chat. Start one: …" ("arrive" read it as a pickup question), though `/ask are the
avocados creamy?` quoted Lily's note and the README says an asked question never gets the list of what is
open. A quality of a product asked of the bot with nothing open is asked of the friends' notes: those on
the product are quoted (saying they do not mention that), else no note mentions it yet."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import chat_in, fake_chat

LILY_EN = "Note #1 Lily: “these Hass avocados are creamy, I've bought them 3 times”"


async def test_a_question_to_the_bot_quotes_the_notes_on_the_product_in_english() -> None:
    chat = await chat_in("en")
    await chat.say("lily", "/note these Hass avocados are creamy, I've bought them 3 times")
    for asked in (
        "@tuan_bot are the avocados ripe when they arrive?",
        "/ask are the avocados ripe when they arrive?",
    ):
        answer = chat.said(await chat.say("mia", asked))
        assert answer == f"Friends' notes on “avocados” do not mention that; they said:\n{LILY_EN}", asked
    assert chat.said(await chat.say("mia", "@tuan_bot are the durians ripe?")) == (
        "None of your friends' notes mention “durians” yet. Ask the group, or send “any recommendations for"
        " durians?” again in a few days."
    )


async def test_a_question_to_the_bot_quotes_the_notes_on_the_product_in_chinese() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("lily", "种草 牛油果很香，回购三次了")
    for asked in ("@tuan_bot 牛油果到的时候熟吗？", "问 牛油果到的时候熟吗？"):
        answer = chat.said(await chat.say("mia", asked))
        assert (
            answer
            == "朋友们关于“牛油果”的笔记没有提到这个，他们说过：\n笔记 #1 Lily：「牛油果很香，回购三次了」"
        ), asked
    assert chat.said(await chat.say("mia", "@tuan_bot 榴莲熟吗？")) == (
        "朋友们的笔记还没有提到“榴莲”。可以直接问问群里的朋友，或过几天再发“求推荐榴莲”。"
    )


async def test_a_pickup_question_with_nothing_open_still_says_so() -> None:
    chat = await chat_in("en")
    assert chat.said(await chat.say("mia", "@tuan_bot when is pickup?")).startswith(
        "There is no open group buy"
    )
