"""Review 51, finding 1: Mia's payment notice and /earnings said "pending" with no reason and no date,
the same word "credited" stood for both states, and when the hold's sweep freed her ¥41 she was told
nothing. Now the payment notice and each held line of /earnings say why and until when (the buyer's
pickup, or 7 days after the payment at the latest), a pickup tells her once that the order's commission
is hers to withdraw, and the sweep tells her once, one message for all the orders it freed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta
from typing import cast

import pytest

from bot.commission_release import CommissionRelease
from commerce.ports import UnitOfWorkFactory
from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

WORDS = {
    "zh": ("接龙 芒果 价格 100", "佣金 10%", "分享", "截单", "已收", "已提货", "我的收益"),
    "en": (
        "/groupbuy Mangoes price 100",
        "/commission 10%",
        "/share",
        "/close",
        "/paid",
        "/pickedup",
        "/earnings",
    ),
}
PAID = {
    "zh": "Dan 付款了：你赚了 ¥10 佣金（芒果 订单 #1-1），待入账："
    "Dan 提货后即可提现，最晚 11月30日 周一 12:00 可提现。",
    "en": "Dan paid: you earned ¥10 commission on order #1-1 "
    "of Mangoes. It is held until Dan picks it up, or "
    "Mon 30 Nov 12:00 at the latest; then it is yours to withdraw.",
}
HELD_LINE = {
    "zh": "#1-1 芒果（Dan）：¥10，待入账：Dan 提货后可提现，最晚 11月30日 周一 12:00",
    "en": "#1-1 Mangoes (Dan): ¥10, held until Dan picks it up, or Mon 30 Nov 12:00 at the latest",
}
PICKED = {
    "zh": "Dan 已提货（芒果 订单 #1-1）：这单给你的 ¥10 佣金现在可提现了，发“提现”申请。",
    "en": "Dan picked up order #1-1 of Mangoes: your ¥10 "
    "commission on it is now yours to withdraw: /withdraw",
}
FREE_LINE = {"zh": "#1-1 芒果（Dan）：¥10，可提现", "en": "#1-1 Mangoes (Dan): ¥10, yours to withdraw"}
SWEPT = {
    "zh": "你有 ¥30 佣金现在可提现了：订单 #1-2、#1-3 的待入账期已满。发“提现”申请。",
    "en": "¥30 of your commission is now yours to withdraw: the hold on #1-2, #1-3 has ended. /withdraw",
}


def _to(replies: Sequence[Reply], member: str) -> list[str]:
    return [reply.text for reply in replies if reply.private_to == member]


async def _three_paid(chat: Chat, lang: str) -> list[Reply]:
    """Mia's code brought Dan (1 unit, #1-1), Eva (2, #1-2) and Fin (1, #1-3); all three paid at once."""
    words = WORDS[lang]
    await chat.say("olivia", words[0], language=lang)
    await chat.say("olivia", words[1], language=lang)
    found = re.search(r"\d+-\w{4}", chat.shared(await chat.say("mia", words[2], language=lang)))
    assert found is not None
    for buyer, units in (("dan", 1), ("eva", 2), ("fin", 1)):
        await chat.say(buyer, f"+{units} {found.group(0)}", private=True, language=lang)
    await chat.say("olivia", words[3], language=lang)
    return await chat.say("olivia", f"{words[4]} 1-1 1-2 1-3", language=lang)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_sharer_knows_why_her_commission_is_held_and_when_it_frees(lang: str) -> None:
    clock = FakeClock()
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, clock=clock, default_language=lang)
    paid = await _three_paid(chat, lang)
    told = _to(paid, "mia")
    assert len(told) == 1 and told[0].startswith(PAID[lang]), told  # one message, a line per order
    earnings = chat.said(await chat.say("mia", WORDS[lang][6], private=True, language=lang))
    assert HELD_LINE[lang] in earnings, earnings
    assert ("待入账：¥40" if lang == "zh" else "Held: ¥40") in earnings, earnings

    picked = await chat.say("olivia", f"{WORDS[lang][5]} 1-1", language=lang)
    assert _to(picked, "mia") == [PICKED[lang]]
    earnings = chat.said(await chat.say("mia", WORDS[lang][6], private=True, language=lang))
    assert FREE_LINE[lang] in earnings, earnings

    sweep = CommissionRelease(
        cast(UnitOfWorkFactory, factory), clock, hold=timedelta(days=7), notices=chat.app
    )
    clock.advance(days=3)
    assert await sweep.told() == []  # not yet: nothing freed, nothing said
    clock.advance(days=5)
    swept = await sweep.told()
    assert _to(swept, "mia") == [SWEPT[lang]]  # once, for both orders
    assert await sweep.told() == []  # the next sweep frees nothing more and says nothing
