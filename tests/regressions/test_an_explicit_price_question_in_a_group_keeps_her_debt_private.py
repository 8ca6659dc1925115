"""Session 29 left `请问多少钱` / `问 多少钱` / `/ask how much` typed in a group by a member who owes there
answered in the group with the buy's price, while plain `多少钱` from her is answered privately (her
debt is not the group's). Now a member with an order there is answered privately, the group told only
that it was; a member without an order still gets the price in the group (the price of a buy is
public)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

TOLD = {"zh": "王阿姨，答案已私信发给你。", "en": "Wang, I sent you the answer privately."}
NAME = {"zh": "王阿姨", "en": "Wang"}


async def _closed(lang: str) -> Chat:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 90" if lang == "en" else "接龙 芒果 价格 90", name="Amy")
    await chat.say("wang", "+1", name=NAME[lang])
    await chat.say("amy", "/close" if lang == "en" else "截单")
    await chat.say("amy", "/groupbuy Tea price 12" if lang == "en" else "接龙 茶叶 价格 12", name="Amy")
    return chat


@pytest.mark.parametrize(
    ("question", "lang"),
    [("请问多少钱", "zh"), ("问 多少钱", "zh"), ("/ask how much", "en")],
)
async def test_one_with_an_order_is_answered_privately(question: str, lang: str) -> None:
    chat = await _closed(lang)

    replies = await chat.say("wang", question, name=NAME[lang])

    assert chat.said(replies) == TOLD[lang]
    assert "¥" not in chat.said(replies)
    assert "¥90" in chat.private(replies)["wang"]


@pytest.mark.parametrize(
    ("question", "lang"),
    [("请问多少钱", "zh"), ("/ask how much", "en")],
)
async def test_one_without_an_order_gets_the_price_in_the_group(question: str, lang: str) -> None:
    chat = await _closed(lang)

    replies = await chat.say("kim", question, name="Kim")

    assert "¥12" in chat.said(replies)
    assert chat.private(replies) == {}
