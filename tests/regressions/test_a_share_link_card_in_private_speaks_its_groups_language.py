"""s37: session 36 (rep80 #5) made a share code typed alone in private open its card in her steady
language (her private `/lang`, else her app's), else its group's, never one word she typed before. A
share link, `/start <payload>`, still opened it in the words she last typed: Dan, who typed `笔记 1` once in
his private chat, opened an English group's link in Chinese. A link now follows the code's rule."""

from __future__ import annotations

import pytest

from handlers.config import DEV_PAYMENT_SECRET
from handlers.sharing import share_payload
from tests.unit.handlers.conftest import Chat, fake_chat

OPENING = {"en": "/groupbuy Cookies price 5", "zh": "接龙 曲奇 价格 5"}
JOIN = {"en": "count me in", "zh": "我要一份"}
STRAY = {"en": "笔记 1", "zh": "my orders"}  # one line in the other language, in his private chat
CARD = {"en": "🛒 Cookies (#1)\nOrganiser: Amy", "zh": "🛒 曲奇（#1）\n团长：Amy"}


async def _opened(lang: str) -> Chat:
    chat = fake_chat()
    chat.platform = "playground"  # no app language told
    await chat.say("amy", OPENING[lang])
    await chat.say("amy", "/note the cookies are crisp" if lang == "en" else "笔记 曲奇很脆")
    await chat.say("dan", JOIN[lang])  # Dan, in the group
    await chat.say("dan", STRAY[lang], private=True)
    return chat


def _card(replies: list) -> str:  # type: ignore[type-arg]
    [card] = [reply.text for reply in replies if reply.text]
    return card


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_link_opens_the_card_in_its_groups_language(lang: str) -> None:
    chat = await _opened(lang)
    link = share_payload(1, "amy", DEV_PAYMENT_SECRET)

    opened = _card(await chat.say("dan", f"/start {link}", private=True))

    assert opened.startswith(CARD[lang]), opened


async def test_her_app_language_still_decides_the_card() -> None:
    chat = await _opened("zh")
    chat.platform = "test"
    link = share_payload(1, "amy", DEV_PAYMENT_SECRET)

    opened = _card(await chat.say("dan", f"/start {link}", private=True, language="en"))

    assert opened.startswith("🛒 曲奇 (#1)\nOrganiser: Amy"), opened


async def test_her_private_lang_still_decides_the_card() -> None:
    chat = await _opened("en")
    await chat.say("dan", "/lang zh", private=True)
    link = share_payload(1, "amy", DEV_PAYMENT_SECRET)

    opened = _card(await chat.say("dan", f"/start {link}", private=True))

    assert opened.startswith("🛒 Cookies（#1）\n团长：Amy"), opened
