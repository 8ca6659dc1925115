"""Session 28: `/groupbuy Avocados price 3 usd` (a currency code after the number) was refused as a price
that cannot be read, though `price US$3` and `price usd 3` set USD. A code after the number now reads as
the sign before it does: the group buy is in that currency. Chinese and English."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

OPENED = {
    "en": (
        ("/groupbuy Avocados price 3 usd", "/groupbuy Avocados price US$3"),
        ("/groupbuy Pears price 4.50 EUR", "/groupbuy Pears price €4.50"),
    ),
    "zh": (
        ("接龙 牛油果 价格 3 usd", "接龙 牛油果 价格 US$3"),
        ("接龙 梨 价格 4.50 EUR", "接龙 梨 价格 €4.50"),
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("which", [0, 1])
async def test_a_code_after_the_price_sets_its_currency(lang: str, which: int) -> None:
    typed, signed = OPENED[lang][which]
    after, before = fake_chat(default_language=lang), fake_chat(default_language=lang)

    opened = after.said(await after.say("amy", typed))

    assert opened == before.said(await before.say("amy", signed))  # as the sign before the number
    async with after.app.uow_factory() as uow:
        group_buy = await uow.group_buys.get(1)
    assert group_buy is not None
    assert group_buy.terms.currency == ("USD", "EUR")[which]
    assert group_buy.terms.unit_price == (300, 450)[which]
