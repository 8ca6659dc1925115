"""Review 57 #6: in an admin's private chat `/payouts approve 99` was answered "没有提现 #99，没有任何改动。"
(her language: `approve 99` is the command's own words) while the next `/payouts approve -1` came in
English (`-1` made `approve` read as her English). A mistyped decision is the command's own words too:
both are answered in the language of her exchange."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world

SAID = {
    "zh": (
        "接龙 芒果 价格 10 成团 1",
        "没有提现 #99，没有任何改动。",
        "发「提现审核」查看待处理的申请，再发「提现审核 批准 3」「提现审核 已付 3」"
        "或「提现审核 拒绝 3」。没有任何改动。",
    ),
    "en": (
        "/groupbuy Mangoes price 10 target 1",
        "There is no payout #99. Nothing was changed.",
        "Send /payouts for the open requests, then /payouts approve 3, /payouts paid 3 or /payouts reject 3. "
        "Nothing was changed.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_admins_mistyped_payout_decision_speaks_her_language(tmp_path: Path, lang: str) -> None:
    opens, missing, usage = SAID[lang]
    async with console_world(tmp_path) as world:
        world.app.config = dataclasses.replace(world.app.config, payout_admins=frozenset({"dan"}))
        await world.say("family", "dan", opens)  # her words: the language she speaks
        for text, said in (
            ("/payouts approve 99", missing),
            ("/payouts approve -1", usage),
            ("/payouts approve x", usage),
            ("/payouts approve 99", missing),
        ):
            replies = await world.say("dan", "dan", text, private=True)
            assert [r.text for r in replies] == [said], text
