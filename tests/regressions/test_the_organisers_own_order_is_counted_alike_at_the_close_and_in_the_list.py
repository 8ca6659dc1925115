"""Review 35, finding 12: Amy's close said "共 9 个订单、14 份，应收 ¥1,014" (her own ¥78 left out) while her
名单 said "合计：14 份，¥1,092 / 💰 已收 ¥1,014 · 待收 ¥78" (her own ¥78 counted 已收), so 已收 equalled 应收
while ¥78 was still owed. Her own order is counted 已收 everywhere, and both say so plainly: the close
gives the whole, her own in it and what buyers owe; 名单's money line names her own in 已收."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

WORDS = {
    "zh": ("接龙 芒果 价格 78", "截单 #1", "已收 1-1", "名单 #1"),
    "en": ("/groupbuy Mangoes price 78", "/close #1", "/paid 1-1", "/list #1"),
}
SAID = {
    "zh": (
        "已截单：芒果（#1）成团了，¥78/份，共 3 个订单、4 份，合计 ¥312，其中你自己的订单 ¥78 已记为已收，"
        "向买家应收 ¥234。",
        "合计：4 份，¥312\n💰 已收 ¥234 · 待收 ¥78 · 已收含你自己的订单 ¥78",
    ),
    "en": (
        "Closed: Mangoes (#1) succeeded at ¥78 each: 3 orders, 4 units, ¥312 in all; your own order (¥78) "
        "is counted as collected, ¥234 to collect from buyers.",
        "Total: 4 units, ¥312\n💰 Collected ¥234 · outstanding ¥78 · collected includes your own order (¥78)",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_organisers_own_order_is_counted_alike_at_the_close_and_in_the_list(lang: str) -> None:
    chat = fake_chat(default_language=lang)
    opened, close, paid, listed = WORDS[lang]
    await chat.say("amy", opened)
    await chat.say("bob", "+2")
    await chat.say("amy", "+1")
    await chat.say("cat", "+1")

    closed = [reply.text for reply in await chat.say("amy", close, private=True) if reply.private_to is None]
    await chat.say("amy", paid)  # Bob's ¥156: with her own ¥78, ¥234 collected; Cat's ¥78 still owed
    roster = chat.said(await chat.say("amy", listed, private=True))

    assert any(text.startswith(SAID[lang][0]) for text in closed), closed
    assert SAID[lang][1] in roster, roster


async def test_without_her_own_order_the_close_says_only_what_to_collect() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 78")
    await chat.say("bob", "+2")
    closed = "\n".join(reply.text for reply in await chat.say("amy", "截单 #1", private=True))
    assert "应收 ¥156。" in closed and "你自己的订单" not in closed, closed
    await chat.say("amy", "已收 1-1")
    assert "你自己的订单" not in chat.said(await chat.say("amy", "名单 #1", private=True))
