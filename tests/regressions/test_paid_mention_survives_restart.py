"""`已收 @Bob` used to depend on names the adapters kept in memory: after a restart (or on another worker)
nobody was known, and the organiser could only confirm by order number. Members are in the database
now: a new ChatApp over the same database finds Bob among the chat's members and marks his order paid."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiogram.types import Message

from bot.telegram.translate import NameBook, message_request
from commerce.domain.order import Order, OrderStatus
from handlers.app import AppConfig, ChatApp
from handlers.types import Request
from storage.db import make_engine
from storage.migrate import upgrade
from storage.uow import SqlUnitOfWorkFactory
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.fakes import FakeClock

GROUP = -100777
AMY = User(101, "Amy", username="amy_tg", language_code="zh-hans")
BOB = User(202, "Bob", username="bob_tg", language_code="zh-hans")


@pytest.fixture
async def database(tmp_path: Path) -> str:
    url = f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}"
    await upgrade(url)
    return url


@pytest.fixture
async def workers(database: str) -> AsyncIterator[list[SqlUnitOfWorkFactory]]:
    """Unit-of-work factories of two processes over one database (each its own engine)."""
    made = [SqlUnitOfWorkFactory(make_engine(database)) for _ in range(2)]
    try:
        yield made
    finally:
        for factory in made:
            await factory.dispose()


def telegram(
    user: User, text: str, update_id: int, names: NameBook, *, mention: tuple[int, int] | None = None
) -> Request:
    """What the Telegram adapter makes of `user` typing `text` in the group (`mention`: the offset and
    length of an `@username` entity)."""
    raw = FakeBotAPI().message(GROUP, user, text)["message"]
    if mention is not None:
        offset, length = mention
        raw["entities"] = [*raw.get("entities", []), {"type": "mention", "offset": offset, "length": length}]
    request = message_request(Message.model_validate(raw), update_id=update_id, names=names)
    assert request is not None
    return request


async def _bobs_order(factory: SqlUnitOfWorkFactory) -> OrderStatus:
    async with factory() as uow:
        orders: list[Order] = await uow.orders.for_buyer(str(BOB.id))
    assert len(orders) == 1
    return orders[0].status


async def test_paid_by_name_after_a_restart_marks_the_members_order_paid(
    workers: list[SqlUnitOfWorkFactory],
) -> None:
    before, after = workers
    clock, names = FakeClock(), NameBook()
    first = ChatApp(uow_factory=before, clock=clock, config=AppConfig())
    await first.handle(telegram(AMY, "接龙 芒果 价格 88", 1, names))
    await first.handle(telegram(BOB, "+1", 2, names))
    await first.handle(telegram(AMY, "截单", 3, names))
    await before.dispose()  # the process stops: its memories go with it

    restarted = ChatApp(uow_factory=after, clock=clock, config=AppConfig())
    request = telegram(AMY, "已收 @Bob", 4, NameBook())
    assert request.mentions == ()  # nothing the adapter could resolve
    replies = await restarted.handle(request)

    assert replies[0].text == "✅ Bob 的订单 #1-1 已付款。"
    assert replies[0].mention == (str(BOB.id),)
    assert await _bobs_order(after) == OrderStatus.PAID


async def test_a_username_the_restarted_adapter_never_saw_is_found_too(
    workers: list[SqlUnitOfWorkFactory],
) -> None:
    before, after = workers
    clock, names = FakeClock(), NameBook()
    first = ChatApp(uow_factory=before, clock=clock, config=AppConfig())
    await first.handle(telegram(AMY, "/groupbuy Mangoes price 88", 1, names))
    await first.handle(telegram(BOB, "+1", 2, names))
    await first.handle(telegram(AMY, "/close", 3, names))

    restarted = ChatApp(uow_factory=after, clock=clock, config=AppConfig())
    request = telegram(AMY, "/paid @bob_tg", 4, NameBook(), mention=(6, 7))
    assert request.mentions == ()  # a username this process never saw
    replies = await restarted.handle(request)

    # the group's line of a slash command alone speaks as the card does (English here: `/groupbuy Mangoes`),
    # never only its sender's app language (zh-hans): the group read the close in English too (rep71 #3)
    assert replies[0].text == "✅ Bob's order #1-1 is paid."
    assert await _bobs_order(after) == OrderStatus.PAID
