"""Session 10: the organiser's `撤销已收 1-3` in her group, of an order made in a group help-selling her
group buy, was refused in public there: refusals about another group's order go privately to the
sender, as the answers of those commands do."""

from __future__ import annotations

from tests.helpsell_chats import help_sold


async def test_a_refused_unpaid_of_another_groups_order_is_answered_privately() -> None:
    family, street = await help_sold(
        "接龙 面包 价格 10", chat_id="street", title=None, before_listing=[("cat", "+1")]
    )
    await street.say("ivy", "+1")
    await family.say("amy", "截单")

    elsewhere = await family.say("amy", "撤销已收 1-2")
    own = await family.say("amy", "撤销已收 1-1")

    assert [r.text for r in elsewhere if r.text and not r.private_to] == []
    told = family.private(elsewhere)
    assert list(told) == ["amy"] and "1-2" in told["amy"]
    assert "1-1" in family.said(own)  # her own group's order: answered here, as before


async def test_a_refused_pickup_of_another_groups_order_is_answered_privately() -> None:
    family, street = await help_sold("接龙 面包 价格 10", chat_id="street", title=None)
    await street.say("ivy", "+1")
    await family.say("amy", "截单")

    refused = await family.say("amy", "已取 1-1")  # not paid yet: refused, about Ivy of street

    assert [r for r in refused if r.text and not r.private_to and r.chat_id in (None, "family")] == []
    assert list(family.private(refused)) == ["amy"]
