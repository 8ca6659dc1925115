"""rep52 #14: the Chinese organisers' help said `取消订单 12-3（买家不要了：取消未付款的订单）`, its bracket
reading as the bulk command `取消未付款` (every unpaid order at once). It now says, as the English does, that
one buyer backed out and her unpaid order is dropped; the bulk command keeps its own entry."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

HELP = {
    "zh": (
        "帮助 团长",
        "取消订单 12-3（某位买家不要了：作废她那一单未付的订单）",
        "取消未付款 #12（截单后一次取消所有未付款订单",
    ),
    "en": (
        "/help organiser",
        "/cancel 12-3 (a buyer backed out: her unpaid order dropped)",
        "/cancelunpaid 12 (after the close, every unpaid order at once",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_single_cancel_reads_as_one_buyers_order(lang: str) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    typed, single, bulk = HELP[lang]

    text = chat.said(await chat.say("amy", typed))

    assert single in text and bulk in text
    assert "（买家不要了：取消未付款的订单）" not in text
