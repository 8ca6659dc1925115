"""Session 10: a help-seller's `催款 #1` (her own group's buyers) took the group buy's 6-hour limit, so
the organiser could not chase anyone for 6 hours after it (and the other way round). Each has her own
limit now: the organiser's is the group buy's, a help-seller's her group's (migration 0040)."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat


async def _help_sold() -> tuple[Chat, Chat, FakeClock]:
    clock = FakeClock()
    family, street = await help_sold(
        "接龙 面包 价格 10", chat_id="street", title=None, clock=clock, before_listing=[("cat", "+1")]
    )
    await street.say("ivy", "+1")
    await family.say("amy", "截单")
    return family, street, clock


async def test_the_organiser_may_chase_right_after_a_help_seller_did() -> None:
    family, street, _ = await _help_sold()

    assert street.said(await street.say("bob", "催款 #1")).startswith("💸 催款：面包（#1）")
    chased = [
        r.chat_id
        for r in await family.say("amy", "催款 #1")
        if r.text.startswith("💸 催款") and not r.private_to
    ]

    assert sorted(chased) == ["family", "street"]


async def test_a_help_seller_may_chase_right_after_the_organiser_but_not_twice_in_six_hours() -> None:
    family, street, clock = await _help_sold()
    await family.say("amy", "催款 #1")

    assert street.said(await street.say("bob", "催款 #1")).startswith("💸 催款：面包（#1）")
    again = street.said(await street.say("bob", "催款 #1"))
    assert again == "#1 已在 11月23日 周一 12:00 催过款。为免刷屏，11月23日 周一 18:00 之后可以再催。"
    clock.advance(hours=6, seconds=1)
    assert street.said(await street.say("bob", "催款 #1")).startswith("💸 催款：面包（#1）")
