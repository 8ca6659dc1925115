"""The organiser's private 🤝 帮卖 line said "Bob（公司团购群）×0" once every order of the office group was
refunded: a group that sold nothing, as far as she could tell, while it had sold 2 and given the money
back. The line now says the refunded units beside the live ones (`×0（已退款 2 份）`), as the help-sold
card counts refunds (`↩️ 已退款：2 份`); a group with nothing refunded reads as before."""

from __future__ import annotations

from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat


async def _office_refunded() -> Chat:
    family, office = await help_sold("接龙 芒果 价格 100 成团 1 库存 10", title="公司团购群")
    await office.say("cat", "+2")
    await family.say("dan", "+1")
    await family.say("amy", "截单")
    await family.say("amy", "已收 1-1")  # Cat's (office)
    await family.say("amy", "退款 1-1")
    return family


async def test_a_groups_refunded_units_are_said_in_her_list() -> None:
    family = await _office_refunded()

    listed = family.private(await family.say("amy", "名单"))["amy"]
    own = family.said(await family.say("amy", "/list #1", private=True, language="en"))  # her app's English

    assert "🤝 帮卖：Bob（公司团购群）×0（已退款 2 份）\n" in listed, listed
    assert own.endswith("🤝 Help-selling: Bob (公司团购群) ×0 (2 units refunded)"), own


async def test_a_group_with_nothing_refunded_reads_as_before() -> None:
    family, office = await help_sold("接龙 芒果 价格 100 成团 1 库存 10", title="公司团购群")
    await office.say("cat", "+2")
    await family.say("amy", "截单")

    own = family.said(await family.say("amy", "/list #1", private=True, language="en"))  # her app's English

    assert own.endswith("🤝 Help-selling: Bob (公司团购群) ×2"), own
