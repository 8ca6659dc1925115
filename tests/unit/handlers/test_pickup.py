"""自提: the organiser names a pickup point and time after opening; the card and every order show it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from handlers.parsing.commands import parse_text
from handlers.registry import VOCABULARY
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat

OPEN_ZH = "接龙 海南贵妃芒 价格 88 成团 2"


async def test_the_organiser_names_place_and_time_and_the_card_shows_it(chat: Chat) -> None:
    await chat.say("amy", OPEN_ZH)

    answer = await chat.say("amy", "自提 小区南门 明天下午5点")

    assert chat.said(answer) == "好的，海南贵妃芒（#1）的自提：小区南门 · 11月24日 周二 17:00"
    assert chat.cards(answer) == [(1, False)]
    assert "自提：小区南门 · 11月24日 周二 17:00" in (await chat.card()).splitlines()


async def test_each_order_says_where_to_collect(chat: Chat) -> None:
    await chat.say("amy", OPEN_ZH)
    await chat.say("amy", "/pickup Gate 3")
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")

    closed = await chat.say("amy", "截单")

    orders = chat.private(closed)
    assert orders.pop("amy").startswith("已截单：")  # the organiser's summary
    assert set(orders) == {"bob", "cat"}
    assert all(text.endswith("\n自提：Gate 3") for text in orders.values()), orders


async def test_english_names_a_pickup_too(chat: Chat, uow_factory: FakeUnitOfWorkFactory) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88")

    answer = await chat.say("amy", "/pickup #1 Gate 3 tomorrow 17:00")

    assert chat.said(answer) == "Pickup for Mangoes (#1): Gate 3 · Tue 24 Nov 17:00"
    terms = uow_factory.state.group_buys[1].terms  # the place; the time apart, each reader's language
    assert (terms.pickup, terms.pickup_at) == ("Gate 3", datetime(2026, 11, 24, 9, 0, tzinfo=UTC))


@pytest.mark.parametrize(
    ("who", "text", "expected"),
    [
        ("bob", "自提 3号楼", "只有团长（Amy）可以这样做，没有任何改动。"),
        ("amy", "/pickup", "请写上自提地点和时间。例如：/pickup 小区南门 明天下午5点"),
        ("amy", "/自提", "请写上自提地点和时间。例如：自提 小区南门 明天下午5点"),
        ("amy", "自提 " + "门" * 101, "自提信息太长了（最多 100 个字）。例如：自提 小区南门 明天下午5点"),
    ],
)
async def test_a_pickup_that_cannot_be_set_changes_nothing(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory, who: str, text: str, expected: str
) -> None:
    await chat.say("amy", OPEN_ZH)

    assert chat.said(await chat.say(who, text)) == expected
    assert uow_factory.state.group_buys[1].terms.pickup == ""


@pytest.mark.parametrize("question", ["自提在哪？", "自提几点", "自提点在哪里"])  # `自提` alone: rep104 #3
def test_asking_about_the_pickup_is_chatter(question: str) -> None:
    assert parse_text(question, vocabulary=VOCABULARY) is None
