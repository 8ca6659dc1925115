"""With two group buys open, Cat's `+3` is asked which one, a button each (`wj:2`). Her tap joined the 3
she asked for only while the question was remembered in the shared state (memory, without Redis): after a
restart the same tap joined 1 (`跟团成功：1 × 香蕉`), silently. The button now carries the count and whom
it asked (`wj:2:3:<asker>`): her tap joins 3 with or without the question remembered (the note, `放门口`,
is the memory's only); anyone else's joins 1, as before; old data (`wj:2`) joins 1, as before; a `+1`'s
buttons stay `wj:1`, `wj:2`."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from handlers.buttons import WhichButton
from handlers.types import Reply
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = {
    "zh": ("接龙 橙子 价格 10 截止 明天上午8点", "接龙 香蕉 价格 5 截止 明天上午8点"),
    "en": ("/groupbuy Oranges price 10 ends tomorrow 8:00", "/groupbuy Bananas price 5 ends tomorrow 8:00"),
}
ASKED = {
    "zh": "这个群里有 2 个团在接龙：#1 橙子 · #2 香蕉。这次没有加上，请带上编号：橙子发 +3 #1，香蕉发 +3 #2"
    "（也可以直接回复编号或名称）。",
    "en": "2 group buys are open here: #1 Oranges · #2 Bananas. Nothing was added: say which with its number "
    "(Oranges: +3 #1; Bananas: +3 #2), or reply with its number or name.",
}
JOINED = {"zh": "跟团成功：{n} × 香蕉", "en": "You're in: {n} × Bananas"}


def toasts(replies: Sequence[Reply]) -> list[str]:
    return [reply.toast for reply in replies if reply.toast]


async def _asked(lang: str) -> tuple[FakeUnitOfWorkFactory, str]:
    """Cat's `+3` asked which, in a chat whose store outlives its app: the Bananas button's data."""
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    for text in OPEN[lang]:
        await chat.say("amy", text)
    asked = await chat.say("cat", "+3")
    assert Chat.said(asked) == ASKED[lang]
    [[_], [bananas]] = [[button.data for button in row] for row in asked[0].buttons]
    return factory, bananas


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_her_tap_joins_the_count_she_asked_for_after_a_restart(lang: str) -> None:
    factory, bananas = await _asked(lang)
    restarted = fake_chat(factory)  # the same store, the shared state (memory) lost

    assert toasts(await restarted.tap("cat", bananas)) == [JOINED[lang].format(n=3)]
    assert "1. Cat ×3" in await restarted.card(2)
    assert bananas.startswith("wj:2:3:") and len(bananas.encode()) <= 64  # Telegram's limit


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_anyone_elses_tap_and_old_data_join_one_as_before(lang: str) -> None:
    factory, bananas = await _asked(lang)
    restarted = fake_chat(factory)

    assert toasts(await restarted.tap("bob", bananas)) == [JOINED[lang].format(n=1)]
    assert toasts(await restarted.tap("dan", WhichButton(2).pack())) == [JOINED[lang].format(n=1)]
    assert WhichButton(2).pack() == "wj:2"
    card = await restarted.card(2)
    assert "1. Bob ×1" in card and "2. Dan ×1" in card and "Cat" not in card


async def test_remembered_her_tap_still_joins_with_her_note() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    for text in OPEN["zh"]:
        await chat.say("amy", text)
    asked = await chat.say("cat", "+3 放门口")
    bananas = asked[0].buttons[1][0].data

    assert toasts(await chat.tap("cat", bananas)) == ["跟团成功：3 × 香蕉"]
    assert "1. Cat ×3 · 放门口" in await chat.card(2)


async def test_a_plus_ones_buttons_carry_only_the_group_buy() -> None:
    chat = fake_chat()
    for text in OPEN["zh"]:
        await chat.say("amy", text)
    asked = await chat.say("cat", "+1")
    assert [[button.data for button in row] for row in asked[0].buttons] == [["wj:1"], ["wj:2"]]
