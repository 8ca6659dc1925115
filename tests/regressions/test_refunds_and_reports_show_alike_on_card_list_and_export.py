"""After a refund the card read "▓▓▓▓▓▓▓▓▓▓ 13/3" beside "共 8 份 · 已退款 5 份": its progress counted
the refunded units the total leaves out. A help-selling group's `/list #1` showed "1. Frank ×1" without
the 💸 its card shows for a reported payment. And the export of an order picked up, then refunded,
lost its "已取" mark. Each now shows what the others do. (s22 L: the progress is the count it closed
with, the refunded said apart on the status line; review 28 #7: sold in several groups, the all-groups
total leaves the refunded units out, `8/3（各群合计，本群 5 份）`, as `名单`'s 合计.)"""

from __future__ import annotations

from bot.export_files import csv_bytes
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat


async def _closed() -> tuple[Chat, Chat]:
    family, club = await help_sold("接龙 橙子 价格 10 成团 3", chat_id="club", title="club", seller="eve")
    await club.say("eve", "/lang en")
    await family.say("bob", "+5")
    await family.say("cat", "+5")
    await club.say("frank", "+1")
    await club.say("kim", "+2")
    await family.say("amy", "截单")
    await family.say("amy", "已收 1-1")
    await family.say("amy", "已取 1-1")
    await family.say("amy", "退款 1-1")
    return family, club


async def test_the_cards_all_groups_total_leaves_the_refunds_out_and_says_them_apart() -> None:
    family, _ = await _closed()

    card = (await family.card(1)).splitlines()

    # the all-groups total without the refunded 5, the club's 3 in it (review 28 #7); this group's units
    # as its 共 5 份 (review 27 #8)
    assert "▓▓▓▓▓▓▓▓▓▓ 8/3（各群合计，本群 5 份）" in card
    assert "✅ 已成团，成交价 ¥10/份，共 5 份 · 已退款 5 份" in card


async def test_the_public_list_marks_a_reported_payment() -> None:
    _, club = await _closed()
    await club.say("frank", "/ipaid")

    listed = club.said(await club.say("eve", "/list #1"))

    assert listed.splitlines()[1] == "1. Frank ×1 💸"


async def test_the_export_keeps_picked_up_on_an_order_refunded_after_pickup() -> None:
    family, _ = await _closed()

    document = next(r.document for r in await family.say("amy", "导出 #1", private=True) if r.document)
    assert document is not None
    rows = csv_bytes(document.sheets[0]).decode("utf-8-sig").splitlines()

    assert rows[1] == "1,Bob,,5,,10.00,50.00,1-1,50.00,已退款,已取,开团群"
