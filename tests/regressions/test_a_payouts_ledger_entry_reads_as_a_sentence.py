"""The console's ledger named a payout's transaction with its kind and then its reference, `Payout
requested payout #1` (`申请提现 提现 #1`): each entry now reads as one phrase, `Payout #1 requested` /
`申请提现 #1`, and so do its approval and payment, in the member's ledger and on her page."""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form
from tests.unit.bot.console.people_shop import open_shop


async def _paid_out(world: ConsoleWorld) -> httpx.AsyncClient:
    await open_shop(world)
    replies = await world.say("bob", "bob", "/payout wechat w8", private=True)
    assert replies[0].text.startswith("Payout #1 of ¥10 requested."), replies[0].text
    admin = await world.admin()
    assert (await post_form(admin, "/payouts/1/approve")).status_code == 303
    assert (await post_form(admin, "/payouts/1/pay")).status_code == 303
    return admin


async def test_a_payouts_ledger_entries_read_as_a_sentence(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await _checked(world)


async def _checked(world: ConsoleWorld) -> None:
    admin = await _paid_out(world)
    page = (await admin.get("/ledger?member=bob")).text

    assert "<td>Payout #1 requested</td><td>Bob&#39;s commission to withdraw</td><td>-¥10</td>" in page
    assert "<td>Payout #1 approved</td>" in page
    assert "<td>Payout #1 paid out</td>" in page
    assert "payout #1" not in page

    admin.cookies.set("lang", "zh")
    page = (await admin.get("/ledger?member=bob")).text
    assert "<td>申请提现 #1</td><td>Bob 的可提现佣金</td><td>-¥10</td>" in page
    assert "<td>提现 #1 已批准</td>" in page
    assert "<td>提现 #1 已打款</td>" in page
    assert "提现 提现" not in page

    profile = (await admin.get("/members/playground:bob")).text
    assert "<td>申请提现 #1</td>" in profile
