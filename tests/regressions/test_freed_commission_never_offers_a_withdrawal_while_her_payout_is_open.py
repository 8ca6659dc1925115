"""Review 57 #3: Xiaoli was told "你有 ¥6.80 佣金现在可提现了…发“提现”申请" while her payout #4 was
still open, and her `提现` was then refused ("你的提现 #4（¥15.60）还在处理中…"). A notice of freed
commission (the buyer's pickup, the hold's sweep) to a sharer whose payout is still open now says it is
available and that the payout is still open, to ask for the rest once it is paid or rejected."""

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
from tests.unit.handlers.conftest import fake_chat

WORDS = {
    "zh": ("接龙 芒果 价格 100", "佣金 10%", "分享", "截单", "已收", "已提货", "提现 微信 mia888"),
    "en": (
        "/groupbuy Mangoes price 100",
        "/commission 10%",
        "/share",
        "/close",
        "/paid",
        "/pickedup",
        "/withdraw wechat mia888",
    ),
}
PICKED = {
    "zh": "Eva 已提货（芒果 订单 #1-2）：这单给你的 ¥20 佣金已入账。你的提现 #1（¥10）还在处理中，"
    "等它付款或被拒绝后，再发“提现”申请余下的。",
    "en": "Eva picked up order #1-2 of Mangoes: your ¥20 commission on it is now available. Your payout #1 "
    "of ¥10 is still open: once it is paid or rejected, ask for the rest with /withdraw.",
}
SWEPT = {
    "zh": "你有 ¥10 佣金已入账：订单 #1-3 的待入账期已满。你的提现 #1（¥10）还在处理中，"
    "等它付款或被拒绝后，再发“提现”申请余下的。",
    "en": "¥10 of your commission is now available: the hold on #1-3 has ended. Your payout #1 of ¥10 is "
    "still open: once it is paid or rejected, ask for the rest with /withdraw.",
}


def _to(replies: Sequence[Reply], member: str) -> list[str]:
    return [reply.text for reply in replies if reply.private_to == member]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_freed_commission_says_her_open_payout_instead_of_withdraw(lang: str) -> None:
    clock = FakeClock()
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, clock=clock, default_language=lang, payout_minimum=1)
    words = WORDS[lang]
    await chat.say("olivia", words[0], language=lang)
    await chat.say("olivia", words[1], language=lang)
    found = re.search(r"\d+-\w{4}", chat.shared(await chat.say("mia", words[2], language=lang)))
    assert found is not None
    for buyer, units in (("dan", 1), ("eva", 2), ("fin", 1)):  # Mia's code: #1-1, #1-2, #1-3
        await chat.say(buyer, f"+{units} {found.group(0)}", private=True, language=lang)
    await chat.say("olivia", words[3], language=lang)
    await chat.say("olivia", f"{words[4]} 1-1 1-2 1-3", language=lang)
    await chat.say("olivia", f"{words[5]} 1-1", language=lang)  # Dan's ¥10 freed
    await chat.say("mia", words[6], private=True, language=lang)  # payout #1 of ¥10, open
    assert [p.amount for p in factory.state.payouts.values()] == [1000]

    picked = await chat.say("olivia", f"{words[5]} 1-2", language=lang)
    assert _to(picked, "mia") == [PICKED[lang]]

    sweep = CommissionRelease(
        cast(UnitOfWorkFactory, factory), clock, hold=timedelta(days=7), notices=chat.app
    )
    clock.advance(days=8)
    assert _to(await sweep.told(), "mia") == [SWEPT[lang]]
