"""Review 31: Tom, whose paid durian order is in another group, asked `what is my pickup code` in a group
where 草莓 was open and was told "You have not joined 草莓 (#2)", a buy he never asked about; after
missing a pickup, his `/orders` still read "paid · pickup code 3238" with no word that its time had
passed or whom to ask. Now the question answers with his paid orders' codes wherever they are, and
`/orders` says a pickup time gone by and whom to ask."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_pickup_code_asked_where_she_has_no_order_is_her_own_elsewhere() -> None:
    jia = fake_chat(FakeUnitOfWorkFactory())
    nb = Chat(jia.app, chat_id="nb", title="nb")
    await nb.say("amy", "/lang en")
    await nb.say("amy", "/groupbuy Durian price 68 ends 2h")
    await nb.say("tom", "+1")
    await nb.say("amy", "/close")
    await nb.say("amy", "/paid 1-1")
    await jia.say("amy", "接龙 草莓 价格 20 截止 2小时")
    en = jia.private(await jia.say("tom", "what is my pickup code"))["tom"]
    assert en.startswith("You ordered 1 of Durian (#1) for ¥68: paid (order #1-1).\nYour pickup code: ")
    zh = jia.private(await jia.say("tom", "我的取货码"))["tom"]
    assert zh.startswith("你在 Durian（#1）订了 1 份，共 ¥68，已付款（订单 #1-1）。\n取货码：")


async def test_orders_say_a_pickup_time_gone_by_and_whom_to_ask() -> None:
    clock = FakeClock()
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock)
    await chat.say("amy", "接龙 草莓 价格 20 截止 2小时 自提 北门 明天下午5点")
    await chat.say("tom", "+1")
    clock.advance(hours=3)
    await chat.app.expire(1)
    await chat.say("amy", "已收 1-1")
    assert "已经过了" not in chat.said(await chat.say("tom", "我的订单", private=True))
    clock.advance(days=2)
    zh = chat.said(await chat.say("tom", "我的订单", private=True))
    assert zh.endswith(
        "⚠️ 订单 #1-1 的自提时间（11月24日 周二 17:00）已经过了，还没取：请找团长 Amy 约时间取货。"
    )
    en = chat.said(await chat.say("tom", "/orders", private=True, language="en"))
    assert en.endswith(
        "⚠️ The pickup time of order #1-1 (Tue 24 Nov 17:00) has passed and it is not picked up yet: "
        "ask the organiser, Amy, when to collect it."
    )
    await chat.say("amy", "已取 1-1")
    assert "已经过了" not in chat.said(await chat.say("tom", "我的订单", private=True))
