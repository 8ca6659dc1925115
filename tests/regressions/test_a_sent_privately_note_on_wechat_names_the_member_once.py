"""Session 28 (rep47 #13): on WeChat `我的订单` in the room was answered `@李四 李四，你的订单已私信发给你。`:
the mention names her, and the text named her again. Now the room reads `@李四 你的订单已私信发给你。`
(`@Li Your orders…` in English); a platform without mentions keeps the name."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import cast

import pytest

from commerce.domain.outbox import SEND
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.regressions.test_a_wechat_room_alias_change_keeps_one_member import ROOM, Room

SAID = {
    "zh": ("/lang zh", "接龙 草莓 价格 118", "截单", "我的订单", "@wxid_lisi\u2005你的订单已私信发给你。"),
    "en": (
        "/lang en",
        "/groupbuy Strawberries price 118",
        "/close",
        "/orders",
        "@wxid_lisi\u2005I've sent your orders to you in a private message.",
    ),
}


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_the_room_reads_the_mention_and_no_name_again(language: str) -> None:
    lang, open_, close, orders, told = SAID[language]
    room = Room()
    await room.say("wxid_amay", "阿May", lang)
    await room.say("wxid_amay", "阿May", open_)
    await room.say("wxid_lisi", "李四", "+1")
    await room.say("wxid_amay", "阿May", close)

    said = await room.say("wxid_lisi", "李四", orders)

    assert said == [told]
    assert [where for where, _ in room.sent[-2:]] == ["wxid_lisi", ROOM]  # the orders went privately first


async def test_through_the_outbox_rows_too() -> None:
    """`tuan run wechat` writes replies as outbox rows: the row keeps whom it answered by name, so the
    relay's message leaves it out as well."""
    room = Room()
    factory = FakeUnitOfWorkFactory()
    room.adapter.app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=FakeClock(),
        config=AppConfig(default_language="zh", outbox_platform="wechat", outbox_toasts=True),
    )
    await room.say("wxid_amay", "阿May", "接龙 草莓 价格 118")
    await room.say("wxid_lisi", "李四", "+1")
    await room.say("wxid_amay", "阿May", "截单")
    await room.say("wxid_lisi", "李四", "我的订单")
    async with factory() as uow:
        rows = await uow.outbox.due(SEND, now=datetime(2100, 1, 1, tzinfo=UTC), limit=100)

    told = [row for row in rows if "已私信发给你" in json.loads(row.payload)["reply"].get("text", "")]

    await room.adapter.send_rows(told)

    assert [text for where, text in room.sent if where == ROOM][
        -1
    ] == "@wxid_lisi\u2005你的订单已私信发给你。"
