"""rep39 #7: Dee's `+1 for my neighbour bob`, Bob a member of the chat, made "Dee for bob ×1" and told Bob
nothing; Gil's `+1 for my neighbour bob` on Bob's own Eggs (#2) put a line for the organiser on his own
group buy. Now the member a friend's line names is told privately who put it down, on which group buy and
how it comes off; a line for the organiser on his own group buy is refused in one line, nothing changed.
A name nobody here has (`mum`) tells nobody."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

WORDS = {
    "zh": (
        "接龙 荔枝 价格 10 成团 5",
        "接龙 鸡蛋 价格 5 成团 5",
        "+1 #1 帮 bob",
        "+1 #2 帮 bob",
        "+1 #1 帮 妈妈",
    ),
    "en": (
        "/groupbuy Lychees price 10 target 5",
        "/groupbuy Eggs price 5 target 5",
        "+1 #1 for my neighbour bob",
        "+1 #2 for my neighbour bob",
        "+1 #1 for my mum",
    ),
}
TOLD = {
    "zh": "Dee 在“Family”帮你报了名：1 × 荔枝（#1），名单上是“Dee 帮 bob”。"
    "如果不是你要的，请 Dee 发 -1 #1 帮 bob 退掉，或联系团长 Amy。",
    "en": "Dee put you down in Family: 1 × Lychees (#1), listed as “Dee for bob”. If you didn't ask for it, "
    "ask Dee to send -1 #1 for bob, or ask the organiser, Amy.",
}
REFUSED = {
    "zh": "bob 是 鸡蛋（#2）的团长，不能帮团长报名。没有任何改动。",
    "en": "bob is the organiser of Eggs (#2), so no line can be put down for them on it. "
    "Nothing was changed.",
}


async def _two_open(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    chat.title = "Family"
    await chat.say("amy", f"/lang {lang}")
    await chat.say("amy", WORDS[lang][0], language=lang)
    await chat.say("bob", WORDS[lang][1], language=lang)
    return chat


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_member_named_is_told_privately(lang: str) -> None:
    chat = await _two_open(lang)

    replies = await chat.say("dee", WORDS[lang][2], language=lang)

    assert Chat.private(replies) == {"bob": TOLD[lang]}
    assert (await chat.card(1)).endswith("bob ×1"), await chat.card(1)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_line_for_the_organiser_on_his_own_group_buy_is_refused(lang: str) -> None:
    chat = await _two_open(lang)
    before = await chat.card(2)

    replies = await chat.say("gil", WORDS[lang][3], language=lang)

    assert Chat.said(replies) == REFUSED[lang]
    assert Chat.private(replies) == {}
    assert await chat.card(2) == before


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_name_nobody_here_has_tells_nobody(lang: str) -> None:
    chat = await _two_open(lang)

    replies = await chat.say("dee", WORDS[lang][4], language=lang)

    assert Chat.private(replies) == {}
    assert (await chat.card(1)).endswith("×1"), await chat.card(1)
