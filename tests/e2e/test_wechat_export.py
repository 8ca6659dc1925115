"""`导出` through `tuan run wechat` and the real puppet service (the Node gateway): the organiser's
private chat gets the caption, then the XLSX and the CSV as WeChat file messages (a base64 FileBox over
gRPC), built from the list when they are sent."""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.adapters.wechat.gateway import Gateway, TuanWeChat

pytestmark = pytest.mark.e2e


@pytest.fixture
def gateway(tmp_path: Path) -> Iterator[Gateway]:
    running = Gateway(tmp_path).start()
    yield running
    running.stop()


def _the_export(gateway: Gateway, seq: int) -> list[dict[str, Any]]:
    """The export's caption and its two files, sent after entry `seq`: the close's private messages (the
    buyer's order, her summary) may still be on their way on a loaded machine, and come in between."""
    export: list[dict[str, Any]] = []
    for count in range(3, 9):
        sent = gateway.bot_messages_after(seq, count=count)
        export = [m for m in sent if "file" in m or (m.get("text") or "").startswith("📊 芒果（#1）名单表格")]
        if len(export) >= 3:
            break
    return export[:3]


def test_the_organiser_gets_the_list_as_two_file_messages(gateway: Gateway, tmp_path: Path) -> None:
    tuan = TuanWeChat(tmp_path, gateway).start()
    zhang = gateway.member("张三")
    try:
        opened = gateway.say("张三", "接龙 芒果 价格 30 成团 2")
        gateway.bot_messages_after(opened["seq"], count=2)  # the answer and the card
        joined = gateway.say("李四", "+2 3号楼502")
        gateway.bot_messages_after(joined["seq"])
        closed = gateway.say("张三", "截单")
        gateway.bot_messages_after(closed["seq"], count=2)

        asked = gateway.say("张三", "导出", private=True)
        caption, xlsx, csv_file = _the_export(gateway, asked["seq"])
    finally:
        assert tuan.stop() == 0, tuan.output()

    assert (caption["to"], caption["room"]) == (zhang, None)
    assert caption["text"] == (
        "📊 芒果（#1）名单表格，共 1 条\n\n📄 芒果（#1）同一份名单的 CSV（UTF-8），共 1 条"
    )
    assert [(m["to"], m["file"]["name"]) for m in (xlsx, csv_file)] == [
        (zhang, "tuan-1-芒果.xlsx"),
        (zhang, "tuan-1-芒果.csv"),
    ]
    book = load_workbook(io.BytesIO(base64.b64decode(xlsx["file"]["base64"])))
    rows = [list(row) for row in book.active.iter_rows(values_only=True)]
    assert rows[1] == [1, "李四", None, 2, "3号楼502", 30, 60, "1-1", 60, "未付", None]
    assert rows[2] == ["合计", None, None, 2, None, None, 60, None, 60, None, None]
    text = base64.b64decode(csv_file["file"]["base64"])
    assert text.startswith(b"\xef\xbb\xbf")
    assert text.decode("utf-8-sig").splitlines()[1] == "1,李四,,2,3号楼502,30.00,60.00,1-1,60.00,未付,"
