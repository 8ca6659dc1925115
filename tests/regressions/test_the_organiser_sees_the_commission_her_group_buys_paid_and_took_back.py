"""Review s36 (playground, a Chinese group): Ann's #1 paid her friend Mei ¥30 of share commission, ¥20 of
it was paid out to Mei, then Ann refunded both orders Mei had brought. Ann's `/payouts` (the console's
提现 page) said `你自己的团购订单产生的佣金… 没有佣金。`: what was earned and taken back summed to 0,
and a row of 0 was left out. Her refund answers said nothing of the commission either. Now her
`/payouts`, in the chat and on the console's page, lists per group buy who earned what, what was paid out,
what refunds took back and what the sharer owes now; and each refund's answer names the commission it took
back, and what the sharer owes when she was paid out already."""

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
           "提现审核 批准 1", "提现审核 已付 1", "退款 1-{n}"),
    "en": ("/groupbuy Durian price 30", "/commission 50%", "/share", "/close #1", "/paid 1-{n}",
           "/pickedup 1-{n}", "/payout 20 wechat m8", "/payouts approve 1", "/payouts paid 1",
           "/refund 1-{n}"),
}  # fmt: skip


async def _shared_paid_out(lang: str) -> Chat:
    """Ann's #1 at ¥30, sharers 50%: Bob and Dan joined with Mei's code (¥15 each to Mei), both paid and
    picked up; Mei asked for ¥20 of her ¥30, which Eve approved and paid."""
    opened, rate, share, close, paid, picked, payout, approve, pay, _ = WORDS[lang]
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
    await chat.say("eve", approve, private=True)
    await chat.say("eve", pay, private=True)
    return chat


REFUNDED = {
    "zh": (
        "订单 #1-1（Bob，¥30）已标记为退款。请直接把钱退给对方。已私信告诉对方。"
        "分享人 Mei 的佣金 ¥15 已扣回。Mei 已提现过，现在欠 ¥5，之后的佣金会先抵扣。",
        "订单 #1-2（Dan，¥30）已标记为退款。请直接把钱退给对方。已私信告诉对方。"
        "分享人 Mei 的佣金 ¥15 已扣回。Mei 已提现过，现在欠 ¥20，之后的佣金会先抵扣。",
    ),
    "en": (
        "Order #1-1 of Bob is marked refunded (¥30). Give the money back to them directly. They were told "
        "privately. Mei's commission of ¥15 on it was taken back. Mei was paid out already and now owes ¥5; "
        "it comes off their next commission first.",
        "Order #1-2 of Dan is marked refunded (¥30). Give the money back to them directly. They were told "
        "privately. Mei's commission of ¥15 on it was taken back. Mei was paid out already and now owes "
        "¥20; it comes off their next commission first.",
    ),
}
BEFORE = {
    "zh": "你开的团付给分享者和帮卖团长的佣金：\n• #1 榴莲 · Mei：佣金 ¥30，已提现 ¥20",
    "en": "Commission your group buys paid sharers and help-sellers:\n"
    "• #1 Durian · Mei: commission ¥30, paid out ¥20",
}
LISTED = {
    "zh": "你开的团付给分享者和帮卖团长的佣金：\n"
    "• #1 榴莲 · Mei：佣金 ¥30，已提现 ¥20，已扣回 ¥30，现在欠 ¥20\n"
    "“现在欠”是已经提现、后来又被退款扣回的佣金，会从 TA 之后的佣金里先抵扣。",
    "en": "Commission your group buys paid sharers and help-sellers:\n"
    "• #1 Durian · Mei: commission ¥30, paid out ¥20, taken back ¥30, owes ¥20 now\n"
    '"Owes" is commission paid out and then taken back by a refund: it comes off the commission they '
    "earn next.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_each_refund_says_the_commission_it_took_back_and_what_the_sharer_owes(lang: str) -> None:
    chat = await _shared_paid_out(lang)
    refund = WORDS[lang][-1]

    for n, expected in enumerate(REFUNDED[lang], start=1):
        assert chat.said(await chat.say("ann", refund.format(n=n), private=True)) == expected


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_her_payouts_list_who_earned_what_was_paid_out_taken_back_and_owed(lang: str) -> None:
    chat = await _shared_paid_out(lang)
    asked = "提现审核" if lang == "zh" else "/payouts"  # the admins' word, asked by the organiser
    before = chat.said(await chat.say("ann", asked, private=True))
    assert before == BEFORE[lang]  # paid out, nothing taken back yet, nobody owes
    for n in (1, 2):
        await chat.say("ann", WORDS[lang][-1].format(n=n), private=True)

    assert chat.said(await chat.say("ann", asked, private=True)) == LISTED[lang]


async def test_a_refund_of_an_order_nobody_earned_on_says_nothing_of_commission() -> None:
    fresh = fake_chat(default_language="zh")
    await fresh.say("ann", "接龙 榴莲 价格 30")
    await fresh.say("bob", "+1")
    await fresh.say("ann", "截单 #1", private=True)
    await fresh.say("ann", "已收 1-1")
    assert fresh.said(await fresh.say("ann", "退款 1-1", private=True)) == (
        "订单 #1-1（Bob，¥30）已标记为退款。请直接把钱退给对方。已私信告诉对方。"
    )
    # her group buys paid nobody: /payouts is the admins' as before
    assert fresh.said(await fresh.say("ann", "提现审核", private=True)) == (
        "只有机器人的管理员可以审核提现，没有任何改动。"
    )


async def test_the_console_payouts_page_lists_them_for_the_organiser(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "/groupbuy Mangoes price 100 target 1")
        await world.say("family", "amy", "/commission 10%")
        shared = "\n".join(r.text for r in await world.say("family", "bob", "/share"))
        code = CODE.search(shared)
        assert code is not None, shared
        await world.say("family", "dan", f"+1 {code.group(0)}")
        await world.say("family", "amy", "/close")
        await world.say("family", "amy", "/paid 1-1")
        await world.say("family", "amy", "/pickedup 1-1")
        await world.say("family", "amy", "/refund 1-1")
        amy = await world.member("amy")
        amy.cookies.set("lang", "en")

        page = html.unescape((await amy.get("/payouts")).text)

        assert "Commission your group buys paid" in page
        row = re.sub(r"<[^>]+>", "|", page.split("Commission your group buys paid", 1)[1])
        cells = [cell.strip() for cell in row.split("|") if cell.strip()]
        assert cells[:10] == [
            *("Group buy", "Member", "Commission", "Paid out", "Taken back", "Owes now"),
            *("#1 Mangoes", "Bob", "¥10", "¥10"),  # earned ¥10, nothing paid out, ¥10 taken back
        ]
        assert "No commission." not in page


PART = {
    "zh": (
        (
            "退款 1-1 10",
            "订单 #1-1（Bob）退了 ¥10，已付 ¥30，已退 ¥10。请直接把钱退给对方。分享人 Mei 的佣金 ¥5 已扣回。",
        ),
        (
            "退款 1-2 20",
            "订单 #1-2（Dan）退了 ¥20，已付 ¥30，已退 ¥20。请直接把钱退给对方。分享人 Mei 的佣金 ¥10 已扣回。"
            "Mei 已提现过，现在欠 ¥5，之后的佣金会先抵扣。",
        ),
    ),
    "en": (
        (
            "/refund 1-1 ¥10",
            "Order #1-1 of Bob: ¥10 refunded (paid ¥30, refunded ¥10). Give it back to them directly. "
            "Mei's commission of ¥5 on it was taken back.",
        ),
        (
            "/refund 1-2 ¥20",
            "Order #1-2 of Dan: ¥20 refunded (paid ¥30, refunded ¥20). Give it back to them directly. "
            "Mei's commission of ¥10 on it was taken back. Mei was paid out already and now owes ¥5; it "
            "comes off their next commission first.",
        ),
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_part_refund_says_the_commission_it_took_back_too(lang: str) -> None:
    chat = await _shared_paid_out(lang)

    for typed, expected in PART[lang]:
        assert chat.said(await chat.say("ann", typed, private=True)) == expected
