"""Review 35, finding 1: 东北大米 ran 9 days. On day 2 Fay joined with Eve's code (`+1 团3-2DPW`), and Eve's
`我的收益` said "Fay 用你的分享码跟了…"; after the close and Fay's payment Fay's ¥5 was gone, without a word:
the 7 days were counted back from the close, not from the join. Now a join made with a code is credited
to its sharer however long the group buy runs (the window counts from the visit to the join); a code
opened more than the window before joining still counts for nothing."""

from __future__ import annotations

import re

import pytest

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat

WORDS = {
    "zh": ("接龙 东北大米 价格 50 截止 12月9日20:00", "佣金 10%", "分享", "截单", "已收 1-1", "我的收益"),
    "en": (
        "/groupbuy Rice price 50 ends 2026-12-09 20:00",
        "/commission 10%",
        "/share",
        "/close",
        "/paid 1-1",
        "/earnings",
    ),
}
CREDITED = {
    "zh": "你的分享收益：\n待入账：¥5\n可提现：¥0\n#1-1 东北大米（Fay）："
    "¥5，待入账：Fay 提货后可提现，最晚 12月9日 周三 12:00",
    "en": "Your earnings from sharing:\nHeld: ¥5\nYours to withdraw: ¥0\n#1-1 Rice "
    "(Fay): ¥5, held until Fay picks it up, or Wed 9 Dec 12:00 at the latest",
}


async def _shared(lang: str, clock: FakeClock) -> tuple[Chat, str]:
    chat = fake_chat(clock=clock, default_language=lang)
    opening, rate, share, *_ = WORDS[lang]
    await chat.say("amy", opening, language=lang)
    await chat.say("amy", rate, language=lang)
    found = re.search(r"团?\d+-\w{4}", chat.shared(await chat.say("eve", share, language=lang)))
    assert found is not None
    return chat, found.group(0)


async def _closed_and_paid(chat: Chat, lang: str) -> str:
    *_, close, paid, earnings = WORDS[lang]
    await chat.say("amy", close, language=lang)
    await chat.say("amy", paid, language=lang)
    return chat.private(await chat.say("eve", earnings, language=lang))["eve"]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_fay_joined_with_eves_code_nine_days_before_the_close(lang: str) -> None:
    clock = FakeClock()
    chat, code = await _shared(lang, clock)
    await chat.say("fay", f"+1 {code}", language=lang)

    clock.advance(days=9)

    assert await _closed_and_paid(chat, lang) == CREDITED[lang]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_code_opened_long_before_joining_still_counts_for_nothing(lang: str) -> None:
    clock = FakeClock()
    chat, code = await _shared(lang, clock)
    await chat.say("fay", code, language=lang)  # opened, nothing joined
    clock.advance(days=8)
    await chat.say("fay", "+1", language=lang)  # eight days later: the visit did not bring her

    earnings = await _closed_and_paid(chat, lang)

    assert "Fay" not in earnings
