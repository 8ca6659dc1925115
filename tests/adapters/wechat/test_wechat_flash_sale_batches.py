"""A flash sale in a WeChat room: the `+1`s that come while the room's turn is taken go to the ChatApp
together, in the order they came (`WeChatAdapter._in_run`, `ChatApp.handle_together`), and are answered
in one batch pass (handlers.rush): the first to ask get the units, the others are told it sold out, and a
message of another kind (the organiser's 截单) keeps its place: the `+1`s after it are refused as closed."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import select

from bot.wechat.translate import Incoming
from storage.tables import group_buys, participants
from storage.uow import SqlUnitOfWorkFactory
from tests.adapters.wechat.relayed_room import ROOM, Room


def _said(member: str, text: str, number: int) -> Incoming:
    return Incoming(f"m{number}", f"wxid_{member}", member, text, room_id=ROOM)


async def _room(grouped: SqlUnitOfWorkFactory) -> Room:
    room = Room("zh", card_interval=timedelta(hours=1), as_run=True, uow_factory=grouped)
    room.relay.start()
    await room.say("Amy", "接龙 芒果 价格 30 库存 5")
    return room


async def test_a_rooms_flash_sale_is_answered_in_batches_in_the_order_it_came(
    grouped: SqlUnitOfWorkFactory, batch_passes: list[int]
) -> None:
    room = await _room(grouped)
    try:
        buyers = [f"B{i:02d}" for i in range(20)]
        await asyncio.gather(
            *(room.adapter.on_message(_said(b, "+1", 100 + i)) for i, b in enumerate(buyers))
        )
        assert await room.relay.drain(5)
    finally:
        await room.relay.close()

    # the first alone, most of the rest together (how many in each pass depends on when each message
    # reaches the room's turn: 14 to 19 of 20 seen)
    assert sum(batch_passes) >= 5
    said = "\n".join(room.sent)
    for buyer in buyers[5:]:  # each told, once, that it sold out
        assert said.count(f"{buyer}：") == 1 and "卖完" in said, said
    async with grouped.engine.connect() as conn:
        assert (await conn.execute(select(group_buys.c.sold))).scalar_one() == 5
        joined = (await conn.execute(select(participants.c.user_id).order_by(participants.c.id))).scalars()
        assert list(joined) == [f"wxid_{b}" for b in buyers[:5]]  # in the order they came


async def test_a_close_among_a_rooms_joins_keeps_its_place(grouped: SqlUnitOfWorkFactory) -> None:
    room = await _room(grouped)
    try:
        sent = [_said(f"C{i}", "+1", 200 + i) for i in range(3)]
        sent += [_said("Amy", "截单", 210), *(_said(f"D{i}", "+1", 220 + i) for i in range(3))]
        await asyncio.gather(*(room.adapter.on_message(incoming) for incoming in sent))
        assert await room.relay.drain(5)
    finally:
        await room.relay.close()

    async with grouped.engine.connect() as conn:
        joined = (await conn.execute(select(participants.c.user_id).order_by(participants.c.id))).scalars()
        assert list(joined) == ["wxid_C0", "wxid_C1", "wxid_C2"]  # nobody after the close
