"""Session 16 (ha; review fg 18): 我的订单 read `#1-1 荔枝, 荔枝 (妈妈)（Amy 的团 #1）：6斤 × ¥12` (the title
twice, an ASCII comma and brackets) and the order `荔枝 (妈妈)：2斤 × ¥12`. One order (or join) of her own
line and friends' of the same product now reads as one item with each share, `荔枝 — 自己 4斤 · 帮 妈妈 2斤`
("Lychees — yours 4 kg · for Mum 2 kg"); a friend's line alone `荔枝（帮 妈妈）` ("Lychees (for Mum)")."""

from __future__ import annotations

from handlers import line_names
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_my_orders_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 12元/斤 成团 2")
    await chat.say("bob", "+4")
    await chat.say("bob", "+2 帮 妈妈")

    joined = Chat.private(await chat.say("bob", "我的订单"))["bob"]
    closed = Chat.private(await chat.say("amy", "截单"))["bob"]
    ordered = Chat.private(await chat.say("bob", "我的订单"))["bob"]

    assert joined.endswith("\n荔枝 — 自己 4斤 · 帮 妈妈 2斤（Amy 的团 #1）：6斤 × ¥12 = ¥72（暂计）· 未截单")
    assert "\n荔枝：4斤 × ¥12 = ¥48\n荔枝（帮 妈妈）：2斤 × ¥12 = ¥24\n" in closed
    assert (
        ordered == "你的订单：\n#1-1 荔枝 — 自己 4斤 · 帮 妈妈 2斤（Amy 的团 #1）：6斤 × ¥12 = ¥72 · 待付款\n"
        "💰 订单 #1-1 待付款：请付款给团长 Amy（现金或转账），付完发“我已付款 1-1”告诉团长。"
    )


async def test_my_orders_in_english_with_friends_only() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Lychees price 12/kg target 2")
    await chat.say("bob", "+1 for Wang")
    await chat.say("bob", "+2 for Mum")

    joined = Chat.private(await chat.say("bob", "/orders"))["bob"]
    closed = Chat.private(await chat.say("amy", "/close"))["bob"]

    assert "\nLychees — for Wang 1 kg · for Mum 2 kg (group buy #1 by Amy): 3 kg × ¥12" in joined, joined
    assert "\nLychees (for Wang): 1 kg × ¥12 = ¥12\nLychees (for Mum): 2 kg × ¥12 = ¥24\n" in closed, closed


def test_a_note_or_a_title_in_brackets_is_never_taken_for_a_friend() -> None:
    assert line_names.described("芒果", "芒果 — 3号楼 (2)", "zh") == "芒果 — 3号楼 (2)"
    assert line_names.described("芒果", "芒果 5斤 (小王) — 3号楼", "zh") == "芒果 5斤 — 3号楼（帮 小王）"
    assert line_names.described("Apples (Fuji)", "Apples (Fuji)", "en") == "Apples (Fuji)"
    assert line_names.described("Apples (Fuji)", "Apples (Fuji) (Mum)", "en") == "Apples (Fuji) (for Mum)"
