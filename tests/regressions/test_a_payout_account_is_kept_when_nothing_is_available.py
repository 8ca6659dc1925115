"""rep29 item 7: Yan's `/payout wechat yan88` with nothing available kept nothing, so her next `/payout`
asked for the account again, and it said her commission was "taken back by refunds" when an organiser had
only undone a 已收 (撤销已收). The account named is now kept anyway, and said so; what became of her
commission is said as it happened: paid out, refunded, or taken back with an undone payment."""

from __future__ import annotations

import pytest

from tests.unit.handlers.shared_durian import shared_durian

TOLD = {
    "en": (
        "/payout wechat yan88",
        "You have no commission to pay out now: what you earned was taken back when an order's payment "
        "was undone (it is credited again if the order is paid). /earnings shows each.",
        "\nI've kept WeChat ···88 as your payout account: once you have commission available, just send "
        "/payout.",
        "/payout",
        "Payout #1 of ¥44 requested, to be paid to WeChat ···88 (the account you gave last time).",
    ),
    "zh": (
        "提现 微信 yan88",
        "你现在没有可提现的佣金：之前记的佣金因订单的已收款被撤销而扣回了（订单再付款后会重新记上）。"
        "每一笔都在 我的收益 里。",
        "\n收款账号 微信 ···88 已记下：有可提现的佣金后，只发“提现”就打到这里。",
        "提现",
        "已申请提现 #1：¥44，付到 微信 ···88（你上次留的收款账号）。",
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
async def test_a_payout_account_is_kept_when_nothing_is_available(language: str) -> None:
    chat, factory = await shared_durian(language, sharer="yan", collected=(), payout_minimum=10)
    named, none_now, kept, bare, requested = TOLD[language]
    await chat.say("amy", "/paid 1-1")
    await chat.say("amy", "/unpaid 1-1")  # 撤销已收: no refund

    assert chat.said(await chat.say("yan", named, private=True)) == none_now + kept
    assert not factory.state.payouts
    assert chat.said(await chat.say("yan", bare, private=True)) == none_now  # kept already: said once

    await chat.say("amy", "/paid 1-1")
    await chat.say("amy", "/pickedup 1-1")
    assert chat.said(await chat.say("yan", bare, private=True)).startswith(requested)


@pytest.mark.parametrize(
    ("language", "named", "told"),
    [
        ("en", "/payout wechat yan99", "\nYour payout account is now WeChat ···99 instead of WeChat ···88:"),
        ("zh", "提现 微信 yan99", "\n收款账号已从 微信 ···88 改成 微信 ···99："),
    ],
)
async def test_another_account_named_with_nothing_available_replaces_the_kept_one(
    language: str, named: str, told: str
) -> None:
    chat, factory = await shared_durian(language, sharer="yan", collected=(), payout_minimum=10)
    await chat.say("yan", named.replace("99", "88"), private=True)  # never earned: kept, "not yet"

    said = chat.said(await chat.say("yan", named, private=True))

    assert told in said
    assert factory.state.payout_destinations == {"yan": named.split(maxsplit=1)[1]}
