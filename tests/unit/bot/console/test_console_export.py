"""Export: orders (per group buy or pickup point) and their ledger as XLSX and CSV (UTF-8 with BOM)."""

from __future__ import annotations

import csv
import io

from openpyxl import load_workbook

from tests.unit.bot.console.console_client import ConsoleWorld


async def _shop(world: ConsoleWorld) -> int:
    replies = await world.say("family", "amy", "接龙 海南芒果 价格 10 成团 2 自提 小区南门")
    gid = next(int(r.card_of) for r in replies if r.card_of)
    await world.say("family", "bob", "+2 3号楼502")
    await world.say("family", "cat", "+1")
    await world.say("family", "amy", "截单")
    await world.say("family", "amy", f"已收 {gid}-1")
    return gid


async def test_orders_csv_has_a_bom_and_the_chinese_intact(world: ConsoleWorld) -> None:
    gid = await _shop(world)
    client = await world.member("amy")
    response = await client.get(f"/export/orders.csv?group_buy={gid}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert f'filename="orders-{gid}.csv"' in response.headers["content-disposition"]
    assert response.content.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads the Chinese right
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Group buy", "Order", "Buyer"]
    bob = next(row for row in rows if row[2] == "Bob")
    assert bob[0] == f"#{gid} 海南芒果" and bob[1] == f"#{gid}-1"
    assert bob[5:9] == ["2", "each", "3号楼502", "20.00"] and bob[10:] == ["Paid", "小区南门", "Family Group"]
    assert rows[-1][0] == "Total" and rows[-1][5] == "3" and rows[-1][8] == "30.00"


async def test_orders_xlsx_is_readable_with_a_sheet_per_pickup_point(world: ConsoleWorld) -> None:
    gid = await _shop(world)
    client = await world.admin()
    response = await client.get("/export/orders.xlsx?pickup=小区南门", headers={"accept-language": "zh"})
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["小区南门"]
    sheet = book["小区南门"]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][:3] == ["团", "订单", "买家"]
    assert [row[1] for row in values[1:3]] == [f"#{gid}-1", f"#{gid}-2"]
    assert values[1][10] == "已付款" and values[2][10] == "未付款"
    assert float(values[-1][8]) == 30.0  # the totals row, money as a number


async def test_the_ledger_export_holds_the_paid_orders_transactions(world: ConsoleWorld) -> None:
    gid = await _shop(world)
    client = await world.member("amy")
    response = await client.get(f"/export/ledger.csv?group_buy={gid}")
    assert response.status_code == 200 and response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == [
        "When", "Description", "Kind", "Order", "Account", "Amount (CNY)",
        "Transaction key", "Kind code", "Account key",
    ]  # fmt: skip
    paid = [row for row in rows[1:] if len(row) > 7 and row[7] == "order_paid"]  # not the note under it
    assert paid and all(row[3] == f"#{gid}-1" for row in paid)
    assert sum(float(row[5]) for row in paid) == 0  # a transaction's postings balance
    xlsx = await client.get(f"/export/ledger.xlsx?group_buy={gid}")
    book = load_workbook(io.BytesIO(xlsx.content))
    assert [c.value for c in next(book.active.iter_rows())][:2] == ["When", "Description"]


async def test_an_organiser_exports_their_own_only(world: ConsoleWorld) -> None:
    gid = await _shop(world)
    await world.open_group_buy("work", "dan", "Plums")
    client = await world.member("dan")
    for path in (f"/export/orders.csv?group_buy={gid}", f"/export/ledger.xlsx?group_buy={gid}"):
        response = await client.get(path)  # another's as one that does not exist: said, no file
        assert response.status_code == 422 and "海南芒果" not in response.text
        assert f"There is no group buy #{gid} among yours" in response.text
    mine = (await client.get("/export/orders.csv")).content.decode("utf-8-sig")
    assert "海南芒果" not in mine
    assert (await client.get("/export/orders.pdf")).status_code == 404
    page = (await client.get("/export")).text
    assert 'formaction="/export/orders.xlsx"' in page and "海南芒果" not in page
