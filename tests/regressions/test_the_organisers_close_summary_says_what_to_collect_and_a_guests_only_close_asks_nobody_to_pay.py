"""Review 26 (8, 9): Amy's summary after `截单 #1` in private said "共 4 个订单、6 份" with no money; a
close at the deadline sent her no summary at all; and a deadline close whose only order was her 代报
guest's told the whole group "请线下付款给团长 Amy…付完发“我已付款 订单号”" though nobody there owed. Now
her summary says what the orders add up to (`应收 ¥204`), a close in the group or at the deadline sends
it to her privately (once), and a close nobody in the group owes for says only that it succeeded."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_private_close_says_what_to_collect() -> None:
    chat = fake_chat()
    for user, text in [("amy", "接龙 芒果 价格 68"), ("bob", "+2"), ("cat", "+1")]:
        await chat.say(user, text)

    [summary] = [
        r.text
        for r in await chat.say("amy", "截单 #1", private=True)
        if r.chat_id is None and r.text and not r.private_to
    ]

    assert summary.startswith("已截单：芒果（#1）成团了，¥68/份，共 2 个订单、3 份，应收 ¥204。群里已通知")


async def test_a_private_close_in_english_says_what_to_collect() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    for user, text in [("amy", "/groupbuy Lychees price 30"), ("bob", "+2"), ("cat", "+4")]:
        await chat.say(user, text)

    [summary] = [
        r.text
        for r in await chat.say("amy", "/close #1", private=True)
        if r.chat_id is None and r.text and not r.private_to
    ]

    assert summary.startswith(
        "Closed: Lychees (#1) succeeded at ¥30 each: 2 orders, 6 units, ¥180 to collect."
    )


async def test_the_deadline_sends_her_the_summary_once() -> None:
    clock = FakeClock()
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock)
    for user, text in [("amy", "接龙 芒果 价格 68 截止 2小时"), ("bob", "+2"), ("cat", "+1")]:
        await chat.say(user, text)
    clock.advance(hours=3)

    replies = await chat.app.expire(1)

    assert chat.private(replies)["amy"] == (
        "已截单：芒果（#1）成团了，¥68/份，共 2 个订单、3 份，应收 ¥204。群里已通知，每位买家的订单已私信发送"
        "（收不到私信的会在群里收到提示）。收到付款后发“已收”加订单号确认（例如 "
        "已收 1-1），群里或这里都可以。"
        "\n还没有设置收款方式，买家只能来问你：发 收款方式 #1 微信 你的微信号"
        "（写你自己的方式和账号）设置，还没付款的买家都会收到通知。"
        "\n还没有设置自提点：发 自提 #1 小区南门 明天下午5点"
        "（写你自己的地点和时间）设置。"
    )
    assert await chat.app.expire(1) == []  # once


async def test_a_deadline_close_of_only_her_guests_orders_asks_nobody_in_the_group_to_pay() -> None:
    clock = FakeClock()
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock)
    for user, text in [("amy", "接龙 苹果 价格 15 截止 2小时"), ("amy", "代报 王阿姨 4")]:
        await chat.say(user, text)
    clock.advance(hours=3)

    replies = await chat.app.expire(1)

    assert chat.said(replies) == "✅ 苹果（#1）成团了：¥15/份，共 1 个订单、4 份。"
    guest_order = [r.text for r in replies if r.private_to == "amy" and "王阿姨" in r.text]
    assert guest_order and "请向 王阿姨 收款" in guest_order[0]  # she collects, told privately


async def test_in_english_too() -> None:
    clock = FakeClock()
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock)
    await chat.say("amy", "/lang en")
    for user, text in [("amy", "/groupbuy Apples price 15 ends 2h"), ("amy", "/add Wang 4")]:
        await chat.say(user, text)
    clock.advance(hours=3)

    replies = await chat.app.expire(1)

    assert chat.said(replies) == "✅ Apples (#1) succeeded at ¥15 each: 1 order, 4 units."
    assert [r.text for r in replies if r.private_to == "amy"][-1].startswith(
        "Closed: Apples (#1) succeeded at ¥15 each: 1 order, 4 units, ¥60 to collect."
    )


async def test_a_close_in_the_group_sends_her_the_summary_privately() -> None:
    chat = fake_chat()
    for user, text in [("amy", "接龙 芒果 价格 68"), ("bob", "+2"), ("cat", "+1")]:
        await chat.say(user, text)

    replies = await chat.say("amy", "截单")

    assert chat.said(replies).startswith(
        "✅ 芒果（#1）成团了：¥68/份，共 2 个订单、3 份。怎么付款请问团长 Amy"
    )
    assert chat.private(replies)["amy"].startswith(
        "已截单：芒果（#1）成团了，¥68/份，共 2 个订单、3 份，应收 ¥204。"
    )


async def test_a_close_in_an_english_group_sends_her_the_summary_privately() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    for user, text in [("amy", "/groupbuy Lychees price 30"), ("bob", "+2"), ("cat", "+4")]:
        await chat.say(user, text)

    replies = await chat.say("amy", "/close")

    assert chat.private(replies)["amy"].startswith(
        "Closed: Lychees (#1) succeeded at ¥30 each: 2 orders, 6 units, ¥180 to collect."
    )
