"""Review s21 (finding 11): the console's 撤销已收 flash said "一并撤回了佣金：#1-1 ¥10；已私信告诉分享人或
帮卖人。" / "…the sharer or help-seller was told.", naming neither the earner nor which commission it
was, though her own notice does. It now names her and the kind, as her notice says it
(handlers/commission_notices.py): "#1-1 Bob 的帮卖佣金 ¥10；已私信告诉 Bob。"."""

from __future__ import annotations

import json
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form


async def test_the_undo_flash_names_the_help_seller_and_her_commission(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "接龙 面包 价格 100 成团 1")
        await world.say("family", "amy", "帮卖 开 10%")
        await world.say("street", "bob", "帮卖 #1")
        await world.say("street", "eve", "+1")
        await world.say("family", "amy", "截单")
        await world.say("family", "amy", "已收 1-1")
        amy = await world.member("amy")
        amy.headers["accept-language"] = "zh"
        start = len(await world.outbox_rows())

        assert (await post_form(amy, "/orders/unpaid", {"order": "1-1"})).status_code == 303
        page = (await amy.get("/orders")).text
        rows = (await world.outbox_rows())[start:]
        told = [json.loads(row["payload"])["reply"].get("text", "") for row in rows]

        assert "一并撤回了佣金：#1-1 Bob 的帮卖佣金 ¥10；已私信告诉 Bob。" in page
        assert any("帮卖佣金 ¥10 已扣回" in text for text in told)  # and Bob was told, as the page says
