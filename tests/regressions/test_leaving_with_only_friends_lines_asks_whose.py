"""Session 10: Bob, whose only lines were his friends' (`+1 帮 小王`, `+2 帮 小李`), sent `-1` and was
told "你还没有跟 面包 这个团". He is asked whose line, with the form that says it, and nothing changes;
with one friend's line, `-1` still takes it off and the answer names the friend."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _bob_for(*joins: str) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 面包 价格 10")
    for join in joins:
        await chat.say("bob", join)
    return chat


async def test_leaving_with_only_friends_lines_asks_whose() -> None:
    chat = await _bob_for("+1 帮 小王", "+2 帮 小李")

    minus = chat.said(await chat.say("bob", "-1"))
    leave = chat.said(await chat.say("bob", "退出"))

    asked = "你在 面包（#1）只有帮朋友报的：小王 ×1 / 小李 ×2。请说撤谁的，例如：-1 帮 小王。没有任何改动。"
    assert minus == asked
    assert leave == asked
    assert "1. Bob 帮 小王 ×1\n2. Bob 帮 小李 ×2" in await chat.card()  # nothing changed
    took = chat.said(await chat.say("bob", "-1 帮 小王"))  # the form it gave works
    assert took == "Bob 撤下了帮 小王 报的 面包（#1），帮 小李 报的还在（2 份）。"


async def test_leaving_with_one_friends_line_takes_it_off_and_names_the_friend() -> None:
    chat = await _bob_for("+1 帮 小王")

    assert chat.said(await chat.say("bob", "-1")) == "Bob 撤下了帮 小王 报的 面包（#1）。"
