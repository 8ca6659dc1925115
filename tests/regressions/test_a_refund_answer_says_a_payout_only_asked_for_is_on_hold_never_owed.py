"""s38 closing (money): what a refund's own answer says of an earner's payout should be what `/payouts`
says (rep86 #1: "payout #1 (¥50 of it) on hold, not paid out"), never "was paid out already and now owes"
of a payout only asked for. The chat's answer said the payout was no longer covered; the console's Refund
by the organiser (who is not warned on its page, as an admin is) said only the commission taken back and
nothing of the payout it left on hold. Now both say that payout is not paid yet and can only be rejected,
never that anything is owed; once a payout was paid out, the debt is said as before."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form

CODE = re.compile(r"(?:团|(?<![\w#-]))\d+-[2-9A-HJKMNP-Z]{4}")
ON_HOLD = {
    "en": "Refunded: #1-1. The buyer was told.\nBob's commission of ¥50 on it was taken back.\n"
    "Bob's payout #1 (¥50, not paid yet) is no longer covered once this refund takes the commission back: "
    "Bob's available balance is now -¥50. Bob was told; an admin can now only reject that payout.",
    "zh": "已退款：#1-1。已通知买家。\n分享人 Bob 的佣金 ¥50 已扣回。\n"
    "Bob 的提现 #1（¥50，还没打款）因这次退款扣回佣金已不够付：Bob 的可提现余额变成 -¥50。已告诉 Bob；"
    "这笔提现现在只能由管理员拒绝。",
}


async def _asked(world) -> None:  # type: ignore[no-untyped-def]
    await world.say("family", "amy", "/groupbuy Mangoes price 500 target 1")
    await world.say("family", "amy", "/commission 10%")
    shared = "\n".join(r.text for r in await world.say("family", "bob", "/share"))
    code = CODE.search(shared)
    assert code is not None, shared
    await world.say("family", "dan", f"+1 {code.group(0)}")
    await world.say("family", "amy", "/close")
    await world.say("family", "amy", "/paid 1-1")
    await world.say("family", "amy", "/pickedup 1-1")
    await world.say("family", "bob", "/payout wechat bob888", private=True)  # ¥50 asked for, not paid


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_the_consoles_refund_says_the_payout_on_hold_never_owed(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        await _asked(world)
        amy = await world.member("amy")
        amy.cookies.set("lang", lang)

        sent = await post_form(amy, "/orders/refund", {"order": "1-1", "confirm": "yes"})
        page = html.unescape((await amy.get(sent.headers["location"])).text)

    assert ON_HOLD[lang] in page, page
    assert "owes" not in page and "欠" not in page and "paid out already" not in page


async def test_the_chats_refund_says_the_payout_on_hold_never_owed(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await _asked(world)

        said = "\n".join(r.text for r in await world.say("amy", "amy", "/refund 1-1", private=True) if r.text)

    assert (
        "Bob's payout #1 (¥50, not paid yet) is no longer covered once this refund takes the commission back"
        in said
    ), said
    assert "owes" not in said and "paid out already" not in said
