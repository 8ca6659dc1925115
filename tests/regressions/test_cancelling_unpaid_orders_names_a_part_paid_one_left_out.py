"""`取消未付款` left out an order part of whose money the organiser recorded (只收到 ¥50) without a word:
she thought every unpaid order was gone. The answer now names it with why and what to send first
(`退款 1-1 ¥50`, then `取消订单 1-1`), as `取消订单 1-1` of it says; the group reads how many only (the
rest goes to her privately); with nothing else to cancel, it is named in the answer, nothing changed."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _part_paid(opening: list[tuple[str, str]]) -> Chat:
    """Bob's #1-1 (¥100, ¥50 recorded received) and Cat's #1-2 (¥100, unpaid)."""
    room = fake_chat()
    for who, typed in opening:
        await room.say(who, typed)
    await room.say("amy", "只收到 1-1 ¥50", private=True)
    return room


ZH = [("amy", "接龙 粽子 价格 100"), ("bob", "+1"), ("cat", "+1"), ("amy", "截单")]
EN = [
    ("amy", "/lang en"),
    ("amy", "/groupbuy Jam price 100"),
    ("bob", "+1"),
    ("cat", "+1"),
    ("amy", "/close"),
]


async def test_in_private_the_ask_names_the_part_paid_order_and_what_to_send() -> None:
    room = await _part_paid(ZH)

    said = room.said(await room.say("amy", "取消未付款 #1", private=True))

    assert said == (
        "将取消 粽子（#1）的 1 个未付款订单：Cat。截单才 1 分钟，大家可能还没来得及付款。"
        "另有 1 个订单记过只收到一部分钱，没有算在里面（#1-1 Bob 只收到 ¥50）：现在取消，这笔钱就没有记录了。"
        "先把钱退给对方并发 退款 1-1 ¥50 记下，再发 取消订单 1-1。"
        "现在还没有任何改动，确认就发：取消未付款 #1 确认"
    )


async def test_in_the_group_it_is_counted_and_named_to_the_organiser_privately() -> None:
    room = await _part_paid(EN)

    replies = await room.say("amy", "/cancelunpaid 1 confirm")
    public = [reply.text for reply in replies if reply.text and reply.private_to is None]
    private = [reply.text for reply in replies if reply.text and reply.private_to == "amy"]

    assert public[0] == (
        "Cancelled 1 unpaid order of Jam (#1), freeing 1 unit. It is no longer owed; the buyer was told "
        "privately and you were sent the name. Left out: 1 order you recorded only part of the money for; "
        "the details were sent to you privately."
    )
    assert private == [
        "Jam (#1): the 1 unpaid order (the group was told only how many): #1-2 Cat\n"
        "Left out: 1 order you recorded only part of the money for (#1-1 Bob, ¥50 received); cancelling it "
        "now would lose that record. Give the money back, send /refund 1-1 ¥50 to record it, "
        "then /cancel 1-1."
    ]


async def test_with_only_the_part_paid_one_left_it_is_named_nothing_changed() -> None:
    room = await _part_paid(EN)
    await room.say("amy", "/cancelunpaid 1 confirm")

    said = room.said(await room.say("amy", "/cancelunpaid 1"))

    assert said == (
        "Jam (#1) has no unpaid orders to cancel straight away: nothing was changed. The 1 left is one you "
        "recorded only part of the money for (#1-1 Bob, ¥50 received); cancelling it now would lose that "
        "record. Give the money back, send /refund 1-1 ¥50 to record it, then /cancel 1-1."
    )


async def test_in_chinese_with_only_the_part_paid_one_left_it_is_named() -> None:
    room = await _part_paid(ZH)
    await room.say("amy", "取消未付款 #1 确认", private=True)

    said = room.said(await room.say("amy", "取消未付款 #1", private=True))

    assert said == (
        "粽子（#1）没有可以直接取消的未付款订单，没有任何改动：剩下 1 个订单记过只收到一部分钱"
        "（#1-1 Bob 只收到 ¥50），现在取消，这笔钱就没有记录了。先把钱退给对方并发 退款 1-1 ¥50 记下，"
        "再发 取消订单 1-1。"
    )
