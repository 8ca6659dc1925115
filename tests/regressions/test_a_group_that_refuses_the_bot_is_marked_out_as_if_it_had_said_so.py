"""Telegram told the bot it was out of a group only through `my_chat_member`; when that update was missed
(or never sent: a group deleted), a send the group refused with a 403 ("Forbidden: bot was kicked from
the group chat", "bot is not a member of the supergroup chat", "the group chat was deleted") was logged
and dropped, and nothing else changed: the organiser was never told her group could not be reached,
every later card and close was tried and refused again, her close summary said `群里已通知`, and when the
bot was added back the group never heard what it had missed. Now such a refusal marks the group out
exactly as `my_chat_member` does: the organiser told once, later sends to it skipped, a close summary
saying the group was not told, and, added back, the missed close posted there (s30-tgback).

Through the bot's own dispatcher and adapter against the fake Bot API, which refuses every send to the
group as Telegram refuses a group that removed the bot (`assert_nothing_refused` checks the rest); with
the replies delivered at once and with outbox rows sent by the relay (as `tuan run telegram` sends)."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Any, cast

import pytest
from aiogram import Bot
from aiogram.types import Update

from bot.outbox_relay import OutboxRelay
from bot.telegram.run import make_dispatcher
from commerce.domain.outbox import send_topic
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from tests.adapters.telegram.fake_api import FakeBotAPI
from tests.adapters.telegram.wiring import adapter_for
from tests.fakes import FakeUnitOfWorkFactory
from tests.regressions.test_telegram_bot_removed_and_added_back_is_said import (
    AMY,
    BOB,
    FAMILY,
    Group,
    Remembered,
)


class Rows(Group):
    """The group as `tuan run telegram` serves it: replies written as outbox rows, sent by the relay."""

    def __init__(self, bot: Bot, api: FakeBotAPI) -> None:
        super().__init__(bot, api)
        factory = cast(UnitOfWorkFactory, FakeUnitOfWorkFactory())
        config = AppConfig(default_language="en", outbox_platform="telegram")
        self.app = ChatApp(uow_factory=factory, clock=self.clock, config=config)
        self.adapter, self.outbox = adapter_for(self.app, bot)
        self.adapter.delivered = Remembered()
        self.dispatcher = make_dispatcher(adapter=self.adapter)
        self.relay = OutboxRelay(
            uow_factory=factory,
            clock=self.clock,
            topic_prefix=send_topic("telegram"),
            sink=self.adapter.send_row,
            poll_seconds=0.05,
            leases=False,
        )
        self.app.on_queued = self.relay.wake
        self.relay.start()

    async def feed(self, raw: dict[str, Any], update_id: int | None = None) -> None:
        number = next(self.updates) if update_id is None else update_id
        update = Update.model_validate({"update_id": number, **raw}, context={"bot": self.bot})
        await self.dispatcher.feed_update(self.bot, update)
        for _ in range(2):  # a refused send's notes are rows too
            assert await self.relay.drain(10)
            await self.outbox.drain(10)
        self.clock.advance(seconds=5)


@pytest.fixture(params=["replies", "outbox rows"])
async def group(request: pytest.FixtureRequest, bot: Bot, api: FakeBotAPI) -> AsyncIterator[Group]:
    if request.param == "replies":
        yield Group(bot, api)
        return
    rows = Rows(bot, api)
    yield rows
    await rows.relay.close()


REFUSALS = [
    "Forbidden: bot was kicked from the group chat",
    "Forbidden: bot is not a member of the supergroup chat",
    "Forbidden: the group chat was deleted",
]


@pytest.mark.parametrize("refusal", REFUSALS)
async def test_a_group_refusing_the_bot_tells_the_organiser_once_skips_it_and_hears_the_close_when_back(
    group: Group, api: FakeBotAPI, refusal: str
) -> None:
    api.started.update({AMY.id, BOB.id})
    for text in ("/lang zh", "/groupbuy Leeks price 10 target 1", "/groupbuy Eggs price 20 target 1"):
        await group.say(AMY, text)
    await group.say(BOB, "+1 #1")
    api.undeliverable[FAMILY] = (403, refusal)  # removed, and no my_chat_member reached the bot

    told = len(group.texts(AMY.id))
    await group.feed(api.message(AMY.id, AMY, "修改 #1 库存 5"))  # the group is told of it: refused
    assert group.texts(AMY.id)[told:][-1] == (
        "我已经不在这个群里了（被移出或群已解散），群里收不到我的消息：卡片、截单通知和订单都发不进去。"
        "你在那里还在接龙的团：Eggs（#2）、Leeks（#1）。"
        "要继续，请把我重新拉进群；或者在这里私信我 截单 #2 / 取消 #2，"
        "订单会私信发给每位能收到的买家。"
    ), group.texts(AMY.id)[told:]
    tried = len([call for call in api.calls if call.params.get("chat_id") in (FAMILY, str(FAMILY))])

    told = len(group.texts(AMY.id))
    await group.feed(api.message(AMY.id, AMY, "截单 #1"))  # in her private chat
    summary = group.texts(AMY.id)[told:]
    assert any(text.startswith("已截单，但群里没有收到：我已经不在那个群里了") for text in summary), summary
    assert not any("群里已通知" in text for text in summary), summary
    assert any("Leeks" in text for text in group.texts(BOB.id))  # the buyer has his order privately
    now_tried = [call for call in api.calls if call.params.get("chat_id") in (FAMILY, str(FAMILY))]
    assert len(now_tried) == tried, now_tried[tried:]  # nothing more was tried in the group

    told = len(group.texts(AMY.id))
    at = int(time.time())
    await group.feed(group.bot_status("member", "kicked", at=at))  # the update comes late after all
    assert group.texts(AMY.id)[told:] == []  # told once

    del api.undeliverable[FAMILY]
    shown = len(group.texts(FAMILY))
    await group.feed(group.bot_status("kicked", "member", at=at + 60))
    heard = group.texts(FAMILY)[shown:]
    assert heard[0].startswith("我回到群里了。这里还在接龙的团：Eggs（#2）"), heard
    assert "我不在的时候，Leeks（#1）已经截止" in heard[0], heard
    assert group.texts(AMY.id)[told:] == [
        "我回到「Neighbours」了：Leeks（#1）在我不在的时候截止，那个群没收到通知，现在已在群里补发了卡片。"
    ]
    api.assert_nothing_refused()


async def test_a_close_the_group_refused_is_posted_there_when_the_bot_is_back(
    group: Group, api: FakeBotAPI
) -> None:
    """The refused send was the close itself: the organiser's summary, which waits for the group's
    announcement, says the group was not told; and the group is out since that close, so it is one the
    group missed, posted when the bot is back."""
    api.started.update({AMY.id, BOB.id})
    for text in ("/lang zh", "/groupbuy Leeks price 10 target 1"):
        await group.say(AMY, text)
    await group.say(BOB, "+1")
    api.undeliverable[FAMILY] = (403, REFUSALS[0])
    told = len(group.texts(AMY.id))
    await group.feed(api.message(AMY.id, AMY, "截单 #1"))  # its announcement and final card: refused
    summary = group.texts(AMY.id)[told:]
    assert len(summary) == 1 and summary[0].startswith("已截单，但群里没有收到：我已经不在那个群里了"), (
        summary
    )

    del api.undeliverable[FAMILY]
    shown = len(group.texts(FAMILY))
    await group.feed(group.bot_status("kicked", "member", at=int(time.time())))
    heard = group.texts(FAMILY)[shown:]
    assert heard[0].endswith(
        "我不在的时候，Leeks（#1）已经截止，结果见下面重新发的卡片（成团的，买家的订单都已私信发送）。"
    )
    assert len(heard) == 2 and "Leeks" in heard[1] and "Bob" in heard[1], heard  # the final card, anew
    api.assert_nothing_refused()
