"""`/add #2 3` (代报 #2 3) when there is no group buy #2 answered "“3” is not a name": the organiser fixed
the name and was then told #2 does not exist. The missing group buy is said first, as every command
with an unknown #N says it; with #2 there, "3" is still refused as not a name."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

MISSING_EN = (
    "There is no group buy #2 in this chat: nothing was changed. "
    "Use the number on its card, e.g. /add #1 Aunt Wang 2"
)
MISSING_ZH = "这个群里没有团购 #2，没有任何改动。请用卡片上的编号，例如：代报 #1 王阿姨 2"
# in private, as true there: none of hers is #2 (review: no group there, and 进度 means nothing)
PRIVATE = {
    MISSING_EN: "You did not open group buy #2 (only its organiser can do that): nothing was changed.",
    MISSING_ZH: "你没有开过团购 #2（只有它的团长能这样做），没有任何改动。",
}


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("/add #2 3", MISSING_EN),
        ("代报 #2 3", MISSING_ZH),
        ("/add #2", MISSING_EN),
        ("代报 #2 张姐 -1", MISSING_ZH),
    ],
)
async def test_an_add_to_a_missing_group_buy_says_it_does_not_exist(text: str, said: str) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    english = text.startswith("/")  # an organiser who opened it in English words
    await chat.say("amy", "/groupbuy 芒果 price 10" if english else "接龙 芒果 价格 10")
    card = await chat.card(1)

    assert chat.said(await chat.say("amy", text)) == said
    assert chat.said(await chat.say("amy", text, private=True)) == PRIVATE[said]
    assert await chat.card(1) == card


async def test_an_add_to_an_existing_group_buy_still_refuses_a_number_as_a_name() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy 芒果 price 10")

    said = chat.said(await chat.say("amy", "/add #1 3"))

    assert said.startswith("“3” is not a name: nothing was changed.")
