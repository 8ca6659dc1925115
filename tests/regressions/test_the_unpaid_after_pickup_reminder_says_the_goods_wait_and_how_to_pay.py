"""rep55 #12: three days after the pickup, "Reminder: your order #3-2 for Kaya Jars (¥12) is still unpaid,
and its pickup was Mon 7 Dec 19:00. Please pay…" came once per order (Eve got 2, Lisa 3), said nothing of
the goods never collected nor how to pay (a note "cash at pickup" was set), the zh `…取货后还没付款` read
as if collected, "提醒过他们" named one person, and Max, who help-sold Ben's order, was not told. Now each
buyer gets one message listing her orders, each group buy's payment note (else whom to ask) and whom to
ask for a new pickup; the organiser's line reads as not collected; the help-seller hears of her buyer."""

from __future__ import annotations

from typing import cast

from commerce.ports import UnitOfWorkFactory
from handlers.owed_reminders import OwedReminders
from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import two_groups

SCRIPT = {
    "zh": [
        ("family", "amy", "接龙 芒果 价格 35 成团 1 截止 2小时"),
        ("family", "amy", "帮卖 开 10%"),
        ("office", "sue", "帮卖 #1"),
        ("office", "kim", "+1"),
        ("family", "bob", "+1"),
        ("family", "amy", "接龙 荔枝 价格 20 成团 1 截止 2小时"),
        ("family", "bob", "+1 #2"),
        ("family", "amy", "截单 #1"),
        ("family", "amy", "截单 #2"),
        ("family", "amy", "自提 #1 南门 明天下午5点"),
        ("family", "amy", "自提 #2 南门 明天下午5点"),
        ("family", "amy", "收款方式 #2 自提时付现金"),
    ],
    "en": [
        ("family", "amy", "/groupbuy Mangoes price 35 target 1 ends 2h"),
        ("family", "amy", "/helpsell on 10%"),
        ("office", "sue", "/helpsell #1"),
        ("office", "kim", "+1"),
        ("family", "bob", "+1"),
        ("family", "amy", "/groupbuy Lychees price 20 target 1 ends 2h"),
        ("family", "bob", "+1 #2"),
        ("family", "amy", "/close #1"),
        ("family", "amy", "/close #2"),
        ("family", "amy", "/pickup #1 Gate 3 tomorrow 5pm"),
        ("family", "amy", "/pickup #2 Gate 3 tomorrow 5pm"),
        ("family", "amy", "/payment #2 cash at pickup"),
    ],
}


async def reminded(lang: str) -> list[Reply]:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, office = two_groups(factory=factory, clock=clock, default_language=lang)
    for chat, user, text in SCRIPT[lang]:
        await (family if chat == "family" else office).say(user, text)
    chore = OwedReminders(
        uow_factory=cast(UnitOfWorkFactory, factory), clock=clock, config=family.app.config, outbox=family.app
    )
    clock.advance(days=5)
    return await chore()


async def test_one_message_per_buyer_saying_the_goods_wait_and_how_to_pay_in_chinese() -> None:
    sent = await reminded("zh")

    assert sum(1 for reply in sent if reply.private_to == "bob") == 1
    told = {reply.private_to: reply.text for reply in sent if reply.private_to != "amy"}
    assert told["bob"] == (
        "提醒：自提时间已过，下面 2 个订单还没付款也还没取货：\n"
        "• 芒果（#1）订单 #1-2（¥35）：自提原定 11月24日 周二 17:00。\n"
        "怎么付款、什么时候取货，请问团长 Amy；付完发 我已付款 1-2。\n"
        "• 荔枝（#2）订单 #2-1（¥20）：自提原定 11月24日 周二 17:00。\n"
        "付款方式：自提时付现金。付完发 我已付款 2-1，再找团长 Amy 约新的取货时间。"
    )
    assert told["sue"] == (
        "芒果（#1）的自提时间（11月24日 周二 17:00）已过，"
        "你群里 1 位买家的订单还没付款也还没取货：#1-1（Kim，¥35）。"
        "我已私信提醒过一次，收款由团长 Amy 确认。"
    )
    organiser = [reply.text for reply in sent if reply.private_to == "amy"]
    assert organiser[1] == (
        "荔枝（#2）的自提时间（11月24日 周二 17:00）已过，订单还没付款也还没取货：#2-1（Bob，¥20）。"
        "我已私信提醒过这 1 位买家一次。收到后发 已收 2-1。"
    )
    assert all("取货后还没付款" not in text and "他们" not in text for text in organiser)


async def test_one_message_per_buyer_saying_the_goods_wait_and_how_to_pay_in_english() -> None:
    sent = await reminded("en")

    told = {reply.private_to: reply.text for reply in sent if reply.private_to != "amy"}
    assert told["bob"] == (
        "Reminder: the pickup time has passed and 2 orders are still unpaid and not collected:\n"
        "• Mangoes (#1), order #1-2 (¥35): the pickup was Tue 24 Nov 17:00.\n"
        "Ask the organiser, Amy, how to pay and for a new time to collect it; once paid, send /ipaid 1-2.\n"
        "• Lychees (#2), order #2-1 (¥20): the pickup was Tue 24 Nov 17:00.\n"
        "How to pay: cash at pickup. Then send /ipaid 2-1, and ask the organiser, Amy, for a new time to"
        " collect it."
    )
    assert told["sue"].startswith(
        "The pickup of Mangoes (#1) on Tue 24 Nov 17:00 has passed and your group's 1 buyer has still not"
        " paid nor collected: #1-1 Kim (¥35)."
    )
    organiser = [reply.text for reply in sent if reply.private_to == "amy"]
    assert organiser[0].endswith(
        ": #1-1 Kim (¥35), #1-2 Bob (¥35). I've reminded each of the 2 buyers privately, once."
        " When one pays, send /paid 1-1."
    )
