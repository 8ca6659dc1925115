"""Review 82 #3: on the organiser's console Payouts page, after Bob's commission was paid out and a part
refund then took some of it back, his row read `Bob ¥0 ¥20 ¥40` under "Held / Freed to withdraw / Of it,
paid out": a part bigger than the whole, since the freed figure is net of take-backs and the paid-out one
was not. Now "Of it, paid out" counts what was paid out and kept; what was paid out and then taken back
is what the table under it says he owes."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form

CODE = re.compile(r"(?<![\w#-])\d+-[2-9A-HJKMNP-Z]{4}")
WORDS = {
    "en": ("Member", "Held", "Freed to withdraw", "Of it, paid out", "Commission your group buys paid"),
    "zh": ("成员", "待入账", "已转可提现", "其中已提现", "你开的团付出的佣金"),
}
OWES = {"en": "Bob owes ¥20 (paid out, then taken back)", "zh": "Bob 欠 ¥20（已提现后又被扣回）"}


def cells(page: str, after: str) -> list[str]:
    row = re.sub(r"<[^>]+>", "|", html.unescape(page).split(after, 1)[1])
    return [cell.strip() for cell in row.split("|") if cell.strip()]


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_paid_out_is_never_more_than_freed_after_a_part_refund(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "/groupbuy Mangoes price 100")
        await world.say("family", "amy", "/commission 20%")
        code = CODE.search("\n".join(r.text for r in await world.say("family", "bob", "/share")))
        assert code is not None
        await world.say("family", "dan", f"+2 {code.group(0)}")
        await world.say("family", "amy", "/close")
        await world.say("family", "amy", "/paid 1-1")
        await world.say("family", "amy", "/pickedup 1-1")
        await world.say("bob", "bob", "/payout wechat bob888", private=True)
        root = await world.admin("root")
        assert (await post_form(root, "/payouts/1/approve")).status_code == 303
        assert (await post_form(root, "/payouts/1/pay")).status_code == 303
        amy = await world.member("amy")
        amy.cookies.set("lang", lang)
        response = await amy.get("/payouts")
        assert response.status_code == 200
        assert tuple(cells(response.text, "<table>")[:7]) == (*WORDS[lang][:4], "Bob", "¥0", "¥40")
        assert cells(response.text, "<table>")[7] == "¥40"  # all of it was paid out

        await world.say("family", "amy", "/refund 1-1 ¥100")  # half of it: ¥20 of Bob's ¥40 taken back
        response = await amy.get("/payouts")
        assert response.status_code == 200
        own = cells(response.text, "<table>")
        # freed ¥20 now, and of it ¥20 paid out (was ¥40, more than the ¥20 freed)
        assert tuple(own[:8]) == (*WORDS[lang][:4], "Bob", "¥0", "¥20", "¥20"), own
        produced = cells(response.text, WORDS[lang][4])
        assert produced[6:12] == ["#1 Mangoes", "Bob", "¥40", "¥40", "¥20", OWES[lang]], produced
