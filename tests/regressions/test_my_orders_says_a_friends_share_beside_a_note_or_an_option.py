"""Session 16 (fa; review ra 1): 我的订单 read `烟台苹果 — 小、烟台苹果（帮 妈妈）` when the buyer's own
line had a note (`小`, read as an option) and `粽子 小、粽子 大（帮 妈妈）` on a buy with options. They read
as one item with each share, as a plain order does: the option in the share, the note after it."""

from __future__ import annotations

from handlers import line_names
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_my_orders_with_a_note_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 烟台苹果 价格 13元/斤 成团 2")
    await chat.say("bob", "+3 小")
    await chat.say("bob", "+2 帮 妈妈")
    await chat.say("amy", "截单")

    ordered = Chat.private(await chat.say("bob", "我的订单"))["bob"]

    assert ordered == (
        "你的订单：\n#1-1 烟台苹果 — 自己 3斤（小） · 帮 妈妈 2斤（Amy 的团 #1）：5斤 × ¥13 = ¥65 · 待付款\n"
        "💰 订单 #1-1 待付款：请付款给团长 Amy（现金或转账），付完发“我已付款 1-1”告诉团长。"
    ), ordered


async def test_my_orders_with_options_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 粽子 规格 大:20,小:12")
    await chat.say("bob", "+1 小")
    await chat.say("bob", "+1 大 帮 妈妈")
    await chat.say("amy", "截单")

    ordered = Chat.private(await chat.say("bob", "我的订单"))["bob"]

    assert "\n#1-1 粽子 — 自己 小 ×1 · 帮 妈妈 大 ×1（Amy 的团 #1）：" in ordered, ordered


async def test_my_orders_with_options_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mooncakes options big:20,small:12")
    await chat.say("bob", "+1 small")
    await chat.say("bob", "+1 big for Mum")
    await chat.say("amy", "/close")

    ordered = Chat.private(await chat.say("bob", "/orders"))["bob"]

    assert "\n#1-1 Mooncakes — yours small ×1 · for Mum big ×1 (group buy #1 by Amy): " in ordered, ordered


def test_each_share_keeps_its_option_and_note() -> None:
    lines = [("Lychees — small ones", 3), ("Lychees (Mum)", 2)]
    assert (
        line_names.summary("Lychees", lines, "kg", "en") == "Lychees — yours 3 kg (small ones) · for Mum 2 kg"
    )
    lines = [("芒果 5斤 — 3号楼", 1), ("芒果 5斤 (小王) — 2号楼", 2)]
    assert (
        line_names.summary("芒果", lines, "", "zh") == "芒果 — 自己 5斤 ×1（3号楼） · 帮 小王 5斤 ×2（2号楼）"
    )
    # no friend: each line as stored, as before
    assert line_names.summary("粽子", [("粽子 大", 1), ("粽子 小", 1)], "", "zh") == "粽子 大、粽子 小"
