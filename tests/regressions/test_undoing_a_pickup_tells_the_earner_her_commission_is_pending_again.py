"""Session 28: `撤销已取 1-1` put the commission the pickup had released early back to pending and told the
organiser and the buyer, but not the sharer whose available balance had just dropped (撤销已收 tells her).
Now she is told privately, once, in her language; nobody when her commission was already asked for in a
payout (it stays, nothing dropped), and a repeat tells nobody."""

from __future__ import annotations

from typing import cast

import pytest

from commerce.ports import UnitOfWorkFactory
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.regressions.test_undoing_a_pickup_holds_its_early_commission_again import WORDS, _picked_up

TOLD = {
    "zh": "芒果（#1）订单 #1-1 的已取货被撤销了（之前误标为已取货）：这单给你记的佣金 ¥10 改回待入账，"
    "11月30日 周一 12:00 起可提现（和没取货时一样）。收益明细发“我的收益”查看。",
    "en": "The pickup of order #1-1 of Mangoes (#1) was undone (marked picked up by mistake): the ¥10 "
    "commission it earned you is pending again, available from Mon 30 Nov 12:00 (as if never picked up). "
    "Your earnings: /earnings",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_undoing_a_pickup_tells_the_sharer_her_commission_is_pending_again(lang: str) -> None:
    w = WORDS[lang]
    chat = await _picked_up(lang, FakeClock(), cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()))

    replies = await chat.say("amy", w["undo"], language=lang)

    assert chat.private(replies) == {"cat": w["buyer"], "sam": TOLD[lang]}
    again = await chat.say("amy", w["undo"], language=lang)
    assert not chat.private(again)  # once


async def test_a_commission_asked_for_in_a_payout_tells_the_sharer_nothing() -> None:
    w = WORDS["zh"]
    chat = await _picked_up("zh", FakeClock(), cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()))
    await chat.say("sam", w["payout"], private=True)

    replies = await chat.say("amy", w["undo"])

    assert "sam" not in chat.private(replies)  # it stays hers: her balance did not drop
