"""Session 10: a help-seller's `催款 #1` (her own group's buyers) took the group buy's 6-hour limit, so
the organiser could not chase anyone for 6 hours after it (and the other way round). Each has her own
limit now: the organiser's is the group buy's, a help-seller's her group's (migration 0040)."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _help_sold() -> tuple[Chat, Chat, FakeClock]:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, street = fake_chat(factory, clock=clock), fake_chat(factory, clock=clock)
    street.app, street.chat_id = family.app, "street"
    for chat, user, text in [
        (family, "amy", "接龙 面包 价格 10"),
        (family, "amy", "帮卖 开 10%"),
        (family, "cat", "+1"),
        (street, "bob", "帮卖 #1"),
        (street, "ivy", "+1"),
        (family, "amy", "截单"),
    ]:
        await chat.say(user, text)
    return family, street, clock


async def test_the_organiser_may_chase_right_after_a_help_seller_did() -> None:
    family, street, _ = await _help_sold()

    assert street.said(await street.say("bob", "催款 #1")).startswith("💸 催款：面包（#1）")
    chased = [r.chat_id for r in await family.say("amy", "催款 #1") if r.text.startswith("💸 催款")]

    assert sorted(chased) == ["family", "street"]


async def test_a_help_seller_may_chase_right_after_the_organiser_but_not_twice_in_six_hours() -> None:
    family, street, clock = await _help_sold()
    await family.say("amy", "催款 #1")

    assert street.said(await street.say("bob", "催款 #1")).startswith("💸 催款：面包（#1）")
    again = street.said(await street.say("bob", "催款 #1"))
    assert again == "#1 已在 11月23日 周一 12:00 催过款。为免刷屏，11月23日 周一 18:00 之后可以再催。"
    clock.advance(hours=6, seconds=1)
    assert street.said(await street.say("bob", "催款 #1")).startswith("💸 催款：面包（#1）")
