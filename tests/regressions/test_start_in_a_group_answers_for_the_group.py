"""Review 46, finding 11: `/start` typed in a group got the private welcome, "Add me to a group and
start one… Here you can pay your orders (/pay)": he was in the group already, and paying happens in
private. In a group `/start` now says how to join and open a group buy there; in private the welcome
is unchanged."""

from __future__ import annotations

import pytest

from handlers.texts import t
from tests.unit.handlers.conftest import fake_chat

GROUP = {
    "en": "Hi! I run group buys in this group.\nJoin one: send +1 when its card is posted (+2 for two).\n"
    "Start one: /groupbuy Mangoes price 88 target 10 ends 8pm\nMore: /help",
    "zh": "你好！我在这个群里帮大家接龙团购。\n跟团：团购卡片发出后发 +1（两份发 +2）。\n"
    "开团：接龙 海南贵妃芒 价格 88 成团 10 截止 今晚8点\n更多用法：帮助",
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_start_in_a_group_says_how_to_join_and_open_one_there(lang: str) -> None:
    chat = fake_chat(default_language=lang)
    said = chat.said(await chat.say("ben", "/start", language=lang))  # his app's language
    assert said == GROUP[lang]
    assert "/pay" not in said and "Add me to a group" not in said and "把我拉进群" not in said


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_start_in_private_is_still_the_welcome(lang: str) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("ben", f"/lang {lang}", private=True)
    assert chat.said(await chat.say("ben", "/start", private=True)) == t(lang, "welcome")
