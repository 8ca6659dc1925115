"""Review 64 item 2: Leo, on Bubble Tea for large ×1, typed `can I change to small?` and `change to small`:
silence both times, no way to switch an option in words. Now `change to small`, `can I change to small?`,
`switch mine to small` (and `换成小杯`, `我想换成小杯可以吗`) are answered with the two messages that move his
line, one by one (each then keeps its own stock and limit rules), nothing changed by the question; a word
that is no option (`paynow`), or from someone not on it, stays talk (s33: `change to medium` from one on
it is told there is no medium: test_a_switch_to_an_option_not_there_is_answered.py); `change to 3`
still sets the count."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize("typed", ["change to small", "can I change to small?", "switch mine to small"])
async def test_leo_holding_large_is_told_how_to_move_to_small(typed: str) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/open Bubble Tea options small:4,large:6", name="Kate")
    await chat.say("bob", "+1 large", name="Leo")
    before = await chat.card(1)

    said = chat.said(await chat.say("bob", typed, name="Leo"))

    assert said == (
        "To move your large ×1 of Bubble Tea (#1) to small, send one at a time: first -1 large, "
        "then +1 small. Nothing was changed yet."
    ), said
    assert await chat.card(1) == before
    assert chat.said(await chat.say("bob", "-1 large", name="Leo"))
    joined = chat.said(await chat.say("bob", "+1 small", name="Leo"))
    assert joined.startswith("Leo is in: 1 × Bubble Tea small (#1)."), joined


@pytest.mark.parametrize("typed", ["换成小杯", "我想换成小杯可以吗"])
async def test_the_chinese_switch_gets_the_same_two_messages(typed: str) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 奶茶 规格 小杯:4,大杯:6")
    await chat.say("bob", "+2 大杯")

    said = chat.said(await chat.say("bob", typed))

    steps = "请分两条发：先发“-2 大杯”，再发“+2 小杯”。还没有任何改动。"
    assert said == f"要把你在 奶茶（#1）的 大杯 ×2 换成 小杯，{steps}"


async def test_a_word_naming_no_option_or_a_member_on_none_stays_talk() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/open Bubble Tea options small:4,large:6", name="Kate")
    await chat.say("bob", "+1 large", name="Leo")

    assert not [r for r in await chat.say("bob", "change to paynow", name="Leo") if r.text and not r.is_card]
    assert not [r for r in await chat.say("dan", "change to medium", name="Dan") if r.text and not r.is_card]
    not_on = chat.said(await chat.say("cat", "change to small"))  # rep67 #13: told how to join, not silence
    assert not_on == "You're not on Bubble Tea (#1) yet: to join with small, send +1 small.", not_on
    more = chat.said(await chat.say("bob", "change to 3", name="Leo"))
    assert "3 × Bubble Tea large" in more, more


async def test_in_private_a_switch_with_nothing_to_switch_gets_the_help_pointer() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/open Bubble Tea options small:4,large:6", name="Kate")

    said = chat.said(await chat.say("bob", "change to small", private=True, name="Leo"))

    assert said == "I didn't understand that. Send /help to see what I can do, or /orders for your orders."
