"""Session 26, task T4: Amy gave back ¥78 of Bob's ¥156 order (`退款 1-1 ¥78 坏了一盒`); the group's card
still read "1. Bob ×2 ✅", as if nothing had been refunded, while the organiser's `名单` said
`¥156（已退 ¥78）`. The card (and the group's `名单`, which is the card's list whole) now says it on the
buyer's line, as the organiser's list does; the other lines, the paid count and the units sold stay
(a part refund takes no unit back). Since session 30 the line says only that it was refunded in part,
never the amount (`✅（部分退款）`): the group reads no buyer's money."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api
from tests.unit.handlers.conftest import fake_chat


async def test_the_card_and_list_show_a_part_refund_zh() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 芒果 价格 78 成团 2")
    await room.say("bob", "+2")
    await room.say("cat", "+1")
    await room.say("amy", "截单")
    await room.say("amy", "已收 @Bob @Cat")

    await room.say("amy", "退款 1-1 ¥78 坏了一盒")

    card = await room.card()
    assert "1. Bob ×2 ✅（部分退款）" in card, card
    assert "2. Cat ×1 ✅\n" in card + "\n" and "退款" not in card.split("2. Cat")[1], card
    assert "共 3 份" in card and "💰 已付 2/2" in card, card
    listed = room.said(await room.say("cat", "名单"))
    assert "1. Bob ×2 ✅（部分退款）" in listed, listed

    await room.say("amy", "退款 1-1 另一盒也坏了")  # the rest: the whole order refunded, ↩

    card = await room.card()
    assert "1. Bob ×2 ↩" in card and "部分退款" not in card, card


async def test_in_english_on_her_first_line_only() -> None:
    room = fake_chat(default_language="en")
    await room.say("amy", "/groupbuy Mangoes price 50")
    await room.say("bob", "+2")
    await room.say("bob", "+1 for Mum")
    await room.say("amy", "/close")
    await room.say("amy", "/paid @Bob")

    await room.say("amy", "/refund 1-1 20 one was bruised")
    await room.say("amy", "/refund 1-1 10 another")

    card = await room.card()
    assert "1. Bob ×2 ✅ (order part refunded)" in card, card  # her order, not that line (rep80 #3)
    assert card.count("refunded") == 1, card
    assert "2. Bob for Mum ×1 ✅" in card, card


async def test_on_sqlite_as_the_playground_stores_it(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "接龙 芒果 价格 78 成团 2")
        await api.say("family", "bob", "+2")
        await api.say("family", "cat", "+1")
        await api.say("family", "amy", "截单")
        await api.say("family", "amy", "已收 @Bob @Cat")
        await api.say("family", "amy", "退款 1-1 ¥78 坏了一盒")

        [card] = [m for m in await api.messages("family") if m["card_of"] == 1]

        assert "1. Bob ×2 ✅（部分退款）" in str(card["text"]), card
        assert "2. Cat ×1 ✅" in str(card["text"]), card
