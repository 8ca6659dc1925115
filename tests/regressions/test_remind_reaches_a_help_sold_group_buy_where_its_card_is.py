"""Session 10: `催款 #1` in a group help-selling #1 (its card shown there, `名单 #1` works) answered
"这个群里没有团购 #1". It reaches #1 there as `名单` does: the organiser chases every group, that group's
help-seller her own group's buyers only, anyone else is told who can; the organiser's private note
says the count is the other groups'."""

from __future__ import annotations

from handlers.types import Reply
from tests.fakes import FakeClock
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat


async def _help_sold() -> tuple[Chat, Chat, FakeClock]:
    clock = FakeClock()
    family, street = await help_sold(
        "接龙 面包 价格 10",
        chat_id="street",
        title=None,
        clock=clock,
        before_listing=[("cat", "+1"), ("dan", "+1")],
    )
    await street.say("ivy", "+1")
    await family.say("amy", "截单")
    return family, street, clock


def _posted(replies: list[Reply]) -> dict[str | None, str]:
    return {r.chat_id: r.text for r in replies if r.text and r.private_to is None}


async def test_remind_reaches_a_help_sold_group_buy_where_its_card_is() -> None:
    _, street, _ = await _help_sold()

    refused = street.said(await street.say("ivy", "催款 #1"))
    by_seller = _posted(await street.say("bob", "催款 #1"))

    assert refused == "在本群只有团长 Amy 或本群帮卖者 Bob 可以催款，没有任何改动。"
    assert list(by_seller) == ["street"]  # her own group's buyers only
    assert by_seller["street"].startswith("💸 催款：面包（#1）还有 1 个订单未付款：\n• Ivy（订单 #1-3）")


async def test_the_organisers_remind_note_counts_the_other_groups_as_such() -> None:
    _, street, _ = await _help_sold()

    replies = await street.say("amy", "催款 #1")

    assert set(_posted(replies)) == {"family", "street"}
    told = [r.text for r in replies if r.private_to == "amy"]
    assert told == ["也已在 #1 面包 的原群里催款：在其他群还有 2 位未付款（不含本群）。"]
