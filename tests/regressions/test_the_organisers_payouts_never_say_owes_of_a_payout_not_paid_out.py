"""rep86 #1: Bob asked for his ¥40 sharer's commission (`/payout wechat bob888`, requested, not paid), then
Amy refunded the order that earned it. Amy's private `/payouts` said `Bob: commission ¥40, taken back ¥40,
owes ¥40 now` and explained "owes" as commission paid out and taken back, though nothing was paid out to
Bob: the payout only waited, to be rejected. Now what a payout asked for (or approved) and not paid holds
is said as that payout on hold, not owed, in the chat and on the console's page; once rejected, nothing is
(paid out and then taken back is still owed: test_the_organiser_sees_the_commission_her_group_buys_paid…)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world
from tests.unit.handlers.conftest import Chat, fake_chat

CODE = re.compile(r"(?:团|(?<![\w#-]))\d+-[2-9A-HJKMNP-Z]{4}")
WORDS = {
    "zh": ("接龙 榴莲 价格 30", "佣金 50%", "分享", "截单 #1", "已收 1-{n}", "已取 1-{n}", "提现 20 微信 m8",
           "提现审核 批准 1", "提现审核 已付 1", "提现审核 拒绝 1 退款了", "退款 1-{n}", "提现审核"),
    "en": ("/groupbuy Durian price 30", "/commission 50%", "/share", "/close #1", "/paid 1-{n}",
           "/pickedup 1-{n}", "/payout 20 wechat m8", "/payouts approve 1", "/payouts paid 1",
           "/payouts reject 1 refunded", "/refund 1-{n}", "/payouts"),
}  # fmt: skip


async def _asked_then_refunded(lang: str, *, approved: bool = False) -> Chat:
    """Ann's #1 at ¥30, sharers 50%: Bob and Dan joined with Mei's code (¥15 each to Mei), both paid and
    picked up; Mei asked for ¥20 of her ¥30 (not paid out); then Ann refunded both orders."""
    opened, rate, share, close, paid, picked, payout, approve, _, _, refund, _ = WORDS[lang]
    chat = fake_chat(default_language=lang, payout_admins=frozenset({"eve"}), payout_minimum=1)
    await chat.say("ann", opened)
    await chat.say("ann", rate)
    code = CODE.search(chat.shared(await chat.say("mei", share)))
    assert code is not None
    await chat.say("bob", f"+1 {code.group(0)}")
    await chat.say("dan", f"+1 {code.group(0)}")
    await chat.say("ann", close, private=True)
    for n in (1, 2):
        await chat.say("ann", paid.format(n=n))
        await chat.say("ann", picked.format(n=n))
    await chat.say("mei", payout, private=True)
    if approved:
        await chat.say("eve", approve, private=True)
    for n in (1, 2):
        await chat.say("ann", refund.format(n=n), private=True)
    return chat


ON_HOLD = {
    "zh": "你开的团付给分享者和帮卖团长的佣金：\n"
    "• #1 榴莲 · Mei：佣金 ¥30，已扣回 ¥30，提现 #1（其中 ¥20）待拒绝、未打款\n"
    "“待拒绝”是已申请、还没打款的提现，之后被退款扣回了佣金：管理员拒绝后钱退回 TA 的余额，不算欠。",
    "en": "Commission your group buys paid sharers and help-sellers:\n"
    "• #1 Durian · Mei: commission ¥30, taken back ¥30, payout #1 (¥20 of it) on hold, not paid out\n"
    '"On hold": a payout asked for and not paid out, which a refund has since left uncovered: it is to be '
    "rejected, the money goes back to their balance and nothing is owed.",
}
REJECTED = {
    "zh": "你开的团付给分享者和帮卖团长的佣金：\n• #1 榴莲 · Mei：佣金 ¥30，已扣回 ¥30",
    "en": "Commission your group buys paid sharers and help-sellers:\n"
    "• #1 Durian · Mei: commission ¥30, taken back ¥30",
}


@pytest.mark.parametrize("approved", [False, True])
@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_payout_only_asked_for_is_on_hold_not_owed(lang: str, approved: bool) -> None:
    chat = await _asked_then_refunded(lang, approved=approved)

    said = chat.said(await chat.say("ann", WORDS[lang][-1], private=True))

    assert said == ON_HOLD[lang]
    assert "欠" not in said.replace("不算欠", "") and "owes" not in said.lower()


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_once_rejected_nothing_is_owed_nor_on_hold(lang: str) -> None:
    chat = await _asked_then_refunded(lang)
    await chat.say("eve", WORDS[lang][9], private=True)

    assert chat.said(await chat.say("ann", WORDS[lang][-1], private=True)) == REJECTED[lang]


async def test_the_console_payouts_page_says_the_payout_on_hold_not_owed(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "/groupbuy Mangoes price 500 target 1")
        await world.say("family", "amy", "/commission 10%")
        shared = "\n".join(r.text for r in await world.say("family", "bob", "/share"))
        code = CODE.search(shared)
        assert code is not None, shared
        await world.say("family", "dan", f"+1 {code.group(0)}")
        await world.say("family", "amy", "/close")
        await world.say("family", "amy", "/paid 1-1")
        await world.say("family", "amy", "/pickedup 1-1")
        await world.say("family", "bob", "/payout wechat bob888", private=True)
        await world.say("family", "amy", "/refund 1-1")
        amy = await world.member("amy")
        amy.cookies.set("lang", "en")

        page = html.unescape((await amy.get("/payouts")).text)

        row = re.sub(r"<[^>]+>", "|", page.split("Commission your group buys paid", 1)[1])
        cells = [cell.strip() for cell in row.split("|") if cell.strip()]
        assert cells[6:11] == [
            *("#1 Mangoes", "Bob", "¥50", "¥50"),  # earned ¥50, nothing paid out, ¥50 taken back
            "Bob: payout #1 (¥50) on hold, not paid out: to be rejected",
        ]
        assert "owes" not in page.split("Commission your group buys paid", 1)[1]
