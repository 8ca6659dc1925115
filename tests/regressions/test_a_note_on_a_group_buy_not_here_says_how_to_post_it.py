"""rep87 #8: `/note #99 great stuff`, no group buy #99 in the chat, was answered `There is no group
buy #99 in this chat. Example: /status shows the open one`, a sentence for `/status` with no word of
her note. Now she is told there is no group buy #99 here, so her note was not posted, with her words
typed again on the open one's number (and where the open ones are seen); with none open, how to post
it on no group buy."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

OPEN = {
    "zh": (
        "接龙 芒果 价格 10",
        "种草 #99 很好吃",
        "这个群里没有团购 #99，笔记没有发出。要挂在进行中的团上，请写它的编号，例如：种草 #1 很好吃"
        "（发“进度”查看进行中的团）。",
    ),
    "en": (
        "/groupbuy Mangoes price 10",
        "/note #99 great stuff",
        "There is no group buy #99 here, so your note was not posted. To post it on an open one, use its"
        " number, e.g. /note #1 great stuff (/status shows what is open).",
    ),
}
NONE_OPEN = {
    "zh": ("种草 #99 很好吃", "这个群里没有团购 #99，笔记没有发出。不写编号就不挂团购，直接发：种草 很好吃"),
    "en": (
        "/note #99 great stuff",
        "There is no group buy #99 here, so your note was not posted."
        " Without a number it is posted on no group buy: /note great stuff",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_note_on_a_group_buy_not_here_says_how_to_post_it(lang: str) -> None:
    room = fake_chat()
    opening, typed, expected = OPEN[lang]
    await room.say("amy", opening)

    assert room.said(await room.say("hu", typed)) == expected
    assert room.said(await room.say("hu", "/note 1")).startswith(("这里没有笔记 #1", "There is no note #1"))


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_with_none_open_it_says_how_to_post_it_on_none(lang: str) -> None:
    room = fake_chat()
    typed, expected = NONE_OPEN[lang]

    assert room.said(await room.say("hu", typed)) == expected
