"""Review s20 (N4): once all her commission was paid out, `提现` answered "你还没有可提现的佣金。" ("no
commission to pay out yet"), as to someone who never earned any. She now reads that she has none now,
that what she earned was paid out or taken back, and where each is; "yet" stays for one who never had any."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

NONE_NOW = {
    "en": "You have no commission to pay out now: what you earned was paid out or taken back by refunds. "
    "/earnings shows each.",
    "zh": "你现在没有可提现的佣金：之前记的佣金已经提现，或被退款扣回了。每一笔都在 我的收益 里。",
}


@pytest.mark.parametrize(("language", "payout"), [("en", "/payout"), ("zh", "提现")])
async def test_a_payout_after_all_was_paid_out_says_none_now(language: str, payout: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language=language, payout_admins=frozenset({"eve"}), payout_minimum=1)
    await chat.say("amy", "/groupbuy Durian price 88 target 1")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")
    factory.state.group_buys[1] = replace(factory.state.group_buys[1], sharer_rate_bp=5000)
    factory.state.orders[1].sharer_id = "jack"
    await chat.say("amy", "/paid 1-1")
    await chat.say("amy", "/pickedup 1-1")
    await chat.say("jack", payout, private=True)
    await chat.say("eve", "/payouts approve 1", private=True)
    await chat.say("eve", "/payouts paid 1", private=True)

    again = await chat.say("jack", payout, private=True)

    assert chat.said(again) == NONE_NOW[language]
    never = await chat.say("dan", payout, private=True)
    assert "yet" in chat.said(never) or "还没有" in chat.said(never)
