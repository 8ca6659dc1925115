"""With a payment provider and Amy's `/payment WeChat transfer to Amy`, the order said both ways (the Pay
button, or Amy's way and /ipaid), yet the private reminder two hours before the pay-by time said only
"Pay by …, or it will be cancelled." and the group's /remind footer only "Tap Pay under your order": the
note was gone from both. Both now say the organiser's way too, the reminder with /ipaid and the real
rule (an order reported paid is not cancelled), the group's with the note under it."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat
from tests.unit.handlers.test_payments_checkout import make_app

OPENING = {
    "en": ["/groupbuy Tea price 30", "/payment WeChat transfer to Amy", "+1", "/close"],
    "zh": ["接龙 茶叶 价格 30", "收款方式 微信转账给 Amy", "跟团", "截单"],
}


async def _closed(lang: str, *, note: bool = True) -> tuple[Chat, FakeClock]:
    uow, clock = FakeUnitOfWorkFactory(), FakeClock()
    chat = Chat(make_app(uow, clock, online_payment=True, language=lang))
    opening, payment, join, close = OPENING[lang]
    await chat.say("amy", opening)
    if note:
        await chat.say("amy", payment)
    await chat.say("bob", join)
    await chat.say("amy", close)
    return chat, clock


@pytest.mark.parametrize(
    ("lang", "reminder"),
    [
        (
            "en",
            "⏰ Order #1-1 (Tea) is still unpaid: ¥30. Tap Pay by Tue 24 Nov 12:00, or pay the organiser "
            "Amy as they ask below and send /ipaid 1-1; an order neither paid nor reported by then is "
            "cancelled.\n"
            "How to pay: WeChat transfer to Amy",
        ),
        (
            "zh",
            "⏰ 订单 #1-1（茶叶）还没付款：¥30。请在 11月24日 周二 12:00 前点“付款”付款，"
            "或按团长 Amy 下面写的方式付款后发“我已付款 1-1”；"
            "到时既没付款也没报告已付的订单会被取消。\n"
            "付款方式：微信转账给 Amy",
        ),
    ],
)
async def test_the_private_reminder_says_the_organisers_way_and_ipaid(lang: str, reminder: str) -> None:
    chat, clock = await _closed(lang)
    clock.advance(hours=22, minutes=30)  # 1.5 h before the pay-by time

    reminders = await chat.app.checkout.remind_unpaid(clock.now())

    assert chat.private(reminders) == {"bob": reminder}
    pay = [[b.data for b in row] for row in reminders[0].buttons]
    assert pay == [[f"od:pay:1:{lang}"]]  # its Pay button, saying its message's language


async def test_without_a_note_the_private_reminder_says_only_pay() -> None:
    chat, clock = await _closed("en", note=False)
    clock.advance(hours=22, minutes=30)

    reminders = await chat.app.checkout.remind_unpaid(clock.now())

    assert chat.private(reminders) == {
        "bob": "⏰ Order #1-1 (Tea) is still unpaid: ¥30. Pay by Tue 24 Nov 12:00, or it will be cancelled."
    }


@pytest.mark.parametrize(
    ("lang", "remind", "footer"),
    [
        (
            "en",
            "/remind",
            "Tap Pay under your order (or send /pay), or pay Amy as they ask below, then send "
            "/ipaid with your order number (e.g. /ipaid 1-1).\n"
            "How to pay: WeChat transfer to Amy",
        ),
        (
            "zh",
            "催款",
            "请点订单消息下的“付款”（或发“付款”），或按 Amy 下面写的方式付款，"
            "付好后回复“我已付款”加你的订单号（例如“我已付款 1-1”）。\n"
            "付款方式：微信转账给 Amy",
        ),
    ],
)
async def test_the_groups_reminder_shows_the_note(lang: str, remind: str, footer: str) -> None:
    chat, _ = await _closed(lang)

    replies = await chat.say("amy", remind)
    posted = [reply.text for reply in replies if reply.text.startswith("💸") and not reply.private_to]

    assert len(posted) == 1 and posted[0].endswith("\n" + footer), posted
