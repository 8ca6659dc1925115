"""rep97 finding 3: Bea help-sells Amy's group buy in office and is a member of Amy's family too; her
`/paid 4-1` in office, of Nan's order made in family, answered `Order #4-1 is of 草莓 (#4) in “family”,
not this chat…`: it named the other group and told a non-organiser to send it there. In a group
help-selling it, an order of another group stays unknown to all but the organiser: the same answer as
an order that does not exist. Her own group's order still gets the "only the organiser" refusal."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = {
    "zh": ("接龙 草莓 价格 30", "帮卖 开 10%", "帮卖 #1", "截单"),
    "en": ("/groupbuy Berries price 30", "/helpsell on 10%", "/helpsell #1", "/close"),
}


async def _help_sold(lang: str) -> tuple[Chat, Chat]:
    """Dee's #1-1 and Bob's #1-2 made in family, Frank's #1-3 in office (Dee help-selling there)."""
    opening, helpsell, listing, close = OPEN[lang]
    family = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    office = Chat(family.app, chat_id="office", title="Office")
    await family.say("amy", opening, language=lang)
    await family.say("amy", helpsell, language=lang)
    await family.say("dee", "+1", language=lang)
    await office.say("dee", listing, language=lang)
    await family.say("bob", "+1", language=lang)
    await office.say("frank", "+2", language=lang)
    await family.say("amy", close, language=lang)
    return family, office


async def test_a_help_sellers_paid_of_another_groups_order_is_an_unknown_order() -> None:
    _, office = await _help_sold("zh")
    other = office.said(await office.say("dee", "已收 1-2"))
    assert other == "这里没有订单 #1-2。例如：已收 12-3（订单消息里的编号）", other
    assert other == office.said(await office.say("dee", "已收 1-9")).replace("1-9", "1-2")
    assert "family" not in office.said(await office.say("dee", "已取 1-2"))
    assert "family" not in office.said(await office.say("dee", "退款 1-2"))


async def test_in_english_too() -> None:
    _, office = await _help_sold("en")
    other = office.said(await office.say("dee", "/paid 1-2", language="en"))
    assert "family" not in other and "Berries" not in other, other
    assert other == office.said(await office.say("dee", "/paid 1-9", language="en")).replace("1-9", "1-2")


async def test_her_own_groups_order_is_still_only_the_organisers() -> None:
    _, office = await _help_sold("zh")
    own = office.said(await office.say("dee", "已收 1-3"))
    assert own.startswith("只有团长（Amy）可以确认收款，没有任何改动。"), own


async def test_the_organiser_is_still_told_where_it_is() -> None:
    _, office = await _help_sold("zh")
    said = office.said(await office.say("amy", "已收 1-2"))
    assert said.startswith("订单 #1-2 是「family」里 草莓（#1）的订单，不在这个群"), said
