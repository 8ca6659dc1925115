"""s38: Ann writes Chinese (her group buy, her commands); her bare `/payouts` in private, as a command menu
types it, listed what her group buys paid in English (the slash word's language), while `提现审核` said
it in Chinese. A slash command with no words of hers is answered in her own language: both now read the
same Chinese list; an English organiser's `/payouts` stays English."""

from __future__ import annotations

import re

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

CODE = re.compile(r"(?:团|(?<![\w#-]))\d+-[2-9A-HJKMNP-Z]{4}")
WORDS = {
    "zh": ("接龙 榴莲 价格 30", "佣金 50%", "分享", "截单 #1", "已收 1-1"),
    "en": ("/groupbuy Durian price 30", "/commission 50%", "/share", "/close #1", "/paid 1-1"),
}
LISTED = {
    "zh": "你开的团付给分享者和帮卖团长的佣金：\n• #1 榴莲 · Mei：佣金 ¥15",
    "en": "Commission your group buys paid sharers and help-sellers:\n• #1 Durian · Mei: commission ¥15",
}


async def _paid_commission(lang: str) -> Chat:
    """Ann's #1 at ¥30, sharers 50%: Bob joined with Mei's code and paid (¥15 to Mei). The bot's default
    language is the other one, so only Ann's own words can tell hers."""
    opened, rate, share, close, paid = WORDS[lang]
    chat = fake_chat(default_language="en" if lang == "zh" else "zh")
    await chat.say("ann", opened)
    await chat.say("ann", rate)
    code = CODE.search(chat.shared(await chat.say("mei", share)))
    assert code is not None
    await chat.say("bob", f"+1 {code.group(0)}")
    await chat.say("ann", close, private=True)
    await chat.say("ann", paid)
    return chat


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_her_bare_payouts_reads_as_her_words(lang: str) -> None:
    chat = await _paid_commission(lang)

    bare = Chat.said(await chat.say("ann", "/payouts", private=True))

    assert bare.startswith(LISTED[lang]), bare
    if lang == "zh":
        assert Chat.said(await chat.say("ann", "提现审核", private=True)) == bare
