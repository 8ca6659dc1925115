"""Review 75 #11: Bob, refunded ¥50 on #2-1 and owing #1-1, asked `did I get my refund?` and read first
`You haven't reported paying order #1-1…`, the refund only on the second line. Now words naming a refund
(`退款到了吗`, `钱退了吗`, `did I get my refund?`) hear the refund first, his other orders after it;
`钱到了吗` keeps its order (owed first, then refunds)."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat

REFUND = {
    "zh": "订单 #2-1 已退款 ¥50，Amy 会直接退给你；没收到请联系 Amy。",
    "en": "Order #2-1 was refunded ¥50; Amy gives it back to you directly. If you haven't received it,"
    " contact Amy.",
}
OWED = {
    "zh": "你还没报过订单 #1-1 的付款（应付 ¥10）。付款后发“我已付款 1-1”。",
    "en": "You haven't reported paying order #1-1 (¥10) yet. Once paid, send /ipaid 1-1.",
}


async def test_a_refunded_buyer_asking_after_her_refund_hears_it_first() -> None:
    room = fake_chat()
    for who, typed in (
        ("amy", "接龙 苹果 价格 10"),
        ("amy", "接龙 粽子 规格 大盒:30,小盒:20"),
        ("bob", "+1 #1"),
        ("bob", "大盒+1"),
        ("bob", "小盒+1"),
        ("amy", "截单 #1"),
        ("amy", "截单 #2"),
        ("amy", "已收 2-1"),
        ("amy", "退款 2-1"),
    ):
        await room.say(who, typed)

    for asked in ("退款到了吗", "钱退了吗"):
        said = room.said(await room.say("bob", asked, private=True))
        assert said == REFUND["zh"] + "\n" + OWED["zh"], asked
    said = room.said(await room.say("bob", "did I get my refund?", private=True))
    assert said == REFUND["en"] + "\n" + OWED["en"]

    replies = await room.say("bob", "退款到了吗")  # in the group: privately, the refund first
    assert room.said(replies) == "Bob，已私信回复你。"
    assert room.private(replies) == {"bob": REFUND["zh"] + "\n" + OWED["zh"]}

    said = room.said(await room.say("bob", "钱到了吗", private=True))  # its README order, kept
    assert said == OWED["zh"] + "\n" + REFUND["zh"]
