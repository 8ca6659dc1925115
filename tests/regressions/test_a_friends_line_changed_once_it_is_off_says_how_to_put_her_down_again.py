"""s36-friends left it: once 赵奶奶's line was taken off (`赵奶奶不要了`), `赵奶奶改成1份` on the open group
buy was silent (and English had no words for changing a friend's line at all: `Zhao 1 now`, `make it 1
for Zhao` were silent even while Zhao's line stood). The one who put her down is told there is no line
to change and how to put her down again; anyone else's words stay talk; nothing changes."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("wang", "接龙 土鸡蛋 价格 45 截止 3d", name="王姐")
    await chat.say("chen", "帮赵奶奶报2份", name="陈妈妈")
    await chat.say("chen", "赵奶奶不要了", name="陈妈妈")
    before = await chat.card()

    changed = Chat.said(await chat.say("chen", "赵奶奶改成1份", name="陈妈妈"))
    others = await chat.say("li", "赵奶奶改成1份", name="李姐")

    assert changed == (
        "你在 土鸡蛋（#1）没有帮 赵奶奶 报的，没有可以改的（已经撤掉了）。"
        "要重新帮 赵奶奶 报，请发 帮赵奶奶报1份。没有任何改动。"
    )
    assert [reply for reply in others if reply.text] == []
    assert await chat.card() == before
    again = Chat.said(await chat.say("chen", "帮赵奶奶报1份", name="陈妈妈"))
    assert again.startswith("陈妈妈 帮 赵奶奶 跟团"), again


@pytest.mark.parametrize(
    "said", ["Zhao 2 now", "Zhao make it 2", "make it 2 for Zhao", "change to 2 for Zhao"]
)
async def test_in_english(said: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Cookies price 5 stock 9 ends 1h")
    await chat.say("eve", "+3 for Zhao")
    await chat.say("eve", "-3 for Zhao")
    before = await chat.card()

    changed = Chat.said(await chat.say("eve", said))
    others = await chat.say("bob", said)

    assert changed == (
        "You have no line for Zhao in Cookies (#1) to change: it was taken off. "
        "To put Zhao down again, send +2 for Zhao. Nothing was changed."
    )
    assert [reply for reply in others if reply.text] == []
    assert await chat.card() == before


async def test_the_english_words_change_a_friends_line_that_stands() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Cookies price 5 stock 9 ends 1h")
    await chat.say("eve", "+3 for Zhao")

    fewer = Chat.said(await chat.say("eve", "Zhao 1 now"))
    more = Chat.said(await chat.say("eve", "make it 2 for Zhao"))
    talk = await chat.say("eve", "make it 2 for now")

    assert fewer == "Eve's line for Zhao now has 1 × Cookies (#1). Now ¥5 each."
    assert more == "Eve joined for Zhao: 1 more, now 2 × Cookies in all (#1). Now ¥5 each."
    assert [reply for reply in talk if reply.text] == []
    assert "1. Eve for Zhao ×2" in await chat.card()


@pytest.mark.parametrize("said", ["Sorry make it 1", "Actually make it 1", "Wait make it 1"])
async def test_a_capitalised_word_of_talk_before_make_it_is_her_own_line(said: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Cookies price 5 stock 9 ends 1h")
    await chat.say("eve", "+3")

    changed = Chat.said(await chat.say("eve", said))

    assert changed.startswith("Eve now has 1 × Cookies (#1)"), changed
