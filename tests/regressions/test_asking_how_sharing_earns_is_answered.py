"""In a group, `how do I share this and earn?` / `怎么分享赚佣金` got silence. It is now answered in two or
three lines: how to share (`/share`), the sharer's rate of the group buy open here (several: each; none
paying: said; none open: no line), and where to see and withdraw what it earns."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

ASKED = {"en": "how do I share this and earn?", "zh": "怎么分享赚佣金"}
HOW = {
    "en": "Send /share: I send you your own link and code privately; "
    "a friend who joins with it is counted as yours.",
    "zh": "发“分享”，我私信给你专属的分享链接和分享码；朋友用它跟团，就记在你名下。",
}
EARNINGS = {
    "en": "See what you have earned with /earnings; withdraw it with /payout in a private chat with me.",
    "zh": "发“我的收益”看赚了多少，私聊我发“提现”提现。",
}
ONE = {
    "en": "Mangoes (#1) pays you 5% of what the friends you bring pay.",
    "zh": "Mangoes（#1）分享赚 5%：按你带来的朋友实付金额计。",
}
EACH = {
    "en": "Sharer's commission here: Mangoes (#1) 5% · Figs (#2) 2.5%, of what the friends you bring pay.",
    "zh": "本群分享佣金：Mangoes（#1）5% · Figs（#2）2.5%，按你带来的朋友实付金额计。",
}
NONE = {
    "en": "No group buy open here pays sharers a commission now.",
    "zh": "本群现在接龙的团都没有设分享佣金。",
}


async def asked(chat: Chat, lang: str) -> str:
    return chat.said(await chat.say("bob", ASKED[lang]))


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_how_to_share_the_rate_here_and_where_to_see_earnings(lang: str) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", "/groupbuy Mangoes price 88")
    await chat.say("amy", "/commission 5%")
    assert await asked(chat, lang) == "\n".join((HOW[lang], ONE[lang], EARNINGS[lang]))
    await chat.say("amy", "/groupbuy Figs price 9")
    await chat.say("amy", "/commission #2 2.5%")
    assert await asked(chat, lang) == "\n".join((HOW[lang], EACH[lang], EARNINGS[lang]))


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_no_rate_or_nothing_open_is_said_plainly(lang: str) -> None:
    chat = fake_chat(default_language=lang)
    assert await asked(chat, lang) == "\n".join((HOW[lang], EARNINGS[lang]))
    await chat.say("amy", "/groupbuy Mangoes price 88")
    assert await asked(chat, lang) == "\n".join((HOW[lang], NONE[lang], EARNINGS[lang]))


@pytest.mark.parametrize("text", ["how can I make money?", "怎么赚钱", "how do I share the cost?"])
async def test_other_money_talk_stays_talk(text: str) -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 88")
    assert [reply.text for reply in await chat.say("bob", text) if reply.text] == []
