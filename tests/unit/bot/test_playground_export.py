"""A group buy from the first message to the organiser's export, through the playground's JSON API: the
organiser's private list, then `/export` as two messages in the organiser's private chat, each with a
download link on the playground's own server; the XLSX opens with openpyxl (rows, totals, money, CJK
column widths), the CSV is UTF-8 with a BOM."""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from tests.unit.bot.playground_api import PlaygroundApi, playground_api

LINK = re.compile(r"http://playground(/files/[\w\-]+/\S+)")
HEADING = [
    "序号",
    "昵称",
    "代报",
    "数量",
    "备注",
    "单价 (CNY)",
    "金额 (CNY)",
    "订单号",
    "订单金额 (CNY)",
    "付款",
    "取货",
]


async def _group_buy(api: PlaygroundApi) -> None:
    """Amy's mangoes in "family": Bob with a note and a friend, Cat, Dan; closed at ¥78; Bob paid and
    collected, Cat paid, Dan not yet."""
    await api.say("family", "amy", "接龙 海南贵妃芒 5斤 价格 88 阶梯 3:78 成团 3 自提 小区南门")
    await api.say("family", "bob", "+2 3号楼502")
    await api.say("family", "bob", "+1 帮 小王")
    await api.say("family", "cat", "+1")
    await api.say("family", "dan", "+1")
    await api.say("family", "amy", "截单")
    await api.say("family", "amy", "已收 1")
    await api.say("family", "amy", "已取 1")
    await api.say("family", "amy", "已收 2")


async def _download(api: PlaygroundApi, text: str) -> tuple[str, bytes, str]:
    """(path, body, content type) of the download link in a bot message."""
    [path] = LINK.findall(text)
    response = await api.client.get(path)
    assert response.status_code == 200, response.text
    return path, response.content, response.headers["content-type"]


async def test_the_organiser_reads_their_list_privately_and_members_see_the_public_one(
    tmp_path: Path,
) -> None:
    async with playground_api(tmp_path) as api:
        await _group_buy(api)

        answer = await api.say("amy", "amy", "名单 #1")
        [listed] = answer["replies"]
        assert listed["chat"] == "amy"
        assert listed["text"] == (
            "📋 海南贵妃芒 5斤（#1）团长名单 · 已成团 · ¥78/份 · 群：family\n"  # in the group "family"
            "1. Bob ×2 · ¥156 · 备注：3号楼502 · 订单 #1-1 共 ¥234 · ✅📦已付，已取货\n"
            "2. Bob 帮 小王 ×1 · ¥78 · 并入订单 #1-1 · ✅📦已付，已取货\n"
            "3. Cat ×1 · ¥78 · 订单 #1-2 共 ¥78 · ✅已付，未取货\n"
            "4. Dan ×1 · ¥78 · 订单 #1-3 共 ¥78 · ⏳未付\n"
            "\n"
            "合计：5 份，¥390\n"
            "💰 已收 ¥312 · 待收 ¥78\n"
            "订单：已付 2（已取货 1）· 已报付款 0 · 未付 1\n"
            "导出表格：导出 #1 · 我的全部团：我的团"
        )

        [public] = (await api.say("family", "amy", "名单"))["replies"]  # in the group: the public list
        assert public["chat"] == "family"
        assert public["text"].startswith(
            "📋 海南贵妃芒 5斤（#1）接龙名单，共 4 条：\n1. Bob ×2 · 3号楼502 ✅📦"
        )
        assert "¥" not in public["text"]

        [someone_elses] = (await api.say("bob", "bob", "名单 #1"))["replies"]
        assert (
            someone_elses["text"]
            == "你没有开过团购 #1（只有它的团长能看名单）。看你自己的订单请发“我的订单”。"
        )


async def test_export_sends_an_xlsx_and_a_csv_to_the_organiser_with_rows_and_totals(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await _group_buy(api)

        answer = await api.say("family", "amy", "导出")
        note, xlsx_message, csv_message = answer["replies"]
        assert (note["chat"], note["text"]) == ("family", "Amy，海南贵妃芒 5斤（#1）的名单已私信发给你。")
        assert xlsx_message["chat"] == csv_message["chat"] == "amy"
        assert xlsx_message["text"].startswith(
            "📊 海南贵妃芒 5斤（#1）名单表格，共 4 条\n⬇️ tuan-1-海南贵妃芒-5斤.xlsx：http://playground/files/"
        )
        assert csv_message["text"].startswith("📄 海南贵妃芒 5斤（#1）同一份名单的 CSV（UTF-8），共 4 条\n")
        assert [m["text"] for m in await api.messages("amy")][-2:] == [
            xlsx_message["text"],
            csv_message["text"],
        ]

        path, body, kind = await _download(api, xlsx_message["text"])
        assert path.endswith("/tuan-1-%E6%B5%B7%E5%8D%97%E8%B4%B5%E5%A6%83%E8%8A%92-5%E6%96%A4.xlsx")
        assert kind == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        book = load_workbook(io.BytesIO(body))
        assert book.sheetnames == ["小区南门"]
        sheet = book["小区南门"]
        rows = [list(row) for row in sheet.iter_rows(values_only=True)]
        assert rows[0] == HEADING
        assert rows[1:5] == [
            [1, "Bob", None, 2, "3号楼502", 78, 156, "1-1", 234, "已付", "已取"],
            [2, "小王", "Bob", 1, None, 78, 78, "1-1", None, "已付", "已取"],  # 小王's, Bob 代报
            [3, "Cat", None, 1, None, 78, 78, "1-2", 78, "已付", None],
            [4, "Dan", None, 1, None, 78, 78, "1-3", 78, "未付", None],
        ]
        assert rows[5] == ["合计", None, None, 5, None, None, 390, None, 390, None, 1]
        assert [row[0] for row in rows[7:]] == [
            "海南贵妃芒 5斤（#1）· 已成团 · ¥78/份",
            "自提：小区南门",
            "💰 已收 ¥312 · 待收 ¥78",
        ]
        assert sheet["G2"].number_format == "#,##0.00" and sheet["A6"].font.bold
        assert sheet.freeze_panes == "A2"
        # Chinese counts double: "订单金额 (CNY)" is 8 + 6 columns wide, "3号楼502" 4 + 4
        assert sheet.column_dimensions["I"].width == 14 + 2
        assert sheet.column_dimensions["E"].width == 8 + 2

        _, body, kind = await _download(api, csv_message["text"])
        assert kind.startswith("text/csv")
        assert body.startswith(b"\xef\xbb\xbf")  # UTF-8's BOM: Excel and WPS read the Chinese right
        lines = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
        assert lines[0] == HEADING
        assert lines[1] == [
            "1",
            "Bob",
            "",
            "2",
            "3号楼502",
            "78.00",
            "156.00",
            "1-1",
            "234.00",
            "已付",
            "已取",
        ]
        assert lines[5] == ["合计", "", "", "5", "", "", "390.00", "", "390.00", "", "1"]
        assert lines[6:] == [
            [],
            ["海南贵妃芒 5斤（#1）· 已成团 · ¥78/份"],
            ["自提：小区南门"],
            ["💰 已收 ¥312 · 待收 ¥78"],
        ]
        assert sum(Decimal(line[6]) for line in lines[1:5]) == Decimal(lines[5][6])


async def test_export_is_the_organisers_and_a_link_names_one_file(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await _group_buy(api)

        [refused] = (await api.say("family", "cat", "导出 #1"))["replies"]
        assert refused["text"] == "只有团长（Amy）可以这样做，没有任何改动。"
        [elsewhere] = (await api.say("cat", "cat", "/export #1"))["replies"]  # hers: she wrote 导出
        assert elsewhere["text"] == (
            "你没有开过团购 #1（只有它的团长能导出名单）。看你自己的订单请发“我的订单”。"
        )
        assert [m for m in await api.messages("cat") if "/files/" in m["text"]] == []

        private = await api.say("amy", "amy", "/export")  # in private: their newest group buy, in her Chinese
        xlsx_message, csv_message = private["replies"]
        assert xlsx_message["text"].startswith("📊 海南贵妃芒 5斤（#1）名单表格，共 4 条\n")
        path, _, _ = await _download(api, csv_message["text"])
        token = path.split("/")[2]
        assert (await api.client.get(f"/files/{token}/other.csv")).status_code == 404
        assert (await api.client.get("/files/nosuchtoken/tuan-1.csv")).status_code == 404
