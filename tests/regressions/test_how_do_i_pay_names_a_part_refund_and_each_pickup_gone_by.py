"""s31 #2: Bob's Mangoes order (#1-1, ¥60) was refunded ¥10 in part; his `how do I pay?` answered
"¥60 paid, nothing more to pay", the refund never named. And with Apples (#2-1) still unpaid, both
pickups gone by, only the paid Mangoes said its pickup had passed. Now the private answer names what
was paid, what came back and what stays paid, and every order whose pickup passed gets its own line."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat

PASSED_ZH = "自提原定 南门 · 11月24日 周二 17:00，这个时间已经过了：请问团长 Amy 什么时候可以取货。"
PASSED_EN = (
    "Pickup was Gate 3 · Tue 24 Nov 17:00: that time has passed."
    " Ask the organiser, Amy, when you can collect it."
)


async def two_orders(lang: str, *, both_paid: bool) -> Chat:
    """Bob's Mangoes (#1-1) paid and refunded ¥10 in part, his Apples (#2-1) paid or not, each pickup
    set for tomorrow 5pm, and two days gone by."""
    clock = FakeClock()
    chat = fake_chat(clock=clock)
    zh = lang == "zh"
    if not zh:
        chat.admins = {"amy"}
        await chat.say("amy", "/lang en")
    for number, title in ((1, "芒果" if zh else "Mangoes"), (2, "苹果" if zh else "Apples")):
        await chat.say(
            "amy",
            f"接龙 {title} 价格 30 成团 1 截止 2小时"
            if zh
            else f"/groupbuy {title} price 30 target 1 ends 2h",
        )
        await chat.say("bob", "+2")
        await chat.say("amy", "截单" if zh else "/close")
        await chat.say(
            "amy", f"自提 #{number} 南门 明天下午5点" if zh else f"/pickup #{number} Gate 3 tomorrow 5pm"
        )
    await chat.say("amy", "已收 1-1" if zh else "/paid 1-1")
    if both_paid:
        await chat.say("amy", "已收 2-1" if zh else "/paid 2-1")
    await chat.say("amy", "退款 1-1 10" if zh else "/refund 1-1 10")
    clock.advance(days=2)
    return chat


async def test_how_do_i_pay_names_the_part_refund_in_chinese() -> None:
    chat = await two_orders("zh", both_paid=True)

    replies = await chat.say("bob", "怎么付款")

    assert Chat.said(replies) == "Bob，答案已私信发给你。"  # her money never in the group
    answer = Chat.private(replies)["bob"]
    assert "芒果（#1）订单 #1-1：你付了 ¥60，团长已退给你 ¥10，实付 ¥50，不用再付了。" in answer


async def test_how_do_i_pay_names_the_part_refund_in_english() -> None:
    chat = await two_orders("en", both_paid=True)

    answer = Chat.said(await chat.say("bob", "how do I pay?", private=True))

    assert (
        "Mangoes (#1), order #1-1: you paid ¥60 and ¥10 of it was refunded to you,"
        " so ¥50 stays paid; nothing more to pay." in answer
    )
    assert "Apples (#2), order #2-1: ¥60 paid, nothing more to pay." in answer


async def test_every_order_whose_pickup_passed_gets_its_line_in_chinese() -> None:
    chat = await two_orders("zh", both_paid=False)

    answer = Chat.private(await chat.say("bob", "怎么付款"))["bob"]

    owed = "苹果（#2）订单 #2-1 应付 ¥60。付款方式：线下付给团长 Amy（现金或转账）。付完发“我已付款 2-1”。"
    assert f"{owed}\n{PASSED_ZH}\n" in answer
    assert answer.count(PASSED_ZH) == 2


async def test_every_order_whose_pickup_passed_gets_its_line_in_english() -> None:
    chat = await two_orders("en", both_paid=False)

    answer = Chat.said(await chat.say("bob", "how do I pay?", private=True))

    assert answer.count(PASSED_EN) == 2
    assert answer.startswith("Apples (#2), order #2-1: ¥60 to pay.")
