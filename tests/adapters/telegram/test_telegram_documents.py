"""/export on Telegram: a reply carrying a document goes as `sendDocument`, the file uploaded the way
aiogram uploads it (multipart, `attach://`), built from the reply's table when it is sent; the fake Bot
API takes it as Telegram would (and refuses what Telegram refuses: a reference to no uploaded part, a
caption over 1,024 characters)."""

from __future__ import annotations

import io
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any, cast

import httpx
import pytest
from aiogram import Bot
from openpyxl import load_workbook

from bot.telegram.adapter import TelegramAdapter
from bot.telegram.outbox import Outbox
from commerce.domain.outbox import OutboxItem
from handlers import outbox as rows
from handlers.app import ChatApp
from handlers.types import ChatKind, Column, Document, Reply, Request, Sheet
from tests.adapters.telegram.fake_api import FakeBotAPI
from tests.adapters.telegram.wiring import adapter_for

AMY = 4001
SHEET = Sheet(
    name="小区南门",
    columns=(Column("昵称"), Column("数量", "number"), Column("金额", "money")),
    rows=(("Bob", 2, 15600), ("小王", 1, 7800)),
    totals=("合计", 3, 23400),
    currency="CNY",
    notes=("💰 已收 ¥156 · 待收 ¥78",),
)


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = FakeBotAPI(started={AMY})
    await server.start()
    yield server
    await server.stop()


class NoApp:
    async def told_truly(self, reply: Any, out: Any, language: str) -> Any:
        """The close summary as it is: the bot is in every chat here (ChatApp.told_truly)."""
        return reply

    queues = True

    async def render_card(self, group_buy_id: int) -> Reply:
        raise AssertionError("no card here")


def _adapter(bot: Bot) -> tuple[TelegramAdapter, Outbox]:
    return adapter_for(cast(ChatApp, NoApp()), bot, render_card=NoApp().render_card, default_language="zh")


async def test_an_export_row_becomes_two_documents_telegram_accepts(api: FakeBotAPI, bot: Bot) -> None:
    adapter, outbox = _adapter(bot)
    request = Request("telegram", str(AMY), str(AMY), "Amy", chat_kind=ChatKind.PRIVATE, update_id="9")
    replies = [
        Reply(text="📊 芒果（#1）名单表格，共 2 条", document=Document("tuan-1-芒果", "xlsx", (SHEET,))),
        Reply(
            text="📄 芒果（#1）同一份名单的 CSV（UTF-8），共 2 条",
            document=Document("tuan-1-芒果", "csv", (SHEET,)),
        ),
    ]
    now = datetime(2026, 12, 2, tzinfo=UTC)
    written = rows.rows(replies, platform="telegram", request=request, now=now)
    assert len(written) == 2  # a document is a message: each is a row, holding the table (not bytes)
    assert json.loads(written[0].payload)["reply"]["document"]["sheets"][0]["rows"][0] == ["Bob", 2, 15600]

    for n, item in enumerate(written, 1):
        await adapter.send_row(OutboxItem(item.topic, item.payload, item.created_at, item.chat_id, id=n))
    assert await outbox.drain(10)

    api.assert_nothing_refused()
    calls = api.sent("sendDocument", AMY)
    assert [call.params["caption"] for call in calls] == [reply.text for reply in replies]
    xlsx, csv_file = api.documents(AMY)
    assert (xlsx.filename, csv_file.filename) == ("tuan-1-芒果.xlsx", "tuan-1-芒果.csv")
    sheet = load_workbook(io.BytesIO(xlsx.content))["小区南门"]
    assert [list(row) for row in sheet.iter_rows(values_only=True)][:4] == [
        ["昵称", "数量", "金额 (CNY)"],
        ["Bob", 2, 156],
        ["小王", 1, 78],
        ["合计", 3, 234],
    ]
    assert csv_file.content.decode("utf-8-sig").splitlines()[:4] == [
        "昵称,数量,金额 (CNY)",
        "Bob,2,156.00",
        "小王,1,78.00",
        "合计,3,234.00",
    ]
    assert outbox.stats.sent == 2


async def _post(api: FakeBotAPI, files: dict[str, tuple[str, bytes]], **fields: str) -> tuple[int, str]:
    async with httpx.AsyncClient(base_url=api.base_url) as http:
        response = await http.post(f"/bot{api.token}/sendDocument", data=fields, files=files)
    return response.status_code, str(response.json().get("description", ""))


async def test_the_fake_refuses_an_upload_telegram_would_refuse(api: FakeBotAPI) -> None:
    upload = {"part1": ("list.csv", b"a,b\r\n")}
    assert await _post(api, upload, chat_id=str(AMY), document="attach://part1") == (200, "")
    assert await _post(api, upload, chat_id=str(AMY), document="attach://other") == (
        400,
        "Bad Request: file attach://other is not among the uploaded parts",
    )
    assert await _post(api, upload, chat_id=str(AMY), document="attach://part1", caption="长" * 1025) == (
        400,
        "Bad Request: message caption is too long",
    )
    assert await _post(api, {}, chat_id=str(AMY)) == (400, 'Bad Request: parameter "document" is required')
    assert [d.content for d in api.documents(AMY)] == [b"a,b\r\n"]
