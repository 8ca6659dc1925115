"""s39 closing (Organiser): the Chinese "who has not picked up" phrasings were read only as the whole
message: `谁还没提货 #2` in the group was talk (silence), in private a buyer's pickup question
(`芒果（#2）取货：…`); `#2 谁还没取货` in the group was silence; `谁还没取货 #2` listed every group buy.
Each now lists that group buy's paid orders not picked up (to her privately from a group), and a
number not hers says so."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

MANGO = (
    "📦 已付款、还没取货的订单（1）：\n\n芒果（#2）· 取货：小区南门 · 11月24日 周二 18:00\n"
    "  Kim ×1（2-1）\n\n"
    "取货码只在买家自己那里，不在这里显示。交货后发：已取 订单号（例如 已取 2-1），或 核销 取货码。"
)


async def two_closed() -> Chat:
    """Amy's 榴莲 #1 and 芒果 #2, each closed with Kim's paid order not picked up."""
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    chat.admins = {"amy"}
    for n, title in ((1, "榴莲"), (2, "芒果")):
        await chat.say("amy", f"接龙 {title} 价格 30 自提 明天 18:00 小区南门")
        await chat.say("kim", "+1")
        await chat.say("amy", f"截单 #{n}")
        await chat.say("amy", f"已收款 {n}-1")
    return chat


@pytest.mark.parametrize("typed", ["谁还没提货 #2", "#2 谁还没取货", "谁还没取货 #2", "#2谁还没拿货？"])
async def test_who_has_not_picked_up_with_a_number_lists_that_group_buy(typed: str) -> None:
    chat = await two_closed()

    in_group = await chat.say("amy", typed)
    in_private = await chat.say("amy", typed, private=True)

    assert [r.text for r in in_group if r.private_to == "amy"] == [MANGO]
    assert [r.text for r in in_group if not r.private_to] == ["Amy，未取货名单已私信发给你。"]
    assert [r.text for r in in_private if r.text] == [MANGO]


async def test_a_number_not_hers_is_said_and_one_all_picked_up_says_so() -> None:
    chat = await two_closed()
    await chat.say("amy", "已取 1-1")

    assert [r.text for r in await chat.say("amy", "谁还没提货 #9", private=True)] == [
        "你没有团购 #9，未取货名单只列你自己开的团。看全部请发：谁还没取货"
    ]
    replies = await chat.say("amy", "#1 谁还没取货", private=True)
    assert [r.text for r in replies] == ["✅ 榴莲（#1）没有已付款还没取的订单。"]


async def test_a_members_numbered_question_in_the_group_stays_talk() -> None:
    chat = await two_closed()

    assert [r for r in await chat.say("kim", "谁还没提货 #2") if r.text] == []
