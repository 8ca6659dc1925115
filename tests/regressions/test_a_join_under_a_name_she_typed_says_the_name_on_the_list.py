"""Session 40 (s39 closing, "Pastes and joins"): Cat's `小李 +2`, holding no line where 小李 is no member,
made her own line written 小李 (the rep70 rule: her 接龙 name) while the answer said only "Cat 跟团", so
she could not tell it was her own line and not a friend's. The answer names the line as it was made."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_her_line_under_another_name_is_said_as_listed() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 月饼 价格 10")

    reply = chat.said(await chat.say("cat", "小李 +2"))

    assert reply == "Cat（名单上写作 小李）跟团：2 × 月饼（#1）。当前 ¥10/份。"
    assert (await chat.card()).endswith("\n\n1. 小李 ×2")


async def test_a_plain_join_keeps_the_plain_answer() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 月饼 价格 10")

    reply = chat.said(await chat.say("cat", "+2"))

    assert reply == "Cat 跟团：2 × 月饼（#1）。当前 ¥10/份。"
    assert (await chat.card()).endswith("\n\n1. Cat ×2")
