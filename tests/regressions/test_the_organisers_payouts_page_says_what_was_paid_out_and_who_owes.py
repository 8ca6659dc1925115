"""Review 80 #12c–e: on the organiser's console Payouts page, Bob's row read `Bob ¥0 ¥20.80` under "Held /
Freed to withdraw" after that ¥20.80 was paid out to him, as if it were still his to ask for; after a
refund took it back, "Owes now" read a bare `¥20`, saying neither who owes nor why; and the ledger was
reached only by a link on Payouts. Now her commission table says, beside what was freed, how much of it
was paid out; the owed cell reads `Bob owes ¥20 (paid out, then taken back)`
(`Bob 欠 ¥20（已提现后又被扣回）`); and the console's menu links the ledger, for her and for admins."""

from __future__ import annotations

import html
import re
from pathlib import Path

import httpx
import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form

CODE = re.compile(r"(?<![\w#-])\d+-[2-9A-HJKMNP-Z]{4}")
WORDS = {
    "en": {
        "own": ("Member", "Held", "Freed to withdraw", "Of it, paid out", "Bob", "¥0", "¥20", "¥20"),
        "owes": "Bob owes ¥20 (paid out, then taken back)",
        "ledger": '<a href="/ledger">Ledger</a>',
    },
    "zh": {
        "own": ("成员", "待入账", "已转可提现", "其中已提现", "Bob", "¥0", "¥20", "¥20"),
        "owes": "Bob 欠 ¥20（已提现后又被扣回）",
        "ledger": '<a href="/ledger">账本</a>',
    },
}


def cells(page: str, after: str) -> list[str]:
    row = re.sub(r"<[^>]+>", "|", html.unescape(page).split(after, 1)[1])
    return [cell.strip() for cell in row.split("|") if cell.strip()]


async def _paid_out(world: ConsoleWorld) -> httpx.AsyncClient:
    """Amy's Mangoes at ¥100, 20% to sharers: Dan joined by Bob's code, paid and picked up; Bob's ¥20 was
    paid out to him by the admin root in the console."""
    await world.say("family", "amy", "/groupbuy Mangoes price 100")
    await world.say("family", "amy", "/commission 20%")
    code = CODE.search("\n".join(r.text for r in await world.say("family", "bob", "/share")))
    assert code is not None
    await world.say("family", "dan", f"+1 {code.group(0)}")
    await world.say("family", "amy", "/close")
    await world.say("family", "amy", "/paid 1-1")
    await world.say("family", "amy", "/pickedup 1-1")
    await world.say("bob", "bob", "/payout wechat bob888", private=True)
    root = await world.admin("root")
    assert (await post_form(root, "/payouts/1/approve")).status_code == 303
    assert (await post_form(root, "/payouts/1/pay")).status_code == 303
    return root


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_her_payouts_page_says_what_was_paid_out_and_who_owes_what(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        root = await _paid_out(world)
        amy = await world.member("amy")
        amy.cookies.set("lang", lang)
        title = "Commission your group buys paid" if lang == "en" else "你开的团付出的佣金"

        page = (await amy.get("/payouts")).text
        own = cells(page, "<table>")
        assert tuple(own[:8]) == WORDS[lang]["own"], own  # freed ¥20, of it paid out ¥20
        assert WORDS[lang]["ledger"] in page.split("</nav>")[0]  # in the menu

        await world.say("family", "amy", "/refund 1-1")
        page = (await amy.get("/payouts")).text
        produced = cells(page, title)
        expected = ["#1 Mangoes", "Bob", "¥20", "¥20", "¥20", WORDS[lang]["owes"]]
        assert produced[6:12] == expected, produced

        root.cookies.set("lang", lang)
        assert WORDS[lang]["ledger"] in (await root.get("/dashboard")).text.split("</nav>")[0]
