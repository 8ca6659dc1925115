"""Session 35: the console's ledger said a payout's entry as one phrase, `Payout #1 paid out`, but an
order's still kind-then-number, `Order paid #6-1` / `订单付款 #6-1`, while the ledger export said
`Order #6-1 paid`. The page now says each order's entry as the export does, `Order #6-1 paid` /
`订单 #6-1 已付款` (a release: `Order #6-1: commission freed to withdraw`; a payment made again after one
was undone says which), on the ledger page and a member's page."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.console_client import console_world


async def test_an_orders_ledger_entries_read_as_the_export_says_them(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        replies = await world.say("family", "amy", "接龙 海南芒果 价格 10 成团 2 自提 小区南门")
        gid = next(int(r.card_of) for r in replies if r.card_of)
        await world.say("family", "bob", "+2")
        await world.say("family", "amy", "截单")
        await world.say("family", "amy", f"已收 {gid}-1")
        await world.say("family", "amy", f"撤销已收 {gid}-1")
        await world.say("family", "amy", f"已收 {gid}-1")
        amy = await world.member("amy")

        page = (await amy.get(f"/ledger?order={gid}-1")).text
        assert f"<td>Order #{gid}-1 paid ¥20</td><td>Buyer Bob</td><td>-¥20</td>" in page
        assert f"<td>Order #{gid}-1&#39;s payment of ¥20 undone</td>" in page
        assert f"<td>Order #{gid}-1 paid ¥20 (payment 2)</td>" in page
        assert "Order paid #" not in page

        amy.cookies.set("lang", "zh")
        page = (await amy.get(f"/ledger?order={gid}-1")).text
        assert f"<td>订单 #{gid}-1 已付款 ¥20</td><td>买家 Bob</td><td>-¥20</td>" in page
        assert f"<td>订单 #{gid}-1 撤销已收 ¥20</td>" in page
        assert f"<td>订单 #{gid}-1 已付款 ¥20（第 2 次付款）</td>" in page
        assert "订单付款 #" not in page
