"""Review s19 #5: a help-seller asked for her ¥13.60; a refund then took all of it back, and approving
the payout was refused with "…陈姐 可以重新申请 ¥0", inviting a request the bot refuses (nothing to pay,
and below the ¥10 minimum); on the console page it told the admin to type `提现审核 拒绝 1` beside a 拒绝
button. After the rejection she read "金额已退回可提现余额" with ¥0 available. Now the refusal invites a
new request only when what is left reaches the minimum, says her balance once rejected otherwise, and on
the console names the Reject button; the rejection tells her (and the admin) her balance now."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.bot.console.people_shop import open_shop
from tests.unit.handlers.conftest import Chat
from tests.unit.handlers.shared_durian import shared_durian

WORDS = {
    "en": ("/payouts approve", "/payouts reject", "/payout wechat w8"),
    "zh": ("提现审核 批准", "提现审核 拒绝", "提现 微信 w8"),
}


async def _requested_then_refunded(
    language: str, *, refunded: tuple[int, ...]
) -> tuple[Chat, FakeUnitOfWorkFactory]:
    """Cat earned ¥44 on each of two orders (50%), both picked up; she asks for all ¥88; `refunded` are
    the orders refunded since."""
    chat, factory = await shared_durian(language, sharer="cat", payout_minimum=None)
    await chat.say("cat", WORDS[language][2], private=True)
    for order_id in refunded:
        await chat.say("amy", f"/refund 1-{order_id}")
    return chat, factory


NOTHING_LEFT = {
    "en": "Payout #1 (Cat) asks for ¥88, but a refund since took commission back, leaving Cat's "
    "available balance at -¥88: nothing is "
    "left to pay. Reject it (/payouts reject 1): the ¥88 goes back to Cat's balance, which is then ¥0. "
    "Nothing was changed.",
    "zh": "提现 #1（Cat）申请 ¥88，但之后有订单退款扣回了佣金，Cat 的可提现余额已是 -¥88，已经没有可付的了。"
    "请拒绝（提现审核 拒绝 1）：¥88 会退回 Cat 的余额，退回后余额是 ¥0。没有任何改动。",
}
REJECTED = {
    "en": (
        "Payout #1 to Cat (¥88) rejected: it went back to their balance, which is ¥0 now that a refund "
        "took commission back.",
        "Your payout #1 of ¥88 was rejected and went back to your balance, but a refund since took "
        "commission back: your available balance is now ¥0 (/earnings)."
        "\nYour account WeChat ···8 is kept for your next payout.",  # a refund's rejection keeps it
    ),
    "zh": (
        "已拒绝给 Cat 的提现 #1（¥88），金额退回其余额；因之前有订单退款扣回了佣金，其可提现余额现在是 ¥0。",
        "你的提现 #1（¥88）被拒绝，金额已退回余额，但之前有订单退款扣回了佣金，"
        "你现在的可提现余额是 ¥0（我的收益）。"
        "\n收款账号 微信 ···8 照旧保留，下次提现仍打到这里。",
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
async def test_nothing_left_is_never_offered_and_the_rejection_says_the_balance(language: str) -> None:
    chat, _ = await _requested_then_refunded(language, refunded=(1, 2))
    approve, reject, _ = WORDS[language]

    assert chat.said(await chat.say("eve", f"{approve} 1", private=True)) == NOTHING_LEFT[language]

    rejected = await chat.say("eve", f"{reject} 1", private=True)
    assert chat.said(rejected) == REJECTED[language][0]
    assert chat.private(rejected) == {"cat": REJECTED[language][1]}


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            "Payout #1 (Cat) asks for ¥88, but a refund since took commission back, leaving Cat's "
            "available balance at -¥44: only ¥44 is "
            "left to pay, less than the ¥50 minimum. Reject it (/payouts reject 1): the ¥88 goes back to "
            "Cat's balance, which is then ¥44; Cat can ask again once it reaches ¥50. Nothing was changed.",
        ),
        (
            "zh",
            "提现 #1（Cat）申请 ¥88，但之后有订单退款扣回了佣金，"
            "Cat 的可提现余额已是 -¥44，现在只剩 ¥44 可付，不到提现最低 ¥50。"
            "请拒绝（提现审核 拒绝 1）：¥88 会退回 Cat 的余额，退回后余额是 ¥44；够 ¥50 后 Cat 可以再申请。"
            "没有任何改动。",
        ),
    ],
)
async def test_what_is_left_below_the_minimum_is_not_offered_either(language: str, expected: str) -> None:
    chat, _ = await shared_durian(language, sharer="cat", payout_minimum=50)
    await chat.say("cat", WORDS[language][2], private=True)
    await chat.say("amy", "/refund 1-2")

    assert chat.said(await chat.say("eve", f"{WORDS[language][0]} 1", private=True)) == expected


async def test_the_console_names_its_reject_button(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        shop = await open_shop(world)  # Bob has ¥10 available from Dan's order
        await world.say("bob", "bob", "/payout wechat w8", private=True)
        await world.say("family", "amy", f"/refund {shop.mangoes}-1")
        admin = await world.admin()

        assert (await post_form(admin, "/payouts/1/approve")).status_code == 303
        page = html.unescape((await admin.get("/payouts")).text)
        assert (
            "Payout #1 (Bob) asks for ¥10, but a refund since took commission back, leaving Bob's "
            "available balance at -¥10: nothing is "
            "left to pay. Press Reject beside it: the ¥10 goes back to Bob's balance, which is then ¥0. "
            "Nothing was changed."
        ) in page
        assert "/payouts reject" not in page
        assert (await post_form(admin, "/payouts/1/reject")).status_code == 303
        page = (await admin.get("/payouts")).text
        assert (
            "Payout #1 to Bob (¥10) rejected: it went back to their balance, which is ¥0 now that a refund "
            "took commission back."
        ) in page
