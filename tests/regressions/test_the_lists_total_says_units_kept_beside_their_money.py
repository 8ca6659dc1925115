"""rep84 #5: after Bob's 1-unit refund of his 2, 名单 read
`合计：1 份，¥40（不含已退款、已取消的订单），已退 ¥20，退款后 ¥20` (1 unit is ¥20) and the export's totals
row `1`, `40.00`: the units were those kept, the money that of all ordered (the option lines said
`1 份（另有 1 份已退），¥30` the same way). Now the money beside the units is theirs, the units given
back are said apart with their money, and a refund by amount still reads `已退 ¥…，退款后 ¥…` of the
units kept."""

from __future__ import annotations

import pytest

from bot.export_files import csv_bytes
from tests.unit.handlers.conftest import Chat, fake_chat

TOTALS = {
    ("zh", "units"): "合计：1 份，¥20（不含已退款、已取消的订单），另有 1 份已退 ¥20",
    ("en", "units"): (
        "Total: 1 unit, ¥20 (refunded and cancelled orders left out), plus 1 unit refunded (¥20)"
    ),
    ("zh", "both"): "合计：1 份，¥20（不含已退款、已取消的订单），另有 1 份已退 ¥20，已退 ¥5，退款后 ¥15",
    ("en", "both"): (
        "Total: 1 unit, ¥20 (refunded and cancelled orders left out), plus 1 unit refunded (¥20),"
        " ¥5 refunded, ¥15 after refunds"
    ),
}


async def _refunded(*refunds: str) -> Chat:
    room = fake_chat()
    await room.say("amy", "接龙 粽子 价格 20")
    await room.say("bob", "+2")
    await room.say("cat", "+1")
    await room.say("amy", "截单")
    for typed in ("已收 1-1", "已收 1-2", "退款 1-1 1份", "退款 1-2", *refunds):
        await room.say("amy", typed, private=True)
    return room


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("refund", ["units", "both"])
async def test_the_lists_total_says_the_money_of_the_units_kept(lang: str, refund: str) -> None:
    room = await _refunded(*(("退款 1-1 ¥5",) if refund == "both" else ()))
    if lang == "en":
        await room.say("amy", "/lang en", private=True)

    listed = room.said(await room.say("amy", "名单 #1" if lang == "zh" else "/list #1", private=True))

    [totals] = [line for line in listed.splitlines() if line.startswith(("合计：", "Total:"))]
    assert totals == TOTALS[lang, refund]


async def test_the_exports_totals_row_says_the_units_kept_and_the_money_net_of_refunds_under_it() -> None:
    """rep85 #2 changed this pin: the totals row is the sum of its rows (units kept, money before part
    refunds, ¥40 of Bob's order), the part refunded in its own column and the net said under it, as the
    console's export; taking the unit's ¥20 off the row's money took it off twice with 部分退款."""
    room = await _refunded()

    document = next(r.document for r in await room.say("amy", "导出 #1", private=True) if r.document)
    assert document is not None
    rows = csv_bytes(document.sheets[0]).decode("utf-8-sig").splitlines()

    totals = next(row for row in rows if row.startswith("合计"))
    assert totals.split(",")[3:7] == ["1", "", "", "40.00"]
    assert totals.split(",")[-2:] == ["1", "20.00"]  # 已退份数, 部分退款
    assert "上面的合计没有扣掉部分退款的 ¥20；扣掉后是 ¥20。" in rows
