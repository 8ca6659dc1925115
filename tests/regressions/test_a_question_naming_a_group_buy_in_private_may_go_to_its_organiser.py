"""A player's finding: `问 #1 甜不甜` in the group no note answers offers to pass it to the organiser, with a
button; the same question in the bot's private chat, naming the same group buy, was told only that no
note of her groups answers it and to ask in the group. Naming a group buy that is hers to ask of (one of
her group's, or one she is on), it gets the same offer and button in private, after any notes quoted; its
tap passes it to the organiser, whose answer comes back to her privately. One not hers is refused as a
fact asked of it is; one she organises herself is offered to nobody."""

from __future__ import annotations

import pytest

from handlers.types import Reply
from tests.unit.handlers.conftest import Chat, fake_chat, tap_privately


async def _mangoes() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.say("bob", "+1")
    return chat


def _offer(replies: list[Reply]) -> tuple[str, list[str]]:
    [reply] = replies
    return reply.text, [button.label for row in reply.buttons for button in row]


@pytest.mark.parametrize(
    ("typed", "text", "button", "asked_as"),
    [
        (
            "问 #1 甜不甜",
            "这个我答不上来：团购里没有记着。要不要转给团长 Amy？点下面的按钮，团长的回答会私信给你。",
            "转给团长 Amy",
            "甜不甜",
        ),
        (
            "/ask #1 is it sweet?",
            "I can't answer that: the group buy does not record it. Pass it to the organiser, Amy? "
            "Tap below and their answer comes to you privately.",
            "Ask Amy",
            "is it sweet?",
        ),
    ],
)
async def test_a_question_no_note_answers_is_offered_to_the_organiser_in_private(
    typed: str, text: str, button: str, asked_as: str
) -> None:
    chat = await _mangoes()

    asked = await chat.say("bob", typed, private=True)

    assert _offer(asked) == (text, [button])
    passed = await chat.app.handle(tap_privately("bob", asked[0].buttons[0][0].data))
    assert chat.private(passed)["amy"] == f"❓ Bob 私聊我问（团购 #1）：{asked_as}\n回答请发：答 1 你的回答"


async def test_the_notes_are_quoted_then_the_offer() -> None:
    chat = await _mangoes()
    await chat.say("cat", "种草 #1 芒果很甜，超级推荐")

    asked = await chat.say("bob", "问 #1 甜不甜", private=True)

    assert _offer(asked) == (
        "群里的朋友说过：\n笔记 #1 Cat：「芒果很甜，超级推荐」\n发“笔记 编号”看全文。\n"
        "还想问团长 Amy？点下面的按钮，回答会私信给你。",
        ["转给团长 Amy"],
    )


async def test_one_not_hers_is_refused_and_her_own_is_offered_to_nobody() -> None:
    chat = await _mangoes()

    assert _offer(await chat.say("bob", "问 #9 甜不甜", private=True)) == (
        "团购 #9 不是你所在的群的团，你也没有参加或组织它：私聊里可以问你所在的群的团。",
        [],
    )
    text, buttons = _offer(await chat.say("amy", "问 #1 甜不甜", private=True))
    assert buttons == [] and text.startswith("这个我答不上来")
