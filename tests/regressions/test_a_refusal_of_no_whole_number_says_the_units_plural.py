"""`+1.5` on a group buy sold by the piece in an English chat read "“1.5 pieces” is not a whole number of
piece": the unit word after "a whole number of" is now its plural form (ngettext: pieces, boxes,
bottles), every unit (jin, kg as they are); Chinese says the unit as before (`不是整个数`, `不是整斤数`)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize(
    ("opened", "typed", "said"),
    [
        (
            "/groupbuy Buns price 3/个",
            "+1.5",
            "Buns (#1) is sold by the piece: “1.5 pieces” is not a whole number of pieces. "
            "Send +1 for 1 piece or +2 for 2 pieces. Nothing was changed.",
        ),
        (
            "/groupbuy Jam price 3/box",
            "+0.5",
            "Jam (#1) is sold by the box: “0.5 boxes” is not a whole number of boxes. "
            "Send +1 for 1 box. Nothing was changed.",
        ),
        (
            "/groupbuy Tea price 30/bottle",
            "+1.5",
            "Tea (#1) is sold by the bottle: “1.5 bottles” is not a whole number of bottles. "
            "Send +1 for 1 bottle or +2 for 2 bottles. Nothing was changed.",
        ),
        (
            "/groupbuy Pork price 30/斤",
            "+300g",
            "Pork (#1) is sold by the jin: “300 g” is 0.6 jin, not a whole number of jin. "
            "Send +1 for 1 jin. Nothing was changed.",
        ),
    ],
)
async def test_english_says_the_unit_in_the_plural(opened: str, typed: str, said: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", opened)

    assert Chat.said(await chat.say("cat", typed)) == said


async def test_chinese_says_the_unit_as_before() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang zh")
    await chat.say("amy", "接龙 包子 价格 3/个")

    said = Chat.said(await chat.say("cat", "+1.5"))

    assert said == "包子（#1）按个卖，“1.5个”不是整个数。要 1个 就发 +1，要 2个 就发 +2。没有任何改动。"
