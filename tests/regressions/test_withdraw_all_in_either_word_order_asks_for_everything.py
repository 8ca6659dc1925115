"""dan, with commission available, sent `全部提现` ("withdraw all", the usual Chinese word order) in his
private chat and was answered "我没看懂。发“帮助”看看我能做什么…", while `提现全部` worked. Either
order now asks for the whole available amount, as bare `提现` does (`所有提现`, `全额提现` too);
`全部提现了吗？` stays a question."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.regressions.test_a_payout_of_everything_asks_for_all_that_is_available import _with_earnings


@pytest.mark.parametrize("typed", ["全部提现", "所有提现", "全额提现", "提现全部佣金"])
async def test_withdraw_all_in_either_word_order_asks_for_everything(typed: str) -> None:
    room = await _with_earnings(FakeUnitOfWorkFactory())
    # all of it, ¥15.60: asked where to pay it (rep26 finding 7), nothing requested before that
    assert room.said(await room.say("dan", typed, private=True)).startswith("提现 ¥15.60 要写明打到哪里")
    assert "可提现：¥15.60" in room.said(await room.say("dan", "我的收益", private=True))


async def test_a_question_about_withdrawing_all_stays_a_question() -> None:
    room = await _with_earnings(FakeUnitOfWorkFactory())
    asked = await room.say("dan", "全部提现了吗？", private=True)
    assert not any(reply.text and reply.text.startswith("已申请提现") for reply in asked)
    assert "可提现：¥15.60" in room.said(await room.say("dan", "我的收益", private=True))
