"""The organiser asking `how do I share this and earn?` / `怎么分享赚佣金` in her own group was told
"Mangoes (#1) pays you 5%…", but an organiser earns no commission on her own group buy: she is told what
her sharers earn instead (several of hers: each). Anyone else keeps "pays you"."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

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
HERS = {
    "en": "Your sharers earn 5% of what the friends they bring pay (Mangoes #1).",
    "zh": "帮你分享的人赚 5%：按他们带来的朋友实付金额计（Mangoes #1）。",
}
HERS_EACH = {
    "en": "Your sharers earn Mangoes (#1) 5% · Figs (#2) 2.5%, of what the friends they bring pay.",
    "zh": "帮你分享的人赚：Mangoes（#1）5% · Figs（#2）2.5%，按他们带来的朋友实付金额计。",
}
PAYS_YOU = {
    "en": "Mangoes (#1) pays you 5% of what the friends you bring pay.",
    "zh": "Mangoes（#1）分享赚 5%：按你带来的朋友实付金额计。",
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_the_organiser_hears_what_her_sharers_earn(lang: str) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", "/groupbuy Mangoes price 88")
    await chat.say("amy", "/commission 5%")
    said = chat.said(await chat.say("amy", ASKED[lang]))
    assert said == "\n".join((HOW[lang], HERS[lang], EARNINGS[lang]))
    assert chat.said(await chat.say("bob", ASKED[lang])) == "\n".join(
        (HOW[lang], PAYS_YOU[lang], EARNINGS[lang])
    )
    await chat.say("amy", "/groupbuy Figs price 9")
    await chat.say("amy", "/commission #2 2.5%")
    said = chat.said(await chat.say("amy", ASKED[lang]))
    assert said == "\n".join((HOW[lang], HERS_EACH[lang], EARNINGS[lang]))
