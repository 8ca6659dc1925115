"""催款 / `/remind`: one message in the group naming (and mentioning) each buyer who owes, at most once
per group buy every 6 hours; and the evening before a pickup, once (`PickupReminders`)."""

from __future__ import annotations

from datetime import time
from typing import cast

import pytest

from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from handlers.collecting import PickupReminders
from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

REMINDER = (
    "💸 催款：海南贵妃芒（#1）还有 2 个订单未付款：\n"
    "• Cat（订单 #1-2）\n"
    "• Dan（订单 #1-3）\n"
    "请按下面的方式付款，付好后回复“我已付款”加你的订单号（例如“我已付款 1-2”），团长确认后打勾。\n"
    "付款方式：微信转账给 Amy"
)


async def succeeded(chat: Chat) -> None:
    """Amy's mangoes closed: Bob #1 (paid), Cat #2 (¥176) and Dan #3 (¥88) owe, Eve #4 said she paid."""
    for user, text in [
        ("amy", "接龙 海南贵妃芒 价格 88 成团 1"),
        ("bob", "+1"),
        ("cat", "+2"),
        ("dan", "+1"),
        ("eve", "+1"),
        ("amy", "收款方式 微信转账给 Amy"),
        ("amy", "截单"),
        ("amy", "已收 1"),
        ("eve", "我已付款"),
    ]:
        await chat.say(user, text)


def posted(replies: list[Reply]) -> list[tuple[str, str | None, tuple[str, ...]]]:
    """(text, chat, mentions) of each message an answer posts in a chat."""
    return [(r.text, r.chat_id, r.mention) for r in replies if r.text and not r.private_to]


@pytest.fixture
def shop(uow_factory: FakeUnitOfWorkFactory, clock: FakeClock) -> Chat:
    return fake_chat(uow_factory, clock=clock)


async def test_the_reminder_names_and_mentions_each_buyer_who_owes(shop: Chat) -> None:
    await succeeded(shop)
    assert posted(await shop.say("amy", "催款")) == [(REMINDER, "family", ("cat", "dan"))]


async def test_at_most_once_every_six_hours_and_the_organiser_is_told_when_again(
    shop: Chat, clock: FakeClock
) -> None:
    await succeeded(shop)
    await shop.say("amy", "催款 #1")
    clock.advance(hours=5, minutes=59)
    assert shop.said(await shop.say("amy", "催款")) == (
        "#1 已在 11月23日 周一 12:00 催过款。为免刷屏，11月23日 周一 18:00 之后可以再催。"
    )
    assert shop.said(await shop.say("amy", "/remind #1", language="en")) == (  # her app: English
        "The group was reminded to pay for #1 at Mon 23 Nov 12:00. "
        "To keep the chat calm you can remind again from Mon 23 Nov 18:00."
    )
    clock.advance(minutes=1)
    await shop.say("dan", "付了")
    again = posted(await shop.say("amy", "催款"))
    assert again == [
        (REMINDER.replace("2 个", "1 个").replace("• Dan（订单 #1-3）\n", ""), "family", ("cat",))
    ]


async def test_a_reminder_from_the_organisers_private_chat_goes_to_the_group(shop: Chat) -> None:
    await succeeded(shop)
    replies = await shop.say("amy", "/remind #1", private=True, language="en")
    assert posted(replies) == [
        (REMINDER, "family", ("cat", "dan")),
        ("Reminder posted in the group of #1 海南贵妃芒: 2 buyers still owe.", None, ()),
    ]
    again = await shop.say("amy", "/remind", private=True, language="en")
    assert shop.said(again) == (  # #1 just reminded (rep100 #11)
        "None of your group buys can be reminded to pay right now: #1 was reminded at Mon 23 Nov 12:00, and "
        "you can remind again from Mon 23 Nov 18:00 (/remind #1). Nothing was sent."
    )
    assert shop.said(await shop.say("bob", "/remind #1", private=True, language="en")) == (
        "You did not open group buy #1 (only its organiser can remind its buyers to pay): "
        "nothing was changed. For your own orders, send /orders."
    )


@pytest.mark.parametrize(
    ("user", "text", "answer"),
    [
        ("cat", "催款", "只有团长（Amy）可以这样做，没有任何改动。"),
        ("amy", "/remind abc", "Write it like: /remind or /remind #1"),
        (
            "amy",
            "/remind #9",
            "这个群里没有团购 #9，没有任何改动。请用卡片上的编号，例如：/remind #1",
        ),
    ],
)
async def test_mistakes_get_one_answer_and_send_nothing(
    shop: Chat, user: str, text: str, answer: str
) -> None:
    await succeeded(shop)
    replies = await shop.say(user, text)
    assert shop.said(replies) == answer
    assert len(posted(replies)) == 1


async def test_nothing_to_remind_is_said_plainly(shop: Chat) -> None:
    assert shop.said(await shop.say("amy", "催款")) == "你在本群没有等待付款的团，没有发送提醒。"
    await shop.say("amy", "接龙 海南贵妃芒 价格 88 成团 1")
    await shop.say("bob", "+1")
    assert (
        shop.said(await shop.say("amy", "催款")) == "#1 海南贵妃芒 还在接龙，截单后才需要付款，没有发送提醒。"
    )
    await shop.say("amy", "截单")
    await shop.say("bob", "我已付款")
    assert shop.said(await shop.say("amy", "催款")) == (
        "#1 没有要催的人：未付的 1 个订单都已报付款，等你确认（例如 已收 1-1）。"
    )
    await shop.say("amy", "已收 1")
    assert shop.said(await shop.say("amy", "催款")) == "#1 海南贵妃芒 大家都付过款了，不用催。"
    assert shop.said(await shop.say("cat", "催款")) == "只有团长（Amy）可以这样做，没有任何改动。"


async def test_with_two_group_buys_owing_the_organiser_says_which(shop: Chat) -> None:
    await succeeded(shop)
    for user, text in [("amy", "接龙 苹果 价格 12 成团 1"), ("dan", "+1"), ("amy", "截单 #2")]:
        await shop.say(user, text)
    assert shop.said(await shop.say("amy", "催款")) == (
        "你在本群有 2 个团在等付款：#1 海南贵妃芒 · #2 苹果。请说是哪一个：催款 #1"
    )
    assert posted(await shop.say("amy", "催款 #2"))[0][0].startswith(
        "💸 催款：苹果（#2）还有 1 个订单未付款："
    )


async def test_a_group_buy_paid_online_is_reminded_to_tap_pay(
    uow_factory: FakeUnitOfWorkFactory, clock: FakeClock
) -> None:
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, uow_factory), clock=clock, config=AppConfig(default_language="en")
    )
    shop = Chat(app)
    for user, text in [("amy", "/groupbuy Mangoes price 100⭐"), ("bob", "+1"), ("amy", "/close")]:
        await shop.say(user, text)
    assert posted(await shop.say("amy", "/remind")) == [
        (
            "💸 Reminder: Mangoes (#1), 1 order still unpaid:\n"
            "• Bob (order #1-1)\n"
            "Tap Pay under your order (or send /pay); paid another way? "
            "Send /ipaid with your order number (e.g. /ipaid 1-1).",
            "family",
            ("bob",),
        )
    ]


# -- the evening before a pickup ---------------------------------------------------------------------------
def evening_chore(chat: Chat, clock: FakeClock, factory: FakeUnitOfWorkFactory) -> PickupReminders:
    return PickupReminders(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=clock,
        config=chat.app.config,
        outbox=chat.app,
        at=time(20, 0),
    )


async def test_the_evening_before_the_pickup_the_group_is_reminded_once(
    shop: Chat, clock: FakeClock, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await succeeded(shop)
    await shop.say("amy", "自提 小区南门 明天下午5点")
    chore = evening_chore(shop, clock, uow_factory)
    assert await chore() == []  # noon: not the evening yet
    clock.advance(hours=8)  # 20:00 in Shanghai

    reminded = await chore()

    assert posted(reminded) == [
        (
            "📦 明天自提：海南贵妃芒（#1），小区南门 · 11月24日 周二 17:00。\n"
            "待取 4 单，其中 1 单已付款。\n"
            "还有 2 个订单未付款：\n"
            "• Cat（订单 #1-2）\n"
            "• Dan（订单 #1-3）\n"
            "请按下面的方式付款，付好后回复“我已付款”加你的订单号（例如“我已付款 1-2”），团长确认后打勾。\n"
            "付款方式：微信转账给 Amy\n"
            "1 个订单已报付款，等团长 Amy 确认收款（确认前还不算已付）：\n"
            "• Eve（订单 #1-4）",
            "family",
            ("cat", "dan"),  # Eve said she paid: named, not chased
        )
    ]
    clock.advance(minutes=30)
    assert await chore() == []  # once
    # the evening reminder has its own slot: the organiser's 催款 still goes out
    assert shop.said(await shop.say("amy", "催款")).startswith("💸 催款：海南贵妃芒（#1）")


async def test_a_new_pickup_time_is_reminded_anew_and_everyone_paid_is_said(
    shop: Chat, clock: FakeClock, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await succeeded(shop)
    await shop.say("amy", "自提 小区南门 明天下午5点")
    for order in ("2", "3", "4"):
        await shop.say("amy", f"已收 {order}")
    chore = evening_chore(shop, clock, uow_factory)
    clock.advance(hours=9)  # 21:00: a bot down at 20:00 still reminds that evening
    assert [text for text, _, _ in posted(await chore())] == [
        "📦 明天自提：海南贵妃芒（#1），小区南门 · 11月24日 周二 17:00。\n待取 4 单，都已付款，明天见！"
    ]
    await shop.say("amy", "自提 小区南门 明天下午5点")  # the same time again: no second reminder
    assert await chore() == []
    await shop.say("amy", "自提 小区北门 明天上午10点")
    assert len(posted(await chore())) == 1
    clock.advance(hours=4)  # 01:00: the pickup is today now; its evening has passed
    await shop.say("amy", "自提 小区北门 明天上午10点")
    assert await chore() == []


async def test_no_evening_reminder_without_a_pickup_time_or_before_success(
    shop: Chat, clock: FakeClock, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await shop.say("amy", "接龙 海南贵妃芒 价格 88 成团 1 截止 明天晚上9点")
    await shop.say("amy", "自提 小区南门 后天下午5点")
    await shop.say("bob", "+1")
    await shop.say("amy", "接龙 苹果 价格 12 成团 1 自提 小区南门")
    chore = evening_chore(shop, clock, uow_factory)
    clock.advance(hours=32)  # tomorrow 20:00: #1 is still open, #2 has a place and no time
    assert await chore() == []


async def test_nothing_left_to_collect_is_not_reminded(
    shop: Chat, clock: FakeClock, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await succeeded(shop)
    await shop.say("amy", "自提 小区南门 明天下午5点")
    for text in ["已收 2", "已收 3", "已收 4", "已取货 1", "已取货 2", "已取货 3", "退款 4"]:
        await shop.say("amy", text)
    statuses = {order.status.value for order in uow_factory.state.orders.values()}
    assert statuses == {"fulfilled", "refunded"}
    clock.advance(hours=8)  # 20:00 the evening before

    assert await evening_chore(shop, clock, uow_factory)() == []


async def test_the_reminder_counts_only_the_orders_still_to_collect(
    shop: Chat, clock: FakeClock, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await succeeded(shop)
    await shop.say("amy", "自提 Gate 5 明天下午6点")
    for text in ["已收 2", "已收 3", "已收 4", "已取货 1", "退款 4"]:
        await shop.say("amy", text)
    clock.advance(hours=8)

    reminded = await evening_chore(shop, clock, uow_factory)()

    assert [text for text, _, _ in posted(reminded)] == [
        "📦 明天自提：海南贵妃芒（#1），Gate 5 · 11月24日 周二 18:00。\n待取 2 单，都已付款，明天见！"
    ]


async def test_the_english_reminder_says_how_many_orders_are_left_to_collect(
    uow_factory: FakeUnitOfWorkFactory, clock: FakeClock
) -> None:
    shop = fake_chat(uow_factory, clock=clock, default_language="en")
    for user, text in [
        ("amy", "/groupbuy Mangoes 5kg price 88 target 1"),
        ("bob", "+1"),
        ("cat", "+1"),
        ("amy", "/close"),
        ("amy", "/pickup Gate 5 tomorrow 18:00"),
        ("amy", "/paid 1"),
        ("amy", "/paid 2"),
        ("amy", "/pickedup 1"),
    ]:
        await shop.say(user, text)
    clock.advance(hours=8)

    [(text, _, _)] = posted(await evening_chore(shop, clock, uow_factory)())

    assert text == (
        "📦 Pickup tomorrow: Mangoes 5kg (#1), Gate 5 · Tue 24 Nov 18:00.\n"
        "1 order to collect, all paid: see you there!"
    )


# -- help-sold (帮卖): each group its own buyers ------------------------------------------------------------
async def test_a_group_where_nobody_owes_hears_only_that_the_other_groups_were_reminded(shop: Chat) -> None:
    neighbours = Chat(shop.app, chat_id="neighbours", title="Neighbours")
    await shop.say("amy", "接龙 苹果 价格 20 成团 1")
    await shop.say("amy", "帮卖 开 10%")
    await neighbours.say("dan", "帮卖 #1")
    await neighbours.say("cat", "+1")
    await shop.say("amy", "截单")

    replies = await shop.say("amy", "催款 #1")

    assert posted(replies) == [
        (
            "💸 催款：苹果（#1）还有 1 个订单未付款：\n"
            "• Cat（订单 #1-1）\n"
            "怎么付款请问 Amy，付好后回复“我已付款”加你的订单号（例如“我已付款 1-1”），团长确认后打勾。",
            "neighbours",
            ("cat",),
        ),
        ("已在卖 #1 苹果 的各个群里分别催款（每个群只提到本群的买家）：还有 1 位未付款。", None, ()),
    ]
