"""Session 10: the pickup was kept as the text its setter's language wrote (`小区南门 · 11月24日 周二
18:00`), so `/export` and the console showed the time in that language whoever looked. The place and the
time are kept apart now: the chat's export writes the time in the exporter's language, the console's
pages and files in the console's."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import load_workbook

from tests.unit.bot.console.console_client import console_world
from tests.unit.handlers.conftest import fake_chat


async def test_the_chats_export_writes_the_pickup_time_in_the_exporters_language() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 海南芒果 价格 10 成团 1")
    await chat.say("bob", "+1")
    await chat.say("amy", "自提 小区南门 明天下午6点")

    zh = [r.document for r in await chat.say("amy", "导出") if r.document is not None]
    en = [r.document for r in await chat.say("amy", "/export", language="en") if r.document is not None]

    assert "自提：小区南门 · 11月24日 周二 18:00" in zh[0].sheets[0].notes
    assert "Pickup: 小区南门 · Tue 24 Nov 18:00" in en[0].sheets[0].notes


async def test_the_console_writes_the_pickup_time_in_its_language(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        replies = await world.say("family", "amy", "接龙 海南芒果 价格 10 成团 1")
        gid = next(int(r.card_of) for r in replies if r.card_of)
        await world.say("family", "bob", "+1")
        await world.say("family", "amy", "自提 小区南门 明天下午6点")
        await world.say("family", "amy", "截单")
        client = await world.member("amy")

        english = await client.get(f"/export/orders.csv?group_buy={gid}", headers={"accept-language": "en"})
        rows = list(csv.reader(io.StringIO(english.content.decode("utf-8-sig"))))
        assert next(row for row in rows if row[2] == "Bob")[11] == "小区南门 · Tue 24 Nov 18:00"

        page = await client.get(f"/orders?group_buy={gid}", headers={"accept-language": "en"})
        assert "<td>小区南门 · Tue 24 Nov 18:00</td>" in page.text

        chinese = await client.get(
            "/export/orders.xlsx?pickup=小区南门 · 11月24日 周二 18:00", headers={"accept-language": "zh"}
        )
        book = load_workbook(io.BytesIO(chinese.content))
        values = [[cell.value for cell in row] for row in book.worksheets[0].iter_rows()]
        assert [row[11] for row in values[1:-1]] == ["小区南门 · 11月24日 周二 18:00"]
