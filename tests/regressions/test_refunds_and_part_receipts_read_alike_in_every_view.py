"""rep81 #6 and #11: after `退款 1-2 小盒 1` and `退款 1-2 ¥30` on Cat's paid ¥66 (2 × 小盒) and the
organiser's 只收到 on Bob's and Dan's orders, each view told its own story. The export's totals row
counted 5 units (the card and 名单 4), had no column for the unit given back, and its payment cells
said 已报付款 / 未付 without the part received (名单: `💸已报付款 ¥63（已收 ¥30，差 ¥33）`); 名单's
option line read `小盒：1 份，¥66（已退 ¥63）` (one unit, the money of two); Cat's 我的订单 said
`¥66（已退 ¥63）` without the unit; the group's list marked her line twice, `（已退 1 份）（部分退款）`;
and her refund request reached the organiser as `小盒 ×2（¥3）`, ¥3 read as the order's amount.
(rep85 #2 and #5 changed two pins: the export's rows say units kept and money before refunds, its totals
row their sum, as the console's export; 我的订单 says the unit's money and the amount refunded apart.)"""

from __future__ import annotations

import pytest

from bot.export_files import csv_bytes
from tests.unit.handlers.conftest import Chat, fake_chat

STEPS = {
    "zh": (
        ("amy", "接龙 粽子 规格 大盒:68 小盒:38 满5份减5", False),
        ("bob", "+1 大盒", False),
        ("cat", "+2 小盒", False),
        ("dan", "+1 大盒", False),
        ("eve", "+1 大盒", False),
        ("amy", "截单", False),
        ("amy", "已收 1-2", True),
        ("amy", "退款 1-2 小盒 1", True),
        ("amy", "退款 1-2 ¥30", True),
        ("bob", "我付了", False),
        ("amy", "只收到 1-1 30", True),
        ("amy", "只收到 1-3 50", True),
        ("amy", "只收到 1-4 20", True),
        ("dan", "我付了", False),
    ),
    "en": (
        ("amy", "/groupbuy Zongzi options 大盒:68 小盒:38 tiers 5:-5", False),
        ("bob", "+1 大盒", False),
        ("cat", "+2 小盒", False),
        ("dan", "+1 大盒", False),
        ("eve", "+1 大盒", False),
        ("amy", "/close", False),
        ("amy", "/paid 1-2", True),
        ("amy", "/refund 1-2 小盒 1", True),
        ("amy", "/refund 1-2 ¥30", True),
        ("bob", "/ipaid", False),
        ("amy", "/paid 1-1 ¥30 only", True),
        ("amy", "/paid 1-3 ¥50 only", True),
        ("amy", "/paid 1-4 ¥20 only", True),
        ("dan", "/ipaid", False),
    ),
}


async def _refunded_and_part_received(lang: str) -> Chat:
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    for who, typed, private in STEPS[lang]:
        await room.say(who, typed, private=private)
    return room


EXPORT = {
    "zh": (
        "导出 #1",
        [
            "序号,昵称,代报,规格,数量,备注,单价 (CNY),金额 (CNY),订单号,订单金额 (CNY),付款,取货,"
            "已退份数,部分退款 (CNY)",
            "1,Bob,,大盒,1,,63.00,63.00,1-1,63.00,已报付款 ¥63（已收 ¥30，差 ¥33）,,,",
            "2,Cat,,小盒,1,,33.00,66.00,1-2,66.00,已付,,1,63.00",
            "3,Dan,,大盒,1,,63.00,63.00,1-3,63.00,已报付款 ¥63（已收 ¥50，差 ¥13）,,,",
            "4,Eve,,大盒,1,,63.00,63.00,1-4,63.00,未付（已收 ¥20，差 ¥43）,,,",
            "合计,,,,4,,,255.00,,255.00,,,1,63.00",
        ],
        "小盒：1 份，¥33，另有 1 份已退 ¥33，已退 ¥30，退款后 ¥3",
        "名单 #1",
        "合计：4 份，¥222，另有 1 份已退 ¥33，已退 ¥30，退款后 ¥192",
    ),
    "en": (
        "/export #1",
        [
            "#,Name,Added by,Option,Quantity,Note,Unit price (CNY),Amount (CNY),Order,Order total (CNY),"
            "Payment,Picked up,Units refunded,Part refunded (CNY)",
            '1,Bob,,大盒,1,,63.00,63.00,1-1,63.00,"reported paid ¥63 (¥30 received, ¥33 to go)",,,',
            "2,Cat,,小盒,1,,33.00,66.00,1-2,66.00,paid,,1,63.00",
            '3,Dan,,大盒,1,,63.00,63.00,1-3,63.00,"reported paid ¥63 (¥50 received, ¥13 to go)",,,',
            '4,Eve,,大盒,1,,63.00,63.00,1-4,63.00,"unpaid (¥20 received, ¥43 to go)",,,',
            "Total,,,,4,,,255.00,,255.00,,,1,63.00",
        ],
        "小盒: 1 unit, ¥33, plus 1 unit refunded (¥33), ¥30 refunded, ¥3 after refunds",
        "/list #1",
        "Total: 4 units, ¥222, plus 1 unit refunded (¥33), ¥30 refunded, ¥192 after refunds",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_export_counts_units_and_money_as_the_list_does(lang: str) -> None:
    room = await _refunded_and_part_received(lang)
    export, rows, option, listing, totals = EXPORT[lang]

    document = next(r.document for r in await room.say("amy", export, private=True) if r.document)

    assert document is not None
    sheet = csv_bytes(document.sheets[0]).decode("utf-8-sig").splitlines()
    assert sheet[: len(rows)] == rows
    listed = room.said(await room.say("amy", listing, private=True)).splitlines()
    assert totals in listed  # 4 units, as the totals row
    assert option in listed
    assert option in "\n".join(sheet)  # the export's notes say the option alike
    money = next(line for line in listed if line.startswith("💰"))
    assert money in "\n".join(sheet).replace('"', "")  # the same money line, part receipts counted


VIEWS = {
    "zh": (
        "名单 #1",
        "2. Cat 小盒 ×2 ✅（已退 1 份，另有部分退款）",
        "我的订单",
        "#1-2 粽子 小盒（Amy 的团 #1）：2 × ¥33 = ¥66"
        "（已退 1 份 小盒 ¥33，另退 ¥30，共退 ¥63，实付 ¥3） · 已付款",
        "申请退款 1-2 不要了",
        "Cat 申请退款：#1-2 粽子 小盒 ×2（订单 ¥66，已退 ¥63，还可退 ¥3），原因：不要了。"
        "要退就发 退款 1-2（部分退发 退款 1-2 金额）。",
    ),
    "en": (
        "/list #1",
        "2. Cat 小盒 ×2 ✅ (1 refunded, and a part refund)",
        "/orders",
        "#1-2 Zongzi 小盒 (group buy #1 by Amy): 2 × ¥33 = ¥66 (refunded 1 unit of 小盒 for ¥33,"
        " and ¥30 more: ¥63 in all; ¥3 paid after refunds) · paid",
        "/refund 1-2 don't want it",
        "Cat asks for a refund: #1-2 Zongzi 小盒 ×2 (order ¥66, ¥63 refunded, ¥3 left to refund), reason:"
        " don't want it. To refund it, send /refund 1-2 (part of it: /refund 1-2 amount).",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_her_units_and_money_back_read_alike(lang: str) -> None:
    room = await _refunded_and_part_received(lang)
    listing, line, mine, order, ask, asked = VIEWS[lang]

    assert line in room.said(await room.say("bob", listing)).splitlines()  # one mark, not two brackets
    assert order in room.said(await room.say("cat", mine, private=True))
    replies = await room.say("cat", ask, private=True)
    assert room.private(replies)["amy"] == asked
