"""Review 74 #7: Xiaowang's #1-1 was refunded (¥106). In private `钱到了吗` answered `你没有要付款的订单，也没
有提现…`, `退款到了吗` a notes search; nothing said the refund. Now each order refunded, whole or in part,
is said with what was given back and who gives it, privately (in a group as `钱到了吗` is: the group told
only that she was answered privately)."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat

REFUNDED = {
    "zh": "订单 #1-1 已退款 ¥106，Amy 会直接退给你；没收到请联系 Amy。",
    "en": "Order #1-1 was refunded ¥106; Amy gives it back to you directly. If you haven't received it,"
    " contact Amy.",
}


async def test_a_refunded_buyer_asking_after_her_money_is_told_of_the_refund() -> None:
    room = fake_chat()
    for who, typed in (
        ("amy", "接龙 粽子 规格 大盒:68,小盒:38"),
        ("bob", "大盒+1"),
        ("bob", "小盒+1"),
        ("cat", "小盒+3"),
        ("amy", "截单"),
        ("amy", "已收 1-1 1-2"),
        ("amy", "退款 1-1"),
        ("amy", "退款 1-2 ¥38"),
    ):
        await room.say(who, typed)

    for asked in ("钱到了吗", "退款到了吗"):
        assert room.said(await room.say("bob", asked, private=True)) == REFUNDED["zh"], asked
    assert room.said(await room.say("bob", "did I get my refund?", private=True)) == REFUNDED["en"]

    replies = await room.say("bob", "退款到了吗")  # in the group: privately, the group told so
    assert room.said(replies) == "Bob，已私信回复你。"
    assert room.private(replies) == {"bob": REFUNDED["zh"]}

    part = room.said(await room.say("cat", "钱到了吗", private=True))  # refunded in part: that part
    assert part.endswith("订单 #1-2 已部分退款 ¥38（已付 ¥114），Amy 会直接退给你；没收到请联系 Amy。")
