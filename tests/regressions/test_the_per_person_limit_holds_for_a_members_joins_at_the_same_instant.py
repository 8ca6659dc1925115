"""The per-person limit counts a member's own line and her friend lines (`+1 for A`), but it was checked
in the domain only: two of her joins arriving at the same instant (two taps, two friend lines, two
workers) each read what she held before the other committed, and both passed. The line's write now
counts her lines itself, and on PostgreSQL her joins take turns on her lock: six joins of one member
at once, through two workers' apps, on `limit 3` leave her with exactly 3; the others are told the
limit, what she holds and that she may add no more; her order at the close has 3."""

from __future__ import annotations

import asyncio

from handlers.app import AppConfig, ChatApp
from handlers.types import Request
from storage.db import make_engine
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock

ROOM = "room"
JOINS = ["+1", "+1 for A", "+1 for B", "+1 for C", "+1 for D", "+1 for E"]
REFUSED = (
    "Sorry, Mangoes is limited to 3 per person, and the lines you sign up for friends count as"
    " yours: you already have 3 (your own and your friends' lines), the most you may take."
    " Nothing was changed."
)
REFUSED_ZH = (
    "抱歉，芒果 每人限购 3 份，帮朋友报的也算在你名下："
    "你已经报了 3 份（你自己和帮朋友报的），不能再报了，没有任何改动。"
)


def _say(user: str, text: str, update_id: str, language: str = "en") -> Request:
    return Request(
        platform="test",
        chat_id=ROOM,
        user_id=user,
        display_name=user.title(),
        text=text,
        update_id=update_id,
        language=language,
    )


async def _race(
    uow_factory: SqlUnitOfWorkFactory, database_url: str, opening: str, joins: list[str], language: str
) -> tuple[list[str], list[tuple[str, str, int]], int, list[int]]:
    """The joins fired at once through two apps (two workers, each its own engine); what each was
    answered, the lines stored, the units sold and her order's quantities after the close."""
    clock = FakeClock()
    other = SqlUnitOfWorkFactory(make_engine(database_url))
    try:
        apps = [
            ChatApp(uow_factory=factory, clock=clock, config=AppConfig()) for factory in (uow_factory, other)
        ]
        await apps[0].handle(_say("amy", opening, "1", language))
        answers = await asyncio.gather(
            *(apps[i % 2].handle(_say("troll", text, str(10 + i), language)) for i, text in enumerate(joins))
        )
        said = [answer[0].text for answer in answers]
        async with uow_factory() as uow:
            found = await uow.group_buys.get(1)
            lines = await uow.group_buys.participants(1)
        assert found is not None
        await apps[0].handle(_say("amy", "/close" if language == "en" else "截单", "2", language))
        async with uow_factory() as uow:
            orders = await uow.orders.for_group_buy(1)
    finally:
        await other.dispose()
    stored = [(line.user_id, line.friend, line.quantity) for line in lines]
    ordered = [line.quantity for order in orders if order.buyer_id == "troll" for line in order.lines]
    return said, stored, found.sold, ordered


async def test_six_joins_of_one_member_at_once_leave_her_at_the_limit(
    uow_factory: SqlUnitOfWorkFactory, database_url: str
) -> None:
    opening = "/groupbuy Mangoes price 88 target 1 stock 20 limit 3 ends tomorrow 20:00"
    said, stored, sold, ordered = await _race(uow_factory, database_url, opening, JOINS, "en")

    joined = [text for text in said if text.startswith("Troll joined") or text.startswith("Troll is in")]
    assert len(joined) == 3, said
    assert sorted(text for text in said if text not in joined) == [REFUSED] * 3
    assert sum(quantity for _, _, quantity in stored) == 3 and sold == 3
    assert all(user == "troll" for user, _, _ in stored)
    assert sum(ordered) == 3


async def test_friend_lines_at_once_in_chinese_stop_at_the_limit(
    uow_factory: SqlUnitOfWorkFactory, database_url: str
) -> None:
    opening = "接龙 芒果 价格 88 成团 1 库存 20 限购 3 截止 明天20:00"
    joins = ["+1 帮 小王", "+1 帮 小李", "+1 帮 小张", "+1 帮 小赵", "+1"]
    said, stored, sold, ordered = await _race(uow_factory, database_url, opening, joins, "zh")

    assert len([text for text in said if text != REFUSED_ZH]) == 3, said
    assert said.count(REFUSED_ZH) == 2
    assert sum(quantity for _, _, quantity in stored) == 3 and sold == 3
    assert sum(ordered) == 3
