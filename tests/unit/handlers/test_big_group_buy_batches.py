"""Big group buys on the in-memory fakes, made big by making the batches and the card small: a close
writes its orders batch by batch and still gives every buyer one order and the group the whole count;
a card that reads only its first lines says what the whole list would."""

from __future__ import annotations

import pytest

from commerce.services import group_buys as service
from handlers import cards
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat

MEMBERS = ("bob", "cat", "dan", "eve", "fay", "gus", "hal")


async def _full(chat: Chat) -> None:
    await chat.say("amy", "/groupbuy Plums price 30 tiers 8:25 target 3")
    for n, member in enumerate(MEMBERS, 1):
        await chat.say(member, f"+{n % 3 + 1}")
    await chat.say("cat", "+2 for Wang")  # a friend's line, on Cat's order


async def test_a_close_in_batches_gives_each_buyer_one_order_and_the_group_the_whole_count(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(service, "ORDER_BATCH", 2)  # 8 lines: 4 batches, and one that finds the end
    await _full(chat)
    commits = sum(uow.commits for uow in uow_factory.created)

    replies = await chat.say("amy", "/close")

    assert sum(uow.commits for uow in uow_factory.created) - commits == 5
    assert chat.said(replies).startswith("✅ Plums (#1) succeeded at ¥25 each: 7 orders, 16 units.")
    orders = chat.private(replies)
    summary = orders.pop("amy")  # the organiser's: a close in batches, its later orders not known yet
    assert summary.startswith("Closed: Plums (#1) succeeded at ¥25 each: 7 orders, 16 units. The group")
    assert sorted(orders) == sorted(MEMBERS)
    assert orders["cat"].splitlines()[1:4] == [
        "Plums: 3 × ¥25 = ¥75",
        "Plums (for Wang): 2 × ¥25 = ¥50",
        "Total: ¥125",
    ]
    assert sorted(o.buyer_id for o in uow_factory.state.orders.values()) == sorted(MEMBERS)
    assert uow_factory.state.orders_upto == {}  # none pending
    assert await chat.app.open_deadlines() == []


async def test_a_card_that_reads_only_its_first_lines_says_what_the_whole_list_would(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cards, "MAX_LINES", 3)
    await _full(chat)

    card = await chat.card(1)

    async with uow_factory() as uow:
        group_buy = await uow.group_buys.get(1)
        everyone = await uow.group_buys.participants(1)
    assert group_buy is not None and len(everyone) == 8
    whole = cards.render(group_buy, everyone, lang="en", tz=chat.app.tz, now=chat.app.clock.now())
    assert card == whole.text
    assert card.splitlines()[-4:] == ["1. Bob ×2", "2. Cat ×3", "3. Dan ×1", "… and 5 more: /list #1"]
