"""Cat earned commission sharing Amy's durian and, with no payout account kept, asked for more than her
balance (`提现 100`, `/payout 100`): the refusal offered `提现 全部` (`/payout all`), which, sent, was
refused again: where to pay it was missing. So did the other refusals of `提现` that offer a command: a
decimal comma's `提现 12.5`, another currency's `提现 ¥50` / `提现`, the `再发“提现”` of a balance below
the minimum or only pending, and the group's `请私聊我申请提现：提现`. Now, with no account kept (nor
named), each offers the command naming one, `提现 全部 微信 你的微信号` (`/payout all wechat
your-WeChat-ID`), and that command, her ID in it, is accepted; with an account kept, the short command
stays; an account named with a refused amount is in the command offered."""

from __future__ import annotations

import re

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

ID = {"zh": "你的微信号", "en": "your-WeChat-ID"}
OTHERS = {"zh": "（也可以写 支付宝 或 银行卡 加账号）", "en": " (or alipay / bank and the account)"}
OPEN = {
    "zh": ("接龙 榴莲 价格 88", "佣金 50%", "分享"),
    "en": ("/groupbuy Durian price 88", "/commission 50%", "/share"),
}
CLOSE = {"zh": ("截单", "已收 1-1", "已收 1-2"), "en": ("/close", "/paid 1-1", "/paid 1-2")}
PICKED_UP = {"zh": "已取 1-{}", "en": "/pickedup 1-{}"}
ABOVE = {
    "zh": (
        "提现 100",
        "你的可提现收益只有 ¥88，不足 ¥100，没有提交申请。\n要全部提现就发：提现 全部 微信 你的微信号"
        + OTHERS["zh"],
        "提现 全部 微信 你的微信号",
        "已申请提现 #1：¥88。管理员审核后打到 微信 ···888，每一步我都会在这里告诉你。"
        "这个收款账号已记下，下次只发“提现”就打到这里。",
    ),
    "en": (
        "/payout 100",
        "You have ¥88 available, less than ¥100. Nothing was requested.\n"
        "To ask for all of it, send: /payout all wechat your-WeChat-ID" + OTHERS["en"],
        "/payout all wechat your-WeChat-ID",
        "Payout #1 of ¥88 requested. An admin will approve it and pay it to WeChat ···888; I'll tell you "
        "here at each step. I've kept this account: next time just send /payout.",
    ),
}
COMMA = {
    "zh": (
        "提现 60,5",
        "金额里的逗号只用来分隔千位，例如 1,200（你写的是“60,5”）。小数请用小数点，并写上收款账号："
        "提现 60.5 微信 你的微信号" + OTHERS["zh"] + "。没有提交申请。",
        "提现 60.5 微信 你的微信号",
        "已申请提现 #1：¥60.50。",
    ),
    "en": (
        "/payout 60,5",
        "In an amount a comma only separates thousands, as in 1,200 (you wrote “60,5”). For a decimal write "
        "a point, and say where to pay it: /payout 60.5 wechat your-WeChat-ID" + OTHERS["en"] + ". Nothing "
        "was requested.",
        "/payout 60.5 wechat your-WeChat-ID",
        "Payout #1 of ¥60.50 requested.",
    ),
}
CURRENCY = {
    "zh": (
        "提现 5 usd",
        "“5 usd”不是 ¥：提现按本店的币种 ¥（CNY）计，没有提交申请。请按 ¥ 写金额并写上收款账号，例如 "
        "提现 ¥50 微信 你的微信号；或者发“提现 微信 你的微信号”，提取全部可提现余额" + OTHERS["zh"] + "。",
        "提现 ¥50 微信 你的微信号",
        "已申请提现 #1：¥50。",
    ),
    "en": (
        "/payout 5 usd",
        "“5 usd” is not in ¥: payouts here are in ¥ (CNY), so nothing was requested. Write the amount in ¥ "
        "and where to pay it, e.g. /payout ¥50 wechat your-WeChat-ID, or for all that is available send "
        "/payout wechat your-WeChat-ID" + OTHERS["en"] + ".",
        "/payout ¥50 wechat your-WeChat-ID",
        "Payout #1 of ¥50 requested.",
    ),
}
LATER = {  # only pending, then below the minimum (¥50), then the `提现` offered, once she has ¥88
    "zh": (
        "提现 100",
        "还没有可提现的收益。待入账的 ¥88 会在买家取货后（或付款 7 天后）转为可提现，"
        "到时发“提现 微信 你的微信号”" + OTHERS["zh"] + "。没有提交申请。",
        "提现最低 ¥50，你的可提现余额是 ¥44，还不够，没有提交申请。余额够 ¥50 后发“提现 微信 你的微信号”"
        "（也可以写 支付宝 或 银行卡 加账号；发“我的收益”查看余额）。",
        "提现 微信 你的微信号",
        "已申请提现 #1：¥88。",
    ),
    "en": (
        "/payout 100",
        "Nothing is yours to withdraw yet. The ¥88 held becomes yours as each buyer picks up, or at the end "
        "of a 7-day hold after payment; send /payout wechat your-WeChat-ID then" + OTHERS["en"] + ". Nothing "
        "was requested.",
        "A payout is at least ¥50, and your available balance is ¥44, below it: nothing was requested. Once "
        "it reaches ¥50, send /payout wechat your-WeChat-ID (or alipay / bank and the account; /earnings "
        "shows your balance).",
        "/payout wechat your-WeChat-ID",
        "Payout #1 of ¥88 requested.",
    ),
}


async def cat_earned(lang: str) -> Chat:
    """Cat shared Amy's durian (50% to sharers); Bob and Dan joined with her code and paid (¥44 each to
    her, pending until picked up). Payouts start at ¥50."""
    chat = fake_chat(default_language=lang, payout_minimum=50)
    opened, rate, share = OPEN[lang]
    await chat.say("amy", opened)
    await chat.say("amy", rate)
    code = re.search(r"\+1 (团?\d+-\w+)", Chat.private(await chat.say("cat", share))["cat"])
    assert code is not None
    for buyer in ("bob", "dan"):
        await chat.say(buyer, f"+1 {code[1]}")
    for step in CLOSE[lang]:
        await chat.say("amy", step)
    return chat


async def picked_up(chat: Chat, lang: str, *orders: int) -> None:
    for order in orders:
        await chat.say("amy", PICKED_UP[lang].format(order))


def followed(command: str, lang: str) -> str:
    """The command offered, sent as offered with her own WeChat ID in it."""
    return command.replace(ID[lang], "cat888")


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_all_of_it_is_asked_for_naming_where_to_pay_it_and_then_accepted(lang: str) -> None:
    chat = await cat_earned(lang)
    await picked_up(chat, lang, 1, 2)  # ¥88 available
    too_much, told, offered, requested = ABOVE[lang]

    refused = chat.said(await chat.say("cat", too_much, private=True))
    assert refused == told
    assert offered in refused
    assert chat.said(await chat.say("cat", followed(offered, lang), private=True)) == requested


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("case", [COMMA, CURRENCY], ids=["comma", "currency"])
async def test_an_amount_refused_offers_it_naming_where_to_pay_it(
    lang: str, case: dict[str, tuple[str, ...]]
) -> None:
    chat = await cat_earned(lang)
    await picked_up(chat, lang, 1, 2)
    typed, told, offered, requested = case[lang]

    refused = chat.said(await chat.say("cat", typed, private=True))
    assert refused == told
    assert offered in refused
    assert chat.said(await chat.say("cat", followed(offered, lang), private=True)).startswith(requested)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_not_yet_and_too_little_offer_the_payout_naming_where_to_pay_it(lang: str) -> None:
    chat = await cat_earned(lang)
    typed, pending, below, offered, requested = LATER[lang]

    assert chat.said(await chat.say("cat", typed, private=True)) == pending
    await picked_up(chat, lang, 1)  # ¥44 available, below ¥50
    assert chat.said(await chat.say("cat", typed, private=True)) == below
    await picked_up(chat, lang, 2)  # ¥88
    assert chat.said(await chat.say("cat", followed(offered, lang), private=True)).startswith(requested)


IN_GROUP = {
    "zh": (
        "提现",
        "请私聊我申请提现：提现 微信 你的微信号" + OTHERS["zh"] + "。没有提交申请。",
        "提现 微信 你的微信号",
        "已申请提现 #1：¥88。",
    ),
    "en": (
        "/payout",
        "Ask for a payout in a private chat with me: /payout wechat your-WeChat-ID" + OTHERS["en"] + ". "
        "Nothing was requested.",
        "/payout wechat your-WeChat-ID",
        "Payout #1 of ¥88 requested.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_payout_asked_in_the_group_offers_it_in_private_naming_where_to_pay_it(lang: str) -> None:
    chat = await cat_earned(lang)
    await picked_up(chat, lang, 1, 2)
    typed, told, offered, requested = IN_GROUP[lang]

    refused = chat.said(await chat.say("cat", typed, private=False))
    assert refused == told
    assert offered in refused
    assert chat.said(await chat.say("cat", followed(offered, lang), private=True)).startswith(requested)


async def test_with_an_account_kept_the_short_command_stays() -> None:
    chat = await cat_earned("zh")
    await picked_up(chat, "zh", 1, 2)
    await chat.say("cat", "提现 100 微信 cat888", private=True)  # refused; the account kept

    assert chat.said(await chat.say("cat", "提现 100", private=True)) == (
        "你的可提现收益只有 ¥88，不足 ¥100，没有提交申请。\n要全部提现就发：提现 全部"
    )
    assert chat.said(await chat.say("cat", "提现 60,5", private=True)) == (
        "金额里的逗号只用来分隔千位，例如 1,200（你写的是“60,5”）。小数请用小数点：提现 60.5。没有提交申请。"
    )
    assert chat.said(await chat.say("cat", "提现 全部", private=True)).startswith(
        "已申请提现 #1：¥88，付到 微信 ···888"
    )


async def test_an_account_named_with_the_amount_refused_is_in_the_command_offered() -> None:
    chat = await cat_earned("zh")
    await picked_up(chat, "zh", 1, 2)

    assert chat.said(await chat.say("cat", "提现 60,5 微信 cat888", private=True)) == (
        "金额里的逗号只用来分隔千位，例如 1,200（你写的是“60,5”）。小数请用小数点：提现 60.5 微信 cat888。"
        "没有提交申请。"
    )
    said = chat.said(await chat.say("cat", "提现 60.5 微信 cat888", private=True))
    assert said.startswith("已申请提现 #1：¥60.50。")
