"""Review 93 #7: Eve joined Amy's group buy by Cat's share code in private and is in no group. Asking
`when can I pick up?` before a pickup was set told her to "ask them directly", and a question no note
answers to "Ask in the group with /ask": she can reach neither Amy nor the group. She is now offered the
button that passes her question to the organiser, whose answer comes back to her privately."""

from __future__ import annotations

import re

import pytest

from handlers.types import Reply
from tests.unit.handlers.conftest import Chat, fake_chat, tap_privately

WORDS = {
    "zh": ("接龙 芒果 价格 88", "分享", "截单"),
    "en": ("/groupbuy Mangoes price 88", "/share", "/close"),
}


async def _eve_joined_by_cats_code(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    opened, share, close = WORDS[lang]
    if lang == "en":
        await chat.say("amy", "/lang en")
    await chat.say("amy", opened)
    await chat.say("bob", "+1")
    found = re.search(r"\d+-\w{4}", chat.shared(await chat.say("cat", share)))
    assert found is not None
    await chat.say("eve", f"+1 {found.group(0)}", private=True)
    await chat.say("amy", close)
    return chat


def _button(replies: list[Reply]) -> str:
    (reply,) = [reply for reply in replies if reply.buttons]
    ((button,),) = reply.buttons
    assert button.data is not None
    return button.data


@pytest.mark.parametrize(
    ("lang", "asked", "said", "organiser_reads"),
    [
        (
            "en",
            "when can I pick up?",
            "Mangoes (#1): Amy has not said where to pick it up yet.\n"
            "Still want to ask Amy? Tap below and the answer comes to you privately.",
            "❓ Eve asks me privately (group buy #1): when can I pick up?",
        ),
        (
            "zh",
            "什么时候取货？",
            "芒果（#1）团长 Amy 还没说在哪取货。\n还想问团长 Amy？点下面的按钮，回答会私信给你。",
            "❓ Eve 私聊我问（团购 #1）：什么时候取货？",
        ),
    ],
)
async def test_the_pickup_not_set_offers_to_ask_the_organiser(
    lang: str, asked: str, said: str, organiser_reads: str
) -> None:
    chat = await _eve_joined_by_cats_code(lang)
    replies = await chat.say("eve", asked, private=True)
    assert chat.said(replies) == said
    passed = await chat.app.handle(tap_privately("eve", _button(replies)))
    assert chat.private(passed)["amy"].startswith(organiser_reads)


async def test_a_question_no_note_answers_offers_the_organiser_not_the_group() -> None:
    chat = await _eve_joined_by_cats_code("en")
    replies = await chat.say("eve", "is the skin thick?", private=True)
    said = chat.said(replies)
    assert "Ask in the group" not in said
    assert said.startswith(
        "I can't answer that: the group buy does not record it. Pass it to the organiser, Amy?"
    )
    assert _button(replies)


async def test_a_member_of_the_group_is_answered_as_before() -> None:
    chat = await _eve_joined_by_cats_code("en")
    said = chat.said(await chat.say("bob", "when can I pick up?", private=True))
    assert said == "Mangoes (#1): Amy has not said where to pick it up yet; ask them directly."
