"""Review 76 (finding 4): boss (`TUAN_ADMINS`) sent `提现审核 批准 2`, `提现审核 已付 2` and
`提现审核 拒绝 1` in private; the console's /audit, whose filter offers 批准提现 / 提现已打款 / 拒绝提现,
said `没有符合条件的记录。`, so "who paid Mei ¥20" could not be found. A decision typed in a chat is now
written as the console's own are (the same action, subject and statuses), its actor the chat admin; one
made in the console is written once."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.bot.console.people_shop import open_shop

WORDS = {
    "zh": ("提现审核 批准 1", "提现审核 已付 1", ("批准提现", "提现已打款")),
    "en": ("/payouts approve 1", "/payouts paid 1", ("Payout approved", "Payout marked paid")),
}


def rows(page: str) -> list[str]:
    return [html.unescape(re.sub(r"<[^>]+>", " ", row)) for row in re.findall(r"<tr>.*?</tr>", page, re.S)]


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_chat_admins_approve_and_paid_are_in_the_audit_log(tmp_path: Path, language: str) -> None:
    approve, paid, actions = WORDS[language]
    async with console_world(tmp_path) as world:
        world.app.config = replace(world.app.config, payout_admins=frozenset({"boss"}))
        await open_shop(world)  # Bob has ¥10 available
        await world.say("bob", "bob", "/payout wechat w8", private=True)
        await world.say("boss", "boss", approve, private=True)
        await world.say("boss", "boss", paid, private=True)
        root = await world.admin()
        root.cookies.set("lang", language)

        found = rows((await root.get("/audit")).text)

        for action in actions:
            mine = [row for row in found if action in row]
            assert len(mine) == 1, found
            assert "playground:boss" in mine[0], mine


async def test_a_chat_admins_rejection_is_in_the_audit_log_and_the_consoles_once(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        world.app.config = replace(world.app.config, payout_admins=frozenset({"boss"}))
        await open_shop(world)
        await world.say("bob", "bob", "/payout wechat w8", private=True)
        await world.say("boss", "boss", "提现审核 拒绝 1 账号不对", private=True)
        await world.say("bob", "bob", "/payout wechat w9", private=True)
        root = await world.admin()
        root.cookies.set("lang", "zh")
        assert (await post_form(root, "/payouts/2/approve")).status_code == 303

        found = rows((await root.get("/audit")).text)

        rejected = [row for row in found if "拒绝提现" in row]
        approved = [row for row in found if "批准提现" in row]
        assert len(rejected) == 1 and "playground:boss" in rejected[0], found
        assert len(approved) == 1 and "console:root" in approved[0], found  # the console's, once
