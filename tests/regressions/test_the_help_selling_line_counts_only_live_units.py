"""The organiser's /list (名单) said "🤝 帮卖：Bob（公司团购群）×7" after the office's 2-unit order was
refunded: the help-selling line counted every joined unit, while the
list above it (and the card) left refunded and cancelled orders out. It now counts only live units; a
cancelled group buy's help-sellers sold none: their line says the units on its lines, marked cancelled."""

from __future__ import annotations

from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat


async def _listed() -> tuple[Chat, Chat]:
    return await help_sold(
        "接龙 芒果 价格 100 成团 1 库存 10", title="公司团购群", family_title="相亲相爱一家人"
    )


async def test_the_help_selling_line_leaves_refunded_and_cancelled_orders_out() -> None:
    family, office = await _listed()
    await office.say("cat", "+2")
    await office.say("eve", "+1")
    await office.say("fay", "+4")
    await family.say("dan", "+1")
    await family.say("amy", "截单")
    await family.say("amy", "已收 1-1")  # Cat's (office), answered to Amy privately
    await family.say("amy", "退款 1-1")

    listed = family.private(await family.say("amy", "名单"))["amy"]  # told her privately
    own = family.said(await family.say("amy", "/list #1", private=True, language="en"))  # her app's English

    # Eve ×1 + Fay ×4; Cat's 2 refunded, said apart (session 21)
    assert "🤝 帮卖：Bob（公司团购群）×5（已退款 2 份）\n" in listed
    assert own.endswith("🤝 Help-selling: Bob (公司团购群) ×5 (2 units refunded)")


async def test_a_cancelled_group_buys_help_seller_sold_nothing_and_says_so() -> None:
    family, office = await _listed()
    await office.say("cat", "+2")
    await family.say("amy", "取消 #1 确认")

    own = family.said(await family.say("amy", "/list #1", private=True, language="en"))  # her app's English

    assert own.endswith("🤝 Help-selling (cancelled, nobody is charged): Bob (公司团购群) ×2")
