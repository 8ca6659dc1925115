"""`荔枝还剩多少` said to a Chinese group without ？ is answered as `荔枝还剩多少？` is (review 95 #10:
WeChat's questions rarely carry one; the bare question was silent); a count of nothing sold here is talk."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

OPEN = "接龙 荔枝 价格 25 库存 30 截止 明天中午12点"


async def test_a_count_asked_at_the_end_is_a_question() -> None:
    room = fake_chat(FakeUnitOfWorkFactory(), bot_username="tuan_bot")
    await room.say("amy", OPEN)
    await room.say("bob", "+1")
    for question in ("荔枝还剩多少", "荔枝还剩多少？", "荔枝还有几份", "荔枝还剩多少份"):
        assert room.said(await room.say("cat", question)) == "荔枝（#1）还剩 29 份。", question


async def test_counts_of_nothing_sold_here_and_a_tea_table_stay_talk() -> None:
    room = fake_chat(FakeUnitOfWorkFactory(), bot_username="tuan_bot")
    await room.say("amy", OPEN)
    for talk in ("昨天买了个茶几", "你家孩子几岁", "你的快递买了多少"):
        assert [reply.text for reply in await room.say("cat", talk) if reply.text] == [], talk
