"""rep62 finding 6: Amy's `已收 1-2` in her own group, of an order made in Dee's help-selling group,
was answered only privately: the group where she typed it read nothing, as if it was not taken. The
group reads one line that it is done, the details sent to her privately; the buyer of another group is
not named there."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = {
    "zh": ("接龙 草莓 价格 30", "帮卖 开 10%", "帮卖 #1", "截单"),
    "en": ("/groupbuy Berries price 30", "/helpsell on 10%", "/helpsell #1", "/close"),
}


async def _help_sold(lang: str) -> tuple[Chat, Chat]:
    """Amy's group and Dee's help-selling group: Bob's order #1-1 made in Amy's, Frank's #1-2 in Dee's."""
    opening, helpsell, listing, close = OPEN[lang]
    family = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    office = Chat(family.app, chat_id="office", title="Office")
    await family.say("amy", opening, language=lang)
    await family.say("amy", helpsell, language=lang)
    await office.say("dee", listing, language=lang)
    await family.say("bob", "+1", language=lang)
    await office.say("frank", "+2", language=lang)
    await family.say("amy", close, language=lang)
    return family, office


async def test_the_group_reads_that_it_is_paid() -> None:
    family, _ = await _help_sold("zh")
    replies = await family.say("amy", "已收 1-2")
    assert family.said(replies) == "Amy，订单 #1-2 已付款，详情已私信发给你。", replies
    private = family.private(replies)
    assert private["amy"].startswith("订单 #1-2（Frank，¥60）已标记为已付款。"), private
    assert "已确认收到你订单 #1-2" in private["frank"], private


async def test_in_english_too() -> None:
    family, _ = await _help_sold("en")
    replies = await family.say("amy", "/paid 1-2", language="en")
    assert family.said(replies) == "Amy, order #1-2 is paid; the details were sent to you privately.", replies
    assert family.private(replies)["amy"].startswith("Order #1-2 of Frank (¥60) is marked as paid."), replies


async def test_a_pickup_too() -> None:
    family, _ = await _help_sold("zh")
    await family.say("amy", "已收 1-2")
    replies = await family.say("amy", "已提货 1-2")
    assert family.said(replies) == "Amy，订单 #1-2 已提货，详情已私信发给你。", replies
    assert "amy" in family.private(replies)


async def test_this_groups_own_order_reads_as_before() -> None:
    family, _ = await _help_sold("zh")
    assert family.said(await family.say("amy", "已收 1-1")) == "✅ Bob 的订单 #1-1 已付款。"
