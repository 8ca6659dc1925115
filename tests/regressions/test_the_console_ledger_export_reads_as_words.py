"""Review (session 19): the console's ledger export showed internal keys (`order:6:paid`), English entry
types on a Chinese page (`order_paid`), and dates without a year ("Tue 24 Nov 12:00"). Each row now says
what happened in the page's language ("订单 #6-1 已付款" / "Order #6-1 paid"; a payment made again after
one was undone, which payment it is), its type in words, whose account by name, the time with its year
(`2026-11-23 12:00`); the ledger's own keys stay, in columns of their own at the end, for tools."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import load_workbook

from tests.unit.bot.console.console_client import ConsoleWorld, console_world


async def _shop(world: ConsoleWorld) -> int:
    replies = await world.say("family", "amy", "接龙 海南芒果 价格 10 成团 2 自提 小区南门")
    gid = next(int(r.card_of) for r in replies if r.card_of)
    await world.say("family", "bob", "+2")
    await world.say("family", "amy", "截单")
    await world.say("family", "amy", f"已收 {gid}-1")
    await world.say("family", "amy", f"撤销已收 {gid}-1")
    await world.say("family", "amy", f"已收 {gid}-1")
    return gid


async def test_the_ledger_export_says_each_posting_in_the_pages_words(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:  # the clock: Mon 23 Nov 2026, 12:00 in the chat
        gid = await _shop(world)
        client = await world.member("amy")

        zh = await client.get(f"/export/ledger.csv?group_buy={gid}", headers={"accept-language": "zh"})

        assert zh.status_code == 200
        rows = list(csv.reader(io.StringIO(zh.content.decode("utf-8-sig"))))
        assert rows[0] == [
            "时间", "说明", "类型", "订单", "账户", "金额 (CNY)",
            "交易键（系统）", "类型代码（系统）", "账户键（系统）",
        ]  # fmt: skip
        assert rows[1] == [
            "2026-11-23 12:00", f"订单 #{gid}-1 已付款 ¥20", "订单付款", f"#{gid}-1", "买家 Bob", "-20.00",
            "order:1:paid", "order_paid", "buyer:bob",  # the order's id in the ledger: 1
        ]  # fmt: skip
        assert rows[2][1:5] == [f"订单 #{gid}-1 已付款 ¥20", "订单付款", f"#{gid}-1", "团长 Amy"]
        assert rows[3][1:3] == [f"订单 #{gid}-1 撤销已收 ¥20", "撤销已收"]
        assert rows[5][1] == f"订单 #{gid}-1 已付款 ¥20（第 2 次付款）" and rows[5][6] == "order:1:paid:2"
        # review s20 (N7): a member's balance here leaves out her payouts; the sheet says where they are
        assert ["这里只有订单的记账：佣金提现在“提现”页，各账户含提现的余额在“试算平衡”页。"] in rows

        en = await client.get(f"/export/ledger.xlsx?group_buy={gid}", headers={"accept-language": "en"})

        sheet = load_workbook(io.BytesIO(en.content)).active
        values = [[cell.value for cell in row] for row in sheet.iter_rows()]
        assert values[0][:6] == ["When", "Description", "Kind", "Order", "Account", "Amount (CNY)"]
        assert values[0][6:] == ["Transaction key", "Kind code", "Account key"]
        assert values[1][:5] == [
            "2026-11-23 12:00",
            f"Order #{gid}-1 paid ¥20",
            "Order paid",
            f"#{gid}-1",
            "Buyer Bob",
        ]
        assert values[3][1:3] == [f"Order #{gid}-1's payment of ¥20 undone", "Payment undone"]
        assert values[5][1] == f"Order #{gid}-1 paid ¥20 (payment 2)"
