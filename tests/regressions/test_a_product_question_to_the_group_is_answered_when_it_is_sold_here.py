"""Review 70 #9 (s33-buyerwords): liu's `芒果甜吗` while #1 海南贵妃芒 was open, no note yet, got no reply: a
dead end to the asker. A short question said to the group whose first word names the product of a group
buy open here is answered as `问 芒果甜吗` is (no note on it: that nothing records it and the offer to pass
it to the organiser; notes: quoted). Chatter stays unanswered: `今天天气不错啊`, `你吃饭了吗`, and a
question about a product not sold here, `榴莲甜吗`."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("lang", "opening", "asked", "said"),
    [
        (
            "zh",
            "接龙 海南贵妃芒 5斤 价格 88",
            "芒果甜吗",
            "这个我答不上来：团购里没有记着。要不要转给团长 Amy？点下面的按钮，团长的回答会私信给你。",
        ),
        (
            "en",
            "/groupbuy Mangoes price 88",
            "are the mangoes sweet?",
            "I can't answer that: the group buy does not record it. Pass it to the organiser, Amy? "
            "Tap below and their answer comes to you privately.",
        ),
    ],
)
async def test_a_question_about_an_open_buys_product_is_answered(
    lang: str, opening: str, asked: str, said: str
) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opening)

    assert chat.said(await chat.say("liu", asked)) == said


async def test_chatter_and_other_products_stay_unanswered() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88")

    for said in ("今天天气不错啊", "你吃饭了吗", "榴莲甜吗", "how are you?"):
        assert await chat.say("liu", said) == [], said


async def test_with_none_open_it_stays_talk() -> None:
    chat = fake_chat(default_language="zh")

    assert await chat.say("liu", "芒果甜吗") == []
