"""A two-option group buy (多规格) from the first message to the organiser's export, through the playground's
JSON API: opened with options and a discount tier, joined by typing and by each option's button, a member
asked which option, one leaving an option, the close with orders at each option's price, payments, and
`/export`: the XLSX (opened with openpyxl) has an Option column, each line's own unit price, a totals row
and the totals per option under it."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from tests.unit.bot.playground_api import PlaygroundApi, playground_api

LINK = re.compile(r"http://playground(/files/[\w\-]+/\S+)")


async def _tap(api: PlaygroundApi, user: str, card: dict[str, Any], label: str) -> dict[str, Any]:
    [data] = [b["data"] for row in card["buttons"] for b in row if b["label"] == label]
    body = {"chat": "family", "user": user, "message_id": card["message_id"], "data": data}
    response = await api.client.post("/api/buttons", json=body)
    assert response.status_code == 200, response.text
    return dict(response.json())


async def test_a_two_option_group_buy_from_opening_to_the_export(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "接龙 海南芒果 规格 3斤:58:10,5斤:88 阶梯 4:-5 成团 3 自提 小区南门")
        card = await api.card("family", 1)
        assert [[b["label"] for b in row] for row in card["buttons"]] == [
            ["跟团 3斤", "跟团 5斤"],
            ["退出", "查看进度"],
        ]

        [which] = (await api.say("family", "bob", "+1"))["replies"]
        assert which["text"].startswith("海南芒果（#1）要哪个规格？3斤 ¥58 / 5斤 ¥88。")
        await api.say("family", "bob", "+2 5斤 3号楼502")
        await api.say("family", "bob", "+1 3斤")
        await api.say("family", "cat", "我要两份 3斤")
        await _tap(api, "dan", await api.card("family", 1), "跟团 5斤")
        await api.say("family", "dan", "/join 1 3斤")
        await api.say("family", "dan", "-1 3斤")  # Dan keeps 5斤 only

        card = await api.card("family", 1)
        assert card["text"].split("\n")[2:5] == [
            "规格（阶梯按所有规格的总份数）：",
            "• 3斤 ¥53（¥58 − ¥5） · 已订 3 · 剩 7",
            "• 5斤 ¥83（¥88 − ¥5） · 已订 3",
        ]
        assert card["text"].split("\n\n", 1)[1].split("\n") == [
            "1. Bob 5斤 ×2 · 3号楼502",
            "2. Bob 3斤 ×1",
            "3. Cat 3斤 ×2",
            "4. Dan 5斤 ×1",
        ]

        closed = await api.say("family", "amy", "截单")
        orders = {r["chat"]: r["text"] for r in closed["replies"] if r["chat"] != "family"}
        assert orders["bob"].split("\n")[1:4] == [
            "海南芒果 5斤 — 3号楼502：2 × ¥83 = ¥166",
            "海南芒果 3斤：1 × ¥53 = ¥53",
            "合计：¥219",
        ]
        await api.say("family", "amy", "已收 1")  # Bob paid

        answer = await api.say("family", "amy", "导出")
        _, xlsx_message, _ = answer["replies"]
        [path] = LINK.findall(xlsx_message["text"])
        response = await api.client.get(path)
        assert response.status_code == 200

        book = load_workbook(io.BytesIO(response.content))
        sheet = book["小区南门"]
        rows = [list(row) for row in sheet.iter_rows(values_only=True)]
        assert rows[0] == [
            "序号",
            "昵称",
            "代报",
            "规格",
            "数量",
            "备注",
            "单价 (CNY)",
            "金额 (CNY)",
            "订单号",
            "订单金额 (CNY)",
            "付款",
            "取货",
        ]
        assert rows[1:5] == [
            [1, "Bob", None, "5斤", 2, "3号楼502", 83, 166, "1-1", 219, "已付", None],
            [2, "Bob", None, "3斤", 1, None, 53, 53, "1-1", None, "已付", None],
            [3, "Cat", None, "3斤", 2, None, 53, 106, "1-2", 106, "未付", None],
            [4, "Dan", None, "5斤", 1, None, 83, 83, "1-3", 83, "未付", None],
        ]
        assert rows[5] == ["合计", None, None, None, 6, None, None, 408, None, 408, None, None]
        notes = [row[0] for row in rows[7:]]
        assert notes == [
            "海南芒果（#1）· 已成团 · 3斤 ¥53/份 / 5斤 ¥83/份",
            "自提：小区南门",
            "3斤：3 份，¥159",
            "5斤：3 份，¥249",
            "💰 已收 ¥219 · 待收 ¥189",
        ]
        by_option: dict[str, int] = {}
        for row in rows[1:5]:
            by_option[row[3]] = by_option.get(row[3], 0) + row[7]
        assert by_option == {"5斤": 249, "3斤": 159} and sum(by_option.values()) == rows[5][7]
