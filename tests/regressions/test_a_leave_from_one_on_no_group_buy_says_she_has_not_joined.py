"""rep38 #8: Yan `-1` with nothing joined and two group buys open was asked which one ("请带上编号，例如
+1 #1、-1 #1…"), as if she had something to take off. She is now told she has not joined, nothing
changed; one on one of them still leaves it, one on both is still asked which."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def _two_open(*, english: bool = False) -> Chat:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 78" if english else "接龙 芒果 价格 78")
    await chat.say("amy", "/groupbuy Leeks price 7" if english else "接龙 大葱 价格 7")
    await chat.say("bob", "+1 #1")
    return chat


@pytest.mark.parametrize("text", ["-1", "退出", "/leave"])
async def test_one_on_none_is_told_she_has_not_joined(text: str) -> None:
    chat = await _two_open()
    replies = await chat.say("cat", text)
    assert (
        chat.said(replies) == "你还没跟团：这个群里在接龙的 2 个团你都没有跟，没有可以退出的，没有任何改动。"
    )
    assert chat.cards(replies) == []


async def test_in_english() -> None:
    chat = await _two_open(english=True)
    assert chat.said(await chat.say("cat", "/leave")) == (
        "You have not joined any of the 2 group buys open here, so there is nothing to leave. Nothing was "
        "changed."
    )


async def test_one_on_one_of_them_leaves_it_and_one_on_both_is_asked() -> None:
    chat = await _two_open()
    assert chat.said(await chat.say("bob", "-1")) == "Bob 退出了 芒果（#1）。"
    await chat.say("bob", "+1 #1")
    await chat.say("bob", "+1 #2")
    assert "请带上编号" in chat.said(await chat.say("bob", "-1"))
