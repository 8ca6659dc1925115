"""A share link of a group buy that exists, its signature altered or cut short (`/start gb1-u5-deadbeef`
tapped on Telegram, the same payload on WeChat or the playground), said "The group buy of this link (#1)
no longer exists.": untrue. It is now told the link is not one the bot gave, and nothing more (no card,
no visit); a link to a group buy that truly no longer exists keeps its answer."""

from __future__ import annotations

import pytest

from handlers.config import DEV_PAYMENT_SECRET
from handlers.sharing import share_payload
from handlers.types import ChatKind, Reply, Request
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

NOT_MINE = {
    "en": "This link is not one I gave (it may have been changed or cut short). "
    "Ask your friend to send it again.",
    "zh": "这个链接不是我发出的（可能被改动或截断了），请让朋友重新发一次。",
}
GONE = {"en": "The group buy of this link (#7) no longer exists.", "zh": "这个链接对应的团购（#7）已不存在。"}


@pytest.mark.parametrize("platform", ["telegram", "wechat", "playground"])
@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize(
    "payload",
    [
        "gb1-u5-deadbeef",  # a signature that is not ours
        share_payload(1, "bob", DEV_PAYMENT_SECRET)[:-4],  # cut short
        "gb1",  # typed by hand
    ],
)
async def test_a_bad_link_to_an_existing_group_buy_is_not_said_to_be_gone(
    platform: str, lang: str, payload: str
) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language=lang)
    await chat.say("amy", "/groupbuy Mangoes price 88 target 3")
    replies: list[Reply] = []
    for text in (f"/lang {lang}", f"/start {payload}"):  # her private chat's language, then the link
        replies = await chat.app.handle(
            Request(platform, "eve", "eve", "Eve", chat_kind=ChatKind.PRIVATE, text=text, language=lang)
        )
    assert chat.said(replies) == NOT_MINE[lang]
    assert not [reply for reply in replies if reply.is_card]
    assert factory.state.visits == []


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_link_to_a_group_buy_that_does_not_exist_still_says_so(lang: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language=lang)
    await chat.say("amy", "/groupbuy Mangoes price 88 target 3")
    await chat.say("eve", f"/lang {lang}", private=True, language=lang)
    for payload in ("gb7-u5-deadbeef", share_payload(7, "bob", DEV_PAYMENT_SECRET)):
        replies = await chat.say("eve", f"/start {payload}", private=True, language=lang)
        assert chat.said(replies) == GONE[lang]
