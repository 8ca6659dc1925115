"""Review 104, finding 11: `/ask #4 is it organic …` ×100 (1,400 characters) was offered to the organiser
whole, and her private message read `❓ Dee asks in “en” (group buy #4): #4 is it organic …`: the number
twice, and no length limit. Now the number set apart is no part of the question, and a question longer
than 300 characters is not offered: the answer says how long it may be, and nothing is passed on."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_the_organiser_reads_the_number_once() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("ann", "/groupbuy Honey price 30")
    await chat.say("dee", "/ask #1 is it organic")

    replies = await chat.tap("dee", "aq:1")

    told = Chat.private(replies)["ann"]
    assert told.startswith("❓ Dee asks in "), told
    assert "(group buy #1): is it organic\n" in told, told
    answered = await chat.say("ann", "/answer 1 Yes, organic", private=True)
    assert Chat.private(answered)["dee"] == "💬 Ann answered your question “is it organic”: Yes, organic"


@pytest.mark.parametrize(
    ("lang", "opened", "asked", "expected"),
    [
        (
            "en",
            "/groupbuy Honey price 30",
            "/ask #1" + " is it organic" * 30,
            "A question passed to the organiser is at most 300 characters; yours has 419, so it was not "
            "passed on. Ask it in fewer words.",
        ),
        (
            "zh",
            "接龙 蜂蜜 价格 30",
            "问 #1 " + "是不是有机的" * 60,
            "转给团长的问题最多 300 个字，你的有 360 个字，没有转给团长。请写短一点再问。",
        ),
    ],
)
async def test_a_long_question_is_not_offered(lang: str, opened: str, asked: str, expected: str) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("ann", opened, language=lang)

    replies = await chat.say("dee", asked, language=lang)

    said = Chat.said(replies)
    assert said.endswith(expected), said
    assert not any(reply.buttons for reply in replies), replies  # no button to pass it on
    assert not Chat.private(await chat.tap("dee", "aq:1"))  # nothing kept to pass on
