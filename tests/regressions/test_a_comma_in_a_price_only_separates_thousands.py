"""Session 21 (F1, replay finding 2): a comma in a price was dropped, whatever stood around it:
`/groupbuy Figs price 2,50/kg` opened Figs at ¥250/kg (100 times the price meant), `price 1,5` at ¥15 each,
`价格 1，5元/斤` at ¥15/斤, and `提现 1,5` asked for ¥15. A comma is now read only between groups of three
digits (`1,200`, `12,000.50`); any other comma is refused with one message saying so and the price as it was
probably meant (`price 2.50/kg`), and nothing is opened or changed; the console's form says the same."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.handlers.conftest import Chat, fake_chat

FORM = {"chat": "family", "title": "Figs", "price": "88", "target": "3", "deadline": "3d"}


async def test_a_decimal_comma_is_refused_with_the_price_as_meant() -> None:
    chat = fake_chat()
    en = Chat.said(await chat.say("amy", "/groupbuy Figs price 2,50/kg target 2"))
    each = Chat.said(await chat.say("amy", "/groupbuy Figs price 1,5"))
    zh = Chat.said(await chat.say("amy", "接龙 无花果 价格 1，5元/斤"))
    listed = Chat.said(await chat.say("amy", "/list"))

    assert en == (
        "In a price a comma only separates thousands, as in 1,200 (you wrote “2,50/kg”)."
        " For a decimal write a point: price 2.50/kg"
    )
    assert each.endswith("For a decimal write a point: price 1.5")
    assert zh == "价格里的逗号只用来分隔千位，例如 1,200（你写的是“1,5元/斤”）。小数请用小数点：价格 1.5元/斤"
    assert "Figs" not in listed and "无花果" not in listed


async def test_thousands_still_read_and_an_edit_is_refused_too() -> None:
    chat = fake_chat()
    opened = Chat.said(await chat.say("amy", "/groupbuy Figs price 1,200 target 2"))
    edit = Chat.said(await chat.say("amy", "/edit #1 price 2,50"))
    cents = Chat.said(await chat.say("amy", "/groupbuy Dates price 12,000.50"))

    assert "¥1,200" in opened
    assert "price 2.50" in edit and "¥250" not in edit
    assert "¥12,000.50" in cents
    assert "¥1,200 → ¥1,300" in Chat.said(await chat.say("amy", "/edit #1 price 1,300"))  # 1,200 kept


async def test_the_console_form_says_it_too(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Plums")
        client = await world.member("amy")
        client.cookies.set("lang", "en")
        en = await post_form(client, "/group-buys/new", {**FORM, "price": "2,50/kg"})
        client.cookies.set("lang", "zh")
        zh = await post_form(client, "/group-buys/new", {**FORM, "price": "1，5元/斤"})

    assert en.status_code == zh.status_code == 422
    beside = {
        lang: html.unescape(
            dict(re.findall(r'<p id="(\w+)-error" class="field-error">([^<]*)</p>', page.text))["price"]
        )
        for lang, page in (("zh", zh), ("en", en))
    }
    assert "2.50/kg" in beside["en"] and "1,200" in beside["en"]
    assert "1.5元/斤" in beside["zh"] and "1,200" in beside["zh"]


async def test_a_payout_amount_with_a_decimal_comma_is_refused_saying_so() -> None:
    chat = fake_chat()
    zh = chat.said(await chat.say("ahua", "提现 1,5", private=True))
    en = chat.said(await chat.say("bob", "/payout 8,80", private=True))

    assert zh == (  # no account kept: the amount as meant, and where to pay it
        "金额里的逗号只用来分隔千位，例如 1,200（你写的是“1,5”）。小数请用小数点，并写上收款账号："
        "提现 1.5 微信 你的微信号（也可以写 支付宝 或 银行卡 加账号）。没有提交申请。"
    )
    assert "(you wrote “8,80”)" in en and "/payout 8.80" in en
