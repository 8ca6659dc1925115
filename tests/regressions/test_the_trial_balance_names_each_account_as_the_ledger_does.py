"""Review (session 20): the console's trial balance listed every account by the key the ledger keeps
(`commission_available:bob`, `buyer:dan`) while the ledger page names them. It now names each account
as the ledger page does (`Bob 的可提现佣金`, "Buyer Dan", `提现出账`), the key kept beside it for tools."""

from __future__ import annotations

import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world
from tests.unit.bot.console.people_shop import open_shop


def _rows(page: str) -> set[tuple[str, ...]]:
    body = re.search(r"<tbody>(.*?)</tbody>", page, re.S)
    assert body is not None, page
    rows = re.findall(r"<tr>(.*?)</tr>", body.group(1))
    return {tuple(re.findall(r"<td>(.*?)</td>", row)) for row in rows}


async def test_the_trial_balance_names_the_members_whose_accounts_they_are(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await open_shop(world)  # Bob shared Amy's Mangoes: Dan's order paid and picked up earned him ¥10
        admin = await world.admin()

        zh = await admin.get("/ledger/trial-balance", headers={"accept-language": "zh"})

        assert zh.status_code == 200
        assert "<th>账户</th><th>币种</th><th>金额</th><th>账户键（系统）</th>" in zh.text
        assert _rows(zh.text) == {
            ("Bob 的可提现佣金", "CNY", "¥10", "<code>commission_available:bob</code>"),
            ("买家 Dan", "CNY", "-¥100", "<code>buyer:dan</code>"),
            ("团长 Amy", "CNY", "¥90", "<code>organiser:amy</code>"),
        }
        en = await admin.get("/ledger/trial-balance", headers={"accept-language": "en"})
        assert en.status_code == 200
        assert (
            "<td>Bob&#39;s commission to withdraw</td><td>CNY</td><td>¥10</td>"
            "<td><code>commission_available:bob</code></td>"
        ) in en.text
        assert "<td>Buyer Dan</td>" in en.text and "<td>Organiser Amy</td>" in en.text
