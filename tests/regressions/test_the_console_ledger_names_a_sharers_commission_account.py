"""Review (session 20): the console's ledger named the buyer and the organiser, but a sharer's (or
help-seller's) commission account by the user id the ledger keeps: "bob's pending commission" in the
export, `commission_pending:bob` as the page's only account text. Both now name the member as the bot
last saw them ("Bob's held commission", "Bob 的待入账佣金"), the account's key kept beside it for
tools (the page's Account key column, the export's last column)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world
from tests.unit.bot.console.people_shop import open_shop


def _rows(page: str) -> list[list[str]]:
    body = re.search(r"<tbody>(.*?)</tbody>", page, re.S)
    assert body is not None, page
    return [re.findall(r"<td>(.*?)</td>", row) for row in re.findall(r"<tr>(.*?)</tr>", body.group(1))]


async def test_the_ledger_names_the_sharer_whose_commission_it_is(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        shop = await open_shop(world)  # Bob shared Amy's Mangoes: Dan's order 1 earned him ¥10
        admin = await world.admin()

        zh = await admin.get(f"/ledger?order={shop.mangoes}-1", headers={"accept-language": "zh"})

        assert zh.status_code == 200
        assert "<th>账户</th><th>金额</th><th>账户键（系统）</th>" in zh.text
        accounts = {(row[2], row[4]) for row in _rows(zh.text)}
        assert accounts == {
            ("Bob 的待入账佣金", "<code>commission_pending:bob</code>"),
            ("Bob 的可提现佣金", "<code>commission_available:bob</code>"),
            ("买家 Dan", "<code>buyer:dan</code>"),
            ("团长 Amy", "<code>organiser:amy</code>"),
        }
        en = await admin.get(f"/ledger?order={shop.mangoes}-1", headers={"accept-language": "en"})
        assert "<td>Bob&#39;s held commission</td>" in en.text

        path = f"/export/ledger.csv?group_buy={shop.mangoes}"
        export = await admin.get(path, headers={"accept-language": "en"})

        assert export.status_code == 200
        rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig"))))
        whose = {(row[4], row[8]) for row in rows if len(row) > 8}  # not the note under the rows
        assert ("Bob's held commission", "commission_pending:bob") in whose
        assert ("Bob's commission to withdraw", "commission_available:bob") in whose
        zh_export = await admin.get(path, headers={"accept-language": "zh"})
        zh_rows = list(csv.reader(io.StringIO(zh_export.content.decode("utf-8-sig"))))
        assert "Bob 的待入账佣金" in {row[4] for row in zh_rows if len(row) > 4}
        assert not any(row[4].startswith("bob") for row in rows + zh_rows if len(row) > 4)
