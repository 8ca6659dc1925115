"""Review 35, finding 2: Rita opened Lin's code, joined 3 with it, then looked at Cat's card. Both Lin
and Cat were told "Rita 用你的分享码跟了 海南贵妃芒（#1）3 份"; after payment Cat had the commission and
Lin's line was gone. Now the code she joined with decides: a look at another sharer's card afterwards
changes nothing, and only the sharer who will be credited is told she joined."""

from __future__ import annotations

import re

import pytest

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat

WORDS = {
    "zh": ("接龙 芒果 价格 78", "佣金 10%", "分享", "截单", "已收 1-1", "我的收益"),
    "en": ("/groupbuy Mangoes price 78", "/commission 10%", "/share", "/close", "/paid 1-1", "/earnings"),
}
BROUGHT = {
    "zh": "Rita 通过你的分享跟了 芒果（#1）3 份，截单付款后计佣金。",
    "en": "Rita joined Mangoes (#1) through what you shared (3 units)",
}
PAID = {
    "zh": "#1-1 芒果（Rita）：¥23.40，待入账：Rita 提货后可提现，最晚 11月30日 周一 12:02",
    "en": "#1-1 Mangoes (Rita): ¥23.40, held until Rita picks it up, or Mon 30 Nov 12:02 at the latest",
}


async def _code(chat: Chat, member: str, lang: str) -> str:
    found = re.search(r"团?\d+-\w{4}", chat.shared(await chat.say(member, WORDS[lang][2], language=lang)))
    assert found is not None
    return found.group(0)


async def _earnings(chat: Chat, member: str, lang: str) -> str:
    return chat.private(await chat.say(member, WORDS[lang][5], language=lang))[member]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_code_she_joined_with_decides(lang: str) -> None:
    clock = FakeClock()
    chat = fake_chat(clock=clock, default_language=lang)
    opening, rate, _, close, paid, _ = WORDS[lang]
    await chat.say("amy", opening, language=lang)
    await chat.say("amy", rate, language=lang)
    lins, cats = await _code(chat, "lin", lang), await _code(chat, "cat", lang)
    await chat.say("rita", lins, private=True, language=lang)
    clock.advance(minutes=1)
    await chat.say("rita", "+3", private=True, language=lang)
    clock.advance(minutes=1)
    await chat.say("rita", cats, private=True, language=lang)  # a look at Cat's card after joining

    assert BROUGHT[lang] in await _earnings(chat, "lin", lang)
    assert "Rita" not in await _earnings(chat, "cat", lang)

    await chat.say("amy", close, language=lang)
    await chat.say("amy", paid, language=lang)
    assert PAID[lang] in await _earnings(chat, "lin", lang)
    assert "Rita" not in await _earnings(chat, "cat", lang)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_code_opened_before_joining_still_decides_as_the_last_one(lang: str) -> None:
    clock = FakeClock()
    chat = fake_chat(clock=clock, default_language=lang)
    opening, rate, *_ = WORDS[lang]
    await chat.say("amy", opening, language=lang)
    await chat.say("amy", rate, language=lang)
    lins, cats = await _code(chat, "lin", lang), await _code(chat, "cat", lang)
    await chat.say("rita", lins, private=True, language=lang)
    clock.advance(minutes=1)
    await chat.say("rita", f"+3 {cats}", private=True, language=lang)  # joined with Cat's

    assert BROUGHT[lang] in await _earnings(chat, "cat", lang)
    assert "Rita" not in await _earnings(chat, "lin", lang)
