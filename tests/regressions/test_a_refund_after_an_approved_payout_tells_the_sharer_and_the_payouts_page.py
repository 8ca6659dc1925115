"""Review 24 D: Bob's ¥27.20 payout was approved, then a refund took ¥13.60 of that commission back; his
/earnings read `Yours to withdraw: -¥13.60` beside `Payout #1: ¥27.20, approved, on its way`, with nothing
saying he would not get ¥27.20, and the console's /payouts still offered Mark paid for it, explaining
only after the click. Now the refund's clawback notice tells him the payout is more than he earned and
will be decided again, /earnings explains the negative balance in one line, and the payouts list says on
the row that the balance no longer covers it, with the advice to reject it so he asks again."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.bot.console.people_shop import open_shop
from tests.unit.handlers.shared_durian import shared_durian

WORDS = {
    "en": ("/payout wechat w8", "/payouts approve 1", "/earnings"),
    "zh": ("提现 微信 w8", "提现审核 批准 1", "我的收益"),
}
TOLD = {
    "en": (
        "Order #1-2 of Durian (#1), from a buyer your share brought, was refunded (¥88): the ¥44 sharer's "
        "commission it earned you was taken back. Your earnings: /earnings\n"
        "Your payout #1 (¥88) is not paid yet, and after this your available balance is -¥44: the payout "
        "is now more than you earned, so it will not be paid as ¥88; an admin will decide it again and "
        "tell you here."
    ),
    "zh": (
        "你分享带来的 Durian（#1）订单 #1-2 已退款 ¥88，这单给你记的分享佣金 ¥44 已扣回。"
        "收益明细发“我的收益”查看。\n"
        "你的提现 #1（¥88）还没打款，扣回后你的可提现余额是 -¥44，这笔提现已比你的收益多："
        "不会按 ¥88 打款，管理员会重新处理并私信告诉你。"
    ),
}
EARNINGS = {
    "en": (
        "Yours to withdraw: -¥44\n"
        "That is below zero: after you asked for payout #1 (¥88), a refund took back ¥44 of that "
        "commission, so the payout is now more than you earned: it will not be paid as ¥88; an admin will "
        "decide it again and tell you here.\n"
    ),
    "zh": (
        "可提现：-¥44\n"
        "可提现为负：提现 #1（¥88）申请之后，有订单退款扣回了佣金 ¥44，这笔提现已比你的收益多，"
        "不会按 ¥88 打款，管理员会重新处理并私信告诉你。\n"
    ),
}

HELD = {
    "en": "Payout #1: ¥88, approved, on hold: an admin will decide it again",
    "zh": "提现 #1：¥88，已批准，暂缓打款：管理员会重新处理",
}


@pytest.mark.parametrize("language", ["en", "zh"])
async def test_the_sharer_is_told_her_approved_payout_is_more_than_she_earned(language: str) -> None:
    payout, approve, earnings = WORDS[language]
    chat, _ = await shared_durian(language, sharer="cat")
    await chat.say("cat", f"/lang {language}", private=True)  # her notices speak it, not her typed words
    await chat.say("cat", payout, private=True)
    await chat.say("eve", approve, private=True)

    refunded = await chat.say("amy", "/refund 1-2")

    assert chat.private(refunded)["cat"] == TOLD[language]
    shown = chat.said(await chat.say("cat", earnings, private=True))
    assert EARNINGS[language] in shown
    assert shown.endswith(HELD[language])  # never "approved, on its way" under "it will not be paid"


@pytest.mark.parametrize("language", ["en", "zh"])
async def test_a_balance_below_zero_with_no_payout_open_says_it_comes_off_what_is_earned_next(
    language: str,
) -> None:
    payout, approve, earnings = WORDS[language]
    chat, _ = await shared_durian(language, sharer="cat", collected=(1,))
    await chat.say("cat", payout, private=True)
    await chat.say("eve", approve, private=True)
    await chat.say("eve", "/payouts paid 1" if language == "en" else "提现审核 已付 1", private=True)

    refunded = await chat.say("amy", "/refund 1-1")

    # paid out already: nothing open to decide again, but what she owes now is said (rep82 #6), in her
    # language as the rest of her notice (English: she typed none in this chat)
    told = chat.private(refunded)["cat"].split("\n")
    assert len(told) == 2 and told[1] == (
        "That commission had been paid out to you already, "
        "so you now owe ¥44; it comes off what you earn next."
    )
    expected = {
        "en": "Yours to withdraw: -¥44\nThat is below zero: a "
        "refund took back ¥44 of commission already paid "
        "out to you; it comes off what you earn next.\n",
        "zh": "可提现：-¥44\n"
        "可提现为负：有订单退款，扣回了已经提现给你的佣金 ¥44，会从你以后的佣金里抵扣。\n",
    }[language]
    assert expected in chat.said(await chat.say("cat", earnings, private=True))


ROW = {
    "en": "⚠️ The balance no longer covers this: a refund since took commission back, leaving Bob's available "
    "balance at -¥10; nothing is left to pay. Reject it (do not approve it or mark it paid): the ¥10 goes "
    "back to Bob's balance, which is then ¥0.",
    "zh": "⚠️ 余额已不够付这笔：之后有订单退款扣回了佣金，Bob 的可提现余额是 -¥10，已经没有可付的了。"
    "请点“拒绝”（不要批准或标记已打款）：¥10 会退回 Bob 的余额，退回后余额是 ¥0。",
}


@pytest.mark.parametrize("language", ["en", "zh"])
async def test_the_payouts_list_says_the_balance_no_longer_covers_it(tmp_path: Path, language: str) -> None:
    async with console_world(tmp_path) as world:
        shop = await open_shop(world)  # Bob has ¥10 available from Dan's order
        await world.say("bob", "bob", "/payout wechat w8", private=True)
        admin = await world.admin()
        admin.cookies.set("lang", language)
        assert (await post_form(admin, "/payouts/1/approve")).status_code == 303
        assert ROW[language] not in html.unescape((await admin.get("/payouts")).text)

        await world.say("family", "amy", f"/refund {shop.mangoes}-1")

        page = html.unescape((await admin.get("/payouts")).text)
        assert ROW[language] in page
