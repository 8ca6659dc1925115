"""rep26 finding 7: `/payout` answered "Payout #1 of ¥12.80 requested", `提现审核` listed "#1 Cat：¥12.80，
待审核", the console's payouts page showed member, amount and status, and `/payouts paid 1` marked it
paid: nobody was ever asked where the money goes, so a real admin could not pay it. A payout request now
names where to pay (`提现 微信 wes888`, `/payout 50 wechat wes888`); one without it is answered with the
form and nothing is requested; the destination is stored (migration 0047) and shown to the admins in
`提现审核` / `/payouts` and on the console's payouts page."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world
from tests.unit.bot.console.people_shop import open_shop
from tests.unit.handlers.shared_durian import shared_durian

FORM = {
    "zh": (
        "提现",
        "提现 ¥44 要写明打到哪里，没有提交申请：发“提现 微信 你的微信号”"
        "（也可以写 支付宝 或 银行卡 加账号），管理员按这个账号打款。",
    ),
    "en": (
        "/payout 20",
        "Say where to pay your ¥20: nothing was requested. Send /payout 20 wechat your-WeChat-ID "
        "(or alipay / bank and the account); the admin pays to that account.",
    ),
}
BAD = {
    "zh": (
        "提现 微信 小明",
        "“小明”不像收款账号：账号只写字母、数字（最多 64 个），没有提交申请。例如 提现 微信 wes888。",
    ),
    "en": (
        "/payout wechat " + "9" * 65,
        "“" + "9" * 39 + "…” does not look like an account: letters and digits "
        "only (at most 64); nothing was requested. E.g. /payout wechat wes888.",
    ),
}
ASKED = {
    "zh": (
        "提现 20 微信 wes888",
        "已申请提现 #1：¥20。管理员审核后打到 微信 ···888，每一步我都会在这里告诉你。"
        "这个收款账号已记下，下次只发“提现”就打到这里。",
        "提现审核",
        "#1 Cat：¥20，打到 微信 wes888，待审核（提现审核 批准 1）",
    ),
    "en": (
        "/payout 20 wechat wes888",
        "Payout #1 of ¥20 requested. An admin will approve it and pay it to WeChat ···888; "
        "I'll tell you here at each step. I've kept this account: next time just send /payout.",
        "/payouts",
        "#1 Cat: ¥20 to WeChat wes888, requested (/payouts approve 1)",
    ),
}


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_payout_without_a_destination_is_answered_with_the_form(language: str) -> None:
    chat, factory = await shared_durian(language, sharer="cat", collected=(1,), payout_minimum=10)
    typed, told = FORM[language]
    assert chat.said(await chat.say("cat", typed, private=True)) == told
    assert not factory.state.payouts
    bad, refused = BAD[language]  # not an account: said, nothing requested
    assert chat.said(await chat.say("cat", bad, private=True)) == refused
    assert not factory.state.payouts


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_payout_names_where_to_pay_it_and_the_admin_sees_it(language: str) -> None:
    chat, factory = await shared_durian(language, sharer="cat", collected=(1,), payout_minimum=10)
    typed, requested, review, listed = ASKED[language]
    assert chat.said(await chat.say("cat", typed, private=True)) == requested  # where it goes: a typo is seen
    assert factory.state.payouts[1].destination == typed.split(maxsplit=2)[2]  # as typed, for the admin
    assert chat.said(await chat.say("eve", review, private=True)).splitlines()[1] == listed


async def test_the_console_payouts_page_shows_where_to_pay(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:  # SQLite migrated to head: the column is stored
        await open_shop(world)
        await world.say("bob", "bob", "提现 微信 bob_88", private=True)
        admin = await world.admin()
        zh = (await admin.get("/payouts", headers={"accept-language": "zh"})).text
        en = (await admin.get("/payouts", headers={"accept-language": "en"})).text
    assert "<th>收款账号</th>" in zh and "<td>¥10</td><td>微信 bob_88</td>" in zh
    assert "<th>Pay to</th>" in en and "<td>¥10</td><td>WeChat bob_88</td>" in en  # in the page's words
