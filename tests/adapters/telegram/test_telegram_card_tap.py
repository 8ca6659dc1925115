"""The Share router matches taps through our button codec (`CardTap`), not aiogram's CallbackData."""

from __future__ import annotations

from typing import Any

import pytest
from aiogram.dispatcher.event.bases import UNHANDLED
from aiogram.types import CallbackQuery

from bot.telegram.callback_data import CardTap
from bot.telegram.routers import sharing
from handlers.buttons import CardAction, CardButton
from tests.adapters.telegram.fake_api import FakeBotAPI, User

GROUP = -100444
BOB = User(4002, "Bob", language_code="en")


def tap(data: str) -> CallbackQuery:
    return CallbackQuery.model_validate(FakeBotAPI().tap(GROUP, BOB, 11, data)["callback_query"])


class SharingAdapter:
    def __init__(self) -> None:
        self.shared: list[int] = []

    async def on_share(self, query: CallbackQuery, group_buy_id: int) -> None:
        self.shared.append(group_buy_id)


async def test_a_share_tap_gives_the_handler_the_unpacked_button() -> None:
    assert await CardTap(CardAction.SHARE)(tap("gb:share:3")) == {"button": CardButton(CardAction.SHARE, 3)}


@pytest.mark.parametrize(
    "data", ["gb:join:3", "gb:share:9223372036854775808", "gb:share:-1", "gb:share:", "od:pay:3", "x"]
)
async def test_other_or_malformed_taps_do_not_match_share(data: str) -> None:
    assert await CardTap(CardAction.SHARE)(tap(data)) is False


async def test_the_sharing_router_answers_share_and_leaves_the_rest_to_the_chat_router() -> None:
    adapter = SharingAdapter()
    kwargs: dict[str, Any] = {"adapter": adapter}
    router = sharing.make_router()

    shared = await router.propagate_event("callback_query", tap("gb:share:3"), **kwargs)
    joined = await router.propagate_event("callback_query", tap("gb:join:3"), **kwargs)
    oversized = await router.propagate_event("callback_query", tap("gb:share:9223372036854775808"), **kwargs)

    assert shared is not UNHANDLED and adapter.shared == [3]
    assert joined is UNHANDLED and oversized is UNHANDLED
