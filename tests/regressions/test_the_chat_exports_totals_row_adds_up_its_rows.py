"""rep85 #2: `导出 #2`'s CSV had a 合计 row its own rows contradicted: the unit `退款 2-1 小盒 1份` gave
back was taken off the 合计 (4 units, ¥192) but not off its row (still 2, ¥66), and its ¥33 was in the
部分退款 column too, so 金额 − 部分退款 took it off twice (¥139, the order holding ¥172); the console's
export of the same group buy said it otherwise. Now both follow one rule: each row's quantity is its units
kept (those given back in 已退份数), its amount before refunds, the 合计 row the sum of the rows, and the
figure net of part refunds said under it, once."""

from __future__ import annotations

import csv
import io

import pytest

from bot.export_files import csv_bytes
from tests.unit.handlers.conftest import Chat, fake_chat

SAID = {
    "zh": ("接龙 粽子 规格 大盒:63,小盒:33 成团 1", "截单", "已收", "退款", "导出 #1"),
    "en": ("/groupbuy Zongzi options 大盒:63,小盒:33 target 1", "/close", "/paid", "/refund", "/export #1"),
}
NET = {
    "zh": (
        "上面的合计没有扣掉部分退款的 ¥53；扣掉后是 ¥172。",
        "上面的合计没有扣掉部分退款的 ¥146；扣掉后是 ¥79。",
    ),
    "en": (
        "The total above is before ¥53 given back in part refunds; after them it is ¥172.",
        "The total above is before ¥146 given back in part refunds; after them it is ¥79.",
    ),
}


async def _csv(chat: Chat, export: str) -> list[list[str]]:
    document = next(r.document for r in await chat.say("may", export, private=True) if r.document)
    assert document is not None
    return list(csv.reader(io.StringIO(csv_bytes(document.sheets[0]).decode("utf-8-sig"))))


def _adds_up(table: list[list[str]]) -> list[str]:
    """The totals row, checked against the rows above it: units, amount and part refunds."""
    head = table[0]
    rows = table[1 : next(i for i, row in enumerate(table) if row and row[0] in ("合计", "Total"))]
    totals = table[len(rows) + 1]
    for column in (4, 7, len(head) - 1, len(head) - 2):  # 数量, 金额, 部分退款, 已退份数
        said = float(totals[column] or 0)
        assert said == pytest.approx(sum(float(row[column] or 0) for row in rows)), (head[column], table)
    return totals


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_totals_row_is_the_sum_of_its_rows_and_the_net_is_said_once(lang: str) -> None:
    opening, close, paid, refund, export = SAID[lang]
    chat = fake_chat()
    if lang == "en":
        await chat.say("may", "/lang en")
    await chat.say("may", opening)
    await chat.say("zhou", "+1 大盒")
    await chat.say("zhou", "+2 小盒")
    await chat.say("wang", "+1 小盒")
    await chat.say("wang", "+1 大盒")
    await chat.say("may", close)
    await chat.say("may", f"{paid} 1-1 1-2", private=True)
    await chat.say("may", f"{refund} 1-1 小盒 1 broken", private=True)  # ¥33
    await chat.say("may", f"{refund} 1-1 20", private=True)

    table = await _csv(chat, export)

    # Zhou's 小盒 row: 1 kept, 1 given back, its ¥66 before refunds (as the console's export says it)
    assert table[2][3:8] + table[2][-2:] == ["小盒", "1", "", "33.00", "66.00", "1", ""], table
    assert _adds_up(table)[4:10] == ["4", "", "", "225.00", "", "225.00"], table
    assert NET[lang][0] in [cell for row in table for cell in row], table

    await chat.say("may", f"{refund} 1-2 30", private=True)
    await chat.say("may", f"{refund} 1-2 大盒 1 broken", private=True)  # ¥63 of the ¥66 left
    table = await _csv(chat, export)

    # Wang's 大盒 row: 0 kept (the console's CSV said 0, the chat's 1); ¥146 off ¥225 once: ¥79 held
    assert table[4][3:8] == ["大盒", "0", "", "63.00", "63.00"], table
    assert _adds_up(table)[4:10] == ["3", "", "", "225.00", "", "225.00"], table
    assert NET[lang][1] in [cell for row in table for cell in row], table
