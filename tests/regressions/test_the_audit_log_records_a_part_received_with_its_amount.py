"""Review 78 #6: a console 只收到 ¥20 was written to the audit log as 标记已收款 (marked paid), before and
after both `{"status": "pending_payment"}`, the ¥20 nowhere. It is now its own action, 记下部分收款 /
"Part payment recorded", with the amount and the received amount before and after (a second one adds)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form

ACTION = {"zh": "记下部分收款", "en": "Part payment recorded"}
MARKED = {"zh": "标记已收款", "en": "Order marked paid"}


def _rows(page: str) -> str:
    return html.unescape(page.split("<tbody>")[1]) if "<tbody>" in page else ""


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_part_received_is_audited_with_its_amount(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", "+5")  # ¥50
        await world.say("family", "amy", "/close")
        number = f"{gid}-1"
        amy = await world.member("amy")
        amy.cookies.set("lang", lang)
        for amount in ("20", "10"):
            answer = await post_form(amy, "/orders/paid", {"part": number, f"part_{number}": amount})
            assert answer.status_code == 303

        root = await world.admin()
        root.cookies.set("lang", lang)
        rows = _rows((await root.get("/audit")).text)
        assert rows.count(ACTION[lang]) == 2, rows
        assert MARKED[lang] not in rows, rows
        assert '"received": "¥0"' in rows and '"amount": "¥20", "received": "¥20"' in rows, rows
        assert '"amount": "¥10", "received": "¥30"' in rows, rows
