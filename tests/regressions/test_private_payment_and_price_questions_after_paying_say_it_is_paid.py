"""s28 review: privately, `怎么付钱` / `how do I pay` about a closed group buy whose order is paid
answered "pay … when it succeeds, each buyer's order comes privately" (before-close wording), and `多少钱`
/ `how much` from one whose only orders are paid asked for a 团号. Now: she has paid (amount, order
number), owes nothing, and what comes next (where and when to collect, with her code); a 团号 is asked
only when it is truly ambiguous (an open group buy she is on, whose price she may mean)."""

from __future__ import annotations

import re

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _paid(*, english: bool = False, pickup: bool = True, confirm: bool = True) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Mangoes price 90" if english else "接龙 芒果 价格 90")
    if pickup:
        await chat.say(
            "amy", "/pickup #1 Gate 3 tomorrow 17:00" if english else "自提 #1 小区南门 明天下午5点"
        )
    await chat.say("wang", "+1", name="Wang" if english else "王阿姨")
    await chat.say("amy", "/close" if english else "截单")
    if confirm:
        await chat.say("amy", "/paid @Wang" if english else "已收 @王阿姨")
    else:
        await chat.say("wang", "/ipaid" if english else "我已付款", name="Wang" if english else "王阿姨")
    return chat


async def test_how_to_pay_when_paid_says_paid_and_the_pickup() -> None:
    chat = await _paid()
    said = chat.said(await chat.say("wang", "怎么付钱", private=True, name="王阿姨"))
    assert re.fullmatch(
        r"芒果（#1）订单 #1-1 的 ¥90 已付，不用再付了。\n接下来取货：小区南门 · 11月24日 周二 17:00\n"
        r"取货码：\S+（取货时出示，由团长核销）",
        said,
    ), said


async def test_how_to_pay_when_paid_in_english() -> None:
    chat = await _paid(english=True)
    said = chat.said(await chat.say("wang", "how do I pay", private=True, name="Wang"))
    assert re.fullmatch(
        r"Mangoes \(#1\), order #1-1: ¥90 paid, nothing more to pay.\n"
        r"Next, pickup: Gate 3 · Tue 24 Nov 17:00\n"
        r"Your pickup code: \S+ \(show it when you collect your goods\)",
        said,
    ), said


async def test_how_to_pay_when_paid_without_a_pickup_says_the_organiser_will_tell() -> None:
    chat = await _paid(pickup=False)
    said = chat.said(await chat.say("wang", "怎么付钱", private=True, name="王阿姨"))
    assert said.startswith(
        "芒果（#1）订单 #1-1 的 ¥90 已付，不用再付了。\n"
        "接下来：团长 Amy 定好取货地点和时间后，会私信通知你。\n取货码："
    ), said
    chat = await _paid(english=True, pickup=False)
    said = chat.said(await chat.say("wang", "how do I pay", private=True, name="Wang"))
    assert said.startswith(
        "Mangoes (#1), order #1-1: ¥90 paid, nothing more to pay.\n"
        "Next: Amy will tell you privately where and when to collect.\nYour pickup code: "
    ), said


async def test_how_to_pay_when_reported_paid_says_it_waits_for_the_organiser() -> None:
    chat = await _paid(confirm=False)
    said = chat.said(await chat.say("wang", "怎么付钱", private=True, name="王阿姨"))
    assert said == (
        "芒果（#1）订单 #1-1 的 ¥90 你已报告付款，等团长 Amy 确认收款，不用再付；确认后会私信发你取货码。"
    )
    chat = await _paid(english=True, confirm=False)
    said = chat.said(await chat.say("wang", "how do I pay", private=True, name="Wang"))
    assert said == (
        "Mangoes (#1), order #1-1: you reported paying ¥90, so nothing more to pay; "
        "Amy has yet to confirm it. Your pickup code comes once it is confirmed."
    )


async def test_how_much_when_only_paid_orders_says_nothing_is_owed() -> None:
    chat = await _paid()
    said = chat.said(await chat.say("wang", "多少钱", private=True, name="王阿姨"))
    assert said == "芒果（#1）订单 #1-1 的 ¥90 已付，不用再付了。"
    chat = await _paid(english=True)
    said = chat.said(await chat.say("wang", "how much", private=True, name="Wang"))
    assert said == "Mangoes (#1), order #1-1: ¥90 paid, nothing more to pay."


async def test_how_much_says_each_order_paid() -> None:
    chat = await _paid()
    await chat.say("amy", "接龙 鸡蛋 价格 30")
    await chat.say("wang", "+2", name="王阿姨")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 @王阿姨")
    said = chat.said(await chat.say("wang", "多少钱", private=True, name="王阿姨"))
    assert (
        said == "鸡蛋（#2）订单 #2-1 的 ¥60 已付，不用再付了。\n芒果（#1）订单 #1-1 的 ¥90 已付，不用再付了。"
    )


async def test_how_much_with_an_open_line_still_asks_which() -> None:
    chat = await _paid()
    await chat.say("amy", "接龙 鸡蛋 价格 30")
    await chat.say("wang", "+2", name="王阿姨")
    said = chat.said(await chat.say("wang", "多少钱", private=True, name="王阿姨"))
    assert said == "私聊里问团购请带上团号，例如：问 #2 多少钱。"


async def test_how_much_owing_two_orders_says_each() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    for title in ("Mangoes price 90", "Eggs price 30"):
        await chat.say("amy", f"/groupbuy {title}")
        await chat.say("wang", "+1", name="Wang")
        await chat.say("amy", "/close")
    said = chat.said(await chat.say("wang", "how much", private=True, name="Wang"))
    assert said == (
        "Eggs (#2), order #2-1: ¥30 to pay. How to pay: pay Amy directly (cash or transfer). "
        "Once paid, send /ipaid 2-1.\n"
        "Mangoes (#1), order #1-1: ¥90 to pay. How to pay: pay Amy directly (cash or transfer). "
        "Once paid, send /ipaid 1-1."
    )
