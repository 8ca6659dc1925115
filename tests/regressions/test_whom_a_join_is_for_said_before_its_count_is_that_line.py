"""Session 28's reviews: in a group with a group buy open, a 接龙 line saying whom it is for before its
count was silent (`我 +2`, `老公 +1`, `我妈 +1`, `@王阿姨 +1`) or a note (`+1 老公`). `我 +2` (`me +2`) is her
own line, as `+2`; a kinship word before or after the count is the kin's line in her order (`老公 +1`,
`+1 老公`: 老公; `我妈 +1`: 妈妈, as `帮我妈 +1` always was), never another member; a mention before the
count is that member's line, as `+1 @王阿姨` is (she is told privately). With two open, each is asked which,
keeping whom it is for."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _open(*titles: str) -> tuple[Chat, FakeUnitOfWorkFactory]:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    for title in titles or ("接龙 芒果 价格 45",):
        await chat.say("amy", title)
    return chat, factory


def _lines(factory: FakeUnitOfWorkFactory) -> list[tuple[str, str, int]]:
    lines = [line for held in factory.state.lines.values() for line in held.values()]
    return sorted((line.user_id, line.friend, line.quantity) for line in lines)


@pytest.mark.parametrize(
    ("text", "said", "quantity"),
    [
        ("我 +2", "Bob 跟团：2 × 芒果（#1）。当前 ¥45/份。", 2),
        ("我+2", "Bob 跟团：2 × 芒果（#1）。当前 ¥45/份。", 2),
        ("我也 +1", "Bob 跟团：1 × 芒果（#1）。当前 ¥45/份。", 1),
        ("me +2", "Bob 跟团：2 × 芒果（#1）。当前 ¥45/份。", 2),  # the chat's language (s29 rep53 #10)
    ],
)
async def test_me_before_the_count_is_her_own_line(text: str, said: str, quantity: int) -> None:
    chat, factory = await _open()
    assert chat.said(await chat.say("bob", text)) == said
    assert _lines(factory) == [("bob", "", quantity)]


async def test_me_before_the_count_with_two_open_is_asked_which_with_her_count() -> None:
    chat, factory = await _open("接龙 芒果 价格 45", "接龙 鸡蛋 价格 20")
    asked = chat.said(await chat.say("bob", "我 +2"))
    assert "芒果发 +2 #1，鸡蛋发 +2 #2" in asked
    assert chat.said(await chat.say("bob", "#2")) == "Bob 跟团：2 × 鸡蛋（#2）。当前 ¥20/份。"
    assert _lines(factory) == [("bob", "", 2)]


@pytest.mark.parametrize(
    ("text", "kin"),
    [
        ("老公 +1", "老公"),
        ("+1 老公", "老公"),
        ("我妈 +1", "妈妈"),
        ("+1 我妈", "妈妈"),
        ("帮我妈 +1", "妈妈"),
    ],
)
async def test_a_kinship_word_around_the_count_is_the_kins_line_in_her_order(text: str, kin: str) -> None:
    chat, factory = await _open()
    said = chat.said(await chat.say("bob", text))
    assert said == f"Bob 帮 {kin} 跟团：1 × 芒果（#1）。当前 ¥45/份。"
    assert _lines(factory) == [("bob", kin, 1)]
    await chat.say("amy", "截单")
    order = next(iter(factory.state.orders.values()))
    assert (order.buyer_id, order.total) == ("bob", 4500)  # her order pays it


async def test_a_kinship_word_with_two_open_is_asked_which_keeping_whom_for() -> None:
    chat, factory = await _open("接龙 芒果 价格 45", "接龙 鸡蛋 价格 20")
    asked = chat.said(await chat.say("bob", "老公 +1"))
    assert "芒果发 +1 #1 帮 老公，鸡蛋发 +1 #2 帮 老公" in asked
    assert chat.said(await chat.say("bob", "#1")) == "Bob 帮 老公 跟团：1 × 芒果（#1）。当前 ¥45/份。"
    assert _lines(factory) == [("bob", "老公", 1)]


async def test_a_mention_before_the_count_is_that_members_line_and_she_is_told() -> None:
    chat, factory = await _open()
    await chat.say("wang", "+1", name="王阿姨")
    replies = await chat.say("bob", "@王阿姨 +1", mentions=["wang"])
    assert chat.said(replies) == "Bob 帮 王阿姨 跟团：1 × 芒果（#1）。当前 ¥45/份。"
    assert chat.private(replies)["wang"].startswith("Bob 在群里帮你报了名：1 × 芒果（#1）")
    assert _lines(factory) == [("bob", "王阿姨", 1), ("wang", "", 1)]


@pytest.mark.parametrize("text", ["我要去 +1", "老公 +1 吗", "我 +1 帮 小李"])
async def test_talk_around_them_stays_talk(text: str) -> None:
    chat, factory = await _open()
    replies = await chat.say("bob", text)
    assert "跟团：" not in " ".join(reply.text for reply in replies)
    assert _lines(factory) == []
