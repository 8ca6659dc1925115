"""923 members each typing `+9999` reached 9,229,077 units: `/close` then failed with an integer overflow
and the deadline job failed every 30 s forever, leaving the group buy open. One line now holds at most
the app's maximum (TUAN_MAX_UNITS_PER_LINE, default 999) whatever the terms say, so totals stay within
what storage holds, the refusal says why, and the group buy still closes with exact orders."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_line_above_the_maximum_is_refused_and_the_group_buy_still_closes() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Eggs price 1 target 2")

    refused = chat.said(await chat.say("bob", "+9999"))
    await chat.say("bob", "+999")
    again = chat.said(await chat.say("bob", "+1"))
    await chat.say("cat", "+999")
    closed = await chat.say("amy", "/close")

    assert refused == "One line can hold at most 999 (it has 0): nothing was changed."
    assert again == "One line can hold at most 999 (it has 999): nothing was changed."
    assert "1. Bob ×999\n2. Cat ×999" in await chat.card(1)
    assert "¥999" in chat.private(closed)["bob"]


async def test_the_maximum_is_a_setting() -> None:
    from commerce.services.group_buys import JoinLimits

    chat = fake_chat(join_limits=JoinLimits(max_per_line=5))
    await chat.say("amy", "接龙 鸡蛋 价格 1")

    assert chat.said(await chat.say("bob", "+6")) == "一行最多 5 份（已有 0 份），没有改动。"
    assert chat.cards(await chat.say("bob", "+5")) == [(1, False)]
