"""Review 105 #7: the organiser's plain request to the bot, `@Tuan 帮我提醒一下没付款的`, was read as a
product question (`本群没有「提醒」的团购。…`), and `@Tuan remind everyone who hasn't paid` was offered to be
passed to an organiser. Said by the organiser (mentioning the bot or not), both now do what `催款` /
`/remind` does: the group reads who still owes; a member who runs nothing asking the bot is answered
as her `催款` is, never asked which product she means."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = {"en": "/groupbuy Bread price 8", "zh": "接龙 大米 价格 59"}
CLOSE = {"en": "/close", "zh": "截单"}
REMINDED = {
    "en": "💸 Reminder: Bread (#1), 1 order still unpaid:",
    "zh": "💸 催款：大米（#1）还有 1 个订单未付款：",
}


async def _closed(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", OPEN[lang])
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    await chat.say("amy", CLOSE[lang])
    await chat.say("amy", "/paid 1-1" if lang == "en" else "已收 1-1")  # Bob paid, Cat owes
    return chat


@pytest.mark.parametrize(
    ("lang", "asked"),
    [
        ("zh", "@tuan_bot 帮我提醒一下没付款的"),
        ("zh", "帮我提醒一下没付款的"),
        ("zh", "@tuan_bot 麻烦催一下还没付钱的人"),
        ("en", "@tuan_bot remind everyone who hasn't paid"),
        ("en", "please remind everyone who has not paid yet"),
    ],
)
async def test_the_organisers_request_to_remind_reminds(lang: str, asked: str) -> None:
    chat = await _closed(lang)

    replies = await chat.say("amy", asked)
    said = chat.said(replies)

    assert said.startswith(REMINDED[lang]), said
    assert "Cat" in said and "Bob" not in said
    assert not any(reply.buttons for reply in replies if not reply.is_card)  # nothing offered to pass on
    assert "提醒」的团购" not in said and "organiser" not in said


@pytest.mark.parametrize(
    ("lang", "asked", "typed"),
    [
        ("zh", "@tuan_bot 帮我提醒一下没付款的", "催款"),
        ("en", "@tuan_bot remind everyone who hasn't paid", "/remind"),
    ],
)
async def test_a_member_asking_the_bot_to_remind_is_answered_as_her_remind(
    lang: str, asked: str, typed: str
) -> None:
    chat = await _closed(lang)

    said = chat.said(await chat.say("dan", asked))

    assert said == chat.said(await chat.say("dan", typed))
    assert not said.startswith(REMINDED[lang])
    assert "提醒」的团购" not in said


async def test_a_member_saying_it_to_the_group_is_talk() -> None:
    chat = await _closed("zh")

    assert await chat.say("dan", "帮我提醒一下没付款的") == []
