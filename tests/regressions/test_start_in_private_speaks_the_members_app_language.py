"""Session 33: a member whose Telegram app speaks Chinese (`zh-hans`) sent `/start`, or tapped a share
link (`/start <payload>`), in her private chat and read the welcome and the group buy's card in English,
the word `start`'s language, unless she had sent `/lang zh` there first. `/start` in private now answers in
her private `/lang`, else her app's language, else her own as last seen, else (a link) the card's, else the
app's default."""

from __future__ import annotations

import pytest

from handlers.config import DEV_PAYMENT_SECRET
from handlers.sharing import share_payload
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

WELCOME = {
    "zh": "你好！我是团购助手，帮你在群里接龙团购。",
    "en": "Hi! I'm Tuan: I run group buys in group chats.",
}
CARD = {"zh": "团长：Amy\n单价：¥88/份", "en": "Organiser: Amy\nPrice: ¥88 each"}


async def _mangoes(default: str = "en", *, chinese: bool = False) -> tuple[Chat, str]:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language=default)
    await chat.say("amy", "接龙 Mangoes 价格 88" if chinese else "/groupbuy Mangoes price 88")
    return chat, f"/start {share_payload(1, 'amy', DEV_PAYMENT_SECRET)}"


async def _opened(chat: Chat, text: str, language: str | None) -> str:
    replies = await chat.say("eve", text, private=True, language=language)
    return "\n".join(reply.text for reply in replies if reply.text)


@pytest.mark.parametrize(("app", "lang", "default"), [("zh-hans", "zh", "en"), ("en", "en", "zh")])
async def test_start_and_a_share_link_speak_the_members_app_language(
    app: str, lang: str, default: str
) -> None:
    chat, link = await _mangoes(default, chinese=default == "zh")

    welcome = await _opened(chat, "/start", app)
    card = await _opened(chat, link, app)

    assert welcome.startswith(WELCOME[lang]), welcome
    assert CARD[lang] in card, card


async def test_her_private_lang_wins_over_her_apps() -> None:
    chat, link = await _mangoes("zh", chinese=True)
    await chat.say("eve", "/lang en", private=True, language="zh-hans")

    welcome = await _opened(chat, "/start", "zh-hans")
    card = await _opened(chat, link, "zh-hans")

    assert welcome.startswith(WELCOME["en"]), welcome
    assert CARD["en"] in card, card


async def test_a_link_opened_where_nothing_tells_her_language_speaks_as_the_card() -> None:
    chat, link = await _mangoes("en", chinese=True)  # a Chinese card, an English app, no app language

    card = await _opened(chat, link, None)
    welcome = await _opened(chat, "/start", None)

    assert CARD["zh"] in card, card
    assert welcome.startswith(WELCOME["en"]), welcome  # no card, nothing known: the app's default
