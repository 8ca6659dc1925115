"""`有什么推荐的吗` in a group (and `what should I buy?`) got no answer, while `/foryou` and
`问 有什么推荐的吗` in the same group said "猜你喜欢只在私聊里看…": the README lists it as a form of For you
that in a group explains how to get the picks. Now the group gets that answer; chatter that only
contains such words (`我给大家推荐一下这个面膜`) stays quiet."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

ZH = "猜你喜欢只在私聊里看：私聊我发“猜你喜欢”，我从你所在的群里挑适合你的团。"
EN = (
    "For you is private: send me /foryou in a private chat and I'll pick the open group buys of your "
    "groups that fit you."
)


async def test_asking_what_to_buy_in_a_group_says_where_for_you_is() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 芒果 价格 30")

    assert chat.said(await chat.say("dan", "猜你喜欢")) == ZH
    assert chat.said(await chat.say("dan", "问 有什么推荐的吗")) == ZH
    assert chat.said(await chat.say("dan", "有什么推荐的吗")) == ZH
    assert chat.said(await chat.say("cat", "大家有什么推荐的吗？")) == ZH
    assert chat.said(await chat.say("bob", "what should I buy?")) == EN


async def test_chatter_with_the_same_words_stays_quiet_in_a_group() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 芒果 价格 30")

    assert await chat.say("cat", "我给大家推荐一下这个面膜") == []
    assert await chat.say("cat", "这个芒果推荐一下") == []
    assert await chat.say("bob", "any recommendations for dinner tonight?") == []
