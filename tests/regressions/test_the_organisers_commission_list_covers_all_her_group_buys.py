"""s37 #4: the organiser's commission list (`/payouts` / `提现审核` asked by her, the console's payouts
page) read her newest 20 group buys only: commission paid on older ones was silently left out. Now every
group buy of hers is read: the chat lists the newest 20 line by line, says how many more paid commission
and where each is, and totals them all; the console's page lists every one, totals under them."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world
from tests.unit.handlers.conftest import Chat, fake_chat

CODE = re.compile(r"(?:团|(?<![\w#-]))\d+-[2-9A-HJKMNP-Z]{4}")
ROUNDS = 22


async def _shared(chat: Chat, n: int) -> None:
    """Ann's #n at ¥30, sharers 50%: Bob joined with Mei's code, paid (¥15 to Mei)."""
    await chat.say("ann", f"/groupbuy Durian{n} price 30")
    await chat.say("ann", f"/commission #{n} 50%")
    code = CODE.search(chat.shared(await chat.say("mei", f"/share #{n}")))
    assert code is not None
    await chat.say("bob", f"+1 {code.group(0)}")
    await chat.say("ann", f"/close #{n}", private=True)
    await chat.say("ann", f"/paid {n}-1", private=True)


TOLD = {
    "zh": (
        "（只列出最近 20 个团；你一共有 22 个团付过佣金，下面的合计包括全部，"
        "每个团的明细见控制台的“提现”页面。）",
        "合计（22 个团）：佣金 ¥330",
        "• #22 Durian22 · Mei：佣金 ¥15",
    ),
    "en": (
        "(Only your newest 20 group buys are listed; 22 of yours paid commission, all of them in the total"
        " below, each on the console's Payouts page.)",
        "Total (22 group buys): commission ¥330",
        "• #22 Durian22 · Mei: commission ¥15",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_her_payouts_total_every_group_buy_and_say_how_many_are_listed(lang: str) -> None:
    chat = fake_chat(default_language=lang, payout_admins=frozenset({"eve"}), payout_minimum=1)
    for n in range(1, ROUNDS + 1):
        await _shared(chat, n)

    said = chat.said(await chat.say("ann", "提现审核" if lang == "zh" else "/payouts", private=True))

    more, total, newest = TOLD[lang]
    lines = said.splitlines()
    assert newest in lines
    assert more in lines and total in lines
    assert not any("#1 Durian1 " in line or "#2 Durian2 " in line for line in lines)  # older: in the total
    assert sum(1 for line in lines if line.startswith("•")) == 20


async def test_two_group_buys_are_listed_with_their_total() -> None:
    chat = fake_chat(default_language="zh")
    for n in (1, 2):
        await _shared(chat, n)

    said = chat.said(await chat.say("ann", "提现审核", private=True))

    assert said == (
        "你开的团付给分享者和帮卖团长的佣金：\n"
        "• #2 Durian2 · Mei：佣金 ¥15\n"
        "• #1 Durian1 · Mei：佣金 ¥15\n"
        "合计（2 个团）：佣金 ¥30"
    )


async def test_the_console_page_lists_every_group_buy_with_the_total(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        for n in range(1, ROUNDS + 1):
            await world.say("family", "amy", f"/groupbuy Mango{n} price 100 target 1")
            await world.say("family", "amy", f"/commission #{n} 10%")
            shared = "\n".join(r.text for r in await world.say("family", "bob", f"/share #{n}"))
            code = CODE.search(shared)
            assert code is not None, shared
            await world.say("family", "dan", f"+1 {code.group(0)}")
            await world.say("family", "amy", f"/close #{n}")
            await world.say("family", "amy", f"/paid {n}-1")
        amy = await world.member("amy")
        amy.cookies.set("lang", "en")

        response = await amy.get("/payouts")

        assert response.status_code == 200
        page = html.unescape(response.text)
        assert "<td>#1 Mango1</td>" in page  # the oldest too
        assert "<td>#22 Mango22</td>" in page
        assert "<th>Total (22 group buys)</th><th></th><th>¥220</th>" in page
