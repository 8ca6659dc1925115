"""A member who leaves a Telegram group, or is removed (its `left_chat_member` service message, which the
dispatcher hands the adapter), is no longer the group's member (`ChatApp.left`): the group's `/rank` does
not name him. A bot leaving changes nothing, and his next message there makes him a member again."""

from __future__ import annotations

import re
from typing import Any, cast

from aiogram import Bot
from aiogram.types import Update

from bot.telegram.run import make_dispatcher
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import adapter_for
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

FAMILY = -100555
AMY, BOB, DAN = User(5001, "Amy"), User(5002, "Bob"), User(5003, "Dan")
HELPER = {"id": 5999, "is_bot": True, "first_name": "Helper"}


class Family:
    """The group in front of the dispatcher (the bot's own routers) and a ChatApp on the fakes."""

    def __init__(self, bot: Bot, api: FakeBotAPI) -> None:
        self.bot, self.api = bot, api
        self.factory = FakeUnitOfWorkFactory()
        app = ChatApp(
            uow_factory=cast(UnitOfWorkFactory, self.factory),
            clock=FakeClock(),
            config=AppConfig(default_language="en"),
        )
        adapter, self.outbox = adapter_for(app, bot)
        self.dispatcher = make_dispatcher(adapter=adapter)
        self.updates = iter(range(1, 100))

    async def feed(self, raw: dict[str, Any]) -> None:
        update = Update.model_validate({"update_id": next(self.updates), **raw}, context={"bot": self.bot})
        await self.dispatcher.feed_update(self.bot, update)
        await self.outbox.drain(10)

    async def say(self, user: User, text: str) -> None:
        await self.feed(self.api.message(FAMILY, user, text))

    def last_said(self) -> str:
        return str(self.api.sent("sendMessage", FAMILY)[-1].params["text"])

    async def ranking(self) -> str:
        await self.say(AMY, "/rank")
        return self.last_said()


async def test_a_member_who_left_is_not_ranked_until_he_is_back(bot: Bot, api: FakeBotAPI) -> None:
    family = Family(bot, api)
    factory, say, ranking = family.factory, family.say, family.ranking

    async def left(user: dict[str, Any]) -> None:
        service = api.message(FAMILY, AMY, "", left_chat_member=user)
        del service["message"]["text"]
        await family.feed(service)

    await say(AMY, "/groupbuy Mangoes price 30")
    api.started.add(BOB.id)
    await say(BOB, "/share")  # on Telegram her link and code go privately
    found = re.search(r"(?:团|(?<![\w#-]))\d+-\w{4}", api.texts(BOB.id)[-1])
    assert found is not None
    await say(DAN, f"+1 {found.group(0)}")
    await say(AMY, "/close")
    ranked = "🏆 Sharers of the week (by the buyers their links brought):\n1. Bob: 1 buyer"
    assert await ranking() == ranked

    await left(HELPER)  # another bot: nothing
    assert await ranking() == ranked
    await left(BOB.json())
    assert (str(FAMILY), "telegram:5002") not in factory.state.memberships
    assert (
        await ranking() == "Nobody has brought a buyer with their link this week yet. Send /share for yours."
    )

    await say(BOB, "back again")
    assert await ranking() == ranked


async def test_a_member_removed_from_a_large_group_is_not_ranked(bot: Bot, api: FakeBotAPI) -> None:
    """Large groups send no `left_chat_member` message; an admin bot gets `chat_member` updates instead
    (the dispatcher asks for them): `left` or `kicked` ends his membership; someone joining changes
    nothing."""
    family = Family(bot, api)
    feed, say, ranking = family.feed, family.say, family.ranking
    assert "chat_member" in family.dispatcher.resolve_used_update_types()

    await say(AMY, "/groupbuy Mangoes price 30")
    for sharer in (BOB, DAN):
        api.started.add(sharer.id)
        await say(sharer, "/share")  # on Telegram her link and code go privately
        found = re.search(r"(?:团|(?<![\w#-]))\d+-\w{4}", api.texts(sharer.id)[-1])
        assert found is not None
        buyer = User(sharer.id + 100, f"Buyer of {sharer.first_name}")
        await say(buyer, f"+1 {found.group(0)}")
    await say(AMY, "/close")
    both = await ranking()
    assert "Bob: 1 buyer" in both and "Dan: 1 buyer" in both

    carl = User(5004, "Carl")
    await feed(api.chat_member(FAMILY, carl.json(), "left", "member", by=carl))  # someone joins: nothing
    assert await ranking() == both
    await feed(api.chat_member(FAMILY, BOB.json(), "member", "left", by=BOB))
    assert "Bob" not in await ranking()
    await feed(api.chat_member(FAMILY, DAN.json(), "member", "kicked", by=AMY))  # removed
    assert await ranking() == (
        "Nobody has brought a buyer with their link this week yet. Send /share for yours."
    )
    await feed(api.chat_member(FAMILY, HELPER, "member", "left", by=AMY))  # a bot: nothing
