"""Every mistake gets one clear message with the right form, in the member's language, and changes nothing."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        (
            "/groupbuy Mangoes price abc",
            "“abc” is not a price I can read. Write it like: price 88, price 88.50 or price ¥88",
        ),
        ("接龙 芒果 价格 abc", "“abc”不是有效的价格。请这样写：价格 88、价格 88.5 或 价格 ¥88"),
        ("/groupbuy Mangoes", "Add a price. Example: /groupbuy Mangoes 5kg price 88 target 10 ends 8pm"),
        ("开团 芒果 5斤", "请写上价格。例如：接龙 海南贵妃芒 5斤 价格 88 成团 10 截止 今晚8点"),
        (
            "/groupbuy price 88",
            "Say what you are selling before the price. "
            "Example: /groupbuy Mangoes 5kg price 88 target 10 ends 8pm",
        ),
        (
            "/groupbuy Mangoes price 88.123",
            "“88.123” has too many decimals (2 at most). Example: price 88.50",
        ),
        ("/groupbuy Mangoes price 0", "A price must be more than zero (you wrote “0”). Example: price 88"),
        (
            "/groupbuy Mangoes price 88 tiers 3:90",
            "The price from 3 (¥90) must be lower than the price before it (¥88). "
            "Example: price 88 tiers 10:78,20:68",
        ),
        (
            "接龙 芒果 价格 88 阶梯 3:78,5:80",
            "满 5 份的价格（¥80）必须低于上一档（¥78）。例如：价格 88 阶梯 10:78,20:68",
        ),
        (
            "/groupbuy Mangoes price 88 tiers cheap",
            "I can't read the tiers “cheap”. Write quantity:price pairs, e.g. tiers 10:78,20:68",
        ),
        (
            "/groupbuy Mangoes price 88 target many",
            "“many” after target is not a whole number. Example: target 10",
        ),
        ("接龙 芒果 价格 88 成团 很多", "“成团”后面的“很多”不是整数。例如：成团 10"),
        (
            "/groupbuy Mangoes price 88 target 10 stock 5",
            "The stock (5) is below the target (10), so it could never succeed. Example: target 10 stock 50",
        ),
        (
            "/groupbuy Mangoes price 88 limit 10000",
            "The limit per person must be from 1 to 9999 (you wrote 10000). Example: limit 3",
        ),
    ],
)
async def test_a_bad_group_buy_opens_nothing(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory, typed: str, answer: str
) -> None:
    assert chat.said(await chat.say("amy", typed)) == answer
    assert uow_factory.state.group_buys == {}


ONLY_ORGANISER_CONFIRMS = (  # a buyer typing /paid: who confirms, and how to report her own
    "Only the organiser (Amy) can confirm payments: nothing was changed. "
    "Tell the organiser; if you paid for your own order, send /ipaid"
)


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("/join abc", "Write it like: +1, +2, /join 2, /join #12 2, or +1 for Wang"),
        ("/跟团 很多", "请这样写：+1、+2、我要两份、跟团 #12 2，或 +1 帮 小王"),
        ("/leave lots", "Write it like: -1 (one fewer), /leave (off the list) or /leave #1"),
        ("/status abc", "Write it like: /status or /status #1"),
        ("/截单 abc", "请这样写：截单 或 截单 #1"),
        (
            "/paid",
            ONLY_ORGANISER_CONFIRMS,
        ),  # a buyer: who confirms, and how to report her own
        (
            "/paid Bob",
            ONLY_ORGANISER_CONFIRMS,
        ),
        ("/paid 77", "There is no order #77 here. Example: /paid 12-3 (the number from the order message)"),
        (
            "/lang fr",
            "I don't speak “fr”, only English and Chinese: nothing was changed. "
            "I speak English in this group now. For Chinese write /lang zh (English: /lang en).",
        ),
        ("/status #9", "There is no group buy #9 in this chat. Example: /status shows the open one"),
        ("/join 10000", "10000 is not a quantity I can take: only 2 of Mangoes left, so 1 to 2. Example: +2"),
        ("/join 3", "Only 2 left of Mangoes: nothing was changed. Example: +2"),
        (
            "/leave",
            "You are not on the list of Mangoes (#1), so there is nothing to leave. Nothing was changed.",
        ),
        ("/close", "Only the organiser (Amy) can do that: nothing was changed."),
        ("取消", "只有团长（Amy）可以取消团购，没有任何改动。"),  # Bob is on none: no leave (rep104 #9)
    ],
)
async def test_bad_commands_change_nothing(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory, typed: str, answer: str
) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88 target 2 stock 2")

    assert chat.said(await chat.say("bob", typed)) == answer
    assert uow_factory.state.group_buys[1].sold == 0
    assert uow_factory.state.group_buys[1].status.value == "open"
    assert uow_factory.state.languages == {}


async def test_closing_early_needs_the_target(chat: Chat) -> None:
    await chat.say("amy", "接龙 芒果 价格 88 成团 5")
    await chat.say("bob", "+2")
    assert chat.said(await chat.say("amy", "截单")) == (
        "还不能截单：目前 2/5 份。要按现在的数量成团，先发“修改 #1 成团 2”降低成团数，再发“截单 #1”；"
        "也可以等到截止时间，或发“取消 #1”取消这个团。"
    )


@pytest.mark.parametrize(
    ("language", "answer"),
    [
        (None, "这个群里现在没有进行中的团购。开团请发：接龙 海南贵妃芒 价格 88"),
        ("en-US", "There is no open group buy in this chat. Start one: /groupbuy Mangoes price 88"),
    ],
)
async def test_a_neutral_join_without_a_group_buy_follows_the_members_language(
    chat: Chat, language: str | None, answer: str
) -> None:
    assert chat.said(await chat.say("bob", "+1", language=language)) == answer


async def test_paid_for_a_member_without_an_order(chat: Chat) -> None:
    # no order in this chat at all: no example made up (README: 已收 @名字)
    assert (
        chat.said(await chat.say("amy", "已收 @Eve", mentions=["eve"]))
        == "这位成员在本群没有订单，没有任何改动。"
    )
