"""A Telegram group's title, from the updates, is the chat's name: kept as last seen (a rename too), said in
a member's `/orders`, and `/copy #1 to <title>` posts the copy in the group of that title (fake Bot API)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import cast

import pytest
from aiogram import Bot
from aiogram.types import CallbackQuery, Message

from bot.telegram.adapter import TelegramAdapter
from bot.telegram.outbox import Outbox
from bot.telegram.translate import callback_request, message_request
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from handlers.types import Request
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import adapter_for
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

FAMILY, GARDEN = -100777, -100888
AMY = User(4001, "Amy", language_code="en")
BOB = User(4002, "Bob", language_code="en")
Wired = tuple[TelegramAdapter, Outbox]


@pytest.fixture
def factory() -> FakeUnitOfWorkFactory:
    return FakeUnitOfWorkFactory()


@pytest.fixture
async def wired(bot: Bot, factory: FakeUnitOfWorkFactory) -> AsyncIterator[Wired]:
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=FakeClock(),
        config=AppConfig(default_language="en"),
    )
    adapter, outbox = adapter_for(app, bot)
    yield adapter, outbox
    await outbox.close()


class Say:
    """Members' messages as Telegram delivers them, each a new update."""

    def __init__(self, wired: Wired, api: FakeBotAPI) -> None:
        self.wired, self.api, self.updates = wired, api, 0

    async def __call__(self, chat: int, user: User, text: str, title: str = "Family Group") -> None:
        adapter, outbox = self.wired
        self.updates += 1
        update = self.api.message(chat, user, text, title=title)
        await adapter.on_message(Message.model_validate(update["message"]), update_id=self.updates)
        assert await outbox.drain(10)


async def test_the_groups_title_names_the_chat_of_each_order(
    api: FakeBotAPI, wired: Wired, factory: FakeUnitOfWorkFactory
) -> None:
    say = Say(wired, api)
    api.started.add(BOB.id)  # Bob opened his private chat with the bot
    await say(FAMILY, AMY, "/groupbuy Mangoes price 88 target 1", title="Family Group")
    await say(FAMILY, BOB, "+2", title="Wang Family")  # renamed meanwhile: the update says so
    await say(FAMILY, AMY, "/close", title="Wang Family")

    await say(BOB.id, BOB, "/orders")

    api.assert_nothing_refused()
    listing = api.texts(BOB.id)[-1]
    assert listing.startswith("Your orders:\n#")
    assert " Mangoes (group buy #1 by Amy in Wang Family): 2 × ¥88 = ¥176 · to pay\n💰 " in listing
    assert factory.state.chat_titles[str(FAMILY)][0] == "Wang Family"  # kept, once per rename
    assert factory.state.chat_title_writes == 2
    assert str(BOB.id) not in factory.state.chat_titles  # a private chat has no title


async def test_a_copy_goes_to_the_group_named_by_its_title(api: FakeBotAPI, wired: Wired) -> None:
    say = Say(wired, api)
    await say(FAMILY, AMY, "/groupbuy Mangoes price 88 target 5", title="Family Group")
    await say(GARDEN, AMY, "/help", title="Garden Club")  # Amy is seen in the garden club

    await say(FAMILY, AMY, "/copy #1 to garden club")

    api.assert_nothing_refused()
    garden = api.texts(GARDEN)
    assert garden[-2].startswith("New group buy #2 here: Mangoes at ¥88 each.")  # it never saw #1
    assert garden[-1].startswith("🛒 Mangoes (#2)\nOrganiser: Amy\n")
    assert api.texts(FAMILY)[-1] == "Opened #2 (Mangoes, a copy of #1) in chat Garden Club."


def test_a_groups_title_arrives_with_its_messages_and_taps_and_a_private_chat_has_none() -> None:
    api = FakeBotAPI()
    in_group = Message.model_validate(api.message(FAMILY, AMY, "+1", title="Family Group")["message"])
    private = Message.model_validate(api.message(AMY.id, AMY, "/orders")["message"])
    tap = CallbackQuery.model_validate(api.tap(FAMILY, AMY, 1, "join:1")["callback_query"])

    assert (message_request(in_group, update_id=1) or _none()).chat_title == "Family Group"
    assert (message_request(private, update_id=2) or _none()).chat_title is None
    assert (callback_request(tap) or _none()).chat_title == "Neighbours"  # the fake's group


def _none() -> Request:
    raise AssertionError("no request")
