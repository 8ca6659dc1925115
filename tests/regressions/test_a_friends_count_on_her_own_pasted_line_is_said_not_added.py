"""rep88 #4: 小美 pasted `#接龙 苹果⏎1. 老王 2⏎2. 小美 1 帮妈妈 1` and read
`小美 跟团：1 × 苹果（#4）。备注：帮妈妈 1。`: her mother's apple sat in a note, unordered,
nobody told; Kim's `4. Kim 1 (for my sister 1)` alike. A friend's count on her own line gets the
remark a friend's line of the list gets: not added, and the join that adds it."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

CASES = [
    (
        "xiaomei",
        "小美",
        "#接龙 苹果\n1. 老王 2\n2. 小美 1 帮妈妈 1",
        "小美 跟团：1 × 苹果（#1）",
        "+1 帮 妈妈",
    ),
    (
        "kim",
        "Kim",
        "#接龙 苹果\n1. 老王 2\n2. Kim 1 (for my sister 1)",
        "Kim 跟团：1 × 苹果（#1）",
        "+1 帮 my sister",
    ),
]


@pytest.mark.parametrize(("user", "name", "paste", "joined", "example"), CASES)
async def test_a_friends_count_on_her_own_pasted_line_is_said_not_added(
    user: str, name: str, paste: str, joined: str, example: str
) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("lijie", "接龙 苹果 价格 20 截止 明天20:00", name="李姐")

    reply = chat.said(await chat.say(user, paste, name=name))

    assert reply.startswith(joined), reply
    assert "没有加上" in reply and reply.endswith(f"请发 {example}"), reply
    assert f"{name} ×1" in await chat.card(1)
