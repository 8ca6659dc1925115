"""Review 80 #5: Dan, who only typed English, sent one `笔记 1` in his private chat; from then on a share
code of an English group typed there alone (`4-C3YR`) opened its card in Chinese, and `+1 4-C3YR` was
answered in Chinese. A code tells nothing of her language: the card it opens (and the answer to joining
by it) speaks her steady language, her private `/lang`, else her app's, else the card's group's; never
one word she typed before."""

from __future__ import annotations

import re

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

OPENING = {"en": "/groupbuy Cookies price 5 stock 1", "zh": "接龙 曲奇 价格 5 库存 1"}
NOTE = {"en": "/note the cookies are crisp", "zh": "笔记 曲奇很脆"}
JOIN = {"en": "count me in", "zh": "我要一份"}
STRAY = {"en": "笔记 1", "zh": "/note 1"}  # one line in the other language, in his private chat
CARD = {"en": "🛒 Cookies (#1)\nOrganiser: Amy", "zh": "🛒 曲奇（#1）\n团长：Amy"}
SOLD_OUT = {"en": "Sorry, Cookies is sold out", "zh": "抱歉，曲奇 已经卖完了"}


async def _code(lang: str) -> tuple[Chat, str]:
    chat = fake_chat()
    chat.platform = "playground"
    await chat.say("amy", OPENING[lang])
    await chat.say("bob", NOTE[lang])
    shared = chat.shared(await chat.say("bob", "分享" if lang == "zh" else "share"))  # while there is some
    await chat.say("dan", JOIN[lang])  # he takes the last one: a code's join is refused, sold out
    found = re.search(r"\d+-[A-Z0-9]{4}", shared)
    assert found is not None, shared
    stray = await chat.say("dan", STRAY[lang], private=True)
    assert any("#1" in reply.text for reply in stray if reply.text), stray  # the note, opened
    return chat, found.group(0)


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_code_alone_opens_the_card_in_its_groups_language(lang: str) -> None:
    chat, code = await _code(lang)

    opened = await chat.say("dan", code, private=True)

    [card] = [reply.text for reply in opened if reply.text]
    assert card.startswith(CARD[lang]), card


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_joining_by_the_code_is_answered_in_its_groups_language(lang: str) -> None:
    chat, code = await _code(lang)

    joined = await chat.say("dan", f"+1 {code}", private=True)

    assert chat.said(joined).startswith(SOLD_OUT[lang]), chat.said(joined)


async def test_his_private_lang_still_decides_the_card() -> None:
    chat, code = await _code("en")
    await chat.say("dan", "/lang zh", private=True)

    opened = await chat.say("dan", code, private=True)

    [card] = [reply.text for reply in opened if reply.text]
    assert card.startswith(CARD["zh"].replace("曲奇", "Cookies")), card
