"""`/edit #1 price 80` told the group "Price lowered: ¥88 → ¥80 for everyone" while everyone was paying
the tier price ¥68 already, and still did: the announcement was not true. With a tier reached, the
group now hears the base price changed and what everyone pays (the same: said so; or the new price and
the one before), in both languages."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_lowered_base_price_tells_what_everyone_pays_now() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 88 tiers 2:68 target 1")
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")

    same = chat.said(await chat.say("amy", "/edit #1 price 80")).splitlines()[1]
    same_zh = chat.said(await chat.say("amy", "修改 #1 价格 75", language="zh")).splitlines()[1]
    lower = chat.said(await chat.say("amy", "/edit #1 price 60")).splitlines()[1]

    assert (
        same
        == "Base price lowered: ¥88 → ¥80. Nobody's price changes: the tier reached still applies, ¥68 each."
    )
    assert same_zh == "底价下调：¥80 → ¥75。大家的价格不变：已达阶梯价，仍按每份 ¥68。"
    assert lower == "Base price lowered: ¥75 → ¥60. Everyone now pays ¥60 each (was ¥68)."
