"""rep46 #4: with `/payment PayPal ben@example.com` set, the group's close still said "Pay the organiser Ben
offline, then send /ipaid <order>" (zh, with 微信转账给李姐 set: "请线下付款…付完发“我已付款 订单号”"), and
the organiser was never told to set a way to pay or a pickup. Now the close names the way she set, the
`<order>` placeholder is a real order number as an example, and her own close summary says what is not
set yet with the exact command."""

from __future__ import annotations

from handlers.types import Reply
from tests.unit.handlers.conftest import Chat, fake_chat


def _private(replies: list[Reply], user: str) -> str:
    found = [r.text for r in replies if r.text and r.private_to == user]
    assert len(found) == 1, replies
    return found[0]


async def test_in_english_the_close_names_the_payment_set_and_an_order_number() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("ben", "/groupbuy Mangoes price 20 ends 3d", name="Ben")
    await chat.say("ben", "/payment PayPal ben@example.com", name="Ben")
    await chat.say("jo", "+1", name="Jo")

    closed = await chat.say("ben", "/close", name="Ben")

    said = chat.said(closed)
    assert "offline" not in said and "<order>" not in said
    assert "Pay the organiser Ben as below, then send /ipaid with your order number (e.g. /ipaid 1-1)" in said
    assert said.endswith("\nHow to pay: PayPal ben@example.com")
    summary = _private(closed, "ben")
    assert "confirm it with /paid and the order number (e.g. /paid 1-1)" in summary
    assert "/payment" not in summary  # set: nothing to ask of her
    assert summary.endswith(
        "No pickup is set: set it with /pickup #1 Gate 3 tomorrow 17:00 (your own place and time)."
    )


async def test_in_chinese_the_close_names_the_payment_set_and_an_order_number() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("lijie", "接龙 芒果 价格 20 截止 3d", name="Lijie")
    await chat.say("lijie", "收款方式 微信转账给李姐", name="Lijie")
    await chat.say("lijie", "自提 小区南门", name="Lijie")
    await chat.say("wang", "+1", name="王阿姨")

    closed = await chat.say("lijie", "截单", name="Lijie")

    said = chat.said(closed)
    assert "线下" not in said and "订单号”" not in said
    assert "请按下面的付款方式付给团长 Lijie，付完发“我已付款”加你的订单号（例如 我已付款 1-1）" in said
    assert said.endswith("\n付款方式：微信转账给李姐")
    summary = _private(closed, "lijie")
    assert "收到付款后发“已收”加订单号确认（例如 已收 1-1）" in summary
    assert "收款方式 #1" not in summary and "自提 #1" not in summary  # both set


async def test_with_nothing_set_buyers_are_told_to_ask_and_the_organiser_gets_the_commands() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("ben", "/groupbuy Mangos price 20 ends 3d", name="Ben")
    await chat.say("jo", "+1", name="Jo")
    await chat.say("kim", "+2", name="Kim")

    closed = await chat.say("ben", "/close", name="Ben")

    assert "Ask the organiser Ben how to pay, then send /ipaid with your order number (e.g. /ipaid 1-1)" in (
        chat.said(closed)
    )
    summary = _private(closed, "ben")
    assert summary.endswith(
        "No way to pay is set, so buyers have to ask you: set it with /payment #1 PayPal you@example.com "
        "(your own method and account); each buyer who owes is told.\n"
        "No pickup is set: set it with /pickup #1 Gate 3 tomorrow 17:00 (your own place and time)."
    )


async def test_in_chinese_with_nothing_set_the_organiser_gets_the_commands() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("lijie", "接龙 芒果 价格 20 截止 3d", name="Lijie")
    await chat.say("wang", "+1", name="王阿姨")

    closed = await chat.say("lijie", "截单", name="Lijie")

    assert "怎么付款请问团长 Lijie，付完发“我已付款”加你的订单号（例如 我已付款 1-1）" in Chat.said(closed)
    summary = _private(closed, "lijie")
    assert "发 收款方式 #1 微信 你的微信号（写你自己的方式和账号）设置" in summary
    assert summary.endswith("还没有设置自提点：发 自提 #1 小区南门 明天下午5点（写你自己的地点和时间）设置。")
